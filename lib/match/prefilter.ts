/**
 * Cheap necessary conditions for a regular expression, found by reading its
 * syntax tree: literal text any match must contain, start with or end with.
 *
 * Rules run their patterns on every line short enough for them, and most
 * lines are prose that no pattern matches. A pattern such as
 * `\((?:getty|reuters|…)\)` cannot match a line without "(": asking
 * `includes("(")` first (a native scan) is far cheaper than running the
 * regex, which tries its alternatives at every position of the line.
 *
 * The conditions are only ever necessary, never sufficient: when the filter
 * says no, the regex would have said no; when it says yes, the regex still
 * decides. Anything the analysis does not understand adds no condition.
 */
import type { AST } from '@eslint-community/regexpp'
import { parsePattern } from './linear.js'
import { hasUnspacedScript } from '../text/words.js'

/** Most strings a set may hold before it stops being cheap to test. */
const MAX_SET = 64
/**
 * Most strings in a start or end set (testing a start fails on the first character, so more are
 * cheap; they are one more group of the needle automaton). At 128 the caption-label pattern's
 * starts fit, which keeps its linear-engine screen, and re2js with it, out of most documents.
 */
const MAX_EDGE_SET = 128
/** Most repetitions of a literal expanded when a quantifier is bounded (`s?`, `x{1,2}`). */
const MAX_REPEAT = 3
/** Most characters a character class may list and still count as literal alternatives. */
const MAX_CLASS = 16
/** Two Han characters or Hangul syllables: a word, not a pair of letters found in most lines. */
const WORD_OF_TWO = /^[\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]{2}$/
/**
 * One kana, Han character or Hangul syllable: never in a line of any other
 * script, so it spares every such line (the Japanese date pattern's "年"
 * was its only string, and the pattern ran on every line of every document).
 */
const CJK_ONE = /^[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]$/

/**
 * A lone letter, digit or space, or two letters ("ed", "of"), is in nearly
 * every line: searching for it only costs. Two Han characters or Hangul
 * syllables are a word ("기자"), and one such character is in no line of
 * another script.
 */
function tooCommon(s: string): boolean {
  return /^(?:[\p{L}\p{N}\s]|\p{L}\p{L})$/u.test(s) && !WORD_OF_TWO.test(s) && !CJK_ONE.test(s)
}

/** A set a needle table can search for: none of its strings is in nearly every line. */
function searchable(set: readonly string[]): boolean {
  return !set.some(tooCommon)
}

interface Facts {
  /** Every string a match of the node can be, when that is a small set; null otherwise. */
  exact: string[] | null
  /** Sets of strings: a match holds at least one string of every set. */
  contains: string[][]
}

const UNKNOWN: Facts = { exact: null, contains: [] }
const EMPTY: Facts = { exact: [''], contains: [] }

function cross(a: readonly string[], b: readonly string[], max = MAX_SET): string[] | null {
  if (a.length * b.length > max) return null
  const out = new Set<string>()
  for (const x of a) for (const y of b) out.add(x + y)
  return [...out]
}

/** A set that says something: no empty string in it (which every text contains). */
function useful(set: readonly string[] | null): set is string[] {
  return set !== null && set.length > 0 && set.length <= MAX_SET && !set.includes('')
}

/** Longer strings are rarer; fewer strings are cheaper to test. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const minA = Math.min(...a.map((s) => s.length))
  const minB = Math.min(...b.map((s) => s.length))
  return minA !== minB ? minA > minB : a.length < b.length
}

function best(sets: readonly string[][]): string[] | null {
  let pick: string[] | null = null
  for (const s of sets) if (pick === null || better(s, pick)) pick = s
  return pick
}

/** The set of fewest strings (the better of those when several tie). */
function smallest(sets: readonly string[][]): string[] | null {
  let pick: string[] | null = null
  for (const s of sets) if (pick === null || s.length < pick.length || (s.length === pick.length && better(s, pick))) pick = s
  return pick
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']

function classChars(node: AST.CharacterClass): string[] | null {
  if (node.negate || node.unicodeSets) return null
  const chars: string[] = []
  for (const e of node.elements) {
    if (e.type === 'Character') chars.push(String.fromCodePoint(e.value))
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS) {
      for (let c = e.min.value; c <= e.max.value; c++) chars.push(String.fromCodePoint(c))
    } else if (e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate) chars.push(...DIGITS)
    else return null
    if (chars.length > MAX_CLASS) return null
  }
  return chars.length > 0 ? [...new Set(chars)] : null
}

