// The needle table answers "does this line hold one of these strings?" for
// many string sets from one scan of the line. Strings are cut to their first
// MAX_NEEDLE_UNITS units (a weaker, still necessary condition); its answers
// must be exactly those of String#includes on the cut strings, for every set,
// whatever was asked before.
import t from 'tap'
import { segment, type Line } from '../../lib/document.js'
import { MAX_NEEDLE_UNITS, NeedleTable } from '../../lib/match/needles.js'
import { screenOf } from '../../lib/match/prefilter.js'
import { bundledRules, patternProbeLines } from '../helpers/lines.js'
import { readAutomata, recordBuiltAutomata, writeAutomata, type AutomatonTables } from '../../lib/match/automaton-store.js'
import { clean, loadRules } from '../../lib/index.js'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const holds = (text: string, needles: readonly string[]): boolean => needles.some((n) => text.includes(n.slice(0, MAX_NEEDLE_UNITS)))

t.test('one table for all bundled screens answers as includes() does', async (t) => {
  const table = new NeedleTable()
  const sets: Array<{ needles: string[]; side: 'key' | 'folded' }> = []
  for (const rule of bundledRules) {
    for (const source of rule.patterns ?? []) {
      const needles = screenOf(new RegExp(source, 'u')).needles
      if (needles !== null) sets.push({ needles, side: rule.caseSensitive === true ? 'folded' : 'key' })
    }
    if (rule.match === 'contains' && rule.phrases) sets.push({ needles: rule.phrases.map((p) => p.toLowerCase()), side: 'key' })
  }
  const groups = sets.map((s) => table.group(s.needles, s.side))
  const lines = segment(patternProbeLines(5000).join('\n')).lines.filter((l) => !l.blank && l.words < 70)
  const wrong: string[] = []
  let hits = 0
  for (const line of lines) {
    sets.forEach((s, k) => {
      const group = groups[k]
      // The documented answer: strings of the folded side whose characters are ASCII or caseless
      // are looked for, lower-cased, in the key.
      const caseless = (c: string): boolean => c.charCodeAt(0) < 128 || (c.toLowerCase() === c && c.toUpperCase() === c)
      const onKey = s.side === 'key' || s.needles.every((n) => [...n].every(caseless))
      const expected = onKey ? holds(line.key, s.needles.map((n) => n.toLowerCase())) : holds(line.folded, s.needles)
      const exact = holds(s.side === 'key' ? line.key : line.folded, s.needles)
      if (expected) hits++
      const got = group === undefined ? false : table.has(group, line)
      // The scanner asks only the rules of the groups the scan found: exactly those has() says yes to.
      const listed = group !== undefined && table.found(group.side, line).includes(group.id)
      if (listed !== got) wrong.push(`found() ${listed ? 'lists' : 'misses'} ${s.needles.slice(0, 3).join('|')} on ${line.text.slice(0, 60)}`)
      if (got !== expected) wrong.push(`${s.needles.slice(0, 3).join('|')} on ${line.text.slice(0, 60)}`)
      // Whatever the table does to be fast, its condition stays necessary.
      if (exact && !got) wrong.push(`missed: ${s.needles.slice(0, 3).join('|')} on ${line.text.slice(0, 60)}`)
    })
  }
  t.ok(sets.length > 50, `bundled screens (${sets.length})`)
  t.ok(hits > 1000, `the sample holds needles (${hits})`)
  t.same(wrong.slice(0, 5), [], `${wrong.length} answers differ from includes()`)
})

