/**
 * Which engine runs a rule pattern, so that no pattern can take more than
 * linear time on a line (see docs/redos.md).
 *
 * - A bundled pattern (rules.json) runs on V8: they are ours, screened by
 *   tests, and V8 is the faster engine on the short lines they run on.
 * - Any other pattern (a user's rules file, a learned one, one built in
 *   memory) runs on the linear-time engine (lib/match/linear.ts) whenever
 *   it can be translated: then its cost is linear whatever it is.
 * - One that cannot be translated (a backreference, a lookahead beside a
 *   lookbehind, a property RE2 lacks) runs on V8 only when its syntax
 *   bounds the work of one match attempt by a constant: no unbounded
 *   quantifier, and few ways to match. Any other is refused.
 *
 * The choice reads the pattern's syntax only: it is instant and the same on
 * every machine, whatever the load.
 */
import type { AST } from '@eslint-community/regexpp'
import { parsePattern, translate, Untranslatable, type LinearRegex } from './linear.js'

/** Which engine a pattern runs on: V8's backtracking one, or the linear one. */
export type Engine = { kind: 'v8' } | { kind: 'linear'; regex: LinearRegex }

/**
 * The most ways one match attempt of an untranslatable pattern may try
 * before it is refused. Each way is at most the pattern's longest match
 * long, and V8 tries at most one attempt per position, so the time is at
 * most this many times the line's length (times a small constant).
 */
export const MAX_WAYS = 10_000

const bundled = new Set<string>()
const key = (source: string, flags: string): string => `${flags}/${source}`

/**
 * Mark the bundled rules' patterns as trusted to run on V8. Called by the
 * config loader when it reads rules.json; the same source in a user's file
 * is the same pattern, so it runs on V8 too.
 */
export function trustBundledPatterns(sources: Iterable<string>): void {
  for (const source of sources) bundled.add(source)
}

/** Is the pattern one of the bundled ones (trusted to run on V8)? */
export function isBundledPattern(source: string): boolean {
  return bundled.has(source)
}

/**
 * How many ways one attempt of the pattern can try, bounded (Infinity for an
 * unbounded quantifier). Lookarounds count as the ways of their body: V8
 * runs each once where it stands, and never backtracks into it.
 */
function ways(node: AST.Node): number {
  const cap = (n: number): number => (n > MAX_WAYS ? Infinity : n)
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return cap(node.alternatives.reduce((sum, alt) => sum + ways(alt), 0))
    case 'Alternative':
      return cap(node.elements.reduce((product, el) => product * ways(el), 1))
    case 'Quantifier': {
      if (node.max === Infinity) return Infinity
      const each = ways(node.element)
      let sum = 0
      for (let k = node.min; k <= node.max && sum <= MAX_WAYS; k++) sum += each ** k
      return cap(sum)
    }
    case 'Assertion':
      return node.kind === 'lookahead' || node.kind === 'lookbehind' ? cap(node.alternatives.reduce((sum, alt) => sum + ways(alt), 0)) : 1
    default:
      return 1
  }
}

const cache = new Map<string, Engine | string>()

/**
 * The engine for a pattern as it runs (source and flags), or a plain Error
 * saying why it is refused (the config loader adds the file and rule id).
 * A pattern that does not compile is left to the RegExp constructor's message.
 *
 * @example
 * ```ts
 * engineFor('^(\\w+\\s?)*$', 'u').kind   // => 'linear'
 * engineFor('^(\\w+) and \\1$', 'u')      // throws: ... backreference \1 ... unbounded quantifier ...
 * ```
 */
export function engineFor(source: string, flags: string): Engine {
  if (bundled.has(source)) return { kind: 'v8' }
  const k = key(source, flags)
  let known = cache.get(k)
  if (known === undefined) {
    known = choose(source, flags)
    cache.set(k, known)
  }
  if (typeof known === 'string') throw new Error(known)
  return known
}

function choose(source: string, flags: string): Engine | string {
  let pattern: AST.Pattern
  try {
    pattern = parsePattern(source, flags)
  } catch {
    return { kind: 'v8' } // not a valid pattern: the RegExp constructor says why
  }
  try {
    return { kind: 'linear', regex: translate(source, flags) }
  } catch (err) {
    if (!(err instanceof Untranslatable)) throw err
    if (ways(pattern) <= MAX_WAYS) return { kind: 'v8' }
    const why = /[*+]|\{\d+,\}/.test(pattern.raw.replace(/\\./g, '')) ? 'an unbounded quantifier (*, + or {n,})' : `more than ${MAX_WAYS} ways to match`
    return `pattern ${JSON.stringify(source)} can backtrack super-linearly: it has ${err.message}, which the linear-time engine cannot run, and ${why}; bound its repetitions (e.g. {0,50}) or do without the ${err.message.split(' ')[0] ?? 'construct'}`
  }
}
