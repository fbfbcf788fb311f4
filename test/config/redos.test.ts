// No rule pattern can take super-linear time on a line: a user's pattern
// runs on the linear-time engine, or on V8 when its syntax bounds it, or is
// refused at load (lib/match/engines.ts); the bundled ones run on V8 unless
// their syntax allows exponential backtracking.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { parsePattern, translate } from '../../lib/match/linear.js'
import { DEFAULT_RULES_PATH } from '../../lib/config/paths.js'
import { choiceInLoop, engineFor } from '../../lib/match/engines.js'
import { patternEngines } from '../../lib/match/patterns.js'
import { lineCap } from '../../lib/match/line-caps.js'
import { clean, loadRules, ruleSetFrom } from '../../lib/index.js'
import type { RulesFile } from '../../lib/config/load.js'
import { cli, inProcess } from '../helpers/cli.js'
import { ROOT } from '../helpers/pairs.js'
import { bundledLinearPatterns, bundledV8Patterns } from '../helpers/bundled-patterns.js'
import { patternProbeLines } from '../helpers/lines.js'


const dir = mkdtempSync(join(tmpdir(), 'cleanup-redos-'))
const PROSE = 'The plan will be funded through a combination of state grants and a municipal bond, which voters approved.\n'

function rulesFile(name: string, patterns: string[]): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify({ rules: [{ id: 'x', kind: 'line', patterns }] }))
  return path
}

// The bundled rules mark their patterns as trusted (V8) when they are read.
const bundled = loadRules()

t.test('the patterns of issue 14 run on the linear engine instead of hanging', async (t) => {
  for (const pattern of ['(a+)+$', '^(\\w+\\s?)*$', '\\s*:\\s*.*$', '\\w+:', '^(?:a?a?)*$']) {
    t.same(patternEngines([pattern], false), ['linear'], pattern)
  }
  const rules = loadRules({ files: [rulesFile('nested.json', ['^(\\w+\\s?)*$', '(a+)+$'])] })
  t.equal(clean(PROSE, { rules }), PROSE, 'prose with a comma: no match, kept')
  const as = `${'a'.repeat(40)}b\n`
  t.equal(clean(as, { rules }), as)
  // The same patterns still remove what they match.
  t.equal(clean(`${PROSE}\naaaa\n`, { rules }), PROSE)
})

t.test('the CLI runs them: exit 0, output as expected (issue 14, probe 1)', async (t) => {
  const input = join(dir, 'prose.txt')
  writeFileSync(input, PROSE)
  const run = await cli(['--rules', rulesFile('hang.json', ['^(\\w+\\s?)*$']), input])
  t.equal(run.status, 0, run.stderr)
  t.equal(run.stdout, PROSE)
  const long = join(dir, 'long.txt')
  // Quadratic on V8 (about a minute at this length); linear on re2js.
  const text = `${PROSE}${'a'.repeat(100_000)} :\n`
  writeFileSync(long, text)
  const poly = await cli(['--rules', rulesFile('poly.json', ['\\w+:']), long])
  t.equal(poly.status, 0, poly.stderr)
  t.ok(poly.stdout === text, 'no match (a space before the colon): kept')
})

t.test('a pattern the linear engine cannot run is refused unless its syntax bounds it', async (t) => {
  for (const pattern of ['^(\\w+) and \\1$', '^(?!.*said)(?<=x).*$', '^(?:(\\w+) )+\\1$']) {
    const path = rulesFile('bad.json', [pattern])
    t.throws(() => loadRules({ files: [path] }), { name: 'ConfigError', message: `${path}: rule "x": pattern ${JSON.stringify(pattern)} can backtrack super-linearly` }, pattern)
  }
  t.throws(() => ruleSetFrom([{ source: 'memory', rules: { rules: [{ id: 'y', kind: 'line', addPatterns: ['(\\w+)\\1+'] }] } }]), { message: /^memory: rule "y": pattern "\(\\\\w\+\)\\\\1\+" can backtrack super-linearly: it has backreference \\1/ })
  // Bounded: at most so many ways per attempt, so V8 stays linear.
  t.same(patternEngines(['^(\\w{1,10}) and \\1$', '^(?!said)(?<=x)ab$'], false), ['v8', 'v8'])
  t.ok(loadRules({ files: [rulesFile('bounded.json', ['^(\\w{1,10}) and \\1$'])] }).rules.length > bundled.rules.length)
})

t.test('the CLI refuses with one line naming file, rule and pattern, exit 2', async (t) => {
  const path = rulesFile('backref.json', ['^(\\w+) and \\1$'])
  const run = await inProcess(['--rules', path], PROSE)
  t.equal(run.status, 2)
  t.equal(run.stdout, '')
  t.equal(run.stderr.trim().split('\n').length, 1, run.stderr)
  t.match(run.stderr, `${path}: rule "x": pattern "^(\\\\w+) and \\\\1$" can backtrack super-linearly: it has backreference \\1`)
})

t.test('lookaheads run on the linear engine, reversed', async (t) => {
  const engine = engineFor('^(?!.*\\bsaid\\b).*\\bsubscribe\\b', 'u')
  t.equal(engine.kind, 'linear')
  if (engine.kind === 'linear') t.equal(engine.regex.reversed, true)
})

