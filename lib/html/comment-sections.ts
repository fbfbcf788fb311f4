/**
 * Comment sections that have no container of their own.
 *
 * Many blogs (Movable Type, TypePad and their heirs) write a post, then a
 * heading "Comments" (or "20 Responses to ..."), then the comments as plain
 * siblings of the post's paragraphs, or of the heading's wrapper: no element
 * holds the thread, and its class words ("commentbody", "posted") name no
 * vocabulary word. The subtree search then sees one container of prose and
 * keeps the thread with the post, however short the post.
 *
 * The heading is what the text rules already know as a comment-section cue
 * (rules.json `endsArticle: "comments"`); in HTML its element also says how
 * far the section runs: to the end of the element holding the heading (or
 * holding the heading's own wrapper, when the heading ends that wrapper).
 * The blocks there are marked as one strong chrome region, as a "comments"
 * class would mark them. Readability and trafilatura find such threads by
 * class names alone; the heading finds the unlabelled ones.
 *
 * Some threads have no heading either, only an empty named anchor where
 * they begin (`<a name="comments"></a>`, the target of the "12 comments"
 * link under the title, as Newsquest's local papers and many blogs write
 * it). Such an anchor opens a section as a cue heading does, under the same
 * checks (text before it, comment signs among its short lines, no story
 * after it).
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import { defaultRules } from '../config/defaults.js'
import { segment } from '../document.js'
import type { Rule } from '../rules/types.js'
import { blockWords, type ChromeFlag, type HtmlBlock } from './blocks.js'

/** What the text rules know of comment sections, as tests on lines. */
export interface CommentRules {
  /** Which of the lines (heading texts) open a comment section. */
  cues(lines: readonly string[]): ReadonlySet<number>
  /** Which of the lines are what comments leave (a "Posted by: Ann at 9:12 PM" line, a "Reply" widget). */
  signs(lines: readonly string[]): ReadonlySet<number>
  /** Which of the lines (heading texts) open a related-stories section ("Also on HuffPost:", "More stories"); see related-sections.ts. */
  related?(lines: readonly string[]): ReadonlySet<number>
}

/** Thresholds of the comment-section wall; together so they are tuned in one place. */
export const COMMENT_SECTION = {
  /** A cue heading has at most this many words (a cue is a label, not a sentence). */
  headingMaxWords: 12,
  /** A block standing in for a heading has less than this share of its text in links. */
  headingMaxLinkShare: 0.5,
  /**
   * The heading closes an article only when at least this many words of
   * unflagged text come before it: a "Comments (3)" heading above the post
   * (a link to the thread under the title) must not take the post with it.
   */
  minWordsBefore: 12,
  /**
   * Rule families whose lines are signs of a thread (bylines and times of
   * comments, comment widgets). A section with none of them is the
   * article's own ("Discussion" in a paper, "Comments" on a draft law).
   */
  signFamilies: ['comments', 'byline'],
  /** Signs are looked for in the section's blocks of at most this many words. */
  signMaxWords: 20,
  /** A block of at least this many words, less than a third in links, counts as prose here. */
  proseMinWords: 12,
  /**
   * No wall when one unbroken run of prose blocks after the heading holds
   * more than this many times the prose before it: that run is the story
   * (a cue-like heading above the article), not a thread, whose posts are
   * cut apart by name and time lines (as the page-text region does, 3).
   * On the held-out check half, four pages lost their article to a heading
   * like this before the guard.
   */
  storyAfterHeading: 3,
  /** ... and that run is at least this share of the section's prose (one long comment in a thread is not). */
  storyShare: 0.5,
  /** Names (or ids) of an empty anchor that open a comment section (`<a name="comments"></a>`), whole. */
  anchorWords: ['comment', 'comments', 'commentlist', 'respond', 'replies'],
} as const

const NO_CONTEXT = { marked: new Set<number>(), markedBy: new Map<number, string>(), titleCues: new Set<number>(), kept: new Set<number>() }

/** Lines some of the rules remove, when run on the lines alone. */
function linesRemoved(rules: readonly Rule[], lines: readonly string[]): Set<number> {
  const found = new Set<number>()
  if (rules.length === 0 || lines.length === 0) return found
  const doc = segment(lines.join('\n') + '\n')
  for (const rule of rules) for (const p of rule.apply(doc, NO_CONTEXT)) if (p.action === 'remove') for (let i = p.from; i <= p.to; i++) found.add(i)
  return found
}

