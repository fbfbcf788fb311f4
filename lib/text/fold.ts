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
// The characters replaced one for one (quotes, dashes, the ellipsis), in one scan.
const REPLACED = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}${DASHES}\u2026]`, 'g')
// White space as the fold sees it: everything `\s` matches, and the zero-width space.
const SPACES = /[\s\u200B]+/g
// A line needs its spaces folded when it has other white space than single inner spaces.
const NEEDS_SPACES = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/

/**
 * The character half of {@link fold}: quotes, dashes and the ellipsis
 * replaced. It never touches white space or line breaks, so it can run once
 * over a whole document before the document is split into lines.
 */
export function foldChars(text: string): string {
  REPLACED.lastIndex = 0
  return REPLACED.test(text) ? text.replace(REPLACED, (m) => REPLACEMENT.get(m) ?? m) : text
}

/** The white-space half of {@link fold}: runs of white space become one space, and the ends are trimmed. */
export function foldSpaces(text: string): string {
  const edge = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32
  return edge || NEEDS_SPACES.test(text) ? text.replace(SPACES, ' ').trim() : text
}

/**
 * Case-preserving fold: quotes, dashes, ellipsis and whitespace normalised,
 * trimmed. The two halves touch disjoint characters, so they can run in
 * either order, and the character half over a whole document at once.
 */
export function fold(text: string): string {
  return foldSpaces(foldChars(text))
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
  // Character loops doing what these regexes say (they are the reference, and
  // test/text/fold.test.ts holds the two to the same results):
  //   .replace(/^[\s\-*•·▪►▶»>|#]+/u, '')
  //   .replace(/\s*\(\d[\d,.]*\)\s*$/u, '')
  //   .replace(/[\s.:;,!?|»>›-]+$/u, '')
  //   .trim()
  // V8 runs an end-anchored regex from every start position; these look at the ends only.
  let start = 0
  let end = key.length
  while (start < end && (isSpace(key.charCodeAt(start)) || LABEL_LEAD.has(key.charCodeAt(start)))) start++
  // A trailing counter: "(12)", "(1,234)" with white space around.
  let e = end
  while (e > start && isSpace(key.charCodeAt(e - 1))) e--
  if (e > start && key.charCodeAt(e - 1) === 41 /* ) */) {
    let k = e - 2
    while (k >= start && isCounterChar(key.charCodeAt(k))) k--
    if (k >= start && key.charCodeAt(k) === 40 /* ( */ && k + 1 <= e - 2 && isDigit(key.charCodeAt(k + 1))) {
      while (k > start && isSpace(key.charCodeAt(k - 1))) k--
      end = k
    }
  }
  while (end > start && (isSpace(key.charCodeAt(end - 1)) || LABEL_TRAIL.has(key.charCodeAt(end - 1)))) end--
  return start === 0 && end === key.length ? key.trim() : key.slice(start, end).trim()
}

const LABEL_LEAD = new Set([...'-*•·▪►▶»>|#'].map((c) => c.charCodeAt(0)))
const LABEL_TRAIL = new Set([...'.:;,!?|»>›-'].map((c) => c.charCodeAt(0)))
const SPACE = /\s/
// `\s` of one character, quick for ASCII.
const isSpace = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)))
const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isCounterChar = (c: number): boolean => isDigit(c) || c === 44 || c === 46
