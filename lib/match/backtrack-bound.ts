/**
 * An upper bound, read from a pattern's syntax, on the work a backtracking
 * engine (V8's irregexp) can do to test it on a line of n characters.
 * lib/match/line-caps.ts turns it into the longest line a bundled pattern
 * is run on with V8 (see docs/redos.md).
 *
 * The model is the matcher ECMA-262 specifies, which irregexp implements:
 * a depth-first search over the ways to match, continuation by
 * continuation. A *step* is one visit of a syntax node (a character, a
 * class, an assertion, a branch, a loop iteration), each of which V8 does
 * in constant time, but for a backreference, which compares up to the
 * captured text's length. For every node e, from one position of a line of
 * n characters, given what can follow it in the pattern:
 *
 * - W(e), its live ways: how many times at most e succeeds at a point
 *   where what follows can go on (take its next character, or end there);
 * - C(e), its cost: the steps spent inside e over its whole search, plus
 *   what follows spends on e's other successes, where it fails before
 *   consuming a character (Z, the steps it takes to do so).
 *
 * Following what the matcher does:
 *
 * - a character, a class, an assertion: W = 1, C = 1;
 * - a sequence e1 e2: each live success of e1 runs e2 once: W = W1·W2 and
 *   C = C1 + W1·C2;
 * - alternatives a1 | … | ak, each tried in turn: C = ΣCi + k, and W = ΣWi
 *   over the branches that can go on at one position together: only those
 *   whose next characters can be the same character (`news|stories`
 *   cannot), and, for two words, only when one starts the other;
 * - a lookaround, searched up to its first success and never re-entered:
 *   W = 1, C = C(body) + 1;
 * - a backreference: W = 1, C = 1 + the longest text its group captures;
 * - a loop e{m,M}, greedy or lazy (the same tree in another order): the
 *   k-th iteration is reached in at most w^k ways (w = W(e), c = C(e)); each
 *   such point costs a step, from each below M one more iteration is tried
 *   (c + 1 steps), and from each at k >= m the loop exits. Past m an
 *   iteration that matches empty fails (the spec's empty check), so at most
 *   I = min(M, m + n) iterations: C = Σ_{k=0..I} w^k + (c + 1)·Σ_{k<min(I+1,M)} w^k
 *   and W = Σ_{k=m..I} w^k.
 *   When the next character cannot suit both another iteration and what
 *   follows the loop (`\d+:`, `[^.]*$`, `(?:\s\p{Lu}\w+){0,3}/`), at
 *   every point at most one of the two goes on: with w = 1 the loop has one
 *   live way, and each of its other exits costs Z more.
 *
 * Rules match folded text (lib/text/fold.ts), where white space never
 * comes twice in a row: a loop over white space alone (`\s*`, ` +`)
 * matches at most one character, so I <= max(m, 1).
 *
 * A match attempt at one position costs at most C(pattern) + 1 steps (the
 * first success ends it). V8 attempts each of the n + 1 positions, so one
 * test costs at most (n + 1)·(C + 1); a pattern whose every alternative
 * starts with `^` (no `m` flag) fails at once past position 0, so
 * C + 1 + (n + 1). Every quantity only grows with n, so the bound does.
 *
 * Inside a lookbehind V8 matches right to left: a sequence runs last
 * element first, and nothing is assumed about what follows.
 */
import type { AST } from '@eslint-community/regexpp'
import { ANYTHING, canBothGoOn, isOneChar, nextBefore, union, type Next } from './first-chars.js'

interface Bound {
  /** W: how many times the node succeeds where what follows can go on, at most, from one position. */
  ways: number
  /** C: steps spent inside the node from one position, plus what follows spends failing on its other successes. */
  cost: number
}

/** What follows a node in the pattern: what can come next, and the steps it takes to fail when that does not come. */
interface Follow {
  readonly next: Next
  readonly failSteps: number
}

const AT_PATTERN_END: Follow = { next: ANYTHING, failSteps: 0 }
/** Nothing can come next: what a node can start with, by itself. */
const NOTHING_MORE: Next = { set: [], atEnd: false }

