/**
 * The markdown stage of the pipeline. A markdown document is read as
 * blocks (blocks.ts); the markdown features exclude the units that are
 * chrome by their links and images (chrome.ts); the rest is handed to the
 * text pipeline as *view lines* (one per paragraph, list item, table row or
 * heading, in the words a reader sees), so every rule, cue, zone and the
 * whole-page decision work on markdown as they do on text. Their verdicts
 * come back per unit: a unit goes or stays whole, a heading goes with its
 * section, an image or a thematic break stays only inside kept text. The
 * lines written are the document's own lines, never rewritten.
 */
import { segment } from '../document.js'
import { collectRemovals, render, type CleanReport, type Owner } from '../engine.js'
import { PAGE_RULE, type ViewHints } from '../page/stage.js'
import type { PageMetadata } from '../html/metadata.js'
import type { PageEvidence } from '../page/detect.js'
import { parseBlocks, type Blocks, type Unit, type ViewLine } from './blocks.js'
import { wordRuns } from './inline.js'
import { MARKDOWN_CHROME, markdownChrome } from './chrome.js'
import { postTitle } from './post-title.js'
import { readPreamble } from './preamble.js'
import { ATTACHED, attachedUnits, sectionlessHeadings } from './sections.js'

/** What the text pipeline said about the view: its removals (1-based view line numbers) and its decision. */
export interface ViewReport extends CleanReport {
  mode: 'article' | 'page'
  evidence?: PageEvidence
}

/** What cleaning one markdown document did; line numbers are the document's own. */
export interface MarkdownReport extends CleanReport {
  mode: 'article' | 'page'
  evidence?: PageEvidence
  /** From a reader service's preamble (title, URL, date). */
  metadata?: PageMetadata
}

/** How units are decided from the verdicts on their view lines; together so they are tuned in one place. */
export const MARKDOWN_UNITS = {
  /** A unit goes whole when the rules removed at least this share of its words, else it stays whole. */
  removeShare: 0.5,
  /**
   * A document where the markdown features found at least this many pieces
   * of chrome (link lists, menu rows, share rows, logos, skip links) is a
   * whole page: the view gets main-content detection ("page" mode) unless
   * a mode was forced. Converters of whole pages leave such chrome; an
   * article written in markdown has none.
   */
  pageMinChrome: 3,
  /** Headings (a headline, its subheadings) given back above text the region kept. */
  headingsAbove: 3,
  /** A removed unit of at most this many words (a byline, a date) may lie between a headline given back and its text. */
  bylineWords: 12,
  /** What the view shows for a line of chrome the markdown features excluded: a short line of no words. */
  chromeMark: '·',
  /** ... and for the first line of a comment thread they excluded: the comment-section cue's word, a wall to the region. */
  commentsMark: 'Comments',
  /**
   * A link around blocks that the decisions split stays whole only when at least this share of its words
   * was kept, else it goes whole. All of it is link text (a teaser grid, a video box), so a split one goes.
   */
  linkKeepShare: 1,
  /** The only level-1 heading is the page's headline to the region when it has at least this many words (the features' own minimum) ... */
  headlineMinWords: MARKDOWN_CHROME.headlineWords,
  /** ... and less than this share of it is link text. */
  headlineMaxLinkShare: 0.5,
  /**
   * A link line that invites a comment ("Add Comment", "Leave a comment") and points to the page's comment form
   * ("#comments_form", "#respond") opens the comments to the region, like a thread's first header. A count
   * ("12 Comments") under a headline does not: it is no invitation.
   */
  commentFormText: /\b(?:add|leave|post|write|submit)\b(?: (?:a|an|your|new))? comments?\b/i,
  commentFormHref: /#(?:comments?|respond|reply|add[-_]?comments?|comments?[-_]?form|post[-_]?comment)$/i,
  /** Rules of this family that remove a heading remove its section: the comments under it. */
  sectionFamily: 'comments',
} as const

