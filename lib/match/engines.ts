/**
 * Which engine runs a rule pattern, so that no pattern can take more than
 * linear time on a line (see docs/redos.md).
 *
 * - A bundled pattern (rules.json) runs on V8, the faster engine on the
 *   short lines they see, when no unbounded loop in it holds a choice (an
 *   alternation, or a quantifier that may take more or less): that is the
 *   shape every exponential backtracking needs. The few bundled patterns
 *   of that shape run on the linear engine, like a user's. Even without
 *   that shape V8 can take polynomial time (`\bfoo\b[^.]*$` on "foo foo
 *   …"), so each runs on V8 only up to its line cap (line-caps.ts), where
 *   its backtracking bound stays within a fixed budget, and on its linear
 *   translation beyond.
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
import { deferredTranslate, parsePattern, translate, Untranslatable, type LinearRegex } from './linear.js'
import { readFileSync } from 'node:fs'
import { precompiled } from '../precompiled.js'
import { DEFAULT_RULES_PATH } from '../config/paths.js'
import { lineCap } from './line-caps.js'

/**
 * Which engine a pattern runs on: V8's backtracking one, or the linear one.
 * On V8, lines longer than `maxChars` go to `beyond`, the pattern's linear
 * translation (null for a bundled pattern that has none: such a line is not
 * matched, see docs/redos.md). On the linear engine, a line of at most
 * `screenChars` is first tested on V8 (within the same budget as a V8
 * pattern's line cap): a line V8 finds no match in is not matched, and
 * re2js is asked only for the matches, so the text a match reports is
 * re2js's as before.
 */
export type Engine = { kind: 'v8'; maxChars: number; beyond: LinearRegex | null } | { kind: 'linear'; regex: LinearRegex; screenChars: number }

/** V8 on every line: a pattern whose syntax bounds each attempt by a constant, or a bundled one without a cap. */
const V8_ANY_LINE: Engine = { kind: 'v8', maxChars: Infinity, beyond: null }

/** Does the engine run V8 on every line? Known without reading a cap that has not been read yet. */
export function onEveryLine(engine: Engine): boolean {
  return engine === V8_ANY_LINE
}

/**
 * The most ways one match attempt of an untranslatable pattern may try
 * before it is refused. Each way is at most the pattern's longest match
 * long, and V8 tries at most one attempt per position, so the time is at
 * most this many times the line's length (times a small constant).
 */
export const MAX_WAYS = 10_000

let bundledSet: ReadonlySet<string> | undefined

/**
 * The bundled rules' patterns, read from rules.json on first need (100 KB of
 * JSON: a millisecond). Read here rather than handed over by the config
 * loader, so that every path to a compiled pattern (a worker thread, a
 * Scanner built from specs) knows them. The same source in a user's file
 * (a copy of rules.json) is the same pattern and runs where it does.
 */
function bundled(): ReadonlySet<string> {
  if (bundledSet === undefined) {
    let rules: Array<{ patterns?: string[] }> = []
    try {
      rules = (JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as { rules?: Array<{ patterns?: string[] }> }).rules ?? []
    } catch {
      // No readable rules.json: every pattern is treated as a user's (linear or refused), never less safe.
    }
    bundledSet = new Set(rules.flatMap((r) => (Array.isArray(r.patterns) ? r.patterns : [])))
  }
  return bundledSet
}

const key = (source: string, flags: string): string => `${flags}/${source}`

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
  const k = key(source, flags)
  let known = cache.get(k)
  if (known === undefined) {
    known = choose(source, flags)
    cache.set(k, known)
  }
  if (typeof known === 'string') throw new Error(known)
  return known
}

/**
 * Whether an unbounded quantifier (`*`, `+`, `{n,}`) holds a choice: an
 * alternation (`(a|b)*`), another quantifier that may match more or less
 * (`(a+)*`, `(a?a?)*`, `(x{1,3})+`). Exponential backtracking needs two
 * ways through one loop iteration, and only these give them; a pattern
 * without may still backtrack polynomially. Lookarounds count as part of
 * the loop they sit in.
 */
