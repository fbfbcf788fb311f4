// No rule pattern can take super-linear time on a line: a user's pattern
// runs on the linear-time engine, or on V8 when its syntax bounds it, or is
// refused at load (lib/match/engines.ts); the bundled ones run on V8 and are
// kept free of exponential backtracking by this test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { backtrackingRisk } from '../../lib/config/redos.js'
import { DEFAULT_RULES_PATH } from '../../lib/config/paths.js'
import { engineFor } from '../../lib/match/engines.js'
import { patternEngines } from '../../lib/match/patterns.js'
import { clean, loadRules, ruleSetFrom } from '../../lib/index.js'
import type { RulesFile } from '../../lib/config/load.js'
import { cli, inProcess } from '../helpers/cli.js'

// recheck proves about ten bundled patterns free of exponential backtracking, some seconds each: no clock bound on that.
t.setTimeout(0)

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

t.test('bundled patterns run on V8; a user pattern equal to one does too', async (t) => {
  const file = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  for (const rule of file.rules) {
    const spec = rule as { patterns?: string[]; caseSensitive?: boolean }
    const engines = patternEngines(spec.patterns ?? [], spec.caseSensitive === true)
    t.ok(engines.every((e) => e === 'v8'), rule.id)
  }
})

t.test('a copy of rules.json loads without the defaults, its patterns on V8', async (t) => {
  const rules = loadRules({ defaults: false, files: [DEFAULT_RULES_PATH] })
  t.equal(rules.specs.length, bundled.specs.length)
})

t.test('no bundled pattern can backtrack exponentially', async (t) => {
  const bundledFile = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  let screened = 0
  for (const rule of bundledFile.rules) {
    for (const pattern of (rule as { patterns?: string[] }).patterns ?? []) {
      screened++
      t.equal(backtrackingRisk(pattern, 'u', null), null, `${rule.id}: ${pattern.slice(0, 60)}`)
    }
  }
  t.ok(screened > 300, `${screened} bundled patterns screened`)
  for (const bad of ['^(a|a)*$', '^(?:\\w+,? ?)+$', '^(\\w|\\d)+$']) t.not(backtrackingRisk(bad, 'u'), null, bad)
})
