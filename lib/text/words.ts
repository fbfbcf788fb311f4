/**
 * Word counts for scripts written without spaces. Chinese, Japanese and
 * Thai put a whole sentence between two spaces, so counting tokens split on
 * white space makes every CJK paragraph a "one-word line": short, headline
 * shaped, never prose, and so fair game for every rule that removes short
 * lines. Such lines are counted in Unicode words instead (`Intl.Segmenter`,
 * the ICU dictionaries Node ships), so a Japanese paragraph has the tens of
 * words it reads as. Lines in other scripts keep the cheap space count.
 */

/** Han, kana, Hangul syllables, Thai, Lao, Khmer, Myanmar: scripts whose sentences hold few or no spaces. */
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/

let segmenter: Intl.Segmenter | undefined

const UNSPACED_RUN = new RegExp(`${UNSPACED.source}+`, 'g')

/** The runs of characters of scripts written without spaces in `text`. */
export function unspacedRuns(text: string): string[] {
  return text.match(UNSPACED_RUN) ?? []
}

/** Does the line hold a character of a script written without spaces? */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text)
}

/**
 * Segments are counted in pieces of about this many characters: V8's
 * segment iterator takes time in the length of the whole text at every
 * step, so one 40,000-character line took seconds (four times as long per
 * doubling) and a long page line minutes.
 */
const PIECE_CHARS = 2_000

/**
 * Where a piece may end: after a space and before a character that starts
 * a word segment of its own. Unicode word segmentation (UAX #29) always
 * breaks there (only extend and format characters attach to a space), so
 * the pieces' segments are the text's.
 */
const PIECE_END = /\s(?=[^\s\p{M}\p{Cf}])/gu

/** The text in pieces of about PIECE_CHARS, cut where word segmentation breaks anyway. */
function* pieces(text: string): Generator<string> {
  let from = 0
  while (text.length - from > PIECE_CHARS) {
    PIECE_END.lastIndex = from + PIECE_CHARS
    const m = PIECE_END.exec(text)
    if (m === null) break
    yield text.slice(from, m.index + m[0].length)
    from = m.index + m[0].length
  }
  yield text.slice(from)
}

/**
 * Word-like segments of `text` by Unicode word segmentation, counting
 * stops at `cap` (the result is then `cap`).
 */
export function segmentedWords(text: string, cap = Infinity): number {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' })
  let n = 0
  for (const piece of pieces(text)) {
    for (const s of segmenter.segment(piece)) {
      if (s.isWordLike === true && ++n >= cap) return cap
    }
  }
  return n
}