t.test('bundled patterns run on V8 unless a loop in them holds a choice; those run on the linear engine', async (t) => {
  const file = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  let v8 = 0
  const linear: string[] = []
  for (const rule of file.rules) {
    const spec = rule as { patterns?: string[]; caseSensitive?: boolean }
    const sources = spec.patterns ?? []
    patternEngines(sources, spec.caseSensitive === true).forEach((engine, k) => {
      const nested = choiceInLoop(parsePattern(sources[k] ?? '', 'u'))
      // Never a bundled pattern whose shape allows exponential backtracking on V8 (none is left untranslatable).
      t.equal(engine, nested ? 'linear' : 'v8', `${rule.id}: ${(sources[k] ?? '').slice(0, 60)}`)
      if (engine === 'v8') v8++
      else linear.push(rule.id)
    })
  }
  t.ok(v8 > 300, `${v8} bundled patterns on V8`)
  t.ok(linear.includes('section-labels'), `on the linear engine: ${linear.join(', ')}`)
})

t.test('a copy of rules.json loads without the defaults, its patterns on V8', async (t) => {
  const rules = loadRules({ defaults: false, files: [DEFAULT_RULES_PATH] })
  t.equal(rules.specs.length, bundled.specs.length)
})

t.test('the build stores the same answer for each bundled pattern (dist/lib/precompiled.json)', async (t) => {
  const stored = (JSON.parse(readFileSync(join(ROOT, 'dist/lib/precompiled.json'), 'utf8')) as { choiceInLoop?: Record<string, boolean> }).choiceInLoop ?? {}
  const file = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  const sources = file.rules.flatMap((r) => (r as { patterns?: string[] }).patterns ?? [])
  t.same(Object.keys(stored).sort(), [...new Set(sources)].sort(), 'every bundled pattern, run npm run build')
  t.same(sources.filter((source) => stored[source] !== choiceInLoop(parsePattern(source, 'u'))), [])
})

t.test('the build stores the line cap of each bundled V8 pattern, the one its syntax gives (dist/lib/precompiled.json)', async (t) => {
  const stored = (JSON.parse(readFileSync(join(ROOT, 'dist/lib/precompiled.json'), 'utf8')) as { lineCaps?: Record<string, number | null> }).lineCaps ?? {}
  const wrong: string[] = []
  const patterns = bundledV8Patterns()
  for (const { rule, source, re } of patterns) {
    const cap = lineCap(source, re.flags)
    if (stored[`${re.flags}/${source}`] !== (Number.isFinite(cap) ? cap : null)) wrong.push(`${rule}: ${source.slice(0, 60)}`)
  }
  t.ok(patterns.length > 300)
  t.same(wrong, [], 'run npm run build')
})

t.test('the build stores the cap up to which V8 tests each bundled linear-engine pattern first, the one its syntax gives', async (t) => {
  const stored = (JSON.parse(readFileSync(join(ROOT, 'dist/lib/precompiled.json'), 'utf8')) as { linearScreenCaps?: Record<string, number | null> }).linearScreenCaps ?? {}
  const patterns = bundledLinearPatterns()
  const wrong = patterns.filter(({ source, re }) => {
    const cap = lineCap(source, re.flags)
    return stored[`${re.flags}/${source}`] !== (Number.isFinite(cap) ? cap : null)
  })
  t.ok(patterns.length >= 15)
  t.same(wrong.map((p) => `${p.rule}: ${p.source.slice(0, 60)}`), [], 'run npm run build')
})

t.test('on lines up to its cap, V8 finds a match of a bundled linear-engine pattern where the linear engine does, and only there', async (t) => {
  // V8's "no" is taken as the answer there (lib/match/patterns.ts), so the two must agree.
  const lines = patternProbeLines(3000)
  const wrong: string[] = []
  let tried = 0
  let matched = 0
  for (const { rule, source, re } of bundledLinearPatterns()) {
    const cap = lineCap(source, re.flags)
    const linear = translate(source, re.flags)
    for (const line of lines) {
      for (const text of [line, line.toLowerCase()]) {
        if (text.length > cap) continue
        tried++
        const v8 = re.test(text)
        if (v8) matched++
        if (v8 !== (linear.exec(text) !== null)) wrong.push(`${rule}: ${source.slice(0, 40)} on ${text.slice(0, 60)}`)
      }
    }
  }
  t.ok(matched > 50, `matches among ${tried} tries (${matched})`)
  t.same(wrong.slice(0, 5), [], `${wrong.length} answers differ`)
})

t.test('the syntax step sends every exponential shape to the linear engine', async (t) => {
  for (const bad of ['^(a|a)*$', '^(?:\\w+,? ?)+$', '^(\\w|\\d)+$', '^(?:a?a?)*$', '(a+)+$', '^\\S[^.!?]{0,30}(?:\\s[>›»/|]\\s[^.!?]{1,30}){2,}$']) {
    t.ok(choiceInLoop(parsePattern(bad, 'u')), bad)
  }
  for (const ok of ['^read more\\b', '\\bfoo\\b[^.]*$', '^\\s*:\\s*.*$', '\\s+$', '^(?:ab)+$', '^(?:x{2})*$']) t.notOk(choiceInLoop(parsePattern(ok, 'u')), ok)
})
