import type { Document, Line } from '../document.js'
import { countWords, foldKey, labelKey } from '../text/fold.js'
import { passesScreen, screenOf, type Screen } from './prefilter.js'
import type { MatchSpec } from './types.js'

/** A compiled MatchSpec: answers "does this rule recognise line i?" */
export type LineMatcher = (line: Line, doc: Document) => string | null

/** A matcher's answers for every line of a document: the reason, or null where it does not match. */
export type LineAnswers = (doc: Document) => ReadonlyArray<string | null>

/** Ask the matcher about every line; with `remember`, once per document (for rules that share a matcher). */
export function everyLine(matches: LineMatcher, remember = false): LineAnswers {
  const ask = (doc: Document): Array<string | null> => doc.lines.map((line) => matches(line, doc))
  if (!remember) return ask
  const known = new WeakMap<Document, ReadonlyArray<string | null>>()
  return (doc) => {
    let answers = known.get(doc)
    if (answers === undefined) {
      answers = ask(doc)
      known.set(doc, answers)
    }
    return answers
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface CompiledPattern {
  /** 1-based position in the rule's list, for the reason. */
  n: number
  re: RegExp
  /** Test on the lower-case key instead of the folded text. */
  onKey: boolean
  /** Cheap tests a line must pass before the regex runs (literal text the pattern needs). */
  screen: Screen
  /** Lines with more words than this cannot match (a pattern anchored at both ends that holds only so many spaces). */
  maxWords: number
  /** First code units of the key of a line it can match; null when any. */
  firstOnKey: number[] | null
}

/**
 * Case-insensitive matching with the `i` flag under `u` is some fifty times
 * slower in V8 than a plain match, and patterns run on every line. A
 * pattern written without upper-case letters (outside escapes) and without
 * case classes (\p{Lu}) matches the same on the lower-cased line without
 * `i`, so that is how it runs; only the others pay for `iu`.
 */
function compilePattern(source: string, caseSensitive: boolean, n: number): CompiledPattern {
  const literal = source.replace(/\\p\{[^}]*\}|\\./g, '')
  const onKey = !caseSensitive && !/[A-Z]/.test(literal) && !/\\[pP]\{L[ul]/.test(source)
  let re: RegExp
  try {
    re = new RegExp(source, caseSensitive || onKey ? 'u' : 'iu')
  } catch (err) {
    throw new Error(`invalid pattern ${JSON.stringify(source)}: ${(err as Error).message}`)
  }
  const screen = screenOf(re)
  // Tokens of folded text are separated by single spaces, so words <= tokens.
  return { n, re, onKey, screen, maxWords: screen.maxTokens, firstOnKey: onKey ? screen.first : asciiLowerCase(screen.first) }
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
function byFirstUnit(patterns: readonly CompiledPattern[]): { lists: Map<number, CompiledPattern[]>; rest: CompiledPattern[] } {
  const rest = patterns.filter((p) => p.firstOnKey === null)
  const lists = new Map<number, CompiledPattern[]>()
  for (const p of patterns) for (const u of p.firstOnKey ?? []) lists.set(u, [])
  for (const [u, list] of lists) for (const p of patterns) if (p.firstOnKey === null || p.firstOnKey.includes(u)) list.push(p)
  return { lists, rest }
}

/**
 * Compile phrases and patterns once. Throws a plain Error naming the bad
 * pattern; the config loader wraps it with the file and rule id.
 */
export function compileMatcher(spec: MatchSpec): LineMatcher {
  const mode = spec.match ?? 'line'
  const phrases = (spec.phrases ?? []).map((p) => (mode === 'line' ? labelKey(p) : foldKey(p)))
  const phraseSet = new Set(phrases)
  const contains = mode === 'contains' && phrases.length > 0
    ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?:$|[^\\p{L}\\p{N}])`, 'u')
    : null
  const patterns = (spec.patterns ?? []).map((p, k) => compilePattern(p, spec.caseSensitive === true, k + 1))
  const { lists, rest } = byFirstUnit(patterns)
  const longestMatch = Math.max(0, ...patterns.map((p) => p.maxWords))
  const prefix = mode === 'prefix' && phrases.length > 0
    // Leading decoration includes brackets ("[READ MORE] ...") and a folded
    // guillemet ("» Read more: ..." folds to '" read more'); a closing
    // bracket counts as the separator.
    ? new RegExp(`^(?:[\\s\\-*•·▪►▶»>|[(]|"\\s)*(${phrases.map(escapeRegExp).join('|')})\\s*(?:[:|»>›\\])-]|$)`, 'u')
    : null
  const maxWords = spec.maxWords ?? Infinity
  const zone = spec.zone ?? 'any'
  // A label is its line minus decoration, which holds at most one word (a counter such as
  // "(12)"), so a line with two more words than every phrase needs no label.
  const longestPhrase = mode === 'line' ? Math.max(0, ...phrases.map(countWords)) + 1 : Infinity

  return (line, doc) => {
    if (line.blank || line.moreWordsThan(maxWords)) return null
    if (zone === 'head' && doc.bodyStart !== -1 && line.index >= doc.bodyStart) return null
    if (zone === 'body' && (doc.bodyStart === -1 || line.index < doc.bodyStart)) return null
    if (zone === 'tail' && line.index < doc.lines.length / 2) return null
    if (phrases.length > 0) {
      if (mode === 'line') {
        if (!line.moreWordsThan(longestPhrase) && phraseSet.has(line.label)) return `"${line.label}"`
      } else if (prefix) {
        const m = prefix.exec(line.key)
        if (m) return `starts with "${m[1] ?? ''}"`
      } else if (contains) {
        const m = contains.exec(line.key)
        if (m) return `contains "${m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}"`
      }
    }
    // Each pattern in turn, the first that matches names the reason; the
    // screens spare running a regex on a line that lacks its literal text.
    if (patterns.length === 0 || line.moreWordsThan(longestMatch)) return null
    const key = line.key
    for (const p of lists.get(key.charCodeAt(0)) ?? rest) {
      if (line.moreWordsThan(p.maxWords)) continue
      const text = p.onKey ? key : line.folded
      if (!passesScreen(p.screen, text, false)) continue
      const m = p.re.exec(text)
      if (m) return `pattern ${p.n} matched "${m[0].trim().slice(0, 60)}"`
    }
    return null
  }
}
