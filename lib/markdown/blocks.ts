/**
 * Markdown blocks: the units a markdown document is cleaned by. A list, a
 * table, a fenced or indented code block, a block quote, a heading with its
 * setext underline and a paragraph (with a link that wraps over lines) are
 * each one unit, removed or kept whole, so the output stays valid markdown.
 *
 * Each unit gives the rules one or more *view lines*: what a reader sees of
 * it, one line per paragraph, list item or table row (a wrapped paragraph
 * is joined into one line, so sentence shape and word counts are those of
 * the paragraph). Image-only lines and thematic breaks give no view line:
 * they are kept or removed with what surrounds them.
 */
import { readInline, type Inline } from './inline.js'

export type UnitKind = 'paragraph' | 'heading' | 'list' | 'table' | 'code' | 'quote' | 'html' | 'image' | 'break'

/** One unit: source lines `from`..`to` (0-based, inclusive). */
export interface Unit {
  readonly index: number
  readonly kind: UnitKind
  readonly from: number
  readonly to: number
  /** Headings: 1-6. */
  readonly level?: number
  /** Indices of its view lines. */
  readonly views: number[]
}

/** What the rules see of one paragraph, list item, table row or heading. */
export interface ViewLine {
  readonly index: number
  /** The unit it belongs to (-1 for a blank line between units). */
  readonly unit: number
  /** Source lines it stands for (0-based, inclusive). */
  readonly from: number
  readonly to: number
  /** Its inline reading ('' for a blank line). */
  readonly inline: Inline
}

export interface Blocks {
  readonly units: readonly Unit[]
  readonly views: readonly ViewLine[]
  /** Source line → its unit (-1 for a blank line between units). */
  readonly unitOf: readonly number[]
  /** The source lines, as given. */
  readonly lines: readonly string[]
  /**
   * Unit → the first unit of the link it lies in, when a link spans units
   * (-1 otherwise): html2text and turndown write a link around blocks (a
   * teaser's image, headline and blurb) as "[" over the blocks and
   * "](url)" under them. Such a run of units is one unit to the contract:
   * kept or removed whole (see {@link linkSpans}).
   */
  readonly linkOf: readonly number[]
  /**
   * Units that open such a link after text of their own ("... or click on
   * the image below to register. [**"): the text is no part of the link,
   * so the unit is not bound to it; only the link's tail may not outlive
   * it (see clean.ts, `linkedUnits`).
   */
  readonly linkLead: readonly boolean[]
}

const BLANK = /^\s*$/
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/
/** A setext underline or a rule inside a list item, at any indent. */
const ITEM_UNDERLINE = /^[ \t]*(?:={2,}|-{2,})[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const QUOTE = /^ {0,3}>/
const ITEM = /^([ \t]*)(?:[*+•-]|(\d{1,9})[.)])(?:[ \t]+|$)/
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/
const HTML_LINE = /^ {0,3}<\/?[a-z!][^>]*>?/i
const INDENTED = /^(?: {4}|\t)/
/** A markdown link or image on a line: `](` closing its text. */
const INDENTED_LINK = /\]\(/
/** A line that is nothing but images (and links around them): a logo, a photo, a tracking pixel. */
const IMAGE_ONLY = /^\s*(?:(?:\[\s*)?!\[[^\]\n]*\]\([^)\n]*\)(?:\s*\]\([^)\n]*\))?\s*|<img\b[^>]*>\s*)+$/i
/** A heading line at least this long, with text right under it, was wrapped by the converter. */
const WRAPPED_WIDTH = 60
/**
 * Text over a `---` underline that no headline is: more words than this, or
 * a sentence of at least `sentenceWords` words. html2text ends the cells of
 * a layout table with `---` lines, so an article's paragraphs stand over
 * them; read as headings, they went with "sections" that were never there.
 */
const SETEXT_TEXT = { maxWords: 25, sentenceWords: 10 } as const
/** A link wrapped over more lines than this is no link: an unclosed "[" must not swallow a document. */
const MAX_WRAPPED = 4
const EMPTY_INLINE: Inline = { text: '', links: [], linkChars: 0, chars: 0 }