/** Facts of one alternative: a sequence of elements whose literal runs join up. */
function sequence(elements: readonly AST.Element[]): Facts {
  const contains: string[][] = []
  // The literal text matched since the last element without exact facts.
  let run: string[] = ['']
  let whole = true
  for (const e of elements) {
    const f = element(e)
    contains.push(...f.contains.filter(useful))
    const joined = f.exact === null ? null : cross(run, f.exact)
    if (joined !== null) {
      run = joined
      continue
    }
    // The run ends here (an unknown element, or too many combinations): what it matched, the match holds.
    whole = false
    if (useful(run)) contains.push(run)
    run = f.exact ?? ['']
  }
  if (useful(run)) contains.push(run)
  return { exact: whole ? run : null, contains }
}

/** Facts of alternatives: a match takes one of them. */
function alternatives(alts: readonly AST.Alternative[]): Facts {
  const facts = alts.map((a) => sequence(a.elements))
  let all: Set<string> | null = new Set()
  for (const f of facts) {
    if (f.exact === null) {
      all = null
      break
    }
    for (const s of f.exact) all.add(s)
    if (all.size > MAX_SET) {
      all = null
      break
    }
  }
  const exact = all === null ? null : [...all]
  // Each alternative contributes its most selective set; a match holds one string of their union.
  // Past MAX_SET strings the union says nothing, so then each contributes its smallest set
  // instead ("our journalism is …" has 36 strings, its "free from" 3): still necessary, and
  // small enough to search for.
  const union = unionOf(facts, best) ?? []
  const contains = union.length <= MAX_SET ? union : (unionOf(facts, smallest) ?? union)
  return { exact, contains: contains.length > 0 ? [contains] : [] }
}

/**
 * One set of each alternative's, picked by `pick`, joined: a match of the
 * alternatives holds one of its strings. A set that cannot be searched for
 * (two letters: "AP" among agency names) would make the union unsearchable
 * too, so one that can ("/") is taken first when the alternative has one.
 * Null when an alternative has no set.
 */
function unionOf(facts: readonly Facts[], pick: (sets: readonly string[][]) => string[] | null): string[] | null {
  const union = new Set<string>()
  for (const f of facts) {
    const sets = [...f.contains, ...(useful(f.exact) ? [f.exact] : [])]
    const picked = pick(sets.filter(searchable)) ?? pick(sets)
    if (picked === null) return null
    for (const s of picked) union.add(s)
  }
  return [...union]
}

/** Facts per syntax node: sequences and the start and end analyses ask about the same nodes again. */
const known = new WeakMap<AST.Element, Facts>()

function element(node: AST.Element): Facts {
  let facts = known.get(node)
  if (facts === undefined) {
    facts = elementFacts(node)
    known.set(node, facts)
  }
  return facts
}

function elementFacts(node: AST.Element): Facts {
  switch (node.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(node.value)], contains: [] }
    case 'CharacterClass': {
      const chars = classChars(node)
      return chars === null ? UNKNOWN : { exact: chars, contains: [] }
    }
    case 'CharacterSet':
      // \d is ten characters (ASCII digits, with or without the u flag); other sets say nothing.
      return node.kind === 'digit' && !node.negate ? { exact: DIGITS, contains: [] } : UNKNOWN
    case 'Assertion':
      // Zero-width: it consumes nothing, so literal runs join across it. What a positive
      // lookaround looks at is in the text all the same ("(?=.*your inbox)"): its strings are needed.
      if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate) {
        const inside = alternatives(node.alternatives)
        const sets = inside.contains.filter(useful)
        if (useful(inside.exact)) sets.push(inside.exact)
        return sets.length === 0 ? EMPTY : { exact: [''], contains: sets }
      }
      return EMPTY
    case 'Group':
      // Inline modifiers (?i:...) change how literals match: say nothing about them.
      return node.modifiers === null ? alternatives(node.alternatives) : UNKNOWN
    case 'CapturingGroup':
      return alternatives(node.alternatives)
    case 'Quantifier':
      return quantified(node)
    default:
      // Backreferences, . \s \w \d \p{…} and anything newer: no literal facts.
      return UNKNOWN
  }
}

