/**
 * Folding makes the many typographic spellings of one phrase compare equal:
 * curly and straight quotes, the dash family, non-breaking and repeated
 * spaces. It never changes what we output; it is only the key we match on.
 *
 * fold() runs on every line of every document, so it is a character loop
 * rather than a regex replace with a callback (which was a fifth of the
 * engine's time); it builds a new string only from the characters it changes.
 */

/** What each folding character becomes: quotes, dashes, the ellipsis. */
function replacementOf(c: number): string | undefined {
  switch (c) {
    // Single quotes: ‘ ’ ‚ ‛ ′ ʼ ` ´
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x02bc: case 0x60: case 0xb4:
      return "'"
    // Double quotes: “ ” „ ‟ ″ « »
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xab: case 0xbb:
      return '"'
    // The dash family, minus sign and full-width hyphen.
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe58: case 0xfe63: case 0xff0d:
      return '-'
    case 0x2026:
      return '...'
    default:
      return undefined
  }
}

/** JavaScript's white space and line terminators (what `\s` and trim() know), plus the zero-width space. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Plain ASCII text with single spaces inside needs no folding (most lines of most documents). */
function needsFolding(text: string): boolean {
  const n = text.length
  if (n === 0) return false
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true
  let previousSpace = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (previousSpace) return true
      previousSpace = true
    } else {
      // The backtick is ASCII but folds to a quote.
      if (c < 0x21 || c > 0x7e || c === 0x60) return true
      previousSpace = false
    }
  }
  return false
}

/**
 * The word count of a line that needs no folding (see {@link countWords}),
 * or -1 when the line needs folding. One pass does both jobs because most
 * lines are plain, and then their folded text is the line itself. Counting
 * stops at `cap` words (the result is then `cap`, and whether the rest of
 * the line needs folding is not known).
 */
export function plainWords(text: string, cap = Infinity): number {
  const n = text.length
  if (n === 0) return 0
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return -1
  let words = 0
  let counted = false
  let previousSpace = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (previousSpace) return -1
      previousSpace = true
      counted = false
    } else {
      if (c < 0x21 || c > 0x7e || c === 0x60) return -1
      previousSpace = false
      if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        if (++words >= cap) return cap
        counted = true
      }
    }
  }
  return words
}

/**
 * Tokens of folded text (split on its single spaces) that hold a letter or
 * digit. A character loop: this runs on every line, and a split plus a
 * regex per token was once the engine's largest cost.
 */
export function countWords(folded: string): number {
  let n = 0
  let counted = false
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    if (c === 32) {
      counted = false
    } else if (!counted && isWordUnit(c)) {
      n++
      counted = true
    }
  }
  return n
}

/**
 * `countWords(fold(text))`, counted on the text itself and stopping at `cap`
 * words: white space of any kind separates tokens (fold makes each run one
 * space), and the characters fold replaces count as punctuation (they fold
 * to quotes, dashes and dots). Long paragraphs need only "more than the
 * longest rule allows", not the whole count.
 */
export function foldedWords(text: string, cap = Infinity): number {
  let n = 0
  let counted = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      counted = false
    } else if (!counted && isWordUnit(c) && (c < 0x80 || replacementOf(c) === undefined)) {
      if (++n >= cap) return cap
      counted = true
    }
  }
  return n
}

const WORD = /^[\p{L}\p{N}]$/u
/** Per UTF-16 code unit: 1 when it is a letter or digit on its own, filled in 256-unit blocks on first use. */
const wordUnits = new Uint8Array(0x10000)
const wordBlocks = new Uint8Array(0x100)

/**
 * Is this code unit, taken alone, a letter or digit? Surrogate halves never
 * are (which is how a per-character regex test sees them too).
 */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  const block = c >> 8
  if (wordBlocks[block] === 0) {
    for (let u = block << 8; u < (block + 1) << 8; u++) wordUnits[u] = WORD.test(String.fromCharCode(u)) ? 1 : 0
    wordBlocks[block] = 1
  }
  return wordUnits[c] === 1
}