const FAMILY = 'markdown'
const words = (s: string): number => Math.max(1, wordRuns(s))

/**
 * Clean one markdown document, with `cleanView` running the text pipeline
 * (rules, whole-page decision) over the view.
 *
 * @example
 * ```ts
 * const report = cleanMarkdown(md, (view) => cleanDocument(view, { format: 'text' }))
 * ```
 */
export function cleanMarkdown(text: string, cleanView: (view: string, whole: ViewHints & { page: boolean }) => ViewReport): MarkdownReport {
  const doc = segment(text)
  const lines = doc.lines.map((l) => l.text)
  const preamble = readPreamble(lines)
  const body = lines.map((l, i) => (i <= preamble.end ? '' : l))
  const blocks = parseBlocks(body)
  const chrome = markdownChrome(blocks)
  const owner = new Map<number, Owner>()
  const credit = (from: number, to: number, o: Owner): void => {
    for (let i = from; i <= to; i++) if (!doc.lines[i]?.blank) owner.set(i, o)
  }
  for (let i = 0; i <= preamble.end; i++) if (!doc.lines[i]?.blank) owner.set(i, { id: 'reader-preamble', family: FAMILY, reason: 'reader service preamble (title, URL, date: see --metadata)', span: 0 })

  // The view: one line per view line. Attached units leave a blank line; chrome the features excluded
  // leaves a mark per line, so that to the page region a menu still stands between the article and a box
  // of teasers below it (a blank line would let the region run across), while no rule reads its words.
  const viewOf = (v: ViewLine): string => {
    const unit = blocks.units[v.unit]
    if (unit === undefined || ATTACHED.has(unit.kind)) return ''
    // A comment thread opens, to the rules and the region, with the word that ends an article at its comments.
    const why = chrome.units.get(unit.index)
    if (why?.rule === 'markdown-comments' && chrome.units.get(unit.index - 1)?.rule !== 'markdown-comments' && v.index === unit.views[0]) return MARKDOWN_UNITS.commentsMark
    // So does a link line that invites a comment, to the page's comment form: the thread is under it.
    if (why?.rule === 'markdown-link-line' && commentFormLink(v)) return MARKDOWN_UNITS.commentsMark
    if (why !== undefined || chrome.views.has(v.index)) return MARKDOWN_UNITS.chromeMark
    return v.inline.text
  }
  const viewText = blocks.views.map(viewOf).join('\n') + '\n'
  // The share of each shown view line that is link text, by its text (the view's later passes drop lines, so indices move).
  const linkShare = new Map<string, number>()
  for (const v of blocks.views) {
    const shown = viewOf(v)
    if (shown !== v.inline.text || v.inline.chars === 0 || v.inline.linkChars === 0) continue
    linkShare.set(shown, Math.max(linkShare.get(shown) ?? 0, v.inline.linkChars / v.inline.chars))
  }
  const headline = headlineOf(blocks, viewOf, linkShare)
  const headings = new Set<string>()
  for (const u of blocks.units) {
    const view = u.kind === 'heading' ? blocks.views[u.views[0] ?? -1] : undefined
    if (view !== undefined && viewOf(view) === view.inline.text) headings.add(view.inline.text)
  }
  const report = cleanView(viewText, { page: chrome.units.size + chrome.views.size >= MARKDOWN_UNITS.pageMinChrome, linkShare, headings, ...(headline !== undefined ? { headline } : {}) })
  const removedView = new Map<number, Owner>()
  for (const r of report.removals) {
    for (let k = r.from - 1; k < r.to; k++) removedView.set(k, { id: r.rule, family: r.family, reason: r.reason, span: 0 })
  }

  // Each unit whole: excluded by the markdown features, or by the share of its words the rules removed.
  const kept = new Array<boolean>(blocks.units.length).fill(true)
  for (const unit of blocks.units) {
    const excluded = chrome.units.get(unit.index)
    if (excluded) {
      kept[unit.index] = false
      credit(unit.from, unit.to, { id: excluded.rule, family: FAMILY, reason: excluded.reason, span: 0 })
      continue
    }
    if (ATTACHED.has(unit.kind)) continue
    let all = 0
    let removed = 0
    for (const v of unit.views) {
      const view = blocks.views[v]
      if (view === undefined) continue
      const n = words(view.inline.text)
      all += n
      if (chrome.units.has(unit.index) || chrome.views.has(v) || removedView.has(v) || viewOf(view) === '') removed += n
    }
    if (all === 0 || removed < MARKDOWN_UNITS.removeShare * all) continue
    kept[unit.index] = false
    const whole = { id: 'markdown-block', family: FAMILY, reason: `${unit.kind} removed whole: the rules removed most of it`, span: 0 }
    credit(unit.from, unit.to, whole)
    for (const v of unit.views) {
      const view = blocks.views[v]
      const why = view === undefined ? undefined : chrome.views.get(v) ?? undefined
      const o = why ? { id: why.rule, family: FAMILY, reason: why.reason, span: 0 } : removedView.get(v)
      if (view !== undefined && o !== undefined) credit(view.from, view.to, o)
    }
  }

  // The heading must be where the comments rule's removal starts (the cue itself), not a heading inside a cut tail.
  const commentCues = new Set(report.removals.filter((r) => r.family === MARKDOWN_UNITS.sectionFamily).map((r) => r.from - 1))
  commentSections(blocks, kept, (u) => commentCues.has(u.views[0] ?? -1), credit)
  const shortUnit = (u: Unit): boolean => u.views.reduce((n, v) => n + words(blocks.views[v]?.inline.text ?? ''), 0) <= MARKDOWN_UNITS.bylineWords
  headingsOverKeptText(blocks.units, kept, (u) => unitRemovedBy(u, blocks.views, removedView) === PAGE_RULE, shortUnit, owner)
  sectionlessHeadings(blocks.units, kept, credit)
  attachedUnits(blocks.units, kept, credit)
  // A link around blocks is one unit: after the decisions above, its units go or stay together; a heading
  // above a link now removed may have lost its section, and the link decides again if that touched it.
  const unitWords = (u: Unit): number => (ATTACHED.has(u.kind) ? 0 : u.views.reduce((n, v) => n + words(blocks.views[v]?.inline.text ?? ''), 0))
  linkedUnits(blocks, kept, unitWords, credit, owner)
  sectionlessHeadings(blocks.units, kept, credit)
  linkedUnits(blocks, kept, unitWords, credit, owner)

  let keep = doc.lines.map((l) => {
    if (l.index <= preamble.end) return false
    const unit = blocks.unitOf[l.index] ?? -1
    return unit === -1 ? true : kept[unit] === true
  })
  let guard = report.guard
  if (!doc.lines.some((l) => !l.blank && keep[l.index] === true) && doc.nonBlank > 0) {
    // Never empty a document with text: keep it all and say so.
    keep = doc.lines.map(() => true)
    owner.clear()
    guard = 'kept everything: markdown cleaning would have emptied the document'
  }
  const out = render(doc, keep)
  const metadata = Object.keys(preamble.metadata).length > 0 ? { metadata: preamble.metadata } : {}
  return {
    text: out,
    removals: collectRemovals(doc, owner),
    linesIn: doc.lines.length,
    linesOut: out === '' ? 0 : out.split('\n').length - 1,
    mode: report.mode,
    ...(report.evidence !== undefined ? { evidence: report.evidence } : {}),
    ...(guard !== undefined ? { guard } : {}),
    ...metadata,
  }
}

