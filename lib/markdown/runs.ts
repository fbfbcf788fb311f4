/**
 * Runs of units that are chrome together though each one alone could be
 * text: boxes of teasers (linked headlines, each with a short description)
 * and comment threads (each comment under its author, date and time).
 * The shapes are data in {@link MARKDOWN_RUNS}; chrome.ts excludes what
 * these find, as it excludes single units.
 */
import type { Blocks, Unit, ViewLine } from './blocks.js'
import { readInline, wordRuns, type Inline } from './inline.js'
import { postTitle } from './post-title.js'
import { ownSites, siteOf } from '../text/sites.js'

/** The shapes, as data. */
export const MARKDOWN_RUNS = {
  /**
   * Teasers: a paragraph or heading that is one link and little else (a
   * story's headline linking to it), each followed by at most this many
   * units of its own (a description, a date) before the next ...
   */
  teaserTail: 1,
  /** ... a description being at most this many words ... */
  teaserTailWords: 60,
  /** ... are a teaser box ("More headlines", "Most read") from this many teasers in a row. */
  teaserMin: 3,
  /**
   * Comment headers: a short line that ends "says:" / "wrote:", or that
   * holds a date and a time of day ("Jon H 11.06.12 at 5:47 pm", "Marta
   * October 27, 2012 at 9:14 am").
   */
  commentSays: /\b(?:says|said|wrote|writes|replied|commented)\s*:?\s*$/i,
  /** Month names of comment dates ("October 27, 2012", "27 Oct 2012"); their first three letters do too. */
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'sept', 'october', 'november', 'december'],
  commentTime: /\b\d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?![\d:])/i,
  /** A comment header has at most this many words ... */
  commentHeaderWords: 14,
  /** ... and a comment thread is at least this many headers, each within this many units of the one before. */
  commentMin: 3,
  commentGap: 6,
  /** A name alone as a list's one item is a comment's author up to this many words ... */
  authorWords: 4,
  /** ... over a paragraph that ends a sentence or has at least this many words. */
  saidWords: 8,
  /** A list item is a whole comment when one of its first this many lines is a comment header (and text follows it). */
  itemHeaderLines: 6,
  /**
   * ... or when its first line is a commenter's website and name, as Disqus shows its authors and turndown and
   * html2text write them ("http://twitter.com/jnanberg Josh Nanberg", "http://free-range.org FreeRange Pamela"):
   * a bare URL, not a link, then a name of at most `authorWords` words, and the comment under it.
   */
  authorUrl: /^https?:\/\/\S+(?:\s+[^\s.!?:;,()[\]]+){1,4}\s*$/i,
  /**
   * A link to one comment of the page: its permalink ("#comment-79406", Slashdot's "cid=40748095") or its reply
   * link ("?replytocom=53356"). A short line holding one is a comment's header or its action row, whatever its
   * date says: "12. ku_lac - [19 May, 2012](/post/#comment-79406)" has no time of day, and only the URL tells.
   */
  /** A line under a numbered comment's name that holds its date ("October 2, 2012, | Permalink") has at most this many words. */
  dateLineWords: 8,
  commentUrl: /#(?:comment|cmt|reply)[-_]?\d+$|[?&](?:replytocom|cid|commentid|comment_id)=\d+(?:$|[&#])/i,
  /** A run of teasers is a listicle's items when this share of its headlines link away from the site and as many stand over a sentence. */
  awayShare: 2 / 3,
} as const

const MONTH = `(?:${MARKDOWN_RUNS.months.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})`
/** A date: month name and day and year either way round (a day first may take a two-digit year: "9 Jan 08"), 11.06.12, 2012-11-06. */
const COMMENT_DATE = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? (?:\\d{2}){1,2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'i')

/** What chrome.ts has already excluded, by unit index, and by which rule. */
type Excluded = ReadonlyMap<number, { readonly rule: string }>

