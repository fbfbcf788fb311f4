/**
 * A page with no article: a table of contents, a directory of links, a
 * section front of one-line headlines. Its text is lists, and prose-based
 * scoring finds nothing, so the extraction would come out empty (the CLI
 * then cleaned the page's source as text) or hold only the headline.
 * Such a page's content is its main list, as Readability and trafilatura
 * keep it: the element whose unlabelled text outweighs its chrome most,
 * every block counted by its words, linked or not.
 */
import { isTag, type Element } from 'domhandler'
import { isInside } from './container-parts.js'

/** When a page is read as a listing; together so they are tuned in one place. */
export const LISTING = {
  /** The page has less than this many words of free prose (no article-sized paragraph anywhere)... */
  maxPageProse: 25,
  /** ... and the extraction kept less than this many words... */
  maxKeptWords: 25,
  /** ... while the page has at least this many words of text outside chrome. */
  minListWords: 100,
  /** A layout-labelled element holding at least this share of the page's words wraps the page. */
  wrapperShare: 0.5,
} as const

/** What the listing search reads of a block. */
export interface ListingBlock {
  readonly element: Element
  readonly words: number
  /** The chrome-shaped elements holding it (nav, footer, a "sidebar" class...), with the class word that flagged each. */
  readonly flagged: ReadonlyArray<{ readonly element: Element; readonly word?: string }>
}

/**
 * The element whose blocks weigh most, each block adding its weight to
 * every ancestor (a maximum-subtree search; ties go to the deeper element).
 *
 * @example
 * ```ts
 * heaviestElement([{ element: li, weight: 3 }]) // => li
 * ```
 */
export function heaviestElement(items: ReadonlyArray<{ readonly element: Element; readonly weight: number }>): Element | undefined {
  const score = new Map<Element, number>()
  const depth = new Map<Element, number>()
  for (const { element, weight } of items) {
    const chain: Element[] = []
    for (let n: Element | null = element; n !== null && isTag(n); n = n.parent as Element | null) chain.push(n)
    for (let k = chain.length - 1, d = 0; k >= 0; k--, d++) {
      const el = chain[k] as Element
      depth.set(el, d)
      score.set(el, (score.get(el) ?? 0) + weight)
    }
  }
  let best: Element | undefined
  let top = -Infinity
  for (const [el, v] of score) {
    if (v > top || (v === top && best !== undefined && (depth.get(el) ?? 0) > (depth.get(best) ?? 0))) {
      top = v
      best = el
    }
  }
  return best
}

/**
 * The main list of a page without an article, or undefined when the page
 * is no listing (it has prose, or the extraction kept enough, or there is
 * too little text outside chrome to call a list).
 *
 * @example
 * ```ts
 * listingContainer(blocks, 0, 3) // => the <table> holding the directory's links
 * ```
 */
export function listingContainer(blocks: readonly ListingBlock[], pageProse: number, keptWords: number, layoutWords: ReadonlySet<string>): { container: Element; chrome: (b: ListingBlock) => boolean } | undefined {
  if (pageProse >= LISTING.maxPageProse || keptWords >= LISTING.maxKeptWords) return undefined
  // A layout label on an element that holds most of the page's text is the page's wrapper
  // (`<div id="outerAd">` around everything, as extract.ts also reads such labels), not chrome.
  const total = blocks.reduce((n, b) => n + b.words, 0)
  const held = new Map<Element, number>()
  for (const b of blocks) for (const f of b.flagged) if (f.word !== undefined && layoutWords.has(f.word)) held.set(f.element, (held.get(f.element) ?? 0) + b.words)
  const chrome = (b: ListingBlock): boolean => b.flagged.some((f) => (held.get(f.element) ?? 0) < LISTING.wrapperShare * total)
  const free = blocks.reduce((n, b) => n + (chrome(b) ? 0 : b.words), 0)
  if (free < LISTING.minListWords) return undefined
  const best = heaviestElement(blocks.map((b) => ({ element: b.element, weight: chrome(b) ? -b.words : b.words })))
  return best !== undefined && blocks.some((b) => !chrome(b) && isInside(b.element, best)) ? { container: best, chrome } : undefined
}
