// The text of an HTML page or fragment, one line per block element, for the
// HTML benchmarks: bench/eval-html.js (a whole page's visible text, as a
// scraper hands it over) and bench/prepare-html-data.js (gold text from
// annotated HTML). Each passes its own element sets.
import { load } from 'cheerio/slim'

/**
 * Lines of `html`'s text: runs of whitespace become one space, an element
 * in `block` starts and ends a line, an element in `hidden` gives nothing,
 * empty lines are dropped.
 */
export function blockLines(html, block, hidden) {
  const $ = load(html)
  const out = []
  let line = ''
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim()
    if (t) out.push(t)
    line = ''
  }
  const walk = (node) => {
    if (node.type === 'text') line += node.data
    if (node.type !== 'tag' && node.type !== 'root') return
    if (hidden.has(node.name)) return
    const isBlock = block.has(node.name)
    if (isBlock) flush()
    for (const c of node.children ?? []) walk(c)
    if (isBlock) flush()
  }
  walk($.root()[0])
  flush()
  return out
}
