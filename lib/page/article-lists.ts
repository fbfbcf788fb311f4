/**
 * Lists an article introduces itself: the items under a line of its own
 * that ends in a colon ("Ingredients for 4 portions:", "The tour dates
 * are:"), and items numbered 1, 2, 3 in order (a mixtape's tracks, a
 * top ten). They are short lines in runs, the very shape of a menu, so
 * counted as page evidence they sent list-shaped articles to page mode,
 * whose region then dropped the list. The whole-page decision leaves them
 * out of its evidence; a page's own menus are introduced by neither.
 */
import { LIST_INTRO, type Document, type Line } from '../document.js'

/** An introducing line has at least this many words: 'Categories:' and 'Archives:' head a page's menus. */
const INTRO_MIN_WORDS = 3
/** A list item has at most this many words; longer lines are paragraphs. */
const ITEM_MAX_WORDS = 20
/** Numbered items count from this many in order. */
const NUMBERED_MIN_ITEMS = 3

const NUMBERED = /^\s*(\d{1,3})[.)]\s+\S/u

/** Line indexes of the lists the article introduces, among the lines not in `removed`. */
export function articleListLines(doc: Document, removed: ReadonlySet<number>): Set<number> {
  const out = new Set<number>()
  const kept = doc.lines.filter((l) => !l.blank && !removed.has(l.index))
  const item = (l: Line): boolean => !l.prose && l.words <= ITEM_MAX_WORDS
  for (let k = 0; k < kept.length; k++) {
    const intro = kept[k]
    if (intro === undefined || intro.words < INTRO_MIN_WORDS || !LIST_INTRO.test(intro.folded)) continue
    let j = k + 1
    const items: Line[] = []
    for (; j < kept.length; j++) {
      const l = kept[j]
      if (l === undefined || !item(l) || LIST_INTRO.test(l.folded)) break
      items.push(l)
    }
    // The article goes on after its list (or ends with it); a menu runs into more chrome.
    const after = kept[j]
    if (after !== undefined && !after.prose) continue
    for (const l of items) out.add(l.index)
  }
  // Numbered items in order: 1, 2, 3, ...
  let run: Line[] = []
  const flush = (): void => {
    if (run.length >= NUMBERED_MIN_ITEMS) for (const l of run) out.add(l.index)
    run = []
  }
  for (const l of kept) {
    const n = NUMBERED.exec(l.text)
    if (n === null || !item(l)) {
      flush()
      continue
    }
    const number = Number(n[1])
    if (number !== run.length + 1) {
      flush()
      if (number !== 1) continue
    }
    run.push(l)
  }
  flush()
  return out
}