interface Context {
  readonly n: number
  readonly flags: string
  readonly multiline: boolean
  /** The longest text each capturing group can capture: what a backreference to it compares. */
  readonly groups: ReadonlyMap<AST.CapturingGroup, number>
  /** Inside a lookbehind, matched right to left. */
  readonly backward: boolean
  /** Count a bounded loop's M iterations even where m + n is fewer: a polynomial in n (see backtrackPolynomial). */
  readonly polynomial: boolean
  /** zero() of each node, for this n: asked again by every follow that passes through it. */
  readonly zeros: Map<AST.Node, { steps: number; ways: number }>
}

const ATOM: Bound = { ways: 1, cost: 1 }

/** The longest text a node can match, in code units (Infinity when unbounded). */
function longest(node: AST.Node): number {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return Math.max(0, ...node.alternatives.map(longest))
    case 'Alternative':
      return node.elements.reduce((sum, el) => sum + longest(el), 0)
    case 'Quantifier':
      return node.max === 0 ? 0 : node.max * longest(node.element)
    case 'Assertion':
      return 0
    default:
      // A code point is at most two code units; a class of strings (v flag) or a backreference, unbounded.
      return isOneChar(node) ? 2 : Infinity
  }
}

/** Does the node match one white-space character and nothing else (` `, `\s`, `[\s ]`)? */
function onlySpace(node: AST.Node): boolean {
  if (node.type === 'Character') return /^\s$/u.test(String.fromCodePoint(node.value))
  if (node.type === 'CharacterSet') return node.kind === 'space' && !node.negate
  if (node.type === 'CharacterClass') return !node.negate && node.elements.length > 0 && node.elements.every(onlySpace)
  return false
}

/** Σ_{k=from..to} w^k */
function powerSum(w: number, from: number, to: number): number {
  if (to < from) return 0
  if (w === 1) return to - from + 1
  if (w === 0) return from === 0 ? 1 : 0
  return (w ** (to + 1) - w ** from) / (w - 1)
}

/**
 * The steps a node takes, and how many times it succeeds, when it cannot
 * consume a character (the one here is not one it can start with): only
 * its zero-width parts and empty repetitions are tried. What a loop's
 * other exits cost what follows it.
 */
function zero(node: AST.Node, ctx: Context): { steps: number; ways: number } {
  let z = ctx.zeros.get(node)
  if (z === undefined) {
    z = zeroOf(node, ctx)
    ctx.zeros.set(node, z)
  }
  return z
}

function zeroOf(node: AST.Node, ctx: Context): { steps: number; ways: number } {
  if (isOneChar(node)) return { steps: 1, ways: 0 }
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.map((alt) => zero(alt, ctx)).reduce((a, b) => ({ steps: a.steps + b.steps + 1, ways: a.ways + b.ways }), { steps: 0, ways: 0 })
    case 'Alternative': {
      let steps = 0
      let ways = 1
      for (const el of node.elements) {
        const z = zero(el, ctx)
        steps += ways * z.steps
        ways *= z.ways
      }
      return { steps, ways }
    }
    case 'Quantifier': {
      // Up to m empty iterations are allowed, then the empty check fails the next.
      const z = zero(node.element, ctx)
      const mandatory = Math.min(node.min, node.max)
      return { steps: (z.steps + 2) * powerSum(z.ways, 0, mandatory), ways: z.ways ** mandatory }
    }
    case 'Assertion':
      return { steps: bound(node, AT_PATTERN_END, ctx).cost, ways: 1 }
    default:
      return { steps: bound(node, AT_PATTERN_END, ctx).cost, ways: 1 }
  }
}

/** What follows `node` when `after` follows it: what can come next before it, and its steps to fail. */
function followBefore(node: AST.Node, after: Follow, ctx: Context): Follow {
  if (ctx.backward) return AT_PATTERN_END
  const z = zero(node, ctx)
  return { next: nextBefore(node, after.next, ctx.multiline), failSteps: z.steps + z.ways * after.failSteps }
}