function quantified(node: AST.Quantifier): Facts {
  const inner = element(node.element)
  let exact: string[] | null = null
  if (inner.exact !== null && node.max <= MAX_REPEAT) {
    // Every count of repetitions from min to max: x{1,2} is x or xx.
    const all = new Set<string>()
    let power: string[] | null = ['']
    for (let k = 0; k <= node.max && power !== null; k++) {
      if (k >= node.min) for (const s of power) all.add(s)
      power = k < node.max ? cross(power, inner.exact) : ['']
    }
    exact = power !== null && all.size <= MAX_SET ? [...all] : null
  }
  if (node.min === 0) return { exact, contains: [] }
  // At least one repetition: what one repetition must hold, the match holds.
  const contains = [...inner.contains]
  if (useful(inner.exact)) contains.push(inner.exact)
  return { exact, contains }
}

function isEdge(e: AST.Element | undefined, kind: 'start' | 'end'): boolean {
  return e !== undefined && e.type === 'Assertion' && e.kind === kind
}

/**
 * Strings every match starts with, when every alternative starts with ^:
 * the literal run right after it (cut short where it would grow too many
 * combinations, which leaves a shorter prefix that still holds).
 */
function prefixes(pattern: AST.Pattern): string[] | null {
  return edgeLiterals(pattern, 'start')
}

/** Strings every match ends with, when every alternative ends with $: the literal run right before it. */
function suffixes(pattern: AST.Pattern): string[] | null {
  return edgeLiterals(pattern, 'end')
}

/**
 * Strings every match ends with, white space at its end aside (what
 * trimEnd() removes is exactly what `\s` matches): trailing runs of white
 * space (`\)\s*$`) are stepped over, and each string is cut at its last
 * character that is not white space (null when one is all white space).
 */
function suffixesBeforeSpace(pattern: AST.Pattern): string[] | null {
  const all = new Set<string>()
  for (const alt of pattern.alternatives) {
    const els = [...alt.elements].reverse()
    if (!isEdge(els[0], 'end')) return null
    let k = 1
    while (k < els.length && isSpaceRun(els[k])) k++
    const run = trailing(els.slice(k))
    if (run === null) return null
    for (const str of run) {
      const cut = str.trimEnd()
      if (cut === '') return null
      all.add(cut)
    }
  }
  return all.size > 0 && all.size <= MAX_EDGE_SET ? [...all] : null
}

/** A quantified element that matches only white space (`\s*`, ` ?`, `[\s ]+`). */
function isSpaceRun(e: AST.Element | undefined): boolean {
  return e !== undefined && e.type === 'Quantifier' && onlySpace(e.element)
}

function edgeLiterals(pattern: AST.Pattern, edge: 'start' | 'end'): string[] | null {
  const all = new Set<string>()
  for (const alt of pattern.alternatives) {
    const els = edge === 'start' ? alt.elements : [...alt.elements].reverse()
    if (!isEdge(els[0], edge)) return null
    const run = edge === 'start' ? leading(els.slice(1)) : trailing(els.slice(1))
    if (run === null) return null
    for (const s of run) all.add(s)
  }
  return all.size > 0 && all.size <= MAX_EDGE_SET ? [...all] : null
}

/**
 * Strings every match of a sequence starts with: its leading literal run,
 * continued into the alternatives of a group where the run stops
 * ("^(?:this (?:article|story) was|these)…" starts with "this " or "these").
 */
function leading(elements: readonly AST.Element[]): string[] | null {
  let run = ['']
  for (const [k, e] of elements.entries()) {
    const f = element(e)
    const next = f.exact === null ? null : cross(run, f.exact, MAX_EDGE_SET)
    if (next !== null) {
      run = next
      continue
    }
    // Where the run stops, what starts the element still starts the match: a group's
    // alternatives, or one repetition of a repeated literal (\d{1,2}, (?:ab)+). An
    // optional one ("^(?:(?:posted|written)\s+){0,2}(?:by|BY)") starts the match with
    // its first repetition, or is skipped and what follows it does.
    let inner: string[] | null = null
    if (f.exact === null && (e.type === 'CapturingGroup' || (e.type === 'Group' && e.modifiers === null))) inner = groupLeading(e.alternatives)
    else if (e.type === 'Quantifier' && e.min >= 1) inner = repetitionLeading(e.element)
    else if (e.type === 'Quantifier' && e.max >= 1) {
      const first = repetitionLeading(e.element)
      const skipped = first === null ? null : leading(elements.slice(k + 1))
      inner = first === null || skipped === null ? null : [...new Set([...first, ...skipped])]
    }
    const joined = inner === null ? null : cross(run, inner, MAX_EDGE_SET)
    if (joined !== null) run = joined
    break
  }
  return run.includes('') ? null : run
}

