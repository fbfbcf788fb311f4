/**
 * A rule's regex patterns and how a line is run past them.
 *
 * Most lines are prose that no pattern matches, so a pattern runs only on
 * lines that can match it, read from its syntax (see prefilter.ts):
 * patterns anchored on literal text are tried only on lines starting with
 * one of their first characters, substring and end-character screens spare
 * most regex runs, and bounded patterns skip long lines. Reading the syntax
 * of every bundled pattern costs a tenth of a second, so the build stores
 * what it finds (screens.ts) and a command cleaning one small file pays
 * nothing for it.
 */
import type { Line } from '../document.js'
import type { NeedleGroup, NeedleTable } from './needles.js'
import { passesEnds, type Screen } from './prefilter.js'
import { screenFor, storedScreen } from './screens.js'
import { engineFor, onEveryLine } from './engines.js'

/**
 * How often a bundled pattern met a line past its line cap and ran on the
 * linear engine instead of V8, by `${flags}/${source}`: what
 * bench/line-caps.js reads to show that real text almost never does.
 */
export const pastLineCap = new Map<string, number>()

/** The answer for a line: "pattern N matched …", or null. */
export type PatternMatcher = (line: Line) => string | null

interface Pattern {
  /** 1-based position in the rule's list, for the reason. */
  n: number
  /** The pattern as V8 reads it: its syntax gives the screens, and a bundled pattern runs on it. Made on first use when the build compiled it (see compilePattern). */
  re: () => RegExp
  /** Its screen: stored by the build, or read from the syntax of `re()`. */
  readScreen: () => Screen
  /** Which engine runs it (lib/match/engines.ts). */
  engine: 'v8' | 'linear'
  /** The text of a match in the line, or null. */
  run: (text: string) => string | null
  /** Test on the lower-case key instead of the folded text. */
  onKey: boolean
  /** Its screen's strings are the key's: it runs on the key, or it is case-insensitive (prefilter.ts lower-cases their strings). */
  screenOnKey: boolean
}

interface IndexedPattern extends Pattern {
  /** Cheap tests a line must pass before the regex runs (its first and last characters). */
  screen: Screen
  /** Literal text the pattern needs, one of which the line must hold; null when nothing cheap is known. */
  needles: NeedleGroup | null
  /** Literal text a match starts with, one of which the line must start with; null when not known. */
  starts: NeedleGroup | null
  /** Lines with more words than this cannot match (a pattern anchored at both ends that holds only so many spaces). */
  maxWords: number
  /** First code units of the key of a line it can match; null when any. */
  firstOnKey: number[] | null
}

/**
 * `re.exec(text)`, with a regex that runs out of backtracking stack taken as
 * not matching. V8 keeps one backtracking entry per character of a greedy
 * loop it cannot simplify (a Unicode class such as `[\p{L}'.-]+`), and on a
 * token of several megabytes (no spaces: `maxWords` lets it through) that
 * stack overflows and exec throws a RangeError. Any line that does not
 * overflow gets the regex's own answer; one that does is kept: when unsure,
 * keep text.
 */
export function execOrNull(re: RegExp, text: string): RegExpExecArray | null {
  try {
    return re.exec(text)
  } catch (err) {
    if (err instanceof RangeError) return null
    throw err
  }
}

