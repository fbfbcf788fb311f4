/**
 * Lists an article introduces itself: the items under a line of its own
 * that ends in a colon ("Ingredients for 4 portions:", "The tour dates
 * are:") or that announces them ("Here's a complete list of schools that
 * will be closed."), and items numbered 1, 2, 3 in order (a mixtape's tracks, a
 * top ten), and the rows of a data table under its header and
 * "|---|" rule, as extractors and converters write tables. They are short
 * lines in runs, the very shape of a menu, so counted as page evidence they
 * sent list-shaped articles to page mode, whose region then dropped the
 * list. The whole-page decision leaves them out of its evidence; a page's
 * own menus are introduced by neither.
 */
import { LIST_INTRO, type Document, type Line } from '../document.js'

/** An introducing line has at least this many words: 'Categories:' and 'Archives:' head a page's menus. */
const INTRO_MIN_WORDS = 3
/** A list item has at most this many words; longer lines are paragraphs. */
const ITEM_MAX_WORDS = 20
/** Numbered items count from this many in order. */
const NUMBERED_MIN_ITEMS = 3

const NUMBERED = /^\s*(\d{1,3})[.)]\s+\S/u

/**
 * The rule under a table's header row: "|---|---|" (trafilatura, markdown).
 * A layout table written out as text has no header and no rule; a data
 * table does. On the dev splits, rows of such tables were article 1,960
 * times against 374 (most of those a gold that leaves tables out).
 */
const TABLE_RULE = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u

/**
 * A sentence that announces a list below it: "here is", "below are" or
 * "the following" with a word for a list in the same sentence. Prose that
 * only mentions a list ("The list of closures grew on Monday.") says
 * neither, and a page's menus are announced by nothing.
 */
const LIST_ANNOUNCE = /\b(?:here(?:'s|\u2019s| is| are)|below (?:is|are)|the following)\b[^.!?]{0,80}\b(?:list|lineup|line-up|rundown|round-?up|schedule|results|closings|closures|winners|nominees|dates|rankings?|picks)\b/iu

/** Prose lines that may stand between an announcing sentence and its list ("If you know of one we missed, tell us."). */
const ANNOUNCE_MAX_PROSE = 2

/** Does this line introduce a list: a colon at its end, or a sentence announcing one? */
function introduces(l: Line): boolean {
  return LIST_INTRO.test(l.folded) || (l.prose && LIST_ANNOUNCE.test(l.folded))
}

/** The lists an article introduces itself, as line indexes. */
export interface ArticleLists {
  /** Every such list's items: they are no page's menus. */
  readonly lines: ReadonlySet<number>
  /**
   * The items of lists a sentence of prose introduces, and data tables' rows: a whole page's form
   * labels ("Your Last Name:") and sidebar headings ("Yoga Blogs &
   * Podcasts:") end in colons too, so only these are safe to weigh as
   * article text when the region is chosen.
   */
  readonly announced: ReadonlySet<number>
}

/** The {@link ArticleLists} of a document, among the lines not in `removed`. */
export function articleLists(doc: Document, removed: ReadonlySet<number>): ArticleLists {
  const out = new Set<number>()
  const announced = new Set<number>()
  const kept = doc.lines.filter((l) => !l.blank && !removed.has(l.index))
  const item = (l: Line): boolean => !l.prose && l.words <= ITEM_MAX_WORDS
  for (let k = 0; k < kept.length; k++) {
    const intro = kept[k]
    if (intro === undefined || intro.words < INTRO_MIN_WORDS || !introduces(intro)) continue
    let j = k + 1
    // An announcing sentence may run on for a sentence or two of its paragraph before the list.
    if (!LIST_INTRO.test(intro.folded)) for (let more = 0; more < ANNOUNCE_MAX_PROSE && kept[j]?.prose === true; more++) j++
    const items: Line[] = []
    for (; j < kept.length; j++) {
      const l = kept[j]
      if (l === undefined || !item(l) || LIST_INTRO.test(l.folded)) break
      items.push(l)
    }
    // The article goes on after its list (or ends with it); a menu runs into more chrome.
    const after = kept[j]
    if (after !== undefined && !after.prose) continue
    for (const l of items) {
      out.add(l.index)
      if (intro.prose) announced.add(l.index)
    }
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
  // Data tables: the header row, its rule and the rows under it. They weigh
  // as article text too: a table is written out by the article's extractor,
  // not by a page's menus.
  for (let k = 1; k < kept.length; k++) {
    const rule = kept[k]
    const header = kept[k - 1]
    if (rule === undefined || header === undefined || !header.tableRow || !TABLE_RULE.test(rule.text)) continue
    const rows = [header, rule]
    for (let j = k + 1; kept[j]?.tableRow === true; j++) rows.push(kept[j] as Line)
    for (const l of rows) {
      out.add(l.index)
      announced.add(l.index)
    }
  }
  return { lines: out, announced }
}
