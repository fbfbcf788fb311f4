/**
 * What character a match of a syntax node can start with, and whether two
 * one-character matchers can match the same character: what
 * backtrack-bound.ts needs to see that a loop and what follows it cannot
 * share a character (`\d+:`, `[^.]*\.`), so that only one of the loop's
 * ways gets past the next element's first character.
 *
 * Every answer is on the safe side: "can overlap" and "unknown" only ever
 * loosen the bound. Whether two classes overlap is asked of V8 itself, the
 * engine that will run them, flags included (case folding under `i`).
 */
import type { AST } from '@eslint-community/regexpp'

/** A node that matches exactly one character (`a`, `\s`, `.`, `[^.!?]`, `\p{Lu}`). */
export type OneChar = AST.Character | AST.CharacterSet | AST.CharacterClass | AST.ExpressionCharacterClass

export function isOneChar(node: AST.Node): node is OneChar {
  switch (node.type) {
    case 'Character':
    case 'CharacterSet':
      return true
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      // A v-flag class may hold strings (\q{abc}): more than one character.
      return !('unicodeSets' in node && node.unicodeSets)
    default:
      return false
  }
}

/**
 * What can come next at a point of a match: the one-character matchers any
 * of which the next consumed character matches (null: anything, not known),
 * and whether the match can also end there, consuming nothing more, at the
 * end of the line (`$`).
 */
export interface Next {
  readonly set: readonly OneChar[] | null
  readonly atEnd: boolean
}

/** After the whole pattern: it has matched, whatever comes next. */
export const ANYTHING: Next = { set: null, atEnd: true }

const unions = new WeakMap<Next, WeakMap<Next, Next>>()

/**
 * Either of two. Remembered, as nextBefore's answers are, so that the same
 * point of a pattern always gets the same object: the bound is evaluated
 * for many line lengths, and what can come next does not depend on them.
 */
export function union(a: Next, b: Next): Next {
  let byB = unions.get(a)
  if (byB === undefined) unions.set(a, (byB = new WeakMap()))
  let u = byB.get(b)
  if (u === undefined) {
    let set: OneChar[] | null = null
    if (a.set !== null && b.set !== null) {
      const raws = new Set(a.set.map((c) => c.raw))
      set = [...a.set, ...b.set.filter((c) => !raws.has(c.raw))]
    }
    u = { set, atEnd: a.atEnd || b.atEnd }
    byB.set(b, u)
  }
  return u
}

/**
 * What can come next before `node`, when `after` is what can come next
 * after it: its first characters, and `after`'s where it can match empty.
 * Zero-width assertions other than `$` only restrict, so they are looked
 * through; `$` lets nothing more be consumed.
 */
export function nextBefore(node: AST.Node, after: Next, multiline: boolean): Next {
  let byAfter = known.get(node)
  if (byAfter === undefined) known.set(node, (byAfter = new WeakMap()))
  let next = byAfter.get(after)
  if (next === undefined) {
    next = compute(node, after, multiline)
    byAfter.set(after, next)
  }
  return next
}

const known = new WeakMap<AST.Node, WeakMap<Next, Next>>()
const NOTHING: Next = { set: [], atEnd: false }

function compute(node: AST.Node, after: Next, multiline: boolean): Next {
  if (isOneChar(node)) return { set: [node], atEnd: false }
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.map((alt) => nextBefore(alt, after, multiline)).reduce(union, NOTHING)
    case 'Alternative':
      return node.elements.reduceRight((next, el) => nextBefore(el, next, multiline), after)
    case 'Quantifier': {
      if (node.max === 0) return after
      const body = nextBefore(node.element, after, multiline)
      return node.min === 0 ? union(body, after) : body
    }
    case 'Assertion':
      if (node.kind === 'end' && !multiline) return after.atEnd ? END_ONLY : NOTHING
      return after
    default:
      // A backreference: anything.
      return ANYTHING
  }
}

const END_ONLY: Next = { set: [], atEnd: true }

const both = new WeakMap<Next, WeakMap<Next, Map<string, boolean>>>()