t.test('overlapping, nested and non-ASCII strings', async (t) => {
  const table = new NeedleTable()
  const cases: Array<[string[], string, boolean]> = [
    [['sign up for'], 'please sign up today', false],
    [['sign up to'], 'please sign up today', true],
    [['up today'], 'please sign up today', true],
    // "abcd" fails at "e"; the automaton must fall back to "bcde" without rereading.
    [['bcde'], 'xabcde', true],
    [['abcd', 'bcde'], 'xabcdx', true],
    [['he', 'she', 'hers'], 'ushers', true],
    [['hers'], 'usher', false],
    [['•'], 'news • 5 min read', true],
    [['©'], '(c) 2024', false],
    // Folded text: the curly apostrophe is folded to a straight one.
    [["photo's"], 'the photo’s credit', true],
    [['🙂 follow'], 'smile 🙂 follow us', true],
    [['🙂 follow'], 'smile 🙃 follow us', false],
    [['news'], 'new', false],
    [[], 'anything at all', false],
    // Cut to the first MAX_NEEDLE_UNITS units: a line with the whole string always passes.
    [['subscribe to our newsletter'], 'subscribe to our podcast', true],
    [['subscribe to our newsletter'], 'subscribe now to our newsletter', false],
  ]
  const groups = cases.map(([needles]) => table.group(needles, 'folded'))
  const lines = segment(cases.map(([, text]) => text).join('\n')).lines
  cases.forEach(([needles, text, expected], k) => {
    const line = lines[k] as Line
    const group = groups[k]
    if (group !== undefined) t.equal(table.has(group, line), expected, `${JSON.stringify(needles)} in ${JSON.stringify(text)}`)
  })
})

t.test('answers belong to their line: other documents and later groups are not served stale answers', async (t) => {
  const table = new NeedleTable()
  const credit = table.group(['getty'], 'key')
  const first = segment('Photo: Getty\nThe storm came.\n').lines
  const second = segment('The storm came.\nPhoto: Getty\n').lines
  t.equal(table.has(credit, first[0] as Line), true)
  // Same index, another document: answered afresh.
  t.equal(table.has(credit, second[0] as Line), false)
  t.equal(table.has(credit, second[1] as Line), true)
  // A group registered after lines were scanned is answered for them too.
  const storm = table.group(['storm'], 'key')
  t.equal(table.has(storm, second[0] as Line), true)
  t.equal(table.has(credit, second[0] as Line), false)
  // Sets with the same strings are one group.
  t.same(table.group(['getty'], 'key'), credit)
})

t.test('the build stores the automaton the bundled rules build (dist/lib/needles.bin)', async (t) => {
  // From the sources there is no store (lib/needles.bin): every automaton is built here.
  const built: Array<{ signature: string; tables: AutomatonTables }> = []
  recordBuiltAutomata((signature, tables) => built.push({ signature, tables }))
  clean('Advertisement\nSIGN UP for our newsletter\nThe storm arrived at dawn.\n', { rules: loadRules() })
  recordBuiltAutomata(undefined)
  const stored = readAutomata(new URL('../../dist/lib/needles.bin', import.meta.url))
  t.ok(built.length > 0, 'cleaning builds an automaton')
  t.same([...stored.keys()].sort(), built.map((b) => b.signature).sort(), 'the same string sets, run npm run build')
  for (const { signature, tables } of built) {
    const mine = stored.get(signature)
    for (const name of Object.keys(tables) as Array<keyof AutomatonTables>) {
      const a = tables[name]
      const b = mine?.[name]
      t.ok(typeof a === 'number' ? a === b : b !== undefined && typeof b !== 'number' && a.constructor === b.constructor && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), `${name} as built`)
    }
  }
})

t.test('tables written and read back are the ones built, non-ASCII strings and start marks included', async (t) => {
  const groups: Array<[string[], 'anywhere' | 'start']> = [[['getty', 'reuters'], 'anywhere'], [['기자', '•', '🙂 follow'], 'anywhere'], [['photo:'], 'start']]
  const built: Array<{ signature: string; tables: AutomatonTables }> = []
  recordBuiltAutomata((signature, tables) => built.push({ signature, tables }))
  const table = new NeedleTable()
  const ids = groups.map(([needles, at]) => table.group(needles, 'key', at))
  const lines = segment('Photo: Getty\nby 홍길동 기자\nsmile 🙂 follow us • now\nthe photo: none\n').lines
  const answers = (tb: NeedleTable): boolean[][] => lines.map((line) => ids.map((id) => tb.has(id, line)))
  const expected = answers(table)
  recordBuiltAutomata(undefined)
  t.same(expected, [[true, false, true], [false, true, false], [false, true, false], [false, false, false]])
  const path = join(mkdtempSync(join(tmpdir(), 'needles-')), 'needles.bin')
  writeAutomata(path, built)
  const read = readAutomata(path)
  t.same([...read.keys()], built.map((b) => b.signature))
  for (const { signature, tables } of built) t.same(read.get(signature), tables)
})
