/**
 * Walls of testimonials: customers' quotes beside a page's article.
 *
 * Business sites, podcasts and newsletters put a "testimonials" section of
 * readers' or customers' praise (a quote, a name, a star rating, repeated)
 * beside or under the article. The quotes are short prose, so with no
 * chrome label they are kept with the article (and a long wall can outweigh
 * a short post). The class word names the box's role, as "sidebar" does.
 *
 * One testimonial alone is not a wall: a customer's quote set inside a case
 * study's text, between its paragraphs, is part of the story the page
 * tells. Only a box of at least WALL.minQuotes quotes is chrome (doubtable,
 * as other class words are: if it holds most of the page's prose it is the
 * page's content after all).
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler'

/** Thresholds of a testimonial wall; together so they are tuned in one place. */
export const WALL = {
  /** Class/id words naming a box of testimonials. */
  words: new Set(['testimonial', 'testimonials']),
  /** A quote is a text box of at least this many words... */
  quoteMinWords: 6,
  /** ... and a wall holds at least this many quotes. */
  minQuotes: 2,
} as const

const QUOTE_TAGS = new Set(['p', 'blockquote', 'div', 'li', 'figure'])
const BOX_TAGS = new Set(['p', 'blockquote', 'div', 'li', 'ul', 'ol', 'figure', 'section', 'article', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

function textOf(n: AnyNode): string {
  if (isText(n)) return n.data
  if (!isTag(n) || n.name === 'script' || n.name === 'style') return ''
  return n.children.map(textOf).join(' ')
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length
}

/** Quotes under an element: innermost text boxes (no box inside) of quoteMinWords words or more, stopping at minQuotes. */
function countQuotes(el: Element, found: number): number {
  let n = found
  for (const c of el.children) {
    if (n >= WALL.minQuotes) break
    if (!isTag(c)) continue
    const inner = c.children.some((g) => isTag(g) && BOX_TAGS.has(g.name))
    if (inner) n = countQuotes(c, n)
    else if (QUOTE_TAGS.has(c.name) && countWords(textOf(c)) >= WALL.quoteMinWords) n++
  }
  return n
}

/**
 * The testimonial word among an element's class/id words when the element is a wall of
 * testimonials (at least two quotes), else undefined.
 *
 * @example
 * ```ts
 * testimonialWall(el, ['testimonials-wrapper', 'testimonials', 'wrapper']) // 'testimonials' when el holds two quotes or more
 * ```
 */
export function testimonialWall(el: Element, classWords: readonly string[]): string | undefined {
  const word = classWords.find((w) => WALL.words.has(w))
  if (word === undefined) return undefined
  return countQuotes(el, 0) >= WALL.minQuotes ? word : undefined
}
