/**
 * Running a JavaScript pattern on a linear-time engine (RE2, through the
 * pure-JavaScript port `re2js`).
 *
 * V8 matches by backtracking, so a pattern such as `\s*:\s*.*$` takes time
 * quadratic in a line's length and `^(\w+\s?)*$` exponential. RE2 runs any
 * pattern it accepts in time linear in the line (times the pattern's
 * size). It does not speak JavaScript's dialect, so the pattern is
 * translated from its syntax tree (regexpp), node by node, into RE2 syntax
 * that means the same on every line:
 *
 * - classes are spelled out where the two dialects differ: JavaScript's
 *   `\s` holds Unicode spaces (RE2's is ASCII), its `.` stops at U+2028/9;
 * - every group becomes non-capturing (rules use only the whole match);
 * - a lookbehind runs on re2js's linear lookbehinds;
 * - under `i`, ſ and K (U+212A) are matched as s and k, so that `\b` sees
 *   them as word characters as JavaScript does;
 * - a lookahead has no linear form in re2js, so a pattern with lookaheads
 *   (and no lookbehind) is reversed: it matches somewhere in a line exactly
 *   when the reversed pattern, whose lookaheads are now lookbehinds,
 *   matches somewhere in the reversed line.
 *
 * Backreferences, and lookaheads beside lookbehinds, have no translation:
 * `translate` says why, and the caller decides (see lib/match/engines.ts).
 */
import type { AST } from '@eslint-community/regexpp'
import type { RE2JS as RE2JSClass } from 're2js'
import { lazy } from '../lazy.js'

// Loaded with the first pattern that runs on it: a run on the bundled rules alone may never need it.
const re2js = lazy<typeof import('re2js')>('re2js')
// Loaded with the first pattern parsed: the build stores what the bundled patterns' syntax says (lib/precompiled.ts).
const regexpp = lazy<typeof import('@eslint-community/regexpp')>('@eslint-community/regexpp')

/** A compiled linear-time pattern: the matched text, or null. */
export interface LinearRegex {
  /** The text of the first match (of some match, when reversed), or null. */
  exec(text: string): string | null
  /** Whether the line was reversed to run the pattern's lookaheads as lookbehinds. */
  readonly reversed: boolean
  /** The RE2 source that runs. */
  readonly source: string
  /**
   * For a pattern with lookarounds: the RE2 source of the same pattern with
   * every lookaround dropped, tried first on each line (see {@link translate}).
   */
  readonly screen?: string
}

/** Why a pattern cannot run on the linear engine. */
export class Untranslatable extends Error {
  override name = 'Untranslatable'
}

type Range = readonly [number, number]
const MAX = 0x10ffff
const DIGIT: Range[] = [[0x30, 0x39]]
const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]
// With `iu`, JavaScript's \w also holds ſ (U+017F) and the Kelvin sign (U+212A): they fold to s and k.
const WORD_IU: Range[] = [...WORD, [0x17f, 0x17f], [0x212a, 0x212a]]
// JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262 (RE2's \s is [\t\n\f\r ]).
const SPACE: Range[] = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]
// JavaScript's `.` without the s flag stops at line terminators (RE2's only at \n).
const LINE_TERMINATORS: Range[] = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]

const hex = (cp: number): string => `\\x{${cp.toString(16).toUpperCase()}}`
const rangesBody = (ranges: readonly Range[]): string => ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')

function complement(ranges: readonly Range[]): Range[] {
  const out: Range[] = []
  let next = 0
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (a > next) out.push([next, a - 1])
    next = Math.max(next, b + 1)
  }
  if (next <= MAX) out.push([next, MAX])
  return out
}

/** General categories by their long names: RE2 knows only the short ones. */
const CATEGORY: Record<string, string> = {
  Letter: 'L', Cased_Letter: 'LC', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe', Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
}

interface Context {
  readonly ignoreCase: boolean
  readonly dotAll: boolean
  /** Emit the reversed pattern (sequences backwards, ^ and $ swapped, lookaheads as lookbehinds). */
  readonly reversed: boolean
  /** Emit every lookaround as nothing: the pattern's screen (see {@link translate}). */
  readonly dropLookarounds?: boolean
}

/** The ranges of a class escape (\d \w \s and their negations, `.`), or the RE2 text of a property escape. */
function setRanges(node: AST.CharacterSet, ctx: Context): Range[] | string {
  switch (node.kind) {
    case 'any':
      return ctx.dotAll ? [[0, MAX]] : complement(LINE_TERMINATORS)
    case 'digit':
      return node.negate ? complement(DIGIT) : DIGIT
    case 'space':
      return node.negate ? complement(SPACE) : SPACE
    case 'word': {
      const word = ctx.ignoreCase ? WORD_IU : WORD
      return node.negate ? complement(word) : word
    }
    case 'property': {
      if (node.strings) throw new Untranslatable(`property of strings \\p{${node.key}}`)
      let name: string
      if (node.key === 'General_Category') name = CATEGORY[node.value ?? ''] ?? node.value ?? ''
      else if (node.key === 'Script') name = node.value ?? ''
      else if (node.key === 'Script_Extensions') throw new Untranslatable(`Script_Extensions property ${node.raw}`)
      else name = node.key // a binary property: re2js knows some; the compiler refuses the others
      return `\\${node.negate ? 'P' : 'p'}{${name}}`
    }
  }
}

