/**
 * Parts of the article container the subtree search gets wrong on its own:
 * the headline's column inside a page-wide container, lists judged as a
 * whole, and picture labels inside figures (see extract.ts).
 */
import { isTag, type Element } from 'domhandler'
import type { HtmlBlock } from './blocks.js'

/** What these checks read of a scored block (extract.ts's Scored). */
export interface ScoredBlock {
  readonly block: HtmlBlock
  readonly words: number
  readonly prose: boolean
  readonly chrome: boolean
  readonly teaser?: boolean
  /** What the block weighs for (prose) or against (links, chrome) the container holding it. */
  readonly weight: number
}

/** A block with at least this share of its text inside links is a link list (extract.ts SCORE.linkList is this). */
export const LINK_LIST = 0.5

/** Whether an element is the container or inside it. */
export function isInside(el: Element, container: Element): boolean {
  for (let n: Element | null = el; n !== null; n = n.parent as Element | null) if (n === container) return true
  return false
}

/** When the container narrows to the headline's column (see titledColumn). */
const TITLED_COLUMN = {
  /** The headline's column holds at least this many words of free prose. */
  minProse: 25,
  /** What the container holds besides it has less than this share of its characters in prose. */
  maxRestProse: 0.5,
  /** ... or what it holds besides weighs less than this share of the headline's column (Readability's sibling threshold). */
  maxRestWeight: 0.2,
} as const

/**
 * The article's column, not the page's: while the chosen container's child
 * that holds the headline (the heading repeating the page title) holds
 * article prose of its own, and what the container holds besides it is
 * mostly not prose (a blog's side column of event blurbs, book links and
 * archive lists, whose few paragraphs outweighed a short post in the subtree
 * search), the container narrows to that child. Readability merges a
 * candidate's siblings only when they read as prose themselves. So it does
 * too when what the container holds besides the headline's column weighs
 * under a fifth of it (Readability's sibling threshold): a side column of
 * forecasts, editor's picks and sign-up blurbs, prose enough to pass the
 * first test, that only just tipped the subtree search (dev: 11 pages
 * better, 0.78 -> 0.93 and 0.79 -> 0.98 among them, none worse).
 */
export function titledColumn(scored: readonly ScoredBlock[], container: Element | undefined, titled: ScoredBlock | undefined, freeProse: (c: Element) => number): Element | undefined {
  if (container === undefined || titled === undefined) return container
  const heading = titled.block.element
  if (!isInside(heading, container)) return container
  // The container's own blocks, once: each level below only narrows them.
  let inside = scored.filter((s) => !s.chrome && isInside(s.block.element, container))
  let current = container
  for (;;) {
    if (heading === current) return current
    const child = current.children.find((c): c is Element => isTag(c) && isInside(heading, c))
    if (child === undefined || freeProse(child) < TITLED_COLUMN.minProse) return current
    const inChild = inside.filter((s) => isInside(s.block.element, child))
    let restChars = 0
    let restProse = 0
    let restWeight = 0
    const mine = new Set(inChild)
    for (const s of inside) {
      if (mine.has(s)) continue
      restChars += s.block.chars
      restWeight += s.weight
      if (s.prose && s.teaser !== true) restProse += s.block.chars
    }
    const childWeight = inChild.reduce((n, s) => n + s.weight, 0)
    if (restChars === 0 || (restProse >= TITLED_COLUMN.maxRestProse * restChars && restWeight >= TITLED_COLUMN.maxRestWeight * childWeight)) return current
    current = child
    inside = inChild
  }
}

/**
 * Mostly linked list items that belong to a list of sentences: a list is
 * judged as a whole (as lines split by `<br>` are), so an item of an
 * article's list that is mostly one link ("Here's our year in review!")
 * stays when the list's items together are mostly unlinked text (under
 * LINK_LIST, the share that makes one block a link list); a list of
 * links (related stories, a menu) is still a link list. Dev: 14 pages
 * better (a blog's lists of notes 0.80 -> 0.85, 0.51 -> 0.59), 5 worse
 * (at most 0.03).
 */
export function inListOfSentences<T extends ScoredBlock>(blocks: readonly T[]): Set<T> {
  const lists = new Map<Element, { chars: number, linkChars: number, items: T[] }>()
  for (const s of blocks) {
    if (s.block.kind !== 'item' || s.chrome) continue
    let list: Element | undefined
    for (let n: Element | null = s.block.element.parent as Element | null; n !== null && isTag(n); n = n.parent as Element | null) {
      if (n.name === 'ul' || n.name === 'ol') {
        list = n
        break
      }
    }
    if (list === undefined) continue
    const l = lists.get(list) ?? { chars: 0, linkChars: 0, items: [] }
    l.chars += s.block.chars
    l.linkChars += s.block.linkChars
    l.items.push(s)
    lists.set(list, l)
  }
  const out = new Set<T>()
  for (const l of lists.values()) if (l.items.length >= 2 && l.linkChars < LINK_LIST * l.chars) for (const s of l.items) out.add(s)
  return out
}

/**
 * A few words inside a `<figure>` outside its caption ("Image", "Photo",
 * "Enlarge this image"): a label of the picture, which the text rules would
 * read as a caption credit and take the next line (the subheading under the
 * picture) with it.
 */
export function figureLabel(s: ScoredBlock): boolean {
  if (s.words > 3 || s.block.kind === 'heading' || s.block.kind === 'caption') return false
  for (let n: Element | null = s.block.element; n !== null && isTag(n); n = n.parent as Element | null) if (n.name === 'figure') return true
  return false
}
