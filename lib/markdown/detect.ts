/**
 * Is this document markdown? Reader services and LLM crawlers turn whole
 * pages into markdown; such a page can open with a raw `<img>` line and
 * must not be taken for HTML. Decided from the first {@link HEAD_BYTES}:
 * markdown links and images (`[text](url)`, `![alt](src)`), ATX headings,
 * fences, table delimiter rows, `===` underlines, strong emphasis and
 * html2text's escapes, and a reader service's `Markdown Content:` line. Scraped plain text seldom holds even one
 * `[text](url)` or two `# ` headings.
 */
import { utf16Encoding } from '../text/decode.js'

const HEAD_BYTES = 8192

/** How many of each sign make a document markdown; together so they are tuned in one place. */
export const MARKDOWN_SIGNS = {
  /** Lines with a markdown link or image: this many alone decide. */
  links: 3,
  /** Or at least one link line and this many headings, fences, table delimiters, setext underlines or lines with inline marks ... */
  structure: 1,
  /** ... or this many of them without a link (a clean markdown article). */
  structureAlone: 2,
  /** Lines with strong emphasis that make one sign (see {@link STRONG}). */
  strongLines: 2,
  /**
   * In a head of at least this many lines with not one blank line among
   * them, a table's "|---|" rule is no sign of markdown: markdown sets its
   * blocks apart with blank lines, while extractors' plain text puts a
   * paragraph on each line and writes tables as "| a | b |" over such a
   * rule (trafilatura). Read as markdown, a report of 500 such lines
   * became one paragraph unit and the page region dropped two thirds of it
   * (WCXB dev: 28 extractor outputs read as markdown lost 3,155 article
   * words, against 769 read as text). So is an ATX heading: text with "# "
   * lines and no blank line (hashtags, shell comments, an extractor's
   * headings) read as markdown was one paragraph unit between headings,
   * decided whole (dev: 25 extractor outputs of the text corpora).
   */
  gluedLines: 10,
} as const

