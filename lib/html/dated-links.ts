/**
 * A linked headline with its date beside it ("<a>Rovers sign striker</a>
 * (Monday January 14 2008)", "<a>Ten tips for spring</a> 3 days ago"):
 * an item of a "recent articles" or archive list, however much of its text
 * the date takes. Counted by characters, a long date leaves such an item
 * under half linked, and it was kept as the article's own short line,
 * while its neighbours with shorter dates went as link lists.
 */
import type { HtmlBlock } from './blocks.js'

/**
 * Words a date or a time beside a link is made of (lower case); digits and punctuation always are.
 * Not counts: a blog post's title with its "[ 11 Comments ]" link is the post's, not a list's.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'st', 'nd', 'rd', 'th', 'am', 'pm', 'gmt', 'utc', 'bst', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'et', 'pt',
  'at', 'on', 'ago', 'today', 'yesterday', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks',
])

/**
 * A headline's share of the characters, at least: under it the link is a name in a dated
 * byline ("-- <a>Affek</a> @ 2:36PM Wed 19 Jul 2006"), which stays with its post.
 */
export const DATED_LINK_MIN_SHARE = 0.3

/** Whether every word of a block's unlinked text is a date or time word; undefined when it has no words (digits and punctuation only). */
function dateWordsOnly(unlinked: string): boolean | undefined {
  const words = unlinked.toLowerCase().match(/\p{L}+/gu)
  return words === null ? undefined : words.every((w) => DATE_WORDS.has(w))
}

/** Whether a block is links plus only a date or a time (or a number: "(19)"), the links a headline's share of it. */
export function datedLink(block: Pick<HtmlBlock, 'links' | 'linkChars' | 'chars' | 'unlinked'>): boolean {
  if (block.links === 0 || block.linkChars < DATED_LINK_MIN_SHARE * block.chars) return false
  return dateWordsOnly(block.unlinked) ?? /\d/.test(block.unlinked)
}

/**
 * Whether a block is only a date or a time, or links beside one ("Dec 19, 2025", "<a>Airlines</a>
 * Dec 19, 2025"): what a story's card carries and a topic's card does not.
 */
export function dateLine(block: Pick<HtmlBlock, 'unlinked'>): boolean {
  return /\d/.test(block.unlinked) && (dateWordsOnly(block.unlinked) ?? true)
}

/**
 * A source's name beside a headline's date, at most ("Thomson Financial News", "Dow Jones", "FXstreet.com"):
 * more is a sentence of the item's own, not a news wire's credit.
 */
export const WIRE_SOURCE_MAX_WORDS = 4

/** Sibling items of that shape under one parent, at least: one alone is an article's byline line. */
export const WIRE_MIN_ITEMS = 3

/** The headline line's share of its characters in links, at least. */
export const WIRE_HEADLINE_MIN_LINKS = 0.5

/**
 * Whether an element's lines (a `<br>` apart) are a linked headline, then its source and date on
 * a line of their own (`<a>BMW aims for No. 1</a><br>Thomson Financial News | Wed, Jan 16 2008`):
 * a news wire list's item. The date line alone has no link, so the element is judged whole; a
 * one-line item (`<a>Use of Weapons</a> by Iain M. Banks (May 6th)`, `Jan. 27, 2005: <a>…</a>`) is
 * an article's own list as often as not, and is left to `datedLink`. Whether siblings repeat the
 * shape is the caller's to ask.
 */
export function wireItem(lines: ReadonlyArray<Pick<HtmlBlock, 'links' | 'linkChars' | 'chars' | 'unlinked'>>): boolean {
  const [head, ...rest] = lines
  if (head === undefined || rest.length === 0 || head.links === 0 || head.linkChars < WIRE_HEADLINE_MIN_LINKS * head.chars) return false
  if (rest.some((l) => l.links > 0)) return false
  const unlinked = [head.unlinked, ...rest.map((l) => l.unlinked)].join(' ')
  if (!/\d/.test(unlinked)) return false
  const words = unlinked.toLowerCase().match(/\p{L}+/gu) ?? []
  const dated = words.some((w) => DATE_WORDS.has(w)) || /\d[/.-]\d|\d:\d\d/.test(unlinked)
  return dated && words.filter((w) => !DATE_WORDS.has(w)).length <= WIRE_SOURCE_MAX_WORDS
}