/**
 * What a rule set knows of comment sections: its cues are the line rules
 * marked `endsArticle: "comments"` (rules.json's comment-section cue), its
 * signs the line rules of the families in {@link COMMENT_SECTION}.signFamilies,
 * its related-stories cues the cue rules of family "related" that end an
 * article (rules.json's related-block). A user's rules file moves them all.
 *
 * @example
 * ```ts
 * const rules = commentRules(defaultRules().rules)
 * rules.cues(['Comments', 'Storm hits coast']) // => Set {0}
 * ```
 */
export function commentRules(rules: readonly Rule[]): CommentRules {
  const firstStage = rules.filter((r) => r.stage === 0)
  const cueRules = firstStage.filter((r) => r.endsArticle === 'comments')
  const families: ReadonlySet<string> = new Set(COMMENT_SECTION.signFamilies)
  const signRules = firstStage.filter((r) => r.kind === 'line' && families.has(r.family))
  const relatedRules = firstStage.filter((r) => r.kind === 'cue' && r.family === 'related' && r.endsArticle === 'end')
  return {
    cues: (lines) => linesRemoved(cueRules, lines),
    signs: (lines) => linesRemoved(signRules, lines),
    related: (lines) => linesRemoved(relatedRules, lines),
  }
}

let bundled: CommentRules | undefined
/** What the bundled rules know of comment sections (compiled with the first page that needs it). */
export function defaultCommentRules(): CommentRules {
  bundled ??= commentRules(defaultRules().rules)
  return bundled
}

/** Whether a node has text (or an element) after it among its parent's children. */
function hasContentAfter(node: Element): boolean {
  const siblings = node.parent?.children ?? []
  for (let i = siblings.indexOf(node) + 1; i < siblings.length; i++) {
    const s = siblings[i] as AnyNode
    if (isTag(s) || (isText(s) && s.data.trim() !== '')) return true
  }
  return false
}

/**
 * The element whose later children make up the section a heading opens: the
 * heading's parent, or further up while the heading (with its wrappers) is
 * the last thing in its parent (a `<div class="commentform"><h2>Comments</h2></div>`
 * followed by the comments).
 */
export function sectionStart(heading: Element): Element {
  let start = heading
  while (!hasContentAfter(start) && isTag(start.parent as AnyNode) && (start.parent as Element).name !== 'body') start = start.parent as Element
  return start
}

/** An empty element (no text, no child elements). */
function isEmpty(el: Element): boolean {
  return el.children.every((c) => isText(c) && c.data.trim() === '')
}

const ANCHOR_WORDS: ReadonlySet<string> = new Set(COMMENT_SECTION.anchorWords)

/**
 * Empty `<a>` elements named as the start of a comment thread, each with the
 * index of the first block after it (blocks are in document order).
 */
export function commentAnchors(root: AnyNode, blocks: readonly HtmlBlock[]): { element: Element, index: number }[] {
  const anchors: Element[] = []
  const find = (node: AnyNode): void => {
    if (isTag(node) && node.name === 'a' && isEmpty(node)) {
      // The whole name: "comment-4155" is one comment's permalink, inside a thread an article may hold.
      if ([node.attribs.name, node.attribs.id].some((v) => v !== undefined && ANCHOR_WORDS.has(v.trim().toLowerCase()))) anchors.push(node)
    }
    if ('children' in node) for (const c of node.children) find(c)
  }
  find(root)
  if (anchors.length === 0) return []
  // Document order of every node, to find the first block after each anchor (only on pages that have one).
  const order = new Map<AnyNode, number>()
  let n = 0
  const walk = (node: AnyNode): void => {
    order.set(node, n++)
    if ('children' in node) for (const c of node.children) walk(c)
  }
  walk(root)
  const out: { element: Element, index: number }[] = []
  for (const a of anchors) {
    const at = order.get(a) ?? 0
    const first = blocks.find((b) => (order.get(b.element) ?? -1) > at)
    if (first !== undefined) out.push({ element: a, index: first.index })
  }
  return out
}

function isWithin(el: Element, container: Element): boolean {
  for (let n: Element | null = el; n !== null; n = n.parent as Element | null) if (n === container) return true
  return false
}

export function isAfterWithin(el: Element, start: Element): boolean {
  const parent = start.parent
  if (parent === null) return false
  // The ancestor of el that is a child of start's parent must come after start.
  let n: Element | null = el
  while (n !== null && n.parent !== parent) n = n.parent as Element | null
  if (n === null) return false
  const siblings = parent.children
  return siblings.indexOf(n) > siblings.indexOf(start)
}

