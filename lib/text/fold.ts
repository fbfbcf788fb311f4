/**
 * Folding makes the many typographic spellings of one phrase compare equal:
 * curly and straight quotes, the dash family, non-breaking and repeated
 * spaces. It never changes what we output; it is only the key we match on.
 */

const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u02BC`´'
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D'
const REPLACEMENT = new Map<string, string>([
  ...[...SINGLE_QUOTES].map((c): [string, string] => [c, "'"]),
  ...[...DOUBLE_QUOTES].map((c): [string, string] => [c, '"']),
  ...[...DASHES].map((c): [string, string] => [c, '-']),
  ['\u2026', '...'],
])
// One pass over the line: every character that folds, and every run of white space.
const FOLDABLE = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}${DASHES}\u2026]|[\\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+`, 'g')
// Plain ASCII text with single spaces needs no folding (most lines of most documents).
const NEEDS_FOLDING = /[^\x21-\x7E ]| {2}|^ | $/

/** Case-preserving fold: quotes, dashes, ellipsis and whitespace normalised, trimmed. */
export function fold(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text
  return text.replace(FOLDABLE, (m) => REPLACEMENT.get(m) ?? ' ').trim()
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
    // Any leading symbols: bullets, arrows, icons ("♡ Like", "∙ 8 Restacks", "✔ Saved").
    .replace(/^[^\p{L}\p{N}"'([]+/u, '')
    .replace(/\s*\(\d[\d,.]*\)\s*$/u, '')
    .replace(/[\s.:;,!?|»>›-]+$/u, '')
    .trim()
}
