/**
 * A short post beside a longer site notice.
 *
 * Photo blogs, link blogs and video posts often say in one or two short
 * lines what the page is about ("Wonderful animated video for …", "Photos
 * by Eirik in Paris"), lines too short to read as prose, while a sidebar or
 * footer carries one real paragraph: a copyright or licence notice, an
 * "about this blog" box. The subtree search then picks the notice, and the
 * post is lost whole. What still points at the post is its headline: the
 * heading that repeats the page's `<title>`. When the chosen container is
 * short and lies away from that heading, the heading's own section (its
 * nearest ancestor with text after it) is the post, as a reader who looks
 * for the title first would find it.
 */
import { isTag, type AnyNode, type Element } from 'domhandler'

/** Thresholds of the headline anchor; together so they are tuned in one place. */
export const SHORT_POST = {
  /** Only a chosen container with at most this many words of prose may be a notice beside the post. */
  maxChosenWords: 80,
  /** The heading's section needs at least this many words of text after the heading. */
  minPostWords: 3,
  /** A container starting within this many blocks after the heading's section continues it (a header, then the body): left alone. */
  adjacentBlocks: 3,
} as const

/** What the anchor needs to know of a block. */
export interface AnchorBlock {
  readonly element: Element
  readonly index: number
  readonly words: number
  /** Text that can belong to a post: not chrome, not a teaser, not a link list. */
  readonly content: boolean
}

function isInside(el: Element, container: Element): boolean {
  for (let n: Element | null = el; n !== null; n = n.parent as Element | null) if (n === container) return true
  return false
}

/**
 * The headline's section when the chosen container is a short block away
 * from it, else undefined (keep the chosen container). `chosenInSideBox`:
 * the chosen container lies in a chrome-labelled box (its label doubted)
 * that does not hold the headline.
 *
 * @example
 * ```ts
 * // <h2>La Muerte</h2><p>Animated video for a band!</p> … <div class="about"><p>If you find anything … 25 words</p></div>
 * headlineSection(blocks, aboutDiv, h2Block, 25) // => the element holding the h2 and its lines
 * ```
 */
export function headlineSection(blocks: readonly AnchorBlock[], chosen: Element | undefined, headline: AnchorBlock | undefined, chosenWords: number, chosenInSideBox = false): Element | undefined {
  if (chosen === undefined || headline === undefined || chosenWords > SHORT_POST.maxChosenWords) return undefined
  if (isInside(headline.element, chosen)) return undefined
  for (let a = headline.element.parent as AnyNode | null; a !== null && isTag(a); a = a.parent) {
    // An element holding both is a wrapper of the page: the chosen container is part of the headline's own article.
    if (isInside(chosen, a)) return undefined
    const inside = blocks.filter((b) => isInside(b.element, a))
    const after = inside.filter((b) => b.index > headline.index && b.content)
    if (after.reduce((n, b) => n + b.words, 0) < SHORT_POST.minPostWords) continue
    // A header section right before the chosen body is one article split in two: not a notice beside a post.
    // But a body never sits in a chrome-labelled box apart from its headline (a "sidebar" that held all the
    // prose, so its label was doubted): there the next blocks are the side column's (dev: dragnet/361 0.09 -> 0.65).
    const last = inside[inside.length - 1]?.index ?? headline.index
    const first = blocks.find((b) => isInside(b.element, chosen))?.index
    if (!chosenInSideBox && first !== undefined && first > last && first - last <= SHORT_POST.adjacentBlocks) return undefined
    return a
  }
  return undefined
}
