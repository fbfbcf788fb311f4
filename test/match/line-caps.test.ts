// A bundled pattern runs on V8 only on lines up to its cap, where the
// syntax-read bound on V8's backtracking steps stays within a fixed budget
// (lib/match/backtrack-bound.ts, line-caps.ts); longer lines run on its
// linear translation. These probes count steps and check which engine a
// line goes to: nothing here depends on the machine's speed.
import t from 'tap'
import { backtrackPolynomial, backtrackSteps } from '../../lib/match/backtrack-bound.js'
import { LINE_BUDGET, lineCap } from '../../lib/match/line-caps.js'
import { bundledOnV8, engineFor } from '../../lib/match/engines.js'
import { parsePattern } from '../../lib/match/linear.js'
import { bundledV8Patterns } from '../helpers/bundled-patterns.js'

const steps = (source: string, n: number, flags = 'u'): number => backtrackSteps(parsePattern(source, flags), flags, n)
const within = (source: string, flags: string, n: number): boolean =>
  steps(source, n, flags) <= LINE_BUDGET.steps || backtrackPolynomial(parsePattern(source, flags), flags, n) <= LINE_BUDGET.steps + LINE_BUDGET.perChar * n

t.test('the bound grows as V8 backtracks: a power of n per overlapping loop, one more for the start positions', async (t) => {
  // Quadratic: every start, then a loop over the rest of the line.
  const foo = steps('\\bfoo\\b[^.]*$', 2000) / steps('\\bfoo\\b[^.]*$', 1000)
  t.ok(foo > 3.5 && foo < 4.5, `\\bfoo\\b[^.]*$ x${foo.toFixed(2)} per doubling`)
  // Anchored: one start; the loops cannot share a character (\s* takes one on folded text; "[^.]*" stops at "."): linear.
  for (const linear of ['^read more\\b', '^\\s*:\\s*.*$', '^[^.]*\\.$', '^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan|feb|mar)[a-z]*\\.?$']) {
    const r = steps(linear, 20000) / steps(linear, 10000)
    t.ok(r < 2.1, `${linear} x${r.toFixed(2)} per doubling`)
  }
  // Two loops that can share the same characters: quadratic even when anchored.
  t.ok(steps('^a*a*$', 2000) / steps('^a*a*$', 1000) > 3.5)
  // A choice inside a loop: exponential, no bound.
  t.equal(steps('(a+)+$', 100), Infinity)
})

t.test('caps: none for a linear bound within budget, a few hundred characters for a quadratic one, none at all for an exponential one', async (t) => {
  t.equal(lineCap('^read more\\b', 'u'), Infinity)
  t.equal(lineCap('^\\s*:\\s*.*$', 'u'), Infinity)
  const foo = lineCap('\\bfoo\\b[^.]*$', 'u')
  t.ok(foo > 100 && foo < 5000, `\\bfoo\\b[^.]*$ capped at ${foo}`)
  t.ok(within('\\bfoo\\b[^.]*$', 'u', foo), 'within budget at the cap')
  t.notOk(within('\\bfoo\\b[^.]*$', 'u', foo + 1), 'over it one character further')
  t.equal(lineCap('(a+)+$', 'u'), 0)
})

t.test('a 10 MB line of "foo " goes to the linear engine (probe: V8 takes seconds on 100 kB of it)', async (t) => {
  const engine = bundledOnV8('\\bfoo\\b[^.]*$', 'u')
  if (engine.kind !== 'v8') return t.fail('a bundled shape without a choice in a loop runs on V8')
  const line = 'foo '.repeat(2_500_000) + '.'
  t.ok(line.length > engine.maxChars, `cap ${engine.maxChars} < ${line.length}`)
  t.not(engine.beyond, null)
  // The linear engine answers it (no match: the "." at the end), as V8 would after its quadratic search.
  t.equal(engine.beyond?.exec(line), null)
  // Within the cap, V8 runs, and the two engines agree.
  const short = 'foo '.repeat(Math.floor(engine.maxChars / 4) - 1)
  t.ok(short.length <= engine.maxChars)
  t.equal(engine.beyond?.exec(short), /\bfoo\b[^.]*$/u.exec(short)?.[0] ?? null)
})

t.test('every bundled pattern on V8: within budget up to its cap, and a linear translation for the lines beyond', async (t) => {
  let capped = 0
  let uncapped = 0
  const noTranslation: string[] = []
  for (const { rule, source, re } of bundledV8Patterns()) {
    const engine = engineFor(source, re.flags)
    if (engine.kind !== 'v8') {
      t.fail(`${rule}: ${source.slice(0, 60)} should run on V8 up to its cap`)
      continue
    }
    if (engine.maxChars === Infinity) {
      uncapped++
      continue
    }
    capped++
    // The adversarial line for it: longer than its cap, whatever it holds, never meets V8.
    if (!within(source, re.flags, Math.max(1, engine.maxChars))) t.fail(`${rule}: over budget at its cap ${engine.maxChars}: ${source.slice(0, 60)}`)
    if (engine.beyond === null) noTranslation.push(rule)
  }
  t.ok(uncapped > 200, `${uncapped} bundled patterns uncapped (linear bound within budget)`)
  t.ok(capped > 0, `${capped} capped`)
  // The two backreference patterns (app-slogans) have no linear form; their bound is linear, so they need none.
  t.same(noTranslation, [])
})
