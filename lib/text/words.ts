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

/** Does the line hold a character of a script written without spaces? */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text)
}

/**
 * Word-like segments of `text` by Unicode word segmentation, counting
 * stops at `cap` (the result is then `cap`).
 */
export function segmentedWords(text: string, cap = Infinity): number {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' })
  let n = 0
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike === true && ++n >= cap) return cap
  }
  return n
}