export function choiceInLoop(pattern: AST.Pattern): boolean {
  const walk = (node: AST.Node, inLoop: boolean): boolean => {
    if (node.type === 'Quantifier' && inLoop && node.min < node.max) return true
    const inner = inLoop || (node.type === 'Quantifier' && node.max === Infinity)
    switch (node.type) {
      case 'Pattern':
      case 'CapturingGroup':
      case 'Group':
        if (inLoop && node.alternatives.length > 1) return true
        return node.alternatives.some((alt) => walk(alt, inner))
      case 'Assertion':
        return 'alternatives' in node && node.alternatives.some((alt) => walk(alt, inner))
      case 'Alternative':
        return node.elements.some((el) => walk(el, inner))
      case 'Quantifier':
        return walk(node.element, inner)
      default:
        return false
    }
  }
  return walk(pattern, false)
}

function choose(source: string, flags: string): Engine | string {
  // The build stores the answer for every bundled pattern: reading the syntax of all of them costs a start-up a quarter second.
  const ours = bundled().has(source)
  const stored = ours ? precompiled().choiceInLoop?.[source] : undefined
  // Known to translate (test/config/redos.test.ts): compiled when a line first reaches it.
  const bundledEngine = (nested: boolean): Engine => (nested ? bundledOnLinear(source, flags) : bundledOnV8(source, flags))
  if (stored !== undefined) return bundledEngine(stored)
  let pattern: AST.Pattern
  try {
    pattern = parsePattern(source, flags)
  } catch {
    return V8_ANY_LINE // not a valid pattern: the RegExp constructor says why
  }
  if (ours) return bundledEngine(choiceInLoop(pattern))
  try {
    // A user's pattern has no stored cap: V8 never tests it.
    return { kind: 'linear', regex: translate(source, flags), screenChars: 0 }
  } catch (err) {
    if (!(err instanceof Untranslatable)) throw err
    if (ways(pattern) <= MAX_WAYS) return V8_ANY_LINE
    const why = /[*+]|\{\d+,\}/.test(pattern.raw.replace(/\\./g, '')) ? 'an unbounded quantifier (*, + or {n,})' : `more than ${MAX_WAYS} ways to match`
    return `pattern ${JSON.stringify(source)} can backtrack super-linearly: it has ${err.message}, which the linear-time engine cannot run, and ${why}; bound its repetitions (e.g. {0,50}) or do without the ${err.message.split(' ')[0] ?? 'construct'}`
  }
}

/**
 * A bundled pattern on V8 up to its line cap (stored by the build, or read
 * from its syntax when a line first reaches it), and on its linear
 * translation beyond, compiled when a line first goes past the cap, which
 * real text almost never does. A pattern without a translation (a
 * backreference) matches no such line. Exported for the tests' probes,
 * which give it patterns of their own.
 */
export function bundledOnV8(source: string, flags: string): Engine {
  const stored = precompiled().lineCaps?.[`${flags}/${source}`]
  if (stored === null) return V8_ANY_LINE
  let maxChars = stored
  let beyond: LinearRegex | null | undefined
  return {
    kind: 'v8',
    get maxChars() {
      return (maxChars ??= lineCap(source, flags))
    },
    get beyond() {
      return beyond === undefined ? (beyond = translatesOrNull(source, flags)) : beyond
    },
  }
}

/**
 * A bundled pattern whose loop holds a choice: on the linear engine, tested
 * first on V8 on lines up to its line cap (stored by the build, or read from
 * its syntax when a line first reaches it). Such a pattern can backtrack
 * exponentially in the line's length, but the bound of backtrack-bound.ts
 * counts every way through its loops, so up to the cap V8's test costs no
 * more than the budget any V8 pattern has; most real lines are far shorter,
 * most fail there, and re2js (some tens of microseconds a line, its program
 * compiled on first use) runs only on the rest.
 */
function bundledOnLinear(source: string, flags: string): Engine {
  const stored = precompiled().linearScreenCaps?.[`${flags}/${source}`]
  let screenChars = stored === null ? Infinity : stored
  return {
    kind: 'linear',
    regex: deferredTranslate(source, flags),
    get screenChars() {
      return (screenChars ??= lineCap(source, flags))
    },
  }
}

/** deferredTranslate(), or null for a pattern with no linear form (a syntax check: no backreference). */
function translatesOrNull(source: string, flags: string): LinearRegex | null {
  return hasBackreference(parsePattern(source, flags)) ? null : deferredTranslate(source, flags)
}

function hasBackreference(node: AST.Node): boolean {
  switch (node.type) {
    case 'Backreference':
      return true
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some(hasBackreference)
    case 'Assertion':
      return 'alternatives' in node && node.alternatives.some(hasBackreference)
    case 'Alternative':
      return node.elements.some(hasBackreference)
    case 'Quantifier':
      return hasBackreference(node.element)
    default:
      return false
  }
}
