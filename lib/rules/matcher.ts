import type { Document, Line } from '../document.js'
import { countWords, foldKey, labelKey } from '../text/fold.js'
import { NeedleTable } from './needles.js'
import { compilePatterns, escapeRegExp, execOrNull } from './patterns.js'
import type { MatchSpec } from './types.js'

/** A compiled MatchSpec: answers "does this rule recognise line i?" */
export type LineMatcher = (line: Line, doc: Document) => string | null

/** A matcher's answers for every line of a document: the reason, or null where it does not match. */
export type LineAnswers = (doc: Document) => ReadonlyArray<string | null>

/**
 * Ask the matcher about every line. With `remember`, for the two rules a cue
 * makes (its line and its cut, which run in different stages): the first
 * asks, the second gets the same answers and the copy is dropped. The
 * answers are a pure function of the document, so a miss only costs time.
 * (A WeakMap keyed by document was a tenth of the engine's time.)
 */
export function everyLine(matches: LineMatcher, remember = false): LineAnswers {
  // No rule matches a blank line: not asking saves a call per rule for every blank line.
  const ask = (doc: Document): Array<string | null> => doc.lines.map((line) => (line.blank ? null : matches(line, doc)))
  if (!remember) return ask
  let lastDoc: Document | undefined
  let lastAnswers: ReadonlyArray<string | null> = []
  return (doc) => {
    if (doc === lastDoc) {
      lastDoc = undefined
      const answers = lastAnswers
      lastAnswers = []
      return answers
    }
    lastDoc = doc
    lastAnswers = ask(doc)
    return lastAnswers
  }
}

/**
 * No rule recognises a line longer than this: no widget, caption or label is
 * a megabyte long, while one giant token (a 10 MB line without spaces, which
 * the word-count guards let through as one word) overflows the regex engine's
 * backtracking stack in a combined pattern.
 */
const MAX_MATCH_CHARS = 1_000_000

/**
 * Compile phrases and patterns once. Throws a plain Error naming the bad
 * pattern; the config loader wraps it with the file and rule id. Rules
 * compiled together share one needle table, so each line is searched once
 * for the literal text of all of them.
 */
export function compileMatcher(spec: MatchSpec, table = new NeedleTable()): LineMatcher {
  const mode = spec.match ?? 'line'
  const phrases = (spec.phrases ?? []).map((p) => (mode === 'line' ? labelKey(p) : foldKey(p)))
  const phraseSet = new Set(phrases)
  const contains = mode === 'contains' && phrases.length > 0
    ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?:$|[^\\p{L}\\p{N}])`, 'u')
    : null
  // The phrases alone, without the word-boundary classes: a line without any of them cannot
  // match `contains`, and the table answers that from its one scan of the line.
  const anyPhrase = contains === null ? null : table.group(phrases, 'key')
  const patterns = compilePatterns(spec.patterns ?? [], spec.caseSensitive === true, undefined, table)
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
    patterns.asked()
    if (line.blank || line.text.length > MAX_MATCH_CHARS || line.moreWordsThan(maxWords)) return null
    if (zone === 'head' && doc.bodyStart !== -1 && line.index >= doc.bodyStart) return null
    if (zone === 'body' && (doc.bodyStart === -1 || line.index < doc.bodyStart)) return null
    if (zone === 'tail' && line.index < doc.lines.length / 2) return null
    if (phrases.length > 0) {
      if (mode === 'line') {
        if (!line.moreWordsThan(longestPhrase) && phraseSet.has(line.label)) return `"${line.label}"`
      } else if (prefix) {
        const m = execOrNull(prefix, line.key)
        if (m) return `starts with "${m[1] ?? ''}"`
      } else if (contains !== null && anyPhrase !== null && table.has(anyPhrase, line)) {
        const m = execOrNull(contains, line.key)
        if (m) return `contains "${m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}"`
      }
    }
    return patterns.match(line)
  }
}