/** Strings one repetition of a quantified element starts with: its exact strings, or its group's leading runs. */
function repetitionLeading(e: AST.QuantifiableElement): string[] | null {
  const exact = element(e).exact
  if (exact !== null) return exact.includes('') ? null : exact
  return e.type === 'CapturingGroup' || (e.type === 'Group' && e.modifiers === null) ? groupLeading(e.alternatives) : null
}

function groupLeading(alternatives: readonly AST.Alternative[]): string[] | null {
  const all = new Set<string>()
  for (const alt of alternatives) {
    const run = leading(alt.elements)
    if (run === null) return null
    for (const s of run) all.add(s)
    if (all.size > MAX_EDGE_SET) return null
  }
  return [...all]
}

/** Strings every match of a sequence (given last element first) ends with: its trailing literal run. */
function trailing(reversed: readonly AST.Element[]): string[] | null {
  let run = ['']
  for (const e of reversed) {
    const f = element(e)
    const next = f.exact === null ? null : cross(f.exact, run, MAX_EDGE_SET)
    if (next === null) break
    run = next
  }
  return run.includes('') ? null : run
}

/** The conditions found for a regex, for tests and for reading. */
export interface PrefilterFacts {
  startsWith: string[] | null
  endsWith: string[] | null
  /** Every set must have a string in the text. */
  contains: string[][]
  /**
   * Most space-separated tokens a text it matches can have: bounded when
   * the regex is anchored at both ends (^…$) and can match only so many
   * spaces, 0 when it can match no letter or digit (so no word); Infinity
   * otherwise.
   */
  maxTokens: number
}

const spaceClasses = new Map<string, boolean>()

function canBeSpace(raw: string, flags: string): boolean {
  const id = `${flags}/${raw}`
  let answer = spaceClasses.get(id)
  if (answer === undefined) {
    answer = new RegExp(`^${raw}$`, flags).test(' ')
    spaceClasses.set(id, answer)
  }
  return answer
}

/** Most spaces a match of the node can hold (Infinity when unbounded or unknown). */
function maxSpaces(node: AST.Node, flags: string): number {
  switch (node.type) {
    case 'Character':
      return node.value === 0x20 ? 1 : 0
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      // One character; whether it can be a space, the regex engine itself says.
      return canBeSpace(node.raw, flags) ? 1 : 0
    case 'Assertion':
      // Lookarounds consume nothing.
      return 0
    case 'Alternative':
      return node.elements.reduce((n, e) => n + maxSpaces(e, flags), 0)
    case 'Group':
    case 'CapturingGroup':
      return Math.max(...node.alternatives.map((a) => maxSpaces(a, flags)))
    case 'Quantifier': {
      const inner = maxSpaces(node.element, flags)
      if (inner === 0 || node.max === 0) return 0
      // Patterns run on folded text, where white space never comes twice in a row: a run of
      // white space only (\s*, " +") matches at most one space there.
      return onlySpace(node.element) ? 1 : inner * node.max
    }
    default:
      return Infinity
  }
}