/**
 * A heading the rules took for a comment section's ("3 Responses to ...",
 * "Comments") takes its section with it: in markdown the comments are the
 * units under that heading, up to the next heading of its level or above,
 * whatever their shape (a comment reads as prose to the rules).
 *
 * A section that would take all the text still kept took the article: a
 * comment box a page lays out above its story ("COMMENT", "Discussion
 * Policy", then the story, with no heading of its level below) has the
 * whole story "under" it. The article is somewhere on a page that has a
 * comment section, so then the section ends at its first thematic break
 * (the `<hr>` between the box and the story), or, with none that leaves
 * text, only what the rules removed goes (the heading, the box's own lines).
 */
function commentSections(blocks: Blocks, kept: boolean[], isCommentHeading: (u: Unit) => boolean, credit: (from: number, to: number, o: Owner) => void): void {
  // Text is what a section holds: a heading left alone goes later (sectionlessHeadings).
  const text = (u: Unit): boolean => u.kind !== 'heading' && !ATTACHED.has(u.kind) && u.views.some((v) => wordRuns(blocks.views[v]?.inline.text ?? '') > 0)
  for (const atBreak of [false, true]) {
    const taken = sectionsUnder(blocks.units, kept, isCommentHeading, atBreak)
    if (taken.length === 0) return
    const left = new Set(taken.map((u) => u.index))
    if (!blocks.units.some((u) => kept[u.index] === true && !left.has(u.index) && text(u))) continue
    for (const u of taken) {
      kept[u.index] = false
      credit(u.from, u.to, { id: 'markdown-comments', family: FAMILY, reason: 'under a comment-section heading', span: 0 })
    }
    return
  }
}