/**
 * Split markdown lines into units and view lines.
 *
 * @example
 * ```ts
 * const { units } = parseBlocks(['# Title', '', '* [Home](/)', '* [News](/news)'])
 * units.map((u) => u.kind) // ['heading', 'list']
 * ```
 */
export function parseBlocks(lines: readonly string[]): Blocks {
  const units: Unit[] = []
  const views: ViewLine[] = []
  const unitOf = new Array<number>(lines.length).fill(-1)
  const at = (i: number): string => lines[i] ?? ''
  const blank = (i: number): boolean => BLANK.test(at(i))
  const joined = (i: number, j: number): string => lines.slice(i, j + 1).join(' ')
  // The last line of a link a converter wrapped from line i: up to its "]", and on to the end of its URL, which a
  // converter wraps too ("](http://plus.example.com/share?url=...usain-" then "bolt-....html "Share on" then
  // "Google+")") when nothing follows the link on that line (text after it is a paragraph's, and stays apart).
  const wrappedLinkEnd = (i: number): number => {
    let j = i
    while (j + 1 < lines.length && openBrackets(joined(i, j)) > 0 && !blank(j + 1) && j - i < MAX_WRAPPED) j++
    let k = j
    while (k + 1 < lines.length && openDestination(joined(i, k)) && !blank(k + 1) && k - i < MAX_WRAPPED) k++
    return k > j && !openDestination(joined(i, k)) && /\)\s*$/.test(at(k)) ? k : j
  }

  const addUnit = (kind: UnitKind, from: number, to: number, level?: number): Unit => {
    const unit: Unit = { index: units.length, kind, from, to, views: [], ...(level !== undefined ? { level } : {}) }
    units.push(unit)
    for (let i = from; i <= to; i++) unitOf[i] = unit.index
    return unit
  }
  const addView = (unit: Unit, from: number, to: number, text: string): void => {
    unit.views.push(views.length)
    views.push({ index: views.length, unit: unit.index, from, to, inline: readInline(text) })
  }
  const addBlank = (from: number, to: number): void => {
    if (views.length > 0 && views[views.length - 1]?.unit === -1) return
    views.push({ index: views.length, unit: -1, from, to, inline: EMPTY_INLINE })
  }

  let i = 0
  while (i < lines.length) {
    const line = at(i)
    if (blank(i)) {
      addBlank(i, i)
      i++
      continue
    }
    const fence = FENCE.exec(line)
    if (fence) {
      const mark = fence[1] ?? '```'
      let j = i + 1
      while (j < lines.length && !at(j).trimStart().startsWith(mark)) j++
      const end = Math.min(j, lines.length - 1)
      const unit = addUnit('code', i, end)
      // Code is shown as it is: its view is its content on one line (no inline reading of it).
      const body = lines.slice(i + 1, j).join(' ').trim()
      unit.views.push(views.length)
      views.push({ index: views.length, unit: unit.index, from: i, to: end, inline: { text: body === '' ? line.trim() : body, links: [], linkChars: 0, chars: body.replace(/\s+/g, '').length } })
      i = end + 1
      continue
    }
    const atx = ATX.exec(line)
    if (atx) {
      // A heading whose link a converter wrapped ("## [Title" then "](/story)") ends with the link.
      let j = wrappedLinkEnd(i)
      // A converter that wraps at a width (html2text: 78) wraps a long heading too: its tail is no paragraph of its own.
      while (j + 1 < lines.length && at(j).length >= WRAPPED_WIDTH && !blank(j + 1) && !opensBlock(at(j + 1)) && !SETEXT.test(at(j + 1)) && j - i < MAX_WRAPPED) j++
      const unit = addUnit('heading', i, j, atx[1]?.length ?? 1)
      addView(unit, i, j, lines.slice(i, j + 1).join(' ').replace(ATX, '').replace(/[ \t]+#+[ \t]*$/, ''))
      i = j + 1
      continue
    }
    if (BREAK.test(line) && !ITEM.test(line.replace(BREAK, ''))) {
      addUnit('break', i, i)
      i++
      continue
    }
    if (IMAGE_ONLY.test(line)) {
      // An image link a converter wrapped ("[ ![](a.png)" then "](/story)") is one unit with its tail.
      const j = wrappedLinkEnd(i)
      const unit = addUnit('image', i, j)
      // Not a view line: no text for the rules, but its links for the markdown features.
      unit.views.push(views.length)
      views.push({ index: views.length, unit: unit.index, from: i, to: j, inline: { ...readInline(lines.slice(i, j + 1).join(' ')), text: '' } })
      i = j + 1
      continue
    }
    if (QUOTE.test(line)) {
      let j = i
      while (j + 1 < lines.length && QUOTE.test(at(j + 1))) j++
      const unit = addUnit('quote', i, j)
      // Inside the quote, paragraphs are split by empty quote lines.
      let start = i
      for (let k = i; k <= j + 1; k++) {
        const inner = k <= j ? at(k).replace(/^ {0,3}>[ \t]?/, '') : ''
        if (BLANK.test(inner)) {
          if (start < k) addView(unit, start, k - 1, lines.slice(start, k).map((l) => l.replace(/^ {0,3}>[ \t]?/, '').replace(/^(?:[*+-]|\d{1,9}[.)])[ \t]+/, '')).join(' '))
          start = k + 1
        }
      }
      i = j + 1
      continue
    }
    if (line.includes('|') && i + 1 < lines.length && at(i + 1).includes('|') && TABLE_DELIMITER.test(at(i + 1)) && at(i + 1).includes('-')) {
      let j = i + 1
      while (j + 1 < lines.length && !blank(j + 1) && at(j + 1).includes('|')) j++
      const unit = addUnit('table', i, j)
      addView(unit, i, i + 1, cells(line))
      for (let k = i + 2; k <= j; k++) addView(unit, k, k, cells(at(k)))
      i = j + 1
      continue
    }
    if (ITEM.test(line)) {
      i = parseList(i)
      continue
    }
    if (HTML_LINE.test(line)) {
      const unit = addUnit('html', i, i)
      addView(unit, i, i, line)
      i++
      continue
    }
    if (INDENTED.test(line)) {
      let j = i
      while (j + 1 < lines.length && (INDENTED.test(at(j + 1)) || (blank(j + 1) && INDENTED.test(at(j + 2))))) j++
      if (indentedLinks(i, j)) {
        const unit = addUnit('paragraph', i, j)
        addView(unit, i, j, lines.slice(i, j + 1).map((l) => l.trim()).join(' '))
        i = j + 1
        continue
      }
      const unit = addUnit('code', i, j)
      const body = lines.slice(i, j + 1).join(' ').trim()
      unit.views.push(views.length)
      views.push({ index: views.length, unit: unit.index, from: i, to: j, inline: { text: body, links: [], linkChars: 0, chars: body.replace(/\s+/g, '').length } })
      i = j + 1
      continue
    }
    // A paragraph: up to a blank line or a line that opens another block; a setext underline makes it a heading.
    let j = i
    while (j + 1 < lines.length && !blank(j + 1) && !opensBlock(at(j + 1))) {
      if (SETEXT.test(at(j + 1))) break
      j++
    }
    if (j + 1 < lines.length && SETEXT.test(at(j + 1)) && !blank(j + 1) && !cellOverRule(i, j)) {
      const unit = addUnit('heading', i, j + 1, at(j + 1).trim().startsWith('=') ? 1 : 2)
      addView(unit, i, j + 1, lines.slice(i, j + 1).join(' '))
      i = j + 2
      continue
    }
    // A paragraph over a `---` rule (see SETEXT_TEXT) takes the rule with it.
    const end = j + 1 < lines.length && SETEXT.test(at(j + 1)) && !blank(j + 1) ? j + 1 : j
    const unit = addUnit('paragraph', i, end)
    addView(unit, i, j, lines.slice(i, j + 1).join(' '))
    i = end + 1
  }
  const linkOf = linkSpans(units, lines)
  const linkLead = units.map((u) => linkOf[u.index] === u.index && textBeforeLink(lines.slice(u.from, u.to + 1).join(' ')))
  return { units, views, unitOf, lines, linkOf, linkLead }

  /**
   * An indented block every line of which holds a markdown link or image is
   * no code: html2text indents nested boxes (ads, teasers) by their depth,
   * and read as code their URLs were the view's words (a page's language
   * was taken from them).
   */
  function indentedLinks(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (blank(k) || !INDENTED_LINK.test(at(k))) return false
    return true
  }

  /** Lines `from`..`to` over a `---` underline are a paragraph, not a heading (see {@link SETEXT_TEXT}). */
  function cellOverRule(from: number, to: number): boolean {
    if (!at(to + 1).trim().startsWith('-')) return false
    const text = readInline(lines.slice(from, to + 1).join(' ')).text
    const n = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length
    return n > SETEXT_TEXT.maxWords || (n >= SETEXT_TEXT.sentenceWords && /[.!?]["'’”)\]]*$/u.test(text))
  }

  /** A list from line `start`: its items (with their continuation lines), across blank lines while the list goes on. */
  function parseList(start: number): number {
    const items: Array<[number, number]> = []
    let j = start
    let end = start
    const first = markerOf(at(start))
    while (j < lines.length) {
      // An item with another kind of marker at the list's own depth opens another list (CommonMark): a post's
      // numbered list and a sidebar's bullets written one under the other are two units, decided apart.
      if (j > start && ITEM.test(at(j)) && otherList(first, markerOf(at(j)))) break
      if (ITEM.test(at(j))) {
        let k = j
        // Continuation: non-blank lines that open no block, and indented lines after a blank.
        while (k + 1 < lines.length && !blank(k + 1) && !ITEM.test(at(k + 1)) && !opensBlock(at(k + 1))) k++
        items.push([j, k])
        end = k
        j = k + 1
        continue
      }
      if (blank(j)) {
        let k = j
        while (k + 1 < lines.length && blank(k + 1)) k++
        const next = at(k + 1)
        if (k + 1 < lines.length && (ITEM.test(next) || /^(?: {2,}|\t)\S/.test(next)) && !FENCE.test(next)) {
          if (!ITEM.test(next)) {
            // An indented paragraph inside the last item.
            let m = k + 1
            while (m + 1 < lines.length && !blank(m + 1) && !ITEM.test(at(m + 1))) m++
            const last = items[items.length - 1]
            if (last) last[1] = m
            end = m
            j = m + 1
            continue
          }
          j = k + 1
          continue
        }
      }
      break
    }
    const unit = addUnit('list', start, end)
    for (const [from, to] of items) {
      // An underline inside an item is markup, no words: turndown writes a heading in an item (`<li><h3><a>`, a
      // teaser list's headlines) as setext, "*   [Title](/a)" over "    ------"; read as text, the dashes made
      // every such item mostly no link text, and a box of teasers read as the article's own list.
      const text = lines.slice(from, to + 1).filter((l, n) => n === 0 || !ITEM_UNDERLINE.test(l))
      addView(unit, from, to, text.map((l, n) => (n === 0 ? l.replace(ITEM, '') : l)).join(' '))
    }
    return end + 1
  }
}

/** A list item's indent and its kind of marker: "ordered", or the bullet character. */
function markerOf(line: string): { indent: number; kind: string } {
  const m = ITEM.exec(line)
  return { indent: (m?.[1] ?? '').replace(/\t/g, '    ').length, kind: m?.[2] !== undefined ? 'ordered' : line.trimStart()[0] ?? '' }
}

/** Does an item with marker `next` open a list other than the one `first` opened? (Deeper items are nested in it.) */
function otherList(first: { indent: number; kind: string }, next: { indent: number; kind: string }): boolean {
  return next.indent <= first.indent && next.kind !== first.kind
}

/** A link spanning units is closed within this many units after the one that opens it, or it is no link. */
const SPAN_UNITS = 12
/** A line that starts with a link's tail: "](url)" with no "[" before it. */
const LINK_TAIL = /^[^[]*\]\(/
/** A link's end somewhere in a unit. */
const LINK_CLOSE = /\]\(/

/**
 * Runs of units that one link spans: a unit that leaves a "[" open, the
 * units under it, and the unit whose first line closes it with "](url)".
 * A tail that opens the next link ("](/a)[") chains the next run on, so a
 * grid of such teasers is one run. A "[" not closed by a tail within
 * {@link SPAN_UNITS} units is a stray bracket, not a link.
 */
function linkSpans(units: readonly Unit[], lines: readonly string[]): number[] {
  const linkOf = new Array<number>(units.length).fill(-1)
  const depthOf = (u: Unit): number => openBrackets(lines.slice(u.from, u.to + 1).join(' '))
  for (let u = 0; u < units.length; u++) {
    const open = units[u]
    if (open === undefined || linkOf[u] !== -1 || depthOf(open) <= 0) continue
    let end = -1
    let depth = depthOf(open)
    for (let v = u + 1; v < units.length && v - Math.max(u, end) <= SPAN_UNITS; v++) {
      const unit = units[v]
      if (unit === undefined) break
      const d = depthOf(unit)
      // Closed by a "](": the link's end. A tail at the start that opens the next link ("](/a)[") goes on.
      if (depth + d <= 0) {
        if (LINK_CLOSE.test(lines.slice(unit.from, unit.to + 1).join(' '))) end = v
        break
      }
      if (LINK_TAIL.test(lines[unit.from] ?? '')) end = v
      depth += d
    }
    if (end === -1) continue
    for (let v = u; v <= end; v++) linkOf[v] = u
    u = end
  }
  return linkOf
}

/** Does a text hold words before the "[" it leaves open (markers of a list item, heading or quote, and emphasis, aside)? */
function textBeforeLink(text: string): boolean {
  let open = -1
  const stack: number[] = []
  for (let k = 0; k < text.length; k++) {
    const c = text[k]
    if (c === '\\') k++
    else if (c === '[') stack.push(k)
    else if (c === ']') stack.pop()
  }
  open = stack[0] ?? -1
  if (open < 0) return false
  const before = text.slice(0, open).replace(/^[\s>]*(?:#{1,6}\s|[*+•-]\s|\d{1,9}[.)]\s)?/, '')
  return /[\p{L}\p{N}]/u.test(before)
}

/** Does this line open a block, so it cannot continue a paragraph? (An ordered item interrupts a paragraph only when it counts from 1.) */
function opensBlock(line: string): boolean {
  if (ATX.test(line) || FENCE.test(line) || QUOTE.test(line) || IMAGE_ONLY.test(line)) return true
  if (BREAK.test(line) && !SETEXT.test(line)) return true
  const item = ITEM.exec(line)
  if (item) return item[2] === undefined || item[2] === '1'
  return /^ {0,3}<(?:div|p|table|img|figure|section|article|ul|ol|h[1-6]|iframe|script|style|!--)\b/i.test(line)
}

/** How many more "[" than "]" a text holds (escaped ones aside). */
export function openBrackets(text: string): number {
  let depth = 0
  for (let k = 0; k < text.length; k++) {
    const c = text[k]
    if (c === '\\') k++
    else if (c === '[') depth++
    else if (c === ']') depth--
  }
  return depth
}

/** Does the text end inside a link's destination: a last "](" whose parenthesis is not closed? */
export function openDestination(text: string): boolean {
  const at = text.lastIndexOf('](')
  if (at === -1) return false
  let depth = 0
  for (let k = at + 1; k < text.length; k++) {
    const c = text[k]
    if (c === '\\') k++
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return false
  }
  return depth > 0
}

/** A table row's cells, as a reader sees them. */
function cells(row: string): string {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()).filter((c) => c !== '' && !/^:?-+:?$/.test(c)).join('  ')
}
