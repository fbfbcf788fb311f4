// The gold pages of j-szulc/html-cleaning-dataset-merged, read as
// bench/prepare-html-data.js reads them (same sets, same gold, same split),
// without copying them anywhere: { set, id, path, gold, split } per page.
// The split is a hash of "<set>/<id>": "dev" (tune on it) or "check"
// (prepare-html-data calls it "held"; never tune on it).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'cheerio/slim'
import { blockLines } from './block-text.js'

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'td', 'th', 'ul', 'br'])
const HIDDEN = new Set(['script', 'style', 'noscript'])

/** L3S-GN1 annotation: headline (sel1), full text (sel2) and supplemental text (sel3) spans. */
function l3sGold(html) {
  const $ = load(html)
  const out = []
  $('.x-nc-sel1, .x-nc-sel2, .x-nc-sel3').each((_, el) => {
    if ($(el).find('.x-nc-sel1, .x-nc-sel2, .x-nc-sel3').length > 0) return
    const t = $(el).text().replace(/\s+/g, ' ').trim()
    if (t) out.push(t)
  })
  return out.join('\n')
}

function readText(path) {
  const b = readFileSync(path)
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b)
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b)
  return new TextDecoder('utf-8').decode(b)
}

export const SETS = [
  { name: 'dragnet', dir: 'dragnet_data', gold: (t) => t.split(/\n[^\n]{0,12}COMMENTS[^\n]*\n?/)[0] ?? '' },
  { name: 'l3s-gn1', dir: 'page-signal-master', gold: l3sGold },
  { name: 'readability', dir: 'readability', gold: (t) => blockLines(t, BLOCK, HIDDEN).join('\n') },
]

/** Every page with a gold article of at least 10 words, in a stable order. */
export function* goldPages(from, { sets = SETS } = {}) {
  for (const set of sets) {
    const input = join(from, set.dir, 'input')
    if (!existsSync(input)) continue
    for (const f of readdirSync(input).filter((f) => f.endsWith('.html')).sort()) {
      const id = f.slice(0, -'.html'.length)
      const goldPath = join(from, set.dir, 'GoldStandard', `${id}.txt`)
      if (!existsSync(goldPath)) continue
      const gold = set.gold(readText(goldPath)).trim()
      if (gold.split(/\s+/).length < 10) continue
      const split = createHash('sha1').update(`${set.name}/${id}`).digest()[0] % 2 === 0 ? 'dev' : 'check'
      yield { set: set.name, id, path: join(input, f), gold, split }
    }
  }
}