/** The kept units under the comment headings: up to the next heading of their level or above (and, if asked, their first thematic break). */
function sectionsUnder(units: readonly Unit[], kept: readonly boolean[], isCommentHeading: (u: Unit) => boolean, atBreak: boolean): Unit[] {
  const taken = new Set<number>()
  for (const unit of units) {
    if (unit.kind !== 'heading' || (kept[unit.index] && !taken.has(unit.index)) || !isCommentHeading(unit)) continue
    const level = unit.level ?? 1
    for (let j = unit.index + 1; j < units.length; j++) {
      const next = units[j]
      if (next === undefined || (next.kind === 'heading' && (next.level ?? 1) <= level) || (atBreak && next.kind === 'break')) break
      if (kept[j]) taken.add(j)
    }
  }
  return units.filter((u) => taken.has(u.index))
}

/** Does this view line invite a comment with a link to the page's comment form (see MARKDOWN_UNITS.commentFormText)? */
function commentFormLink(v: ViewLine): boolean {
  return MARKDOWN_UNITS.commentFormText.test(v.inline.text) && v.inline.links.some((l) => !l.image && MARKDOWN_UNITS.commentFormHref.test(l.href))
}

/** The rule that removed a unit's (first) view line, if one did. */
function unitRemovedBy(unit: Unit, views: readonly ViewLine[], removedView: ReadonlyMap<number, Owner>): string | undefined {
  const first = unit.views[0]
  return first === undefined || views[first] === undefined ? undefined : removedView.get(first)?.id
}

/**
 * A heading goes with its section both ways: the headings just above kept
 * text (a headline over its article, a subheading over its paragraphs) stay
 * when only the whole-page region left them out. The region is found on
 * lines, and a markdown heading is the title of what follows it.
 */
function headingsOverKeptText(units: readonly Unit[], kept: boolean[], byRegion: (u: Unit) => boolean, short: (u: Unit) => boolean, owner: Map<number, Owner>): void {
  for (const unit of units) {
    if (ATTACHED.has(unit.kind) || !kept[unit.index]) continue
    let level = unit.kind === 'heading' ? (unit.level ?? 1) : 7
    // Between a headline and its text: a byline, a date (removed by the rules, and they stay removed).
    let skipped = 0
    for (let j = unit.index - 1, seen = 0; j >= 0 && seen < MARKDOWN_UNITS.headingsAbove; j--) {
      const up = units[j]
      if (up === undefined) break
      if (ATTACHED.has(up.kind)) continue
      if (up.kind !== 'heading' && !kept[j] && short(up) && skipped < MARKDOWN_UNITS.headingsAbove) {
        skipped++
        continue
      }
      if (up.kind !== 'heading' || kept[j] || !byRegion(up) || (up.level ?? 1) >= level) break
      kept[j] = true
      level = up.level ?? 1
      seen++
      for (let i = up.from; i <= up.to; i++) owner.delete(i)
    }
  }
}