const words = wordRuns
/** A bullet item's marker: a Disqus author comes out of a converter as one. */
const BULLET = /^\s*[*+•-]\s/
/** A list item's marker and indent, and a heading's marks: not the header's words. */
const ITEM_MARK = /^\s*(?:(?:[*+•-]|\d{1,9}[.)])\s+)?(?:#{1,6}\s+)?/

/** Is this line a comment's header (its author, date and time)? */
function commentHeaderText(inline: Inline): boolean {
  const text = inline.text
  if (text === '') return false
  // A date with no time of day, or a time of day with no full date ("by Taco Cowboy writes: on Monday July 23,
  // @08:35PM (#40744049)", as Slashdot dates a comment of this year), is a header when a link of the line points
  // to one comment (its permalink).
  if (words(text) <= MARKDOWN_RUNS.commentHeaderWords && (COMMENT_DATE.test(text) || MARKDOWN_RUNS.commentTime.test(text)) && inline.links.some((l) => !l.image && MARKDOWN_RUNS.commentUrl.test(l.href))) return true
  if (words(text) <= MARKDOWN_RUNS.commentHeaderWords) return MARKDOWN_RUNS.commentSays.test(text) || (COMMENT_DATE.test(text) && MARKDOWN_RUNS.commentTime.test(text))
  // A header may trail its comment's action links ("Davey wrote on November 13th, 2012 at 5:49 am Link To Comment |
  // Reply To Comment"): their words are no header's, so up to its time of day it is read alone, when nothing but
  // link text and separators follows the time.
  const time = MARKDOWN_RUNS.commentTime.exec(text)
  if (time === null) return false
  const head = text.slice(0, time.index + time[0].length)
  let tail = text.slice(head.length)
  for (const link of inline.links) if (link.text !== '') tail = tail.replace(link.text, '')
  return !/[\p{L}\p{N}]/u.test(tail) && words(head) <= MARKDOWN_RUNS.commentHeaderWords && COMMENT_DATE.test(head)
}

function commentHeader(view: ViewLine | undefined): boolean {
  return view !== undefined && commentHeaderText(view.inline)
}

/**
 * A list of one short item, a name and nothing said ("* leighshulman",
 * "* http://twitter.com/jnanberg Josh Nanberg"): how Disqus threads come
 * out of a converter, each comment's author as a bullet over its text.
 */
function authorItem(unit: Unit, own: readonly ViewLine[], said: ViewLine | undefined, lines: readonly string[]): boolean {
  const view = own[0]
  // No link or image of its own (a teaser's one-item list has them), and something said right under it: a
  // sentence, or a line of some length (a video player's menu, "* Chapters" over "Chapters", says nothing).
  if (unit.kind !== 'list' || own.length !== 1 || view === undefined || view.inline.links.length > 0 || said === undefined) return false
  // A bullet: an ordered item over its text is a numbered section's title ("1. Radiometry basics", as html2text
  // writes a document's numbered headings), and a paper's sections are no thread.
  if (!BULLET.test(lines[unit.from] ?? '')) return false
  if (!/[.!?…]["')\]]*$/.test(said.inline.text) && words(said.inline.text) < MARKDOWN_RUNS.saidWords) return false
  // A bold item is a writer's title for the text under it, as html2text writes `<li><strong>` sections ("* **Check:
  // Air filter**" over its paragraph, a checklist's steps): comment systems show a name plain. A colon inside
  // labels a title too ("Check: Tire Pressure"), no name holds one. Read as authors, an article's checklist of
  // such sections went as a comment thread (WCXB dev: a car-care guide lost four fifths of its text).
  if (STRONG_ITEM.test((lines[unit.from] ?? '').replace(ITEM_MARK, ''))) return false
  const text = view.inline.text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, '')
  // A name has letters ("* 188004" over a poll's answer is a vote count).
  return /\p{L}/u.test(text) && words(text) <= MARKDOWN_RUNS.authorWords && !/[.!?:;,]["')\]]*$/.test(text) && !text.includes(':')
}

/** A line that is all strong emphasis: "**Check: Air filter**", "__Step two__". */
const STRONG_ITEM = /^\s*(?:\*\*[^*\n]+\*\*|__[^_\n]+__)\s*$/

/**
 * A list item holding a whole comment: a header among its first lines
 * ("by [stanlyb](/~stanlyb) writes: on Monday July 23, 2012 @01:55PM",
 * "11.05.12 at 5:02 pm") over the comment's text. Turndown writes a
 * comment thread as one list, each comment an item with its paragraphs
 * indented under it; the item reads as one long line, no header.
 */
function commentItem(view: ViewLine, lines: readonly string[]): boolean {
  if (view.to > view.from && MARKDOWN_RUNS.authorUrl.test((lines[view.from] ?? '').replace(ITEM_MARK, '').trim())) return true
  const last = Math.min(view.to, view.from + MARKDOWN_RUNS.itemHeaderLines - 1)
  for (let i = view.from; i <= last; i++) {
    if (commentHeaderText(readInline((lines[i] ?? '').replace(ITEM_MARK, '')))) return view.to > i
  }
  return false
}

/** An ordered list item's marker: html2text writes each item of a numbered thread as a list of its own. */
const ORDERED = /^\s*\d{1,9}[.)]\s/

/**
 * A numbered comment's header as html2text writes an `<ol>` thread whose
 * items hold blocks: the item's first line alone ("1. [Emilie](http://...)",
 * "2. **Luke** , on November 7th, 2012 // Twitter: @lukejohnso") as a
 * one-item list, the rest of the comment unindented under it. A date with
 * no time of day, in the item or in a short line right under it ("October
 * 2, 2012, | Permalink"), makes it a header (html2text drops the permalink's
 * "#comment-" target, so the URL cannot tell). A numbered section title
 * ("1. Radiometry basics") has no date. Gives the unit the header ends at.
 */
function numberedHeader(unit: Unit, own: readonly ViewLine[], next: Unit | undefined, blocks: Blocks): number | undefined {
  const item = own[0]
  if (unit.kind !== 'list' || own.length !== 1 || item === undefined || !ORDERED.test(blocks.lines[unit.from] ?? '')) return undefined
  if (words(item.inline.text) > MARKDOWN_RUNS.commentHeaderWords) return undefined
  if (COMMENT_DATE.test(item.inline.text)) return unit.index
  const below = next?.kind === 'paragraph' && next.views.length === 1 ? blocks.views[next.views[0] as number] : undefined
  return below !== undefined && words(below.inline.text) <= MARKDOWN_RUNS.dateLineWords && COMMENT_DATE.test(below.inline.text) ? (next as Unit).index : undefined
}

/** How many different comments the links of these view lines point to (their permalinks, reply or report links). */
function commentLinks(own: readonly ViewLine[]): number {
  const ids = new Set<string>()
  for (const view of own) for (const l of view.inline.links) if (!l.image && MARKDOWN_RUNS.commentUrl.test(l.href)) ids.add(l.href.replace(/^.*?(\d+)(?:$|[&#].*$)/, '$1'))
  return ids.size
}

/**
 * Units of comment threads: from the first of at least `commentMin`
 * comment headers, each within `commentGap` units of the one before, to
 * the comment under the last (up to the next heading). Converted pages
 * often give the thread no heading a rule knows, and each comment reads
 * as prose; its headers (a name, a date and a time) give it away. A list
 * item is a header by its first line. A header the features already
 * excluded (a permalink "August 3rd, 2012 at 10:22 am" is a link line)
 * still counts: it is the thread's shape, not its words, that is read.
 * Every run is a thread: one long comment (a poem, a letter) breaks the
 * chain of headers, and the comments below it are a thread too.
 */
export function commentThread(blocks: Blocks, excluded: Excluded): number[] {
  const headers: number[] = []
  // Lists whose items hold whole comments: the last comment's text is inside the list.
  const wholeComments = new Set<number>()
  for (const unit of blocks.units) {
    if (unit.kind === 'heading' || unit.kind === 'code' || unit.kind === 'table') continue
    const own = unit.views.map((v) => blocks.views[v]).filter((v): v is ViewLine => v !== undefined)
    let n = own.filter(commentHeader).length
    const next = blocks.units[unit.index + 1]
    if (authorItem(unit, own, next?.kind === 'paragraph' ? blocks.views[next.views[0] ?? -1] : undefined, blocks.lines)) n = 1
    const dated = n === 0 ? numberedHeader(unit, own, next, blocks) : undefined
    if (dated !== undefined) {
      // The header ends at its date: the comment is what follows the date line.
      headers.push(dated)
      continue
    }
    // A converter that runs a thread into one paragraph ("... Posted by: tom, Bolton on 8:21pm Tue 1 Jan 08 ...
    // [Report this post](...?cid=931539) Posted by: ..."): its links to single comments, one per comment, tell.
    const linked = commentLinks(own)
    if (linked >= MARKDOWN_RUNS.commentMin) {
      wholeComments.add(unit.index)
      n = Math.max(n, linked)
    }
    if (unit.kind === 'list') {
      const items = own.filter((v) => commentItem(v, blocks.lines)).length
      if (items >= MARKDOWN_RUNS.commentMin) wholeComments.add(unit.index)
      n = Math.max(n, items)
    }
    for (let k = 0; k < n; k++) headers.push(unit.index)
  }
  const out: number[] = []
  for (let i = 0; i + MARKDOWN_RUNS.commentMin - 1 < headers.length; i++) {
    let j = i
    while (j + 1 < headers.length && (headers[j + 1] as number) - (headers[j] as number) <= MARKDOWN_RUNS.commentGap) j++
    if (j - i + 1 >= MARKDOWN_RUNS.commentMin) {
      let end = headers[j] as number
      // The last comment's body: up to the gap or the next heading (a list of whole comments holds it).
      for (let u = end + 1; !wholeComments.has(end) && u < blocks.units.length && u - (headers[j] as number) <= MARKDOWN_RUNS.commentGap; u++) {
        if (blocks.units[u]?.kind === 'heading') break
        end = u
        if (blocks.units[u]?.kind !== 'image' && blocks.units[u]?.kind !== 'break') break
      }
      for (let u = headers[i] as number; u <= end; u++) if (!excluded.has(u)) out.push(u)
    }
    i = j
  }
  return out
}

/** A paragraph or heading that is a link to elsewhere and little else: a teaser's headline. */
function teaserHead(unit: Unit, own: readonly ViewLine[], linkDominated: (view: ViewLine) => boolean): boolean {
  if ((unit.kind !== 'paragraph' && unit.kind !== 'heading') || own.length !== 1) return false
  const view = own[0] as ViewLine
  const links = view.inline.links.filter((l) => !l.image && !l.wrapsImage && l.text !== '' && !l.href.startsWith('#'))
  return links.length >= 1 && links.length <= 2 && linkDominated(view)
}

/** The page's own site (lib/text/sites.ts) from the links of its view; a converted page names no URL of its own. */
function ownSite(blocks: Blocks): Set<string> {
  return ownSites(blocks.views.flatMap((v) => v.inline.links.filter((l) => !l.image).map((l) => l.href)), undefined)
}

/**
 * A unit whose link text holds no letter: a footnote's number ("[1](#footnote-anchor-1)", "[[2]](...)", "[†](...)"),
 * as Substack and other blogs write a note over its text. No headline: a post's footnotes, each a linked number
 * over a paragraph, read as a box of teasers and went (WCXB dev: a post's six notes, all gold).
 */
function footnoteMark(unit: Unit, blocks: Blocks): boolean {
  const links = unit.views.flatMap((v) => blocks.views[v]?.inline.links ?? []).filter((l) => !l.image)
  return links.length > 0 && links.every((l) => !/\p{L}/u.test(l.text))
}

/**
 * Units of teaser boxes: runs of at least `teaserMin` teaser headlines, each
 * followed by at most `teaserTail` short units (its description, a date),
 * images and breaks aside. An article does not alternate linked lines with
 * short paragraphs; a box of "More headlines" does, and its descriptions
 * read as prose to the rules.
 *
 * A run where only the last headline has a description, and that headline
 * is a heading, is no box: it is a row of links ("« Back to blog",
 * "Subscribe via RSS", a date) over the post's own linked headline and its
 * first paragraph (a blog links its headline to the post). That headline
 * and what follows it stay out.
 */
export function teaserRuns(blocks: Blocks, excluded: Excluded, linkDominated: (view: ViewLine) => boolean): number[] {
  const out: number[] = []
  let run: number[] = []
  // Where each headline of the run stands in `run`, and whether a description followed it.
  let heads: Array<{ at: number; described: boolean; heading: boolean; plain?: boolean; said?: boolean; away: boolean }> = []
  let tail = 0
  const own = ownSite(blocks)
  const close = (): void => {
    // Headlines that link away from the site, each over a sentence, are a listicle's items (products, tools,
    // channels, each a linked name over the writer's own words), not a box of the site's other stories. An
    // aggregator's box of links to other papers has a byline under each ("Doug McCormick, Partner, Rho Ventures").
    if (heads.length >= MARKDOWN_RUNS.teaserMin && heads.filter((h) => h.away).length >= MARKDOWN_RUNS.awayShare * heads.length && heads.filter((h) => h.said === true).length >= MARKDOWN_RUNS.awayShare * heads.length) heads = []
    const last = heads[heads.length - 1]
    if (last?.heading === true && last.described && heads.every((h) => h === last || !h.described)) {
      run = run.slice(0, last.at)
      heads = heads.slice(0, -1)
    }
    // A box of bare linked headlines has no descriptions: a paragraph after its last one alone is the text the
    // box interrupted, going on (an article's "Vista: all the coverage..." list of ten links inside the story), when
    // it has no link of its own ("[Community Calendar](...) The board will meet ..." is one more teaser) and ends
    // a sentence (an address under a box is no text going on).
    if (last?.plain === true && heads.length >= MARKDOWN_RUNS.teaserMin && heads.every((h) => h === last || !h.described)) {
      run = run.slice(0, last.at + 1)
    }
    // A trailing description belongs to the run; nothing after the last head is left hanging.
    if (heads.length >= MARKDOWN_RUNS.teaserMin) out.push(...run)
    run = []
    heads = []
    tail = 0
  }
  // A link line the features already excluded is a teaser's headline too, unless it is a footnote's mark.
  const linkLine = (u: Unit): boolean => excluded.get(u.index)?.rule === 'markdown-link-line' && !footnoteMark(u, blocks)
  // A blog post's own linked title ends any run before it and opens none: with a link line in its text ("Visit
  // them @ <url>" over a sign-off) the title and its first paragraph read as two teasers (turndown, dragnet dev).
  const title = postTitle(blocks)?.unit.index
  for (const unit of blocks.units) {
    if (unit.index === title) {
      close()
      continue
    }
    if (unit.kind === 'image' || unit.kind === 'break' || (excluded.has(unit.index) && !linkLine(unit))) {
      if (heads.length > 0) run.push(unit.index)
      continue
    }
    const ownViews = unit.views.map((v) => blocks.views[v]).filter((v): v is ViewLine => v !== undefined)
    if (linkLine(unit) || (teaserHead(unit, ownViews, linkDominated) && !footnoteMark(unit, blocks))) {
      const href = ownViews[0]?.inline.links.find((l) => !l.image)?.href ?? ''
      heads.push({ at: run.length, described: false, heading: unit.kind === 'heading', away: !own.has(siteOf(href)) })
      run.push(unit.index)
      tail = 0
      continue
    }
    const short = (unit.kind === 'paragraph' || unit.kind === 'code') && ownViews.every((v) => words(v.inline.text) <= MARKDOWN_RUNS.teaserTailWords)
    const head = heads[heads.length - 1]
    if (head !== undefined && short && tail < MARKDOWN_RUNS.teaserTail) {
      run.push(unit.index)
      head.described = true
      head.plain = unit.kind === 'paragraph' && ownViews.every((v) => v.inline.links.length === 0 && /[.!?…]["'”’)\]]*$/.test(v.inline.text))
      head.said = head.said === true || (unit.kind === 'paragraph' && ownViews.some((v) => /[.!?]["'”’)\]]*$/.test(v.inline.text)))
      tail++
      continue
    }
    close()
  }
  close()
  return out.filter((u) => !excluded.has(u) || excluded.get(u)?.rule === 'markdown-link-line')
}
