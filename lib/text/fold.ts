/**
 * Folding makes the many typographic spellings of one phrase compare equal:
 * curly and straight quotes, the dash family, non-breaking and repeated
 * spaces. It never changes what we output; it is only the key we match on.
 */

const QUOTES_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g
const QUOTES_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g
const ELLIPSIS = /\u2026/g

/** Case-preserving fold: quotes, dashes, ellipsis and whitespace normalised, trimmed. */
export function fold(text: string): string {
  return text
    .replace(QUOTES_SINGLE, "'")
    .replace(QUOTES_DOUBLE, '"')
    .replace(DASHES, '-')
    .replace(ELLIPSIS, '...')
    .replace(SPACES, ' ')
    .trim()
}

/** Fold plus lower case: the key phrases are compared on. */
export function foldKey(text: string): string {
  return fold(text).toLowerCase()
}

/**
 * Strip what decorates a widget label without changing what it says:
 * bullets and arrows in front, trailing punctuation, ellipses, counters such
 * as "(12)" and leading counts such as "12" in "12 comments" stay (they are
 * handled by patterns), so "Comments (3)" and "Comments:" both key to "comments".
 */
export function labelKey(text: string): string {
  return labelOfKey(foldKey(text))
}

/** {@link labelKey} of text that is already a fold key (saves folding twice). */
export function labelOfKey(key: string): string {
  return key
    .replace(/^[\s\-*•·▪►▶»>|#]+/u, '')
    .replace(/\s*\(\d[\d,.]*\)\s*$/u, '')
    .replace(/[\s.:;,!?|»>›-]+$/u, '')
    .trim()
}