/**
 * The units one link spans (blocks.ts, `linkOf`: "[" over a teaser's
 * image, headline and blurb, "](url)" under them) go or stay together,
 * like the units of a list: kept whole when at least half of their words
 * were kept, else removed whole. Split, they left a lone "](url)" line or
 * an unclosed "[" in the output.
 */
function linkedUnits(blocks: Blocks, kept: boolean[], unitWords: (u: Unit) => number, credit: (from: number, to: number, o: Owner) => void, owner: Map<number, Owner>): void {
  const { units, linkOf, linkLead } = blocks
  for (let u = 0; u < units.length; u++) {
    if (linkOf[u] !== u) continue
    let end = u
    while (end + 1 < units.length && linkOf[end + 1] === u) end++
    // A unit with text of its own before the "[" is no part of the link: it decides alone, and the rest goes if it went.
    const lead = linkLead[u] === true
    const members = units.slice(lead ? u + 1 : u, end + 1)
    const all = members.reduce((n, m) => n + unitWords(m), 0)
    const keptWords = members.reduce((n, m) => n + (kept[m.index] ? unitWords(m) : 0), 0)
    const mixed = members.some((m) => kept[m.index]) && members.some((m) => !kept[m.index])
    const headless = lead && !kept[u] && members.some((m) => kept[m.index])
    u = end
    if (!mixed && !headless) continue
    const keep = !headless && all > 0 && keptWords >= MARKDOWN_UNITS.linkKeepShare * all
    for (const m of members) {
      if (kept[m.index] === keep) continue
      kept[m.index] = keep
      if (keep) for (let i = m.from; i <= m.to; i++) owner.delete(i)
      else credit(m.from, m.to, { id: 'markdown-link', family: FAMILY, reason: 'inside a link around blocks, removed with it', span: 0 })
    }
  }
}

/**
 * The page's headline, for the whole-page region: the view text of the
 * document's only level-1 heading that is no link (a site's name over
 * every page is a linked one, and a page may have both), says something
 * (three words or more), is no chrome and no other view line reads the
 * same. Converters write a page's <h1> so, and on a news page that is the
 * story's title.
 */
function headlineOf(blocks: Blocks, viewOf: (v: ViewLine) => string, linkShare: ReadonlyMap<string, number>): string | undefined {
  const candidates: string[] = []
  for (const u of blocks.units) {
    if (u.kind !== 'heading' || (u.level ?? 1) !== 1) continue
    const view = blocks.views[u.views[0] ?? -1]
    if (view === undefined) continue
    const text = viewOf(view)
    if (text !== view.inline.text || words(text) < MARKDOWN_UNITS.headlineMinWords || (linkShare.get(text) ?? 0) >= MARKDOWN_UNITS.headlineMaxLinkShare) continue
    candidates.push(text)
  }
  const text = candidates.length === 0 ? postTitleOf(blocks, viewOf) : candidates[0]
  if (candidates.length > 1 || text === undefined) return undefined
  return blocks.views.filter((v) => v.inline.text === text).length === 1 ? text : undefined
}

/** The post's title on a blog's post page (post-title.ts), when the view shows it as it is. */
function postTitleOf(blocks: Blocks, viewOf: (v: ViewLine) => string): string | undefined {
  const post = postTitle(blocks)
  return post !== undefined && viewOf(post.view) === post.view.inline.text ? post.view.inline.text : undefined
}