/** Case-preserving fold: quotes, dashes, ellipsis and whitespace normalised, trimmed. */
export function fold(text: string): string {
  return needsFolding(text) ? (foldCounting(text)?.folded ?? text) : text
}

/**
 * fold() of a line known to need folding, and the word count of the result
 * (as {@link countWords} gives it), in one pass. With a `cap`, gives up and
 * returns undefined once the count reaches it: a long line is folded only
 * when a rule asks.
 */
export function foldCounting(text: string, cap = Infinity): { folded: string; words: number } | undefined {
  // Pieces joined once at the end: `out +=` per replacement would build a
  // rope as deep as the line has replacements, and flattening that inside
  // RegExp.exec overflows the stack on a 10 MB line.
  const parts: string[] = []
  // Start of the run of characters copied through unchanged.
  let from = 0
  let words = 0
  let counted = false
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    // Printable ASCII other than the backtick passes through: the common case, tested first.
    if (c > 0x20 && c < 0x7f && c !== 0x60) {
      if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        if (++words >= cap) return undefined
        counted = true
      }
      i++
      continue
    }
    if (isSpace(c)) {
      let j = i + 1
      while (j < n && isSpace(text.charCodeAt(j))) j++
      // One plain space stays as it is; any other run becomes one space.
      if (c !== 32 || j - i > 1) {
        parts.push(text.slice(from, i), ' ')
        from = j
      }
      counted = false
      i = j
      continue
    }
    const r = replacementOf(c)
    if (r !== undefined) {
      // What it becomes (a quote, dash or dots) is never part of a word.
      parts.push(text.slice(from, i), r)
      from = i + 1
    } else if (!counted && isWordUnit(c)) {
      if (++words >= cap) return undefined
      counted = true
    }
    i++
  }
  parts.push(text.slice(from))
  let out = parts.join('')
  // Every run of white space is one space by now, so trimming is at most one at each end.
  if (out.charCodeAt(0) === 32) out = out.slice(1)
  if (out.charCodeAt(out.length - 1) === 32) out = out.slice(0, -1)
  return { folded: out, words }
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

// Any leading symbols: bullets, arrows, icons ("♡ Like", "∙ 8 Restacks", "✔ Saved").
const NOT_DECORATION = /[\p{L}\p{N}"'([]/u
const TRAILING_COUNTER = /\s*\(\d[\d,.]*\)\s*$/u

/** Can the line start with a decoration? (Letters, digits, quotes and brackets never are one.) */
function startsWithDecoration(label: string): boolean {
  const c = label.charCodeAt(0)
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b) && label.length > 0
  return !NOT_DECORATION.test(String.fromCodePoint(label.codePointAt(0) ?? 0))
}

/** Trailing punctuation a label drops: white space (as `\s` knows it) and . : ; , ! ? | » > › - */
function isTrailingPunctuation(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x3a: case 0x3b: case 0x2c: case 0x21: case 0x3f: case 0x7c: case 0xbb: case 0x3e: case 0x203a: case 0x2d:
      return true
    default:
      return c !== 0x200b && isSpace(c)
  }
}

/**
 * {@link labelKey} of text that is already a fold key (saves folding twice).
 * The regexes run only when the character at their end of the line could
 * start a match (most lines have nothing to strip); trailing punctuation is
 * cut by a scan back from the end.
 */
export function labelOfKey(key: string): string {
  let label = key
  if (startsWithDecoration(label)) {
    // What /^[^\p{L}\p{N}"'([]+/u strips, found by searching for the first character it stops
    // at: that regex's greedy Unicode loop overflows V8's backtracking stack on a line of megabytes.
    const first = label.search(NOT_DECORATION)
    label = first === -1 ? '' : label.slice(first)
  }
  const last = label.charCodeAt(label.length - 1)
  if (last === 0x29 || isSpace(last)) label = label.replace(TRAILING_COUNTER, '')
  let end = label.length
  while (end > 0 && isTrailingPunctuation(label.charCodeAt(end - 1))) end--
  if (end < label.length) label = label.slice(0, end)
  return label.trim()
}