/** Can the next character (or the line's end) suit both? When not, at most one of two ways past this point goes on. */
export function canBothGoOn(a: Next, b: Next, flags: string): boolean {
  let byB = both.get(a)
  if (byB === undefined) both.set(a, (byB = new WeakMap()))
  let byFlags = byB.get(b)
  if (byFlags === undefined) byB.set(b, (byFlags = new Map<string, boolean>()))
  let answer = byFlags.get(flags)
  if (answer === undefined) {
    answer = (a.atEnd && b.atEnd) || setsOverlap(a.set, b.set, flags)
    byFlags.set(flags, answer)
  }
  return answer
}

/** Every code point of the Basic Multilingual Plane once but the surrogates; then the other planes, then lone surrogates (lows before highs, so no two of them pair up). */
let bmp: string | undefined
let rest: string | undefined
function characters(): { bmp: string; rest: string } {
  if (bmp === undefined || rest === undefined) {
    const parts: string[] = []
    for (let c = 0; c < 0xd800; c++) parts.push(String.fromCharCode(c))
    for (let c = 0xe000; c < 0x10000; c++) parts.push(String.fromCharCode(c))
    bmp = parts.join('')
    parts.length = 0
    for (let c = 0x10000; c < 0x110000; c++) parts.push(String.fromCodePoint(c))
    for (let c = 0xdc00; c <= 0xdfff; c++) parts.push(String.fromCharCode(c))
    for (let c = 0xd800; c <= 0xdbff; c++) parts.push(String.fromCharCode(c))
    rest = parts.join('')
  }
  return { bmp, rest }
}

/**
 * Can the matcher match a character outside the Basic Multilingual Plane
 * (or a lone surrogate)? Not when it lists only such characters and
 * ranges, or is \d \s \w: then two of them are compared on the 63,488
 * BMP characters alone, a millisecond, rather than on all 1.1 million.
 * (Case folding never maps a BMP character to another plane.)
 */
function beyondBmp(node: AST.Node): boolean {
  switch (node.type) {
    case 'Character':
      return node.value >= 0xd800 && (node.value <= 0xdfff || node.value > 0xffff)
    case 'CharacterClassRange':
      return node.max.value >= 0xd800
    case 'CharacterSet':
      return node.kind === 'any' || node.kind === 'property' || node.negate
    case 'CharacterClass':
      return node.negate || node.elements.some(beyondBmp)
    default:
      return true
  }
}

const overlaps = new Map<string, boolean>()

/**
 * Can some character match both one-character matchers, with these flags?
 * A single character is tested directly: under `i` a class matches a
 * character exactly when it matches every case variant of it (the spec
 * compares canonicalised characters), so testing the one character is
 * exact. Two classes are tried on every code point at once (the BMP ones
 * first) and remembered.
 */
export function canOverlap(a: OneChar, b: OneChar, flags: string): boolean {
  const key = `${flags}/${a.raw}/${b.raw}`
  let answer = overlaps.get(key)
  if (answer === undefined) {
    answer = ask(a, b, flags)
    overlaps.set(key, answer)
  }
  return answer
}

function ask(a: OneChar, b: OneChar, flags: string): boolean {
  try {
    if (a.type === 'Character') return new RegExp(`^(?:${b.raw})$`, flags).test(String.fromCodePoint(a.value))
    if (b.type === 'Character') return new RegExp(`^(?:${a.raw})$`, flags).test(String.fromCodePoint(b.value))
    const both = new RegExp(`(?=${a.raw})(?:${b.raw})`, flags)
    const { bmp, rest } = characters()
    return both.test(bmp) || (beyondBmp(a) && beyondBmp(b) && both.test(rest))
  } catch {
    return true // a raw text that does not stand alone: say nothing
  }
}

/** Can a character of one set be a character of the other? (null: unknown, so yes.) */
export function setsOverlap(a: readonly OneChar[] | null, b: readonly OneChar[] | null, flags: string): boolean {
  if (a === null || b === null) return true
  return a.some((x) => b.some((y) => canOverlap(x, y, flags)))
}