/** Does the element match one white-space character and nothing else (" ", \s, [\s ])? */
function onlySpace(node: AST.Node): boolean {
  if (node.type === 'Character') return node.value === 0x20
  if (node.type === 'CharacterSet') return node.kind === 'space' && !node.negate
  if (node.type === 'CharacterClass') return !node.negate && node.elements.length > 0 && node.elements.every(onlySpace)
  return false
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u

/** Does a class list the general category (\p{L}, \p{N}) itself, not negated? */
function listsCategory(elements: readonly AST.Node[], category: 'L' | 'N'): boolean {
  return elements.some((e) => e.type === 'CharacterSet' && e.kind === 'property' && !e.negate && e.key === 'General_Category' && e.value === category)
}

/**
 * Can the node consume a letter or digit (a code point of \p{L} or \p{N})?
 * True when unsure: the answer only ever rules lines out.
 */
function canHoldWordChar(node: AST.Node): boolean {
  switch (node.type) {
    case 'Character':
      return WORD_CHAR.test(String.fromCodePoint(node.value))
    case 'CharacterClass':
      // [^\p{L}\p{N}…]: its complement holds every letter and digit.
      if (node.negate) return !(listsCategory(node.elements, 'L') && listsCategory(node.elements, 'N'))
      return node.unicodeSets || node.elements.some((e) => e.type !== 'Character' || WORD_CHAR.test(String.fromCodePoint(e.value)))
    case 'CharacterSet':
      return !(node.kind === 'space' && !node.negate)
    case 'Assertion':
      // Anchors and lookarounds consume nothing.
      return false
    case 'Alternative':
      return node.elements.some(canHoldWordChar)
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some(canHoldWordChar)
    case 'Quantifier':
      return node.max > 0 && canHoldWordChar(node.element)
    default:
      return true
  }
}

function maxTokens(pattern: AST.Pattern, flags: string): number {
  const anchored = pattern.alternatives.every((a) => isEdge(a.elements[0], 'start') && isEdge(a.elements[a.elements.length - 1], 'end'))
  if (!anchored) return Infinity
  // A whole line without a letter or digit ("***", "• • •") has no word: a line
  // with one word (a letter or digit the line's count saw) cannot match.
  if (!pattern.alternatives.some(canHoldWordChar)) return 0
  // The bound is compared with a line's words, and a line in a script the
  // document counts in Unicode words ("2025年6月9日 10時30分": 2 tokens, 10 words)
  // has more words than tokens.
  if (hasUnspacedScript(pattern.raw)) return Infinity
  return Math.max(...pattern.alternatives.map((a) => maxSpaces(a, flags))) + 1
}

/**
 * What a regex needs of a text before it can match. A case-insensitive
 * regex's strings are those of the text lower-cased (see caseless). A
 * multiline regex gets no conditions (its anchors mean something else),
 * nor does a regex the parser does not know.
 *
 * @example
 * ```ts
 * prefilterFacts(/\((?:getty|reuters)\)$/u)
 * // => { startsWith: null, endsWith: [')'], contains: [['(getty)', '(reuters)']] }
 * ```
 */
export function prefilterFacts(re: RegExp): PrefilterFacts {
  const none: PrefilterFacts = { startsWith: null, endsWith: null, contains: [], maxTokens: Infinity }
  if (re.multiline) return none
  let pattern: AST.Pattern
  try {
    pattern = parsePattern(re.source, re.flags)
  } catch {
    return none
  }
  // One alternative keeps all its conditions (alternatives() keeps one per alternative).
  const only = pattern.alternatives[0]
  const facts = pattern.alternatives.length === 1 && only !== undefined ? sequence(only.elements) : alternatives(pattern.alternatives)
  const sets = facts.contains.filter(useful)
  if (useful(facts.exact)) sets.push(facts.exact)
  const flags = re.flags.replace(/[gy]/g, '')
  const read: PrefilterFacts = { startsWith: prefixes(pattern), endsWith: suffixes(pattern), contains: sets, maxTokens: maxTokens(pattern, flags) }
  const { startsWith, endsWith, contains } = re.ignoreCase ? caseless(read) : read
  const unique = [...new Map(contains.map((s) => [JSON.stringify([...s].sort()), s])).values()]
  return { startsWith, endsWith, contains: unique, maxTokens: read.maxTokens }
}

/**
 * Does every character that a case-insensitive regex matches for `c`
 * lower-case to what `c` lower-cases to? True of ASCII but s and S (ſ, a
 * case variant of s, lower-cases to itself; the Kelvin sign, a variant of
 * k, lower-cases to k) and of the scripts without case (kana, Han, Hangul).
 */
function lowersLikeItsVariants(c: string): boolean {
  return (c.length === 1 && c.charCodeAt(0) < 0x80 && c !== 's' && c !== 'S') || CJK_ONE.test(c)
}

/** The runs of characters of `s` that lower like their variants, in order (an empty run where another character stands). */
function caselessRuns(s: string): string[] {
  const runs = ['']
  for (const c of s) {
    if (lowersLikeItsVariants(c)) runs[runs.length - 1] += c
    else runs.push('')
  }
  return runs
}

/**
 * A case-insensitive regex's facts as strings of the text lower-cased (the
 * line's key). Under `i` a literal matches its case variants too, and such
 * a match, lower-cased, is the literal lower-cased wherever each character
 * lowers like its variants: so a string is cut to its longest run of those
 * (a text holding the string holds the run), a start to its run before the
 * first other character. A set left with an empty string says nothing. No
 * end is read: the last character's test reads the text as it is.
 */
function caseless(facts: PrefilterFacts): PrefilterFacts {
  const longestRun = (s: string): string => caselessRuns(s).reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase()
  const contains = facts.contains.map((set) => [...new Set(set.map(longestRun))]).filter((set) => !set.includes(''))
  const starts = facts.startsWith?.map((s) => (caselessRuns(s)[0] ?? '').toLowerCase()) ?? null
  return { startsWith: starts === null || starts.includes('') ? null : [...new Set(starts)], endsWith: null, contains, maxTokens: facts.maxTokens }
}

/** The most selective useful contains-condition: a set of at most MAX_SET strings. */
function needles(sets: readonly string[][]): string[] | null {
  let pick: string[] | null = null
  for (const set of sets) {
    // A string holding another of the set adds nothing: a text with it holds the other.
    const minimal = set.filter((s) => !set.some((other) => other !== s && s.includes(other)))
    const candidate = minimal.length <= MAX_SET ? minimal : commonPart(minimal)
    if (candidate === null || !searchable(candidate)) continue
    if (pick === null || better(candidate, pick)) pick = candidate
  }
  return pick
}

/**
 * The longest string every string of a set contains ("min" of "5 min",
 * "5-minute", "minutes"): a text holding one of them holds it.
 */
function commonPart(set: readonly string[]): string[] | null {
  const shortest = set.reduce((a, b) => (b.length < a.length ? b : a), set[0] ?? '')
  for (let length = shortest.length; length > 0; length--) {
    for (let from = 0; from + length <= shortest.length; from++) {
      const part = shortest.slice(from, from + length)
      // includes() compares code units, so a part that cuts a surrogate pair still holds.
      if (set.every((s) => s.includes(part))) return [part]
    }
  }
  return null
}

function units(strings: readonly string[] | null, at: 'first' | 'last'): number[] | null {
  if (strings === null) return null
  return [...new Set(strings.map((s) => s.charCodeAt(at === 'first' ? 0 : s.length - 1)))]
}

/** The cheap tests kept from {@link prefilterFacts}: what the matcher runs before a regex. */
export interface Screen {
  /** Code units a matching text can start with; null when any. */
  first: number[] | null
  /** Strings a matching text starts with (one of them); null when not known. Of a case-insensitive regex: of the text lower-cased, as `needles`. */
  starts: string[] | null
  /** Code units a matching text can end with, white space at its end aside (see {@link passesEnds}); null when any. */
  last: number[] | null
  /** A matching text contains one of these (lower-cased, it does, for a case-insensitive regex); null when nothing cheap is known. */
  needles: string[] | null
  /** A matching text has at most this many space-separated tokens. */
  maxTokens: number
}

/**
 * The screen of a regex: its first and last characters, the strings it
 * starts with, and a set of substrings one of which it holds.
 *
 * @example
 * ```ts
 * screenOf(/^(?:©|\(c\)|copyright\b)/u)
 * // => { first: [169, 40, 99], starts: ['©', '(c)', 'copyright'], last: null, needles: [...], maxTokens: Infinity }
 * ```
 */
export function screenOf(re: RegExp): Screen {
  const facts = prefilterFacts(re)
  // An empty start string says nothing (every text starts with it).
  const starts = facts.startsWith !== null && !facts.startsWith.includes('') ? facts.startsWith : null
  const first = units(starts, 'first')
  // The engine looks for the needles in one scan of each line for all rules (needles.ts).
  return { first, starts, last: units(lastBeforeSpace(re), 'last'), needles: needles(facts.contains), maxTokens: facts.maxTokens }
}

/** The strings a match ends with, trailing white space aside (see suffixesBeforeSpace). */
function lastBeforeSpace(re: RegExp): string[] | null {
  if (re.ignoreCase || re.multiline) return null
  try {
    return suffixesBeforeSpace(parsePattern(re.source, re.flags))
  } catch {
    return null
  }
}

/**
 * Does `text` pass the screen's test of its last character (the last one
 * that is not white space)? The first is left to the caller, the
 * substrings to a needle table. Lines are matched on folded text, which
 * ends in no white space, so trimEnd() rarely has anything to cut.
 */
export function passesEnds(screen: Screen, text: string): boolean {
  if (screen.last === null) return true
  let last = text.charCodeAt(text.length - 1)
  // Printable ASCII is no white space: only another last character can need trimming.
  if (!(last > 0x20 && last < 0x7f)) {
    const trimmed = text.trimEnd()
    last = trimmed.charCodeAt(trimmed.length - 1)
  }
  return screen.last.includes(last)
}
