// The scanner answers every rule's line question in one pass, asking a rule
// only about lines its gate lets through and keeping answers by line text.
// None of that may change an answer: every bundled rule must answer every
// probe line as its MatchSpec says, read here the slow and plain way (each
// phrase compared, each pattern run on every line).
import t from 'tap'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { segment, type Document, type Line } from '../../lib/document.js'
import { Scanner, type MatchSpec } from '../../lib/match/index.js'
import { foldKey, labelKey } from '../../lib/text/fold.js'
import { clean, ruleSetFrom } from '../../lib/index.js'
import { bundledRules, patternProbeLines } from '../helpers/lines.js'
import { pairs as pairsIn, ROOT } from '../helpers/pairs.js'

const specs = bundledRules.filter((r) => (r.phrases?.length ?? 0) + (r.patterns?.length ?? 0) > 0) as Array<MatchSpec & { id: string }>

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What a MatchSpec means, spelled out: the reason a line matches, or null. */
function meaning(spec: MatchSpec): (line: Line, doc: Document) => string | null {
  const mode = spec.match ?? 'line'
  const phrases = (spec.phrases ?? []).map((p) => (mode === 'line' ? labelKey(p) : foldKey(p)))
  const prefix = new RegExp(`^(?:[\\s\\-*•·▪►▶»>|[(]|"\\s)*(${phrases.map(escape).join('|')})\\s*(?:[:|»>›\\])-]|$)`, 'u')
  const contains = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?:$|[^\\p{L}\\p{N}])`, 'u')
  // Case-insensitive patterns written in lower case run on the lower-cased line (the `i` flag is slow); the rest with `iu` on the folded line.
  const patterns = (spec.patterns ?? []).map((source) => {
    const onKey = spec.caseSensitive !== true && !/[A-Z]/.test(source.replace(/\\p\{[^}]*\}|\\./g, '')) && !/\\[pP]\{L[ul]/.test(source)
    return { re: new RegExp(source, spec.caseSensitive === true || onKey ? 'u' : 'iu'), onKey }
  })
  return (line, doc) => {
    // Words as the document counts them: Unicode segmentation for unspaced scripts (a Chinese line's words are not its spaces).
    if (line.blank || line.words > (spec.maxWords ?? Infinity)) return null
    const zone = spec.zone ?? 'any'
    if (zone === 'head' && doc.bodyStart !== -1 && line.index >= doc.bodyStart) return null
    if (zone === 'body' && (doc.bodyStart === -1 || line.index < doc.bodyStart)) return null
    if (zone === 'tail' && line.index < doc.lines.length / 2) return null
    if (phrases.length > 0) {
      if (mode === 'line' && phrases.includes(line.label)) return `"${line.label}"`
      const p = mode === 'prefix' ? prefix.exec(line.key) : null
      if (p) return `starts with "${p[1] ?? ''}"`
      const c = mode === 'contains' ? contains.exec(line.key) : null
      if (c) return `contains "${c[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}"`
    }
    for (const [k, p] of patterns.entries()) {
      const m = p.re.exec(p.onKey ? line.key : line.folded)
      if (m) return `pattern ${k + 1} matched "${m[0].trim().slice(0, 60)}"`
    }
    return null
  }
}

t.test('every bundled rule answers every probe line as its spec means', async (t) => {
  const scanner = new Scanner()
  const columns = specs.map((spec) => ({ id: spec.id, answers: scanner.add(spec), meaning: meaning(spec) }))
  // Probe lines (cruft and prose from seeds and fixtures, mutated), plus label-shaped lines from the phrases.
  const labels = specs.flatMap((s) => (s.phrases ?? []).slice(0, 5).map((p) => `${p} (3)`))
  const doc = segment([...patternProbeLines(6000), ...labels].join('\n'))
  let matched = 0
  const wrong: string[] = []
  for (const c of columns) {
    const got = c.answers(doc)
    doc.lines.forEach((line, i) => {
      const expected = c.meaning(line, doc)
      if (expected !== null) matched++
      if (got[i] !== expected) wrong.push(`${c.id}: ${line.text.slice(0, 60)}: ${String(expected)} / ${String(got[i])}`)
    })
  }
  t.ok(matched > 1000, `the probe lines match rules (${matched})`)
  t.same(wrong.slice(0, 5), [], `${wrong.length} answers differ`)
})

t.test('answers kept by text: the same line in another place answers for its own zone', async (t) => {
  const scanner = new Scanner()
  const head = scanner.add({ phrases: ['advertisement'], zone: 'head' })
  const anywhere = scanner.add({ patterns: ['\\((?:getty|reuters)\\)$'] })
  const first = segment('Advertisement\nA photo (Getty)\nThe council voted on Tuesday night to approve a plan for a new riverside park.\n')
  const second = segment('The council voted on Tuesday night to approve a plan for a new riverside park.\nA photo (Getty)\nAdvertisement\n')
  t.same(head(first), ['"advertisement"', null, null])
  t.same(anywhere(first), [null, 'pattern 1 matched "(getty)"', null])
  t.same(head(second), [null, null, null], 'below the body: not in the head zone, though the text was answered before')
  t.same(anywhere(second), [null, 'pattern 1 matched "(getty)"', null])
})

t.test('a question added after documents were answered is asked too', async (t) => {
  const scanner = new Scanner()
  const ad = scanner.add({ phrases: ['advertisement'] })
  const doc = segment('READ MORE: Storm hits coast\nAdvertisement\n')
  t.same(ad(doc), [null, '"advertisement"'])
  const late = scanner.add({ phrases: ['read more'], match: 'prefix' })
  t.same(late(doc), ['starts with "read more"', null])
  t.same(ad(doc), [null, '"advertisement"'])
})

t.test('a pattern whose only condition is its word bound is asked only about lines that short, and the other patterns still answer the rest', async (t) => {
  const scanner = new Scanner()
  // The first pattern can match no letter or digit (no word); the second has a string to look for.
  const symbols = scanner.add({ patterns: ['^[^\\p{L}\\p{N}]+$', '^advertisement\\b'] })
  const doc = segment('* * *\nAdvertisement here\nThe council met on Tuesday.\n•••\n')
  t.same(symbols(doc), ['pattern 1 matched "* * *"', 'pattern 2 matched "advertisement"', null, 'pattern 1 matched "•••"'])
})

t.test('a bad pattern is refused when it is added', async (t) => {
  t.throws(() => new Scanner().add({ patterns: ['(unclosed'] }), /invalid pattern "\(unclosed"/)
})

t.test('documents come out the same from a fresh rule set and from one that has answered them before', async (t) => {
  const pairs = ['seeds', 'test/fixtures'].filter((d) => existsSync(join(ROOT, d))).flatMap(pairsIn)
  const fresh = pairs.map((p) => clean(p.input, { rules: ruleSetFrom([]) }))
  t.same(fresh, pairs.map((p) => p.expected), 'each with a fresh rule set: as expected')
  const rules = ruleSetFrom([])
  for (let round = 0; round < 2; round++) t.same(pairs.map((p) => clean(p.input, { rules })), fresh, `one rule set, round ${round + 1}: the same`)
})

// A question is asked only about lines in its zone, and answers are kept by
// text with the zones they were asked for: a text met first in the body and
// then in the head (the settling pass moves the body's start) must still
// get its head questions' answers.
t.test('a text met again in another zone gets that zone’s answers', async (t) => {
  const scanner = new Scanner()
  const head = scanner.add({ phrases: ['live updates'], zone: 'head' })
  const body = scanner.add({ phrases: ['live updates'], zone: 'body' })
  const any = scanner.add({ phrases: ['live updates'] })
  const prose = 'The storm brought down power lines across the county on Sunday night, the utility company said.'
  const inBody = segment(`${prose}\nLive updates\n`)
  t.same([head(inBody), body(inBody), any(inBody)], [[null, null], [null, '"live updates"'], [null, '"live updates"']], 'in the body')
  const inHead = segment(`Live updates\n${prose}\n`)
  t.same([head(inHead), body(inHead), any(inHead)], [['"live updates"', null], [null, null], ['"live updates"', null]], 'then in the head')
  const both = segment(`Live updates\n${prose}\nLive updates\n`)
  t.same([head(both), body(both)], [['"live updates"', null, null], [null, null, '"live updates"']], 'both in one document')
})