function loop(node: AST.Quantifier, after: Follow, ctx: Context): Bound {
  const { min, max } = node
  // After an iteration: another iteration (if more are allowed), or what follows the loop. Failing there costs at most the
  // rest of the loop tried empty, then what follows.
  const rest = zero(node, ctx)
  const afterBody: Follow = ctx.backward
    ? AT_PATTERN_END
    : { next: max <= 1 ? after.next : union(nextBefore(node.element, after.next, ctx.multiline), after.next), failSteps: rest.steps + rest.ways * after.failSteps }
  const body = bound(node.element, afterBody, ctx)
  // Two ways through one iteration of an unbounded loop: exponential, no bound worth the name.
  if (max === Infinity && body.ways > 1) return { ways: Infinity, cost: Infinity }
  // On folded text a white-space loop takes at most one character.
  const reach = onlySpace(node.element) ? Math.max(min, 1) : min + ctx.n
  const iterations = ctx.polynomial && max !== Infinity ? max : Math.min(max, reach)
  // Points reached (one step each), iterations tried from them (below M), and exits (from m on).
  const points = powerSum(body.ways, 0, iterations)
  const tries = powerSum(body.ways, 0, Math.min(iterations, max - 1))
  const exits = powerSum(body.ways, min, iterations)
  // Each exit that cannot go on costs what follows its failure. Charged for every exit, even where all
  // may go on (and the caller charges them in full), so that the bound never shrinks as n grows.
  const cost = points + tries * (body.cost + 1) + exits * after.failSteps
  // What a non-empty iteration can start with (past m an empty one fails).
  const iterate = nextBefore(node.element, NOTHING_MORE, ctx.multiline)
  const oneGoesOn = !ctx.backward && body.ways <= 1 && iterate.set !== null && !canBothGoOn(iterate, after.next, ctx.flags)
  // Every point either iterates or exits into what follows, never both: one exit goes on.
  return { ways: oneGoesOn ? Math.min(1, exits) : exits, cost }
}

/** The literal text of an alternative made of characters only, for comparing branches; null otherwise. */
function literal(alt: AST.Alternative, flags: string): string | null {
  if (!alt.elements.every((el) => el.type === 'Character')) return null
  const text = alt.elements.map((el) => String.fromCodePoint(el.value)).join('')
  // Under `i`, compare lower case, which is exact for ASCII only (ſ and K fold to s and k).
  if (!flags.includes('i')) return text
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : null
}

/** Can the two branches both succeed at one position, and what follows go on after both? */
function together(a: AST.Alternative, b: AST.Alternative, after: Follow, ctx: Context): boolean {
  if (ctx.backward) return true
  const la = literal(a, ctx.flags)
  const lb = literal(b, ctx.flags)
  if (la !== null && lb !== null && la !== '' && lb !== '') return la.startsWith(lb) || lb.startsWith(la)
  return canBothGoOn(nextBefore(a, after.next, ctx.multiline), nextBefore(b, after.next, ctx.multiline), ctx.flags)
}

/** Which branches can go on together at one position, by alternation and what follows it: the same for every n. */
const togetherness = new WeakMap<readonly AST.Alternative[], WeakMap<Next, boolean[][]>>()

function compatible(alternatives: readonly AST.Alternative[], after: Follow, ctx: Context): boolean[][] {
  let byNext = togetherness.get(alternatives)
  if (byNext === undefined) togetherness.set(alternatives, (byNext = new WeakMap()))
  let matrix = byNext.get(after.next)
  if (matrix === undefined) {
    matrix = alternatives.map((a, i) => alternatives.map((b, j) => i === j || together(a, b, after, ctx)))
    byNext.set(after.next, matrix)
  }
  return matrix
}

function branches(alternatives: readonly AST.Alternative[], after: Follow, ctx: Context): Bound {
  const bounds = alternatives.map((alt) => bound(alt, after, ctx))
  const cost = bounds.reduce((sum, b) => sum + b.cost, alternatives.length)
  const matrix = ctx.backward ? null : compatible(alternatives, after, ctx)
  let ways = 0
  alternatives.forEach((_, i) => {
    let withA = 0
    alternatives.forEach((_, j) => {
      if (matrix === null || matrix[i]?.[j] === true) withA += bounds[j]?.ways ?? 0
    })
    ways = Math.max(ways, withA)
  })
  return { ways, cost }
}

