// Patterns that can backtrack catastrophically are refused at load (user
// files) and kept out of the bundled rules (this test).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { backtrackingRisk } from '../../lib/config/redos.js'
import { DEFAULT_RULES_PATH } from '../../lib/config/paths.js'
import { loadRules, ruleSetFrom } from '../../lib/index.js'
import type { RulesFile } from '../../lib/config/load.js'
import { cli } from '../helpers/cli.js'

// recheck proves about ten bundled patterns linear, some seconds each: no clock bound on that.
t.setTimeout(0)

const dir = mkdtempSync(join(tmpdir(), 'cleanup-redos-'))
const PROSE = 'The plan will be funded through a combination of state grants and a municipal bond, which voters approved.\n'

function rulesFile(name: string, patterns: string[]): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify({ rules: [{ id: 'x', kind: 'line', patterns }] }))
  return path
}

t.test('the patterns of issue 14 are refused, naming file, rule and pattern', async (t) => {
  for (const pattern of ['(a+)+$', '^(\\w+\\s?)*$']) {
    const path = rulesFile('bad.json', [pattern])
    t.throws(() => loadRules({ files: [path] }), { name: 'ConfigError', message: `${path}: rule "x": pattern ${JSON.stringify(pattern)} can backtrack exponentially` })
  }
  t.throws(() => ruleSetFrom([{ source: 'memory', rules: { rules: [{ id: 'y', kind: 'line', addPatterns: ['^(\\w+\\s?)*$'] }] } }]), { message: /^memory: rule "y": pattern/ })
})

t.test('the CLI exits 2 at once with one line instead of hanging', async (t) => {
  const path = rulesFile('hang.json', ['^(\\w+\\s?)*$'])
  const input = join(dir, 'prose.txt')
  writeFileSync(input, PROSE)
  const run = await cli(['--rules', path, input])
  t.equal(run.status, 2)
  t.equal(run.stdout, '')
  t.equal(run.stderr.trim().split('\n').length, 1, run.stderr)
  t.match(run.stderr, `rule "x": pattern "^(\\\\w+\\\\s?)*$" can backtrack exponentially`)
})

t.test('ordinary patterns pass; a loop holding a loop or a choice unless recheck finds it exponential', async (t) => {
  for (const ok of ['^read more\\b', '\\bfoo\\b[^.]*$', '^\\s*:\\s*.*$', '^(?:#\\w+ ?)+$', '^(?:[a-z]+, )*[a-z]+$', '\\s+$']) t.equal(backtrackingRisk(ok, 'u'), null, ok)
  for (const bad of ['^(a|a)*$', '^(?:\\w+,? ?)+$', '^(\\w|\\d)+$']) t.not(backtrackingRisk(bad, 'u'), null, bad)
  const path = rulesFile('good.json', ['^(?:#\\w+ ?)+$'])
  t.ok(loadRules({ files: [path] }).rules.length > 0)
})

t.test('no bundled pattern can backtrack exponentially', async (t) => {
  const bundled = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  let screened = 0
  for (const rule of bundled.rules) {
    for (const pattern of (rule as { patterns?: string[] }).patterns ?? []) {
      screened++
      t.equal(backtrackingRisk(pattern, 'u', null), null, `${rule.id}: ${pattern.slice(0, 60)}`)
    }
  }
  t.ok(screened > 300, `${screened} bundled patterns screened`)
})