/**
 * Mark the blocks of comment sections that open with a cue heading and
 * have no comment container: each section becomes one strong chrome region
 * (its outermost flag), as a "comments" class would make it.
 */
export function markCommentSections(blocks: readonly HtmlBlock[], rules: CommentRules = defaultCommentRules(), anchors: readonly { element: Element, index: number }[] = []): HtmlBlock[] {
  const wordsOf = (b: HtmlBlock): number => blockWords(b.text)
  // Headings whose section is not labelled already (a "comments" class around the thread needs
  // no wall); a label on the heading alone (<h2 id="comments">) does not hold the thread.
  const labelled = (b: HtmlBlock): boolean => {
    const after = blocks[b.index + 1]
    return after !== undefined && b.flagged.some((f) => f.strong && after.flagged.some((g) => g.element === f.element))
  }
  // A heading, or a block that serves as one (<div class="hd">Comments</div>): not a link ("Read comments" under the title).
  const headingLike = (b: HtmlBlock): boolean => b.kind === 'heading' || (b.kind !== 'item' && b.linkChars < COMMENT_SECTION.headingMaxLinkShare * b.chars)
  const candidates = blocks.filter((b) => headingLike(b) && wordsOf(b) <= COMMENT_SECTION.headingMaxWords && !labelled(b))
  const cues = candidates.length === 0 ? new Set<number>() : rules.cues(candidates.map((b) => b.text))
  // What opens a section: a cue heading (its section starts at the heading), or an empty
  // named anchor (at the first block after it; an anchor inside a labelled thread needs no wall).
  const openings: { element: Element, index: number, text: string, own: boolean }[] = [
    ...[...cues].map((i) => candidates[i] as HtmlBlock).map((b) => ({ element: b.element, index: b.index, text: `heading "${b.text}"`, own: true })),
    ...anchors.filter((a) => !(blocks[a.index]?.flagged.some((f) => f.strong) ?? true)).map((a) => ({ element: a.element, index: a.index, text: `anchor <a name="${a.element.attribs.name ?? a.element.attribs.id ?? ''}">`, own: false })),
  ].sort((a, b) => a.index - b.index)
  if (openings.length === 0) return blocks as HtmlBlock[]
  const out = blocks.slice()
  const isProse = (b: HtmlBlock): boolean => wordsOf(b) >= COMMENT_SECTION.proseMinWords && b.linkChars * 3 < b.chars
  let proseBefore = 0
  let next = 0
  for (const heading of openings) {
    for (; next < heading.index; next++) {
      const b = blocks[next] as HtmlBlock
      if (!b.flagged.some((f) => f.strong) && isProse(b)) proseBefore += wordsOf(b)
    }
    // Free text before the heading: a flag the heading shares is a wrapper of
    // the whole page (an ASP.NET <form>), not chrome before the heading.
    let freeWordsBefore = 0
    for (let i = 0; i < heading.index; i++) {
      const b = blocks[i] as HtmlBlock
      if (b.kind !== 'heading' && b.flagged.every((f) => isWithin(heading.element, f.element))) freeWordsBefore += wordsOf(b)
    }
    if (freeWordsBefore < COMMENT_SECTION.minWordsBefore) continue
    const start = sectionStart(heading.element)
    const flag: ChromeFlag = { element: heading.element, reason: `after the comment-section ${heading.text}`, strong: true }
    let end = heading.own ? heading.index + 1 : heading.index
    while (end < out.length && isAfterWithin((out[end] as HtmlBlock).element, start)) end++
    const section = out.slice(heading.index, end).filter((b) => !b.flagged.some((f) => f.element === heading.element))
    const short = section.filter((b) => wordsOf(b) <= COMMENT_SECTION.signMaxWords)
    const signIndexes = rules.signs(short.map((b) => b.text))
    if (signIndexes.size === 0) continue
    const signs = new Set([...signIndexes].map((i) => short[i]))
    // Never wall off the story itself: the longest run of prose blocks below the heading that no sign cuts apart.
    let run = 0
    let longest = 0
    let sectionProse = 0
    for (const b of section) {
      run = isProse(b) && !signs.has(b) ? run + wordsOf(b) : 0
      if (isProse(b)) sectionProse += wordsOf(b)
      longest = Math.max(longest, run)
    }
    if (longest > COMMENT_SECTION.storyAfterHeading * proseBefore && longest >= COMMENT_SECTION.storyShare * sectionProse) continue
    for (const b of section) out[b.index] = { ...b, flagged: [...b.flagged, flag] }
  }
  return out
}
