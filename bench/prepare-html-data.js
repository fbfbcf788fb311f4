#!/usr/bin/env node
// Turn public content-extraction corpora into pairs for bench/eval-html.js:
// <out>/<split>/<set>/<id>.html (the page bytes, as crawled) beside
// <id>.gold.txt (the gold article text, UTF-8). Nothing here is committed
// data: the corpora are fetched outside the repository and so is the output.
//
//   node bench/prepare-html-data.js --from DIR --out DIR
//
// DIR is a checkout of j-szulc/html-cleaning-dataset-merged (a mirror of the
// Dragnet, L3S-GN1 "page-signal", Readability and CleanEval corpora). Pages are
// split in two by a hash of their id: "dev" (tune on it) and "held" (do not
// look at it while tuning; report it).
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { load } from 'cheerio/slim'
import { blockLines } from './lib/block-text.js'

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } })
if (!values.from || !values.out) {
  console.error('usage: node bench/prepare-html-data.js --from DIR --out DIR')
  process.exit(2)
}

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'td', 'th', 'ul', 'br'])

const HIDDEN = new Set(['script', 'style', 'noscript'])

/** Text of an HTML fragment, one line per block element. */
function htmlText(html) {
  return blockLines(html, BLOCK, HIDDEN).join('\n')
}

/** L3S-GN1 annotation: headline (sel1), full text (sel2) and supplemental text (sel3) spans. */
function l3sGold(html) {
  const $ = load(html)
  const out = []
  $('.x-nc-sel1, .x-nc-sel2, .x-nc-sel3').each((_, el) => {
    // Leaves only, so nested annotations are not counted twice.
    if ($(el).find('.x-nc-sel1, .x-nc-sel2, .x-nc-sel3').length > 0) return
    const t = $(el).text().replace(/\s+/g, ' ').trim()
    if (t) out.push(t)
  })
  return out.join('\n')
}

/** Gold files are UTF-8, but a few were saved as UTF-16 (with a BOM). */
function readText(path) {
  const b = readFileSync(path)
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b)
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b)
  return new TextDecoder('utf-8').decode(b)
}

const sets = [
  { name: 'dragnet', dir: 'dragnet_data', gold: (t) => t.split(/\n[^\n]{0,12}COMMENTS[^\n]*\n?/)[0] ?? '' },
  { name: 'l3s-gn1', dir: 'page-signal-master', gold: l3sGold },
  { name: 'readability', dir: 'readability', gold: htmlText },
]

for (const set of sets) {
  const input = join(values.from, set.dir, 'input')
  const goldDir = join(values.from, set.dir, 'GoldStandard')
  if (!existsSync(input)) {
    console.error(`skipping ${set.name}: no ${input}`)
    continue
  }
  const counts = { dev: 0, held: 0 }
  for (const f of readdirSync(input).filter((f) => f.endsWith('.html')).sort()) {
    const id = f.slice(0, -'.html'.length)
    const goldPath = join(goldDir, `${id}.txt`)
    if (!existsSync(goldPath)) continue
    const gold = set.gold(readText(goldPath)).trim()
    if (gold.split(/\s+/).length < 10) continue // a page without an article says nothing about extraction
    const split = createHash('sha1').update(`${set.name}/${id}`).digest()[0] % 2 === 0 ? 'dev' : 'held'
    const dir = join(values.out, split, set.name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${id}.html`), readFileSync(join(input, f)))
    writeFileSync(join(dir, `${id}.gold.txt`), gold + '\n')
    counts[split]++
  }
  console.log(`${set.name}: ${counts.dev} dev, ${counts.held} held`)
}
