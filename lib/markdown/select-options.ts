/**
 * A form's drop-down menu, as a converter writes it: the `<option>`s of a
 * `<select>` run into one paragraph under their prompt ("Select Month
 * October 2012 September 2012 ...", "-- Select a Forum -- NaNo Tips ...",
 * "Choose a program... Airplay All In The Mind ..."). It holds no sentence,
 * and its words (hundreds, for an archive by month or a list of films) are
 * none of the article's; left to the page region, it stayed beside short
 * articles (dev: 25 such lines kept on 23 conversions, each with under
 * half of its words in the gold). A paragraph that opens with such a
 * prompt and runs on without sentence ends is chrome; one that says
 * something ("Select committee members said on Tuesday ...") ends its
 * sentences and stays.
 */
import type { ViewLine } from './blocks.js'

export const SELECT_OPTIONS = {
  /**
   * How a menu's prompt opens the line (after table pipes, list marks and dashes a converter leaves): "Select
   * Month", "Jump to", and a search form's "Search Site" or "Search:" before its scope's options ("3 months back
   * archive since 2008 archive since 2007 ..."), "Go to:" and "Category:" before a site's sections.
   */
  prompt: /^[\s|>*_-]*(?:please\s+)?(?:select|choose|pick|jump to|browse by|archives? by|sort by|filter by|go to\s*:|search(?: site| for| in)?\s*:|search site\b|categor(?:y|ies)\s*(?::|-{2,}))/i,
  /**
   * A menu with no prompt opens with its default option, "All" or "Any" and a capitalised word ("All Categories",
   * "-- All Categories --", "All Types American American Bistro ...", "All Sections SPORTS ..."); matched with its
   * case, since "All of the technologies mentioned" and "Any person(s) who owns" open sentences ...
   */
  defaultOption: /^[\s|>*_-]*(?:All|Any)\s+[\p{Lu}\p{N}]/u,
  /** ... and its options are names: at most this share of its words opens with a small letter ("All I'm saying is ..." has many). */
  lowerShare: 0.25,
  /**
   * A menu with no prompt and no default option: names run together, at least `minWords` of them, at most this
   * share opening with a small letter ("Main sections Homepage News Sport Fantasy football Money TV & showbiz ...",
   * "Visit our sister sites GQ Concierge Epicurious ..."), with no commas, semicolons or pipes (a list of places or
   * sources written in the article separates its names; a flattened table keeps its pipes) ...
   */
  namesLowerShare: 0.2,
  /** ... and digits in at most this share of its words (a table's figures, a score line). */
  namesDigitShare: 0.2,
  /** Names set apart by more hard line breaks than this (a label above the menu, one below it) are a list someone wrote. */
  labelBreaks: 2,
  /** A menu has at least this many words: a prompt alone ("Select a region:") is left to the rules ... */
  minWords: 30,
  /** ... and at most one sentence end per this many words: a menu's options end no sentence. */
  wordsPerEnd: 60,
} as const

const WORD = /[\p{L}\p{N}]+/gu
const SENTENCE_END = /[.!?。！？]["'’”)\]]*(?=\s|$)/gu

/**
 * Is this view line a drop-down menu's options run into one line?
 *
 * @example
 * ```ts
 * const months = Array.from({ length: 16 }, (_, n) => `${['October', 'September', 'August', 'July'][n % 4]} ${2012 - Math.floor(n / 4)}`)
 * selectMenu(`Select Month ${months.join(' ')}`) // true: 34 words, no sentence
 * selectMenu('Select committee members said on Tuesday that the board had not answered.') // false
 * selectMenu(`All Types ${'American Bistro Bakery Barbecue Belgian Cajun Chinese Cuban Deli Diner '.repeat(3)}`) // true: a default option, then names
 * ```
 */
export function selectMenu(text: string): boolean {
  const prompted = SELECT_OPTIONS.prompt.test(text)
  const all = text.match(WORD) ?? []
  const words = all.length
  if (words < SELECT_OPTIONS.minWords) return false
  const lower = all.filter((w) => /^\p{Ll}/u.test(w)).length
  if (!prompted && SELECT_OPTIONS.defaultOption.test(text)) {
    if (lower > SELECT_OPTIONS.lowerShare * words) return false
  } else if (!prompted) {
    if (lower > SELECT_OPTIONS.namesLowerShare * words || /[,;|]/.test(text) || !/^[^\p{L}\p{N}]*\p{Lu}/u.test(text)) return false
    if (all.filter((w) => /\d/.test(w)).length > SELECT_OPTIONS.namesDigitShare * words) return false
  }
  // A prompt's own "..." ("Choose a program...") ends no sentence.
  const ends = (text.replace(/\.{2,}|…/g, ' ').match(SENTENCE_END) ?? []).length
  return ends * SELECT_OPTIONS.wordsPerEnd <= words
}

/** {@link selectMenu} on a view line, as the markdown features read it. */
export function selectMenuView(view: ViewLine, lines: readonly string[]): { rule: string; reason: string } | undefined {
  if (!selectMenu(view.inline.text)) return undefined
  // Names set apart by hard line breaks (<br>) are a list someone wrote (films, papers, sources), not options run
  // together; a break may end a label above or below the menu ("**Golf Guide**", then "All Auglaize Bay View ...").
  const breaks = (lines.slice(view.from, view.to + 1).join('\n').match(/(?: {2,}|\\)\n[^\n]*\S/g) ?? []).length
  if (!SELECT_OPTIONS.prompt.test(view.inline.text) && !SELECT_OPTIONS.defaultOption.test(view.inline.text) && breaks > SELECT_OPTIONS.labelBreaks) return undefined
  return { rule: 'markdown-select-options', reason: "a drop-down menu's options run into one line" }
}