function sequence(inOrder: readonly AST.Element[], after: Follow, ctx: Context): Bound {
  const elements = ctx.backward ? [...inOrder].reverse() : inOrder
  // What follows each element: the elements after it, then what follows the sequence.
  const follows: Follow[] = new Array<Follow>(elements.length)
  let next = after
  for (let i = elements.length - 1; i >= 0; i--) {
    follows[i] = next
    const el = elements[i]
    if (el !== undefined) next = followBefore(el, next, ctx)
  }
  let ways = 1
  let cost = 0
  elements.forEach((el, i) => {
    const b = bound(el, follows[i] ?? AT_PATTERN_END, ctx)
    cost += ways * b.cost
    ways *= b.ways
  })
  return { ways, cost }
}

function bound(node: AST.Node, after: Follow, ctx: Context): Bound {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return branches(node.alternatives, after, ctx)
    case 'Alternative':
      return sequence(node.elements, after, ctx)
    case 'Quantifier':
      return loop(node, after, ctx)
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') {
        return { ways: 1, cost: branches(node.alternatives, AT_PATTERN_END, { ...ctx, backward: node.kind === 'lookbehind' }).cost + 1 }
      }
      return ATOM
    case 'Backreference': {
      const refs = Array.isArray(node.resolved) ? node.resolved : [node.resolved]
      const length = Math.max(0, ...refs.map((g: AST.CapturingGroup) => ctx.groups.get(g) ?? Infinity))
      return { ways: 1, cost: 1 + (ctx.polynomial && Number.isFinite(length) ? length : Math.min(length, ctx.n)) }
    }
    default:
      return ATOM
  }
}

/** Does every alternative of the pattern start with `^`? Then V8 attempts it at position 0 only. */
function anchoredAtStart(pattern: AST.Pattern): boolean {
  return pattern.alternatives.every((alt) => {
    const first = alt.elements[0]
    return first !== undefined && first.type === 'Assertion' && first.kind === 'start'
  })
}

const groupsOf = new WeakMap<AST.Pattern, Map<AST.CapturingGroup, number>>()

function capturingGroups(node: AST.Node, out: Map<AST.CapturingGroup, number>): Map<AST.CapturingGroup, number> {
  if (node.type === 'CapturingGroup') out.set(node, longest(node))
  if (node.type === 'Pattern' || node.type === 'Group' || node.type === 'CapturingGroup' || (node.type === 'Assertion' && 'alternatives' in node)) {
    for (const alt of node.alternatives) capturingGroups(alt, out)
  }
  if (node.type === 'Alternative') for (const el of node.elements) capturingGroups(el, out)
  if (node.type === 'Quantifier') capturingGroups(node.element, out)
  return out
}

/**
 * The most steps one backtracking test of the pattern (one `exec`, every
 * start position) can take on a line of n characters; Infinity when too
 * large to say. It only grows with n.
 *
 * @example
 * ```ts
 * backtrackSteps(parsePattern('\\bfoo\\b[^.]*$', 'u'), 'u', 1000)  // => about 4 million: n starts × a loop of n
 * backtrackSteps(parsePattern('^read more\\b', 'u'), 'u', 1000)     // => about a thousand: one attempt, then n + 1 failures
 * ```
 */
export function backtrackSteps(pattern: AST.Pattern, flags: string, n: number): number {
  return steps(pattern, flags, n, false)
}

/**
 * A looser bound, with every bounded loop counted at its most iterations
 * whatever the line's length: then every sum and product above is of
 * polynomials in n with non-negative whole coefficients (or the bound is
 * exponential, Infinity), so this is such a polynomial, evaluated at n.
 * line-caps.ts reads its degree and coefficients from a few values.
 */
export function backtrackPolynomial(pattern: AST.Pattern, flags: string, n: number): number {
  return steps(pattern, flags, n, true)
}

function steps(pattern: AST.Pattern, flags: string, n: number, polynomial: boolean): number {
  const multiline = flags.includes('m')
  let groups = groupsOf.get(pattern)
  if (groups === undefined) groupsOf.set(pattern, (groups = capturingGroups(pattern, new Map())))
  const ctx: Context = { n, flags, multiline, groups, backward: false, polynomial, zeros: new Map() }
  const attempt = bound(pattern, AT_PATTERN_END, ctx).cost + 1
  const total = anchoredAtStart(pattern) && !multiline ? attempt + n + 1 : (n + 1) * attempt
  return Number.isFinite(total) ? total : Infinity
}
