/**
 * What a stretch of text is about, as a set of content words, so that two
 * stretches can be compared: a story and the unrelated stories an
 * aggregator hangs under it share the words every news story uses ("said",
 * "officials", "year") and little else, while an article's own sections
 * keep returning to its names and subject.
 *
 * Spaced scripts give their words of at least MIN_LETTERS letters that are
 * not stopwords of the text's language; scripts written without spaces
 * (Chinese, Japanese, Korean, Thai) give the pairs of adjacent characters
 * in their runs, the usual unit for comparing such text without a
 * dictionary.
 */
import { stopwordsForTexts, words } from '../page/stopwords.js'
import { hasUnspacedScript, unspacedRuns } from './words.js'

/** Shorter words ("the", "and", "was") carry no topic in any language we read. */
const MIN_LETTERS = 4

/** The stopwords of the language of `texts` (lines or paragraphs; empty when no list covers them). */
export function stopwordsOf(texts: readonly string[]): ReadonlySet<string> {
  return stopwordsForTexts(texts)
}

/** The content words of `text` (see the module comment). */
export function contentWords(text: string, stop: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  for (const w of words(text)) {
    if (w.length >= MIN_LETTERS && !stop.has(w) && !hasUnspacedScript(w)) out.add(w)
  }
  for (const run of unspacedRuns(text)) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`)
  }
  return out
}

/**
 * The content words of `texts` (an article's paragraphs), and those that
 * recur: found in at least two of them. Its names and subject recur; the
 * words every news story uses once ("officials", "residents") mostly do not.
 */
export function paragraphWords(texts: readonly string[], stop: ReadonlySet<string>): { all: Set<string>; recurring: Set<string> } {
  const all = new Set<string>()
  const recurring = new Set<string>()
  for (const text of texts) {
    for (const w of contentWords(text, stop)) {
      if (all.has(w)) recurring.add(w)
      else all.add(w)
    }
  }
  return { all, recurring }
}

/** How many of `part`'s content words `whole` also holds. */
export function sharedCount(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  let shared = 0
  for (const w of part) if (whole.has(w)) shared++
  return shared
}

/** Share of `part`'s content words that `whole` also holds (0 for an empty part). */
export function sharedShare(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return part.size === 0 ? 0 : sharedCount(part, whole) / part.size
}