// The end of a link or image is enough: a converter wraps a long link's text over lines ("[Three mornings at the" then
// "harbour](/2012/05/harbour)"), and plain text seldom holds "](" before a URL. A relative target counts when it is
// a path or a file ("articles/hanson122606.html", "Simple-Header.jpg") or a script link ("javascript:void\(0\)"):
// older sites link so, and pages whose every link was relative were taken for text ("](word)" alone is no link).
const LINK = /\]\((?:<)?(?:https?:|\/|#|\.|mailto:|javascript:|[\w~%-][^)\s/]*\/|[\w~%-][^)\s]*\.[a-z][a-z0-9]{1,4}(?=[)?#]))[^)\s]*(?:\s+"[^"\n]*")?\)/i
const ATX = /^ {0,3}#{1,6}[ \t]+\S/
const FENCE = /^ {0,3}(?:```|~~~)/
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*\|/
const SETEXT_H1 = /^ {0,3}={3,}\s*$/
const SETEXT_H2 = /^ {0,3}-{3,}\s*$/
const PREAMBLE = /^(?:Markdown Content|URL Source):/m
/**
 * Marks a markdown writer leaves in text. A clean output keeps them when
 * the links and headings that made its page markdown were the page's
 * cruft; without them it read as text, got a text pass to stay idempotent,
 * and the text rules cut its lists, tables and wrapped paragraphs line by
 * line (dev: 725 of 2,834 conversions). html2text's and turndown's escapes
 * of markdown characters ("1\. Radiometry basics", "\- ", "\*") are a
 * sign alone: no document of the text corpus (8,396) holds one. Lines of
 * strong emphasis ("**Class ID :**") make one sign per
 * `MARKDOWN_SIGNS.strongLines`: forum text writes it too (in the text
 * corpus, 11 documents hold one such line, one holds two), and a whole
 * page's text read as markdown for two "**FREE GAME**" lines lost its page
 * detection (a forum menu of 110 lines was kept).
 */
const ESCAPE = /\\[-*_.#[\]()!`>+]/
const STRONG = /\*\*[^*\s][^*\n]*\*\*/
/** A document that opens as an HTML document (not a line of markup in markdown). */
const HTML_DOCUMENT = /^(?:\uFEFF)?\s*<(?:!doctype|html|head|body|\?xml|!--)/i

/**
 * @example
 * ```ts
 * looksLikeMarkdown('<img src="/logo.png">\n# Storm hits coast\n[Home](/) [News](/news) [Sport](/sport)\n') // true
 * looksLikeMarkdown('Storm hits coast\nThe storm hit at dawn.\n') // false
 * ```
 */
export function looksLikeMarkdown(input: string | Uint8Array): boolean {
  const head = headOf(input)
  if (!holdsAnyMark(head) || HTML_DOCUMENT.test(head)) return false
  if (PREAMBLE.test(head)) return true
  let links = 0
  let structure = 0
  // A setext underline as long as its line is what markdown writers emit
  // (turndown's headings); any other row of - or = counts only beside a sign
  // plain text never shows: whole pages' visible text underlines boxes with
  // fixed rows of them ("Also in the news" over 17 dashes), and reading such
  // pages as markdown lost most of their article (corpus check split: 30
  // whole-page texts, mean line F1 0.83 as text, 0.40 as markdown).
  let underlines = 0
  let strong = 0
  let previous = ''
  const lines = head.split('\n')
  // Without a blank line, a table's rule is an extractor's text table, and a line opening "# " a hashtag, a shell
  // comment or an extractor's heading, not markdown's (see MARKDOWN_SIGNS.gluedLines).
  const textTables = glued(lines)
  for (const [i, line] of lines.entries()) {
    const underlined = previous.trim() !== '' && !/^\s*[-*+>#|]/.test(previous)
    if (LINK.test(line)) links++
    else if (underlined && SETEXT_H1.test(line)) {
      if (line.trim().length === previous.trim().length) structure += MARKDOWN_SIGNS.structureAlone
      else underlines += MARKDOWN_SIGNS.structureAlone
    } else if (underlined && SETEXT_H2.test(line)) {
      // As long as its line and set apart by a blank line: a heading as turndown writes it, markdown by itself
      // (the headline of a clean article). Page text dumps set nothing apart: "United States" over 13 dashes in a
      // country menu is no heading.
      if (line.trim().length === previous.trim().length) structure += (lines[i + 1] ?? '').trim() === '' ? MARKDOWN_SIGNS.structureAlone : 1
      else underlines++
    }
    else if ((!textTables && ATX.test(line)) || FENCE.test(line) || (!textTables && TABLE_DELIMITER.test(line))) structure++
    else if (ESCAPE.test(line)) structure++
    else if (STRONG.test(line)) strong++
    previous = line
    const all = structure + (links + structure > 0 ? underlines : 0) + Math.floor(strong / MARKDOWN_SIGNS.strongLines)
    if (links >= MARKDOWN_SIGNS.links || (links >= 1 && all >= MARKDOWN_SIGNS.structure) || all >= MARKDOWN_SIGNS.structureAlone) return true
  }
  return false
}

/** Does the head run for {@link MARKDOWN_SIGNS.gluedLines} lines or more without a blank line? (The text after its last newline is no line.) */
function glued(lines: readonly string[]): boolean {
  const n = lines.length - 1
  if (n < MARKDOWN_SIGNS.gluedLines) return false
  for (let i = 0; i < n; i++) if ((lines[i] ?? '').trim() === '') return false
  return true
}

/**
 * Every sign above needs one of these strings (a link's "](", a heading's
 * "#", a rule's or table delimiter's "---", ...): most scraped text holds
 * none, and is then no markdown without a regex run on each of its lines.
 */
const MARKS = ['](', '#', '```', '~~~', '---', '===', '\\', '**', 'Markdown Content:', 'URL Source:']

function holdsAnyMark(head: string): boolean {
  return MARKS.some((mark) => head.includes(mark))
}

/**
 * The start of the input as text: markdown syntax is ASCII, so bytes are read as Latin-1 (UTF-16 by its byte-order
 * mark). An inline image's base64 payload is no text: converters write a site's SVG logo as
 * `![Logo](data:image/svg+xml;base64,...)`, tens of kilobytes on one line, and such a logo at the top of a page had
 * filled the head, so the page's links and headings were never seen and it was cleaned as text (WCXB dev: three
 * html2text pages lost their article to it). The head is read past such payloads, up to {@link DATA_READ} bytes.
 */
function headOf(input: string | Uint8Array): string {
  const head = rawHead(input, HEAD_BYTES)
  if (!head.includes(DATA_MARK)) return head
  return elideData(rawHead(input, DATA_READ)).slice(0, HEAD_BYTES)
}

/** The mark of an inline base64 payload (a data URI). */
const DATA_MARK = ';base64,'
/** How far the head is read when it holds inline payloads: a page's logos and icons, not a whole embedded photo. */
const DATA_READ = 1 << 20
const DATA_PAYLOAD = /;base64,[A-Za-z0-9+/=%]{16,}/g

/** Base64 payloads cut to their mark. */
function elideData(text: string): string {
  return text.replace(DATA_PAYLOAD, DATA_MARK)
}

function rawHead(input: string | Uint8Array, bytes: number): string {
  if (typeof input === 'string') return input.slice(0, bytes)
  const utf16 = utf16Encoding(input)
  if (utf16 !== undefined) return new TextDecoder(utf16).decode(input.subarray(0, bytes * 2))
  return Buffer.from(input.subarray(0, bytes)).toString('latin1')
}