function classElement(node: AST.CharacterClassElement, ctx: Context): string {
  switch (node.type) {
    case 'Character':
      return hex(node.value)
    case 'CharacterClassRange':
      return `${hex(node.min.value)}-${hex(node.max.value)}`
    case 'CharacterSet': {
      const set = setRanges(node, ctx)
      return typeof set === 'string' ? set : rangesBody(set)
    }
    default:
      throw new Untranslatable(`class set operation ${node.raw}`)
  }
}

function assertion(node: AST.Assertion, ctx: Context): string {
  switch (node.kind) {
    case 'start':
      return ctx.reversed ? '$' : '^'
    case 'end':
      return ctx.reversed ? '^' : '$'
    case 'word':
      return node.negate ? '\\B' : '\\b'
    case 'lookahead':
    case 'lookbehind': {
      if (ctx.dropLookarounds === true) return ''
      const behind = (node.kind === 'lookbehind') !== ctx.reversed
      if (!behind) throw new Untranslatable(node.kind === 'lookahead' ? 'lookahead' : 'lookbehind beside a lookahead')
      const body = node.alternatives.map((alt) => emit(alt, ctx)).join('|')
      return `(?<${node.negate ? '!' : '='}${body})`
    }
  }
}

function emit(node: AST.Node, ctx: Context): string {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      if (node.type === 'Group' && node.modifiers) throw new Untranslatable(`modifier group ${node.raw}`)
      const body = node.alternatives.map((alt) => emit(alt, ctx)).join('|')
      return node.type === 'Pattern' ? body : `(?:${body})`
    }
    case 'Alternative': {
      const parts = node.elements.map((el) => emit(el, ctx))
      return (ctx.reversed ? parts.reverse() : parts).join('')
    }
    case 'Quantifier': {
      const { min, max } = node
      const q = min === 0 && max === Infinity ? '*' : min === 1 && max === Infinity ? '+' : min === 0 && max === 1 ? '?' : max === Infinity ? `{${min},}` : min === max ? `{${min}}` : `{${min},${max}}`
      return `(?:${emit(node.element, ctx)})${q}${node.greedy ? '' : '?'}`
    }
    case 'Character':
      return hex(node.value)
    case 'CharacterSet': {
      const set = setRanges(node, ctx)
      return typeof set === 'string' ? set : `[${rangesBody(set)}]`
    }
    case 'CharacterClass': {
      if (node.unicodeSets) throw new Untranslatable(`v-flag class ${node.raw}`)
      const body = node.elements.map((el) => classElement(el, ctx)).join('')
      // An empty class matches nothing, and negated everything: RE2 has no `[]`.
      if (body === '') return node.negate ? `[${hex(0)}-${hex(MAX)}]` : `[^${hex(0)}-${hex(MAX)}]`
      return `[${node.negate ? '^' : ''}${body}]`
    }
    case 'ExpressionCharacterClass':
      throw new Untranslatable(`class set operation ${node.raw}`)
    case 'Assertion':
      return assertion(node, ctx)
    case 'Backreference':
      throw new Untranslatable(`backreference ${node.raw}`)
    default:
      throw new Untranslatable(`${node.type} ${node.raw}`)
  }
}

/** Does any assertion in the tree under `node` pass `test`? */
function anyAssertion(node: AST.Node, test: (assertion: AST.Assertion) => boolean): boolean {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some((a) => anyAssertion(a, test))
    case 'Alternative':
      return node.elements.some((e) => anyAssertion(e, test))
    case 'Quantifier':
      return anyAssertion(node.element, test)
    case 'Assertion':
      return test(node)
    default:
      return false
  }
}

function hasLookaround(node: AST.Node): boolean {
  return anyAssertion(node, (a) => a.kind === 'lookahead' || a.kind === 'lookbehind')
}

function hasLookahead(node: AST.Node): boolean {
  return anyAssertion(node, (a) => a.kind === 'lookahead' || (a.kind === 'lookbehind' && a.alternatives.some(hasLookahead)))
}