/** `re.test(text)`, with a regex that runs out of backtracking stack taken as a possible match (the caller's other engine decides). */
function mayMatch(re: RegExp, text: string): boolean {
  try {
    return re.test(text)
  } catch (err) {
    if (err instanceof RangeError) return true
    throw err
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Case-insensitive matching with the `i` flag under `u` is some fifty times
 * slower in V8 than a plain match, and patterns run on every line. A
 * pattern written without upper-case letters (outside escapes) and without
 * case classes (\p{Lu}) matches the same on the lower-cased line without
 * `i`, so that is how it runs; only the others pay for `iu`.
 */
function patternFlags(source: string, caseSensitive: boolean): { flags: 'u' | 'iu'; onKey: boolean } {
  const literal = source.replace(/\\p\{[^}]*\}|\\./g, '')
  const onKey = !caseSensitive && !/[A-Z]/.test(literal) && !/\\[pP]\{L[ul]/.test(source)
  return { flags: caseSensitive || onKey ? 'u' : 'iu', onKey }
}

function newRegExp(source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (err) {
    throw new Error(`invalid pattern ${JSON.stringify(source)}: ${(err as Error).message}`)
  }
}

function compilePattern(source: string, caseSensitive: boolean, n: number): Pattern {
  const { flags, onKey } = patternFlags(source, caseSensitive)
  const screenOnKey = onKey || flags.includes('i')
  // A pattern whose screen the build stored was compiled by the build: its regex is made when it
  // first runs, as most bundled patterns never run on a given document (the screens spare them).
  // Any other is made now, so that a bad one is named as the rules load.
  const stored = storedScreen(source, flags)
  let compiled = stored === undefined ? newRegExp(source, flags) : undefined
  const re = (): RegExp => (compiled ??= newRegExp(source, flags))
  const readScreen = (): Screen => stored ?? screenFor(re())
  // Throws, naming the pattern, when no engine can run it in linear time.
  const engine = engineFor(source, flags)
  if (engine.kind === 'linear') {
    let screenChars: number | undefined
    // V8 first, on lines within its budget: most lines fail there, and only a match asks re2js for its text.
    const run = (text: string): string | null => (text.length <= (screenChars ??= engine.screenChars) && !mayMatch(re(), text) ? null : engine.regex.exec(text))
    return { n, re, readScreen, onKey, screenOnKey, engine: 'linear', run }
  }
  if (onEveryLine(engine)) return { n, re, readScreen, onKey, screenOnKey, engine: 'v8', run: (text) => execOrNull(re(), text)?.[0] ?? null }
  // Up to its line cap V8's work on a line is bounded by a constant (line-caps.ts); past it, the linear engine's.
  let maxChars: number | undefined
  const run = (text: string): string | null => {
    if (text.length <= (maxChars ??= engine.maxChars)) return execOrNull(re(), text)?.[0] ?? null
    const key = `${flags}/${source}`
    pastLineCap.set(key, (pastLineCap.get(key) ?? 0) + 1)
    return engine.beyond === null ? null : engine.beyond.exec(text)
  }
  return { n, re, readScreen, onKey, screenOnKey, engine: 'v8', run }
}

/**
 * First characters of folded text as first characters of its key: an ASCII
 * letter lower-cases to one ASCII letter. Anything else could become
 * something else, so then the pattern is not sorted by first character.
 */
function asciiLowerCase(units: number[] | null): number[] | null {
  if (units === null || units.some((u) => u >= 0x80)) return null
  return [...new Set(units.map((u) => (u >= 65 && u <= 90 ? u + 32 : u)))]
}

/**
 * The patterns worth trying on a line, by the first character of its key:
 * a pattern anchored at the start on literal text ("^already (?:a|an) …")
 * is tried only on lines that start with one of its first characters. The
 * lists keep the rule's order, so the first match is the same pattern.
 */
function byFirstUnit(patterns: readonly IndexedPattern[]): (unit: number) => readonly IndexedPattern[] {
  const rest = patterns.filter((p) => p.firstOnKey === null)
  const lists = new Map<number, IndexedPattern[]>()
  for (const p of patterns) for (const u of p.firstOnKey ?? []) lists.set(u, [])
  // One pass over the patterns, in order: each joins the lists of its first characters (all of them when it has none).
  for (const p of patterns) {
    if (p.firstOnKey === null) for (const list of lists.values()) list.push(p)
    else
      for (const u of p.firstOnKey) {
        const list = lists.get(u)
        // A character listed twice adds the pattern once.
        if (list !== undefined && list[list.length - 1] !== p) list.push(p)
      }
  }
  // Most lines start with an ASCII character: an array lookup rather than a map lookup.
  const ascii = Array.from({ length: 128 }, (_, u) => lists.get(u) ?? rest)
  return (unit) => (unit < 128 ? ascii[unit] : lists.get(unit)) ?? rest
}

function reason(p: Pattern, matched: string): string {
  return `pattern ${p.n} matched "${matched.trim().slice(0, 60)}"`
}

/** Strings to look for in one text of a line (its key or its folded text). */
export interface TriggerStrings {
  /** A line holding one of these may match. */
  anywhere: string[]
  /** A line starting with one of these may match. */
  start: string[]
}

/** What a line must show before a rule's patterns are worth trying on it. */
export interface Triggers {
  /** Some pattern has no cheap necessary condition: try every line (up to alwaysMaxWords words). */
  always: boolean
  /** The most words a line can have for a pattern without another condition to match it (-1 when there is none). */
  alwaysMaxWords: number
  /** No pattern matches a line with more words than this. */
  maxWords: number
  key: TriggerStrings
  folded: TriggerStrings
}

/**
 * The patterns ready to answer: whether a line holds a pattern's literal
 * text is asked of the table all rules share, which reads each line once
 * for all of them.
 */
function indexedMatcher(plain: readonly Pattern[], table: NeedleTable): PreparedPatterns {
  const patterns = plain.map((p): IndexedPattern => {
    const screen = p.readScreen()
    const side = p.screenOnKey ? 'key' : 'folded'
    const needles = screen.needles === null ? null : table.group(screen.needles, side)
    const starts = screen.starts === null ? null : table.group(screen.starts, side, 'start')
    // Tokens of folded text are separated by single spaces, so words <= tokens.
    return { ...p, screen, needles, starts, maxWords: screen.maxTokens, firstOnKey: p.onKey ? screen.first : asciiLowerCase(screen.first) }
  })
  const candidates = byFirstUnit(patterns)
  const longestMatch = Math.max(0, ...patterns.map((p) => p.maxWords))
  const match: PatternMatcher = (line) => {
    if (line.moreWordsThan(longestMatch)) return null
    const key = line.key
    for (const p of candidates(key.charCodeAt(0))) {
      if (line.moreWordsThan(p.maxWords)) continue
      if (p.starts !== null && !table.has(p.starts, line)) continue
      if (p.needles !== null && !table.has(p.needles, line)) continue
      const text = p.onKey ? key : line.folded
      if (!passesEnds(p.screen, text)) continue
      const m = p.run(text)
      if (m !== null) return reason(p, m)
    }
    return null
  }
  // Either condition is necessary, so either can stand for the pattern: the substrings,
  // which say more, when there are any.
  const triggers: Triggers = { always: false, alwaysMaxWords: -1, maxWords: longestMatch, key: { anywhere: [], start: [] }, folded: { anywhere: [], start: [] } }
  for (const p of patterns) {
    const strings = p.screenOnKey ? triggers.key : triggers.folded
    if (p.screen.needles !== null) strings.anywhere.push(...p.screen.needles)
    else if (p.screen.starts !== null) strings.start.push(...p.screen.starts)
    else {
      // Its word bound is its only condition ("no letter or digit": no word at all).
      triggers.always = true
      triggers.alwaysMaxWords = Math.max(triggers.alwaysMaxWords, p.maxWords)
    }
  }
  return { match, triggers }
}

/** A rule's patterns, ready to answer. */
export interface PreparedPatterns {
  /** The first pattern, in the rule's order, that matches the line: "pattern N matched …", or null. */
  match: PatternMatcher
  /** What a line must show before the patterns are worth trying on it. */
  triggers: Triggers
}

/** A rule's compiled patterns: prepared against the rule list's needle table when the list first answers. */
export interface Patterns {
  readonly count: number
  prepare(table: NeedleTable): PreparedPatterns
}

const NO_PATTERNS: PreparedPatterns = { match: () => null, triggers: { always: false, alwaysMaxWords: -1, maxWords: 0, key: { anywhere: [], start: [] }, folded: { anywhere: [], start: [] } } }

/**
 * Compile a rule's patterns (throws a plain Error naming a bad one).
 *
 * @example
 * ```ts
 * const patterns = compilePatterns(['^advertisement\\b'], false).prepare(new NeedleTable())
 * patterns.match(segment('Advertisement\n').lines[0]) // => 'pattern 1 matched "advertisement"'
 * ```
 */
export function compilePatterns(sources: readonly string[], caseSensitive: boolean): Patterns {
  const patterns = sources.map((source, k) => compilePattern(source, caseSensitive, k + 1))
  return {
    count: patterns.length,
    prepare: (table) => (patterns.length === 0 ? NO_PATTERNS : indexedMatcher(patterns, table)),
  }
}

/** Which engine runs each of a rule's patterns (throws as compilePatterns does). */
export function patternEngines(sources: readonly string[], caseSensitive: boolean): Array<'v8' | 'linear'> {
  return sources.map((source, k) => compilePattern(source, caseSensitive, k + 1).engine)
}

/** The regexes of a rule's patterns as they run (flags included): what the build reads the syntax of ahead of time. */
export function patternRegExps(sources: readonly string[], caseSensitive: boolean): RegExp[] {
  return sources.map((source) => newRegExp(source, patternFlags(source, caseSensitive).flags))
}
