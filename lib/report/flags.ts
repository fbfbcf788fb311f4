/**
 * What makes a cleaning result worth a second look. The thresholds live
 * here, together, so the report's notion of "suspicious" is tuned in one place.
 */
import { segment } from '../document.js'

export const FLAG_KINDS = ['most-removed', 'nothing-removed', 'prose-removed', 'guard'] as const

/** A reason to look at a document. */
export type FlagKind = (typeof FLAG_KINDS)[number]

export const FLAGS = {
  /** A document is flagged when more than this share of its bytes went. */
  mostRemovedShare: 0.5,
  /** "Nothing removed" is flagged only when more than this share of the corpus had removals. */
  nothingRemovedCorpusShare: 0.5,
  /** A removed prose-shaped line with at least this many words looks like article text. */
  longProseWords: 30,
} as const

/** One-line explanations, shown beside the counts. */
export const FLAG_TEXT: Record<FlagKind, string> = {
  'most-removed': `lost more than ${FLAGS.mostRemovedShare * 100}% of its bytes`,
  'nothing-removed': `nothing removed, while more than ${FLAGS.nothingRemovedCorpusShare * 100}% of documents had removals`,
  'prose-removed': `a removed line reads like article prose (a sentence of ${FLAGS.longProseWords}+ words)`,
  guard: 'the rules would have emptied it: kept whole',
}

/**
 * Whether a removed line is shaped like a paragraph of the article: the
 * engine's own prose test (document.ts) and a length only article
 * paragraphs usually reach.
 *
 * @example
 * ```ts
 * isLongProse('Read more') // => false
 * ```
 */
export function isLongProse(line: string): boolean {
  // Cheap screen first: N words take at least 2N-1 characters.
  if (line.length < FLAGS.longProseWords * 2 - 1) return false
  const features = segment(line).lines[0]
  return features !== undefined && features.prose && features.words >= FLAGS.longProseWords
}
