import { fold, labelOfKey } from './text/fold.js'

/**
 * One input line and the features rules look at, computed once per document
 * so rules never re-split or re-scan the text.
 */
export interface Line {
  /** 0-based line number. */
  readonly index: number
  /** The line exactly as given, without its line terminator. */
  readonly text: string
  /** Quotes, dashes and spaces folded; case kept. Patterns match on this. */
  readonly folded: string
  /** `folded` in lower case. Phrases match on this. */
  readonly key: string
  /** `key` without bullets, counters and trailing punctuation: what a widget label says (lines up to 24 words; longer lines keep their key). */
  readonly label: string
  readonly blank: boolean
  /** Tokens that contain a letter or digit. */
  readonly words: number
  /** Ends like a sentence: . ! ? (optionally closed by a quote or bracket), not an ellipsis. */
  readonly endsSentence: boolean
  /** Looks like a paragraph of running text. */
  readonly prose: boolean
  /** Short line that does not end like a sentence: a headline, label or listing entry. */
  readonly headlineShaped: boolean
  /** One to five capitalised words and nothing else: a person's or outlet's name. */
  readonly nameShaped: boolean
  /** Starts with a list bullet. */
  readonly bullet: boolean
  /** How many lines of the document have the same key (1 when unique). */
  readonly repeats: number
}

/** A document split into lines, with per-line features and a few whole-document facts. */
export interface Document {
  readonly lines: readonly Line[]
  /** The line terminator the document uses ("\r\n" if its first break is CRLF). */
  readonly eol: '\n' | '\r\n'
  /** Index of the first prose line, or -1 when there is none. */
  readonly bodyStart: number
  /** Index of the last non-blank line, or -1. */
  readonly lastNonBlank: number
  /** Number of non-blank lines. */
  readonly nonBlank: number
}

const WORD = /[\p{L}\p{N}]/u
const SENTENCE_END = /(?<!\.\.)[.!?]["')\]]*$/u
const BULLET = /^\s*(?:[-*•·▪►▶–—✓✔]|\d{1,2}[.)])\s+/u
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|de|da|del|der|van|von|bin|al|la|le|du|of|and|&|,)$/u

/** Lines longer than this are never compared as labels (no widget label is this long). */
const LABEL_MAX_WORDS = 24

/** Thresholds that decide line shapes; kept together so they are tuned in one place. */
export const SHAPE = {
  /** A sentence-ending line with at least this many words is prose. */
  proseMinWords: 8,
  /** Any line with at least this many words is prose, punctuation or not. */
  proseAnyWords: 25,
  /** Headline-shaped lines have at most this many words. */
  headlineMaxWords: 30,
} as const

/**
 * Tokens (split on the single spaces of folded text) holding a letter or
 * digit. A character loop: this runs on every line and a split plus a
 * regex per token was the engine's largest cost.
 */
function countWords(folded: string): number {
  let n = 0
  let counted = false
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    if (c === 32) {
      counted = false
    } else if (!counted && isWordChar(c, folded, i)) {
      n++
      counted = true
    }
  }
  return n
}

function isWordChar(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return WORD.test(s.charAt(i))
}

function isNameShaped(folded: string, words: number): boolean {
  if (words < 1 || words > 5 || /\d/.test(folded)) return false
  const tokens = folded.replace(/,/g, ' , ').split(' ').filter(Boolean)
  return tokens.every((t) => NAME_TOKEN.test(t)) && /^\p{Lu}/u.test(folded)
}

/** Split text into a Document. Accepts LF and CRLF; a lone BOM must already be stripped. */
export function segment(text: string): Document {
  const eol: '\n' | '\r\n' = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n'
  const raw = text.split(/\r?\n/)
  // A final terminator does not open another line.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop()

  const foldedLines = raw.map(fold)
  const keys = foldedLines.map((f) => f.toLowerCase())
  const counts = new Map<string, number>()
  for (const k of keys) if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1)

  let bodyStart = -1
  let lastNonBlank = -1
  let nonBlank = 0
  const lines = raw.map((lineText, index): Line => {
    const folded = foldedLines[index] ?? ''
    const key = keys[index] ?? ''
    const blank = folded === ''
    const words = countWords(folded)
    const endsSentence = SENTENCE_END.test(folded)
    const prose = (endsSentence && words >= SHAPE.proseMinWords) || words >= SHAPE.proseAnyWords
    const headlineShaped = !blank && !prose && !/(?<!\.\.)[.:;,]$/.test(folded) && words <= SHAPE.headlineMaxWords
    if (!blank) {
      nonBlank++
      lastNonBlank = index
      if (prose && bodyStart === -1) bodyStart = index
    }
    return {
      index,
      text: lineText,
      folded,
      key,
      // Labels are short by nature; skipping long lines saves three regexes per paragraph.
      label: words <= LABEL_MAX_WORDS ? labelOfKey(key) : key,
      blank,
      words,
      endsSentence,
      prose,
      headlineShaped,
      nameShaped: isNameShaped(folded, words),
      bullet: BULLET.test(lineText),
      repeats: blank ? 1 : (counts.get(key) ?? 1),
    }
  })
  return { lines, eol, bodyStart, lastNonBlank, nonBlank }
}
