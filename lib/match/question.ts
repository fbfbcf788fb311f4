/**
 * One rule's line question, compiled from its MatchSpec: "does this line
 * show the rule's phrase or pattern, and why?", and the cheap things a line
 * must show before the question is worth asking (its gate).
 */
import type { Document, Line } from '../document.js'
import { countWords, foldKey, labelKey } from '../text/fold.js'
import type { NeedleAt, NeedleGroup, NeedleTable } from './needles.js'
import { compilePatterns, escapeRegExp, execOrNull } from './patterns.js'
import type { MatchSpec, Zone } from './spec.js'

/**
 * No rule recognises a line longer than this: no widget, caption or label is
 * a megabyte long, while one giant token (a 10 MB line without spaces, which
 * the word-count guards let through as one word) overflows the regex engine's
 * backtracking stack in a combined pattern.
 */
export const MAX_MATCH_CHARS = 1_000_000

/**
 * What a line must show before a question is worth asking about it: cheap
 * necessary conditions. A line that shows none of them cannot match.
 */
export interface Gate {
  /** No cheap condition is known: ask about every line (up to alwaysMaxWords). */
  always: boolean
  /** With `always`: lines with more words never match without showing a label or string of `groups`. */
  alwaysMaxWords: number
  /** Lines with more words never match. */
  maxWords: number
  /** Line-mode phrases: a line whose label is one of these may match. */
  labels: ReadonlySet<string> | null
  /** Lines with more words than this have no label of `labels`. */
  labelMaxWords: number
  /** A line holding (or starting with) a string of one of these groups may match. */
  groups: readonly NeedleGroup[]
}

/** A question ready to answer: the reason a line's text matches, or null; and its gate. */
export interface PreparedQuestion {
  /** The answer from the line's text alone (the zone is the scanner's to check). */
  match(line: Line): string | null
  gate: Gate
}

/** A compiled MatchSpec: patterns are checked at once, and prepared against the list's needle table when it first answers. */
export interface Question {
  readonly zone: Zone
  prepare(table: NeedleTable): PreparedQuestion
}

/** Is a line in the part of the document the zone allows? */
export function inZone(zone: Zone, line: Line, doc: Document): boolean {
  switch (zone) {
    case 'any':
      return true
    case 'head':
      return doc.bodyStart === -1 || line.index < doc.bodyStart
    case 'body':
      return doc.bodyStart !== -1 && line.index >= doc.bodyStart
    case 'tail':
      return line.index >= doc.lines.length / 2
  }
}

/**
 * Compile phrases and patterns. Throws a plain Error naming the bad
 * pattern; the config loader wraps it with the file and rule id.
 */
/** A sentence end followed by another sentence of at least four words. */
const SECOND_SENTENCE = /[.!?]["'”’)\]]*\s+["'“‘(]?\p{Lu}\S*(?:\s+\S+){3}/u

export function compileQuestion(spec: MatchSpec): Question {
  const mode = spec.match ?? 'line'
  const phrases = (spec.phrases ?? []).map((p) => (mode === 'line' ? labelKey(p) : foldKey(p)))
  const phraseSet = new Set(phrases)
  const contains = mode === 'contains' && phrases.length > 0
    ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?:$|[^\\p{L}\\p{N}])`, 'u')
    : null
  const patterns = compilePatterns(spec.patterns ?? [], spec.caseSensitive === true)
  const prefix = mode === 'prefix' && phrases.length > 0
    // Leading decoration includes brackets ("[READ MORE] ...") and a folded
    // guillemet ("» Read more: ..." folds to '" read more'); a closing
    // bracket counts as the separator. A hyphen does only as a dash, with a
    // space or another hyphen beside it: "Video-on-demand sales: ..." is a
    // word, not the label "Video".
    ? new RegExp(`^(?:[\\s\\-*•·▪►▶»>|[(]|"\\s)*(${phrases.map(escapeRegExp).join('|')})(?:\\s*[:|»>›\\])]|\\s+-|-(?=[\\s-])|\\s*$)`, 'u')
    : null
  const maxWords = spec.maxWords ?? Infinity
  // A label is its line minus decoration, which holds at most one word (a counter such as
  // "(12)"), so a line with two more words than every phrase needs no label.
  const longestPhrase = mode === 'line' ? Math.max(0, ...phrases.map(countWords)) + 1 : Infinity

  const prepare = (table: NeedleTable): PreparedQuestion => {
    // The phrases alone, without the word-boundary classes: a line without any of them cannot
    // match `contains`, and the table answers that from its one scan of the line.
    const anyPhrase = contains === null ? null : table.group(phrases, 'key')
    const { match: patternMatch, triggers } = patterns.prepare(table)
    const match = (line: Line): string | null => {
      if (line.blank || line.text.length > MAX_MATCH_CHARS || line.moreWordsThan(maxWords)) return null
      if (phrases.length > 0) {
        if (mode === 'line') {
          if (!line.moreWordsThan(longestPhrase) && phraseSet.has(line.label)) return `"${line.label}"`
        } else if (prefix) {
          const m = execOrNull(prefix, line.key)
          // What follows the prefix is the promoted story's title: one sentence. A
          // paragraph that opens with "Related:" and runs on is the article's text.
          if (m && !SECOND_SENTENCE.test(line.folded.slice(m[0].length))) return `starts with "${m[1] ?? ''}"`
        } else if (contains !== null && anyPhrase !== null && table.has(anyPhrase, line)) {
          const m = execOrNull(contains, line.key)
          if (m) return `contains "${m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}"`
        }
      }
      return patternMatch(line)
    }
    // The longest line anything of the rule can match: a paragraph longer than every pattern and
    // phrase is never scanned (on long lines even the folded text is computed only when asked).
    const phraseWords = phrases.length === 0 ? 0 : mode === 'line' ? longestPhrase : Infinity
    // Prefix and contains phrases both occur in the key: the phrases themselves are the condition.
    const keyAnywhere = prefix !== null || contains !== null ? [...triggers.key.anywhere, ...phrases] : triggers.key.anywhere
    // One group per text and place for the whole rule: the gate reads at most four answers.
    const groups: NeedleGroup[] = []
    const add = (strings: readonly string[], side: 'key' | 'folded', at: NeedleAt): void => {
      if (strings.length > 0) groups.push(table.group(strings, side, at))
    }
    add(keyAnywhere, 'key', 'anywhere')
    add(triggers.key.start, 'key', 'start')
    add(triggers.folded.anywhere, 'folded', 'anywhere')
    add(triggers.folded.start, 'folded', 'start')
    const gate: Gate = {
      always: triggers.always,
      alwaysMaxWords: Math.min(maxWords, triggers.alwaysMaxWords),
      maxWords: Math.min(maxWords, Math.max(triggers.maxWords, phraseWords)),
      labels: mode === 'line' && phrases.length > 0 ? phraseSet : null,
      labelMaxWords: longestPhrase,
      groups,
    }
    return { match, gate }
  }
  return { zone: spec.zone ?? 'any', prepare }
}
