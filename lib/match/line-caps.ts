/**
 * The longest line each bundled pattern runs on with V8; longer lines go to
 * the pattern's linear-time translation (see docs/redos.md).
 *
 * backtrack-bound.ts bounds the steps one V8 test of a pattern can take on
 * a line of n characters. A pattern runs on V8 only on lines where that
 * bound is within LINE_BUDGET: at most STEPS_PER_LINE steps, plus
 * STEPS_PER_CHAR per character. Its cap is the longest line up to which
 * every line is within budget; longer lines run on the linear engine. So on
 * V8 a line costs at most a constant plus a constant per character, and on
 * re2js linear time: the whole input, linear time.
 */
import { backtrackPolynomial, backtrackSteps } from './backtrack-bound.js'
import { parsePattern } from './linear.js'

/** What one V8 test of one pattern may cost on a line of n characters: steps + perChar·n. */
export interface LineBudget {
  readonly steps: number
  readonly perChar: number
}

/**
 * A step (one node visit) takes V8 a nanosecond or less, so a line costs at
 * most about ten milliseconds per pattern, plus about what re2js spends on
 * each of its characters. Patterns whose bound stays within it on every
 * line have no cap (most of them). A tenth of it (tried) sends five times
 * as many real lines past a cap (75,000 pattern runs on dev against
 * 16,000), because the bound is loose for patterns V8 runs in linear time.
 */
export const LINE_BUDGET: LineBudget = { steps: 10_000_000, perChar: 100 }

/** Lines longer than this are never matched at all (question.ts MAX_MATCH_CHARS): no cap needs to be higher. */
const LONGEST_LINE = 1_000_000

/** The largest n in [lo, hi] with ok(n), for ok true up to some n and false after; lo - 1 when none. */
function lastWhere(lo: number, hi: number, ok: (n: number) => boolean): number {
  if (!ok(lo)) return lo - 1
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (ok(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The longest line (in UTF-16 code units, as `text.length` counts) up to
 * which the pattern's backtracking bound stays within the budget on every
 * line: Infinity when it does on every line a rule reads, 0 when on none.
 * (A line that reaches a pattern is never empty.)
 *
 * Two bounds are read. backtrackSteps, the tighter, only grows with n: the
 * lines within the fixed part of the budget are those up to the last n
 * within it. backtrackPolynomial is larger but convex in n (sums, products
 * and maxima of polynomials with non-negative coefficients), so it minus
 * the budget is convex too, and the lines where it fits in the budget form
 * one interval, found by bisection. The cap is where the two stop covering
 * every line from 1 on.
 *
 * @example
 * ```ts
 * lineCap('\\bfoo\\b[^.]*$', 'u')  // => a few hundred: quadratic
 * lineCap('^read more\\b', 'u')    // => Infinity: linear with a small factor
 * ```
 */
export function lineCap(source: string, flags: string, budget: LineBudget = LINE_BUDGET): number {
  const pattern = parsePattern(source, flags)
  // Over budget: P(n) - steps - perChar·n, convex in n; within it at both ends, within it on every line.
  const over = (n: number): number => backtrackPolynomial(pattern, flags, n) - budget.steps - budget.perChar * n
  if (over(1) <= 0 && over(LONGEST_LINE) <= 0) return Infinity
  const tight = (n: number): number => backtrackSteps(pattern, flags, n)
  const withinFixed = lastWhere(1, LONGEST_LINE, (n) => tight(n) <= budget.steps)
  // Its minimum: the first n where it stops falling (NaN, from Infinity - Infinity, counts as rising).
  const rising = (n: number): boolean => !(over(n + 1) < over(n))
  const bottom = rising(1) ? 1 : lastWhere(1, LONGEST_LINE - 1, (n) => !rising(n)) + 1
  let cap = withinFixed
  if (over(bottom) <= 0) {
    const from = bottom - lastWhere(0, bottom - 1, (k) => over(bottom - k) <= 0)
    if (from <= withinFixed + 1) cap = Math.max(cap, lastWhere(bottom, LONGEST_LINE, (n) => over(n) <= 0))
  }
  return cap >= LONGEST_LINE ? Infinity : Math.max(cap, 0)
}