/** Parse a pattern as the RegExp constructor would with these flags (throws on a syntax error). */
export function parsePattern(source: string, flags: string): AST.Pattern {
  return new (regexpp().RegExpParser)({ ecmaVersion: 2025 }).parsePattern(source, undefined, undefined, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') })
}

/** Lines up to this long skip the DFA's test (see translate). */
const MATCHER_FIRST_CHARS = 200

/** The code points of a text in reverse order (a surrogate pair stays one character). */
function reverseText(text: string): string {
  let out = ''
  for (const ch of text) out = ch + out
  return out
}

/**
 * Compile a JavaScript pattern (with flags among `u`, `i`, `s`) for the
 * linear engine, or throw Untranslatable naming what has no linear form.
 *
 * @example
 * ```ts
 * translate('^(\\w+\\s?)*$', 'u').exec('hello world') // => 'hello world', in linear time
 * translate('(\\w+) \\1', 'u')                          // throws Untranslatable: backreference \1
 * ```
 */
export function translate(source: string, flags: string): LinearRegex {
  return compileLinear(source, flags, true)
}

/**
 * translate(); with `checked` false (a bundled pattern, known to
 * translate), a screened pattern's own program is compiled only when a line
 * first passes its screen: on a small input most screens pass no line, and
 * each compilation costs a few milliseconds.
 */
function compileLinear(source: string, flags: string, checked: boolean): LinearRegex {
  if (/[^uisv]/.test(flags)) throw new Untranslatable(`flags ${flags}`)
  const pattern = parsePattern(source, flags)
  const reversed = hasLookahead(pattern)
  const ctx: Context = { ignoreCase: flags.includes('i'), dotAll: flags.includes('s'), reversed }
  const body = emit(pattern, ctx)
  const re2source = `${ctx.ignoreCase ? '(?i)' : ''}${body}`
  const compile = (): RE2JSClass => {
    const { RE2JS } = re2js()
    try {
      return RE2JS.compile(re2source, RE2JS.LOOKBEHINDS)
    } catch (err) {
      throw new Untranslatable((err as Error).message.replace(/^error parsing regexp: /, ''))
    }
  }
  // Under `i`, JavaScript counts ſ and the Kelvin sign as word characters (they fold to s and k), and
  // RE2's \b does not: the line is matched with them spelled s and k, which `i` makes equal anyway.
  const foldWordChars = ctx.ignoreCase && /\\[bB]/.test(source)
  const fold = (line: string): string => (foldWordChars ? line.replace(/[\u017f\u212a]/g, (c) => (c === '\u017f' ? 's' : 'k')) : line)
  const screen = lookaroundScreen(pattern, ctx)
  let program = checked || screen === null ? compile() : undefined
  const exec = (text: string): string | null => {
    if (screen !== null && !screen.re.test(fold(text))) return null
    const re = (program ??= compile())
    const line = reversed ? reverseText(text) : text
    const input = fold(line)
    // On a long line the boolean test runs first, on the DFA, and the slower matcher only where it
    // says yes. A short line goes straight to the matcher (re2js's bit-state backtracker, linear in
    // line × pattern): building DFA states for a few dozen characters cost more than it saved.
    if (input.length > MATCHER_FIRST_CHARS && !re.test(input)) return null
    const m = re.matcher(input)
    if (!m.find()) return null
    const found = line.slice(m.start(), m.end())
    return reversed ? reverseText(found) : found
  }
  return { exec, reversed, source: re2source, ...(screen !== null ? { screen: screen.source } : {}) }
}

/**
 * A pattern with lookarounds runs on re2js's slowest matcher (lookbehinds,
 * and lookaheads turned into lookbehinds, rule out its DFA), which on the
 * corpus cost a line of 50 characters some 75 µs, and nearly every line it
 * reads does not match. Dropping the lookarounds can only let more lines
 * match (each one only adds a condition), so the pattern without them,
 * forwards and on the DFA, is a necessary condition that is cheap to test:
 * a line it rejects is one the pattern rejects. Null when the pattern has
 * no lookaround, or its remainder does not compile.
 */
function lookaroundScreen(pattern: AST.Pattern, ctx: Context): { re: RE2JSClass; source: string } | null {
  if (!hasLookaround(pattern)) return null
  const source = `${ctx.ignoreCase ? '(?i)' : ''}${emit(pattern, { ...ctx, reversed: false, dropLookarounds: true })}`
  try {
    return { re: re2js().RE2JS.compile(source), source }
  } catch {
    return null
  }
}

/**
 * translate(), done on the first line that needs it: for a bundled pattern,
 * which is known to translate (a test checks), so that a command whose
 * lines never reach it does not pay for compiling it.
 */
export function deferredTranslate(source: string, flags: string): LinearRegex {
  let regex: LinearRegex | undefined
  const get = (): LinearRegex => (regex ??= compileLinear(source, flags, false))
  return {
    exec: (text) => get().exec(text),
    get reversed() {
      return get().reversed
    },
    get source() {
      return get().source
    },
    get screen() {
      return get().screen
    },
  }
}
