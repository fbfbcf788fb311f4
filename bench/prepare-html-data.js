#!/usr/bin/env node
// Turn public content-extraction corpora into pairs for bench/eval-html.js:
// <out>/<split>/<set>/<id>.html (the page bytes, as crawled) beside
// <id>.gold.txt (the gold article text, UTF-8). Nothing here is committed
// data: the corpora are fetched outside the repository and so is the output.
//
//   node bench/prepare-html-data.js --merged DIR [--zh DIR] --out DIR
//
//   --merged  a checkout of j-szulc/html-cleaning-dataset-merged (Dragnet,
//             L3S-GN1 "page-signal", Readability's test pages, CleanEval
//             dev and final, CleanPortalEval)
//   --zh      a checkout of immortal-autumn/Chinese-Web-Content-Extraction-Dataset
//
// The gold of each corpus is read as bench/build-corpus.js reads it
// (bench/lib/gold.js). Pages are split in two BY SITE (bench/lib/site.js:
// the URL the corpus records, the canonical URL, the title's site name),
// by a hash of the site: "dev" (tune on it) and "check" (do not look at it
// while tuning; report it). One outlet's pages never fall on both sides, so
// a rule fitted to one site's template is not rewarded on the check half.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { decodeHtml } from '../dist/lib/index.js'
import { goldPages } from './lib/gold.js'
import { groupSites, siteKeys } from './lib/site.js'

const { values } = parseArgs({ options: { merged: { type: 'string' }, zh: { type: 'string' }, out: { type: 'string' } } })
if (!values.out || (!values.merged && !values.zh)) {
  console.error('usage: node bench/prepare-html-data.js --merged DIR [--zh DIR] --out DIR')
  process.exit(2)
}
const roots = { merged: values.merged, zh: values.zh }

const pages = []
for (const p of goldPages(roots)) {
  const bytes = readFileSync(p.path)
  pages.push({ id: p.id, set: p.set, name: p.name, bytes, gold: p.gold, keys: siteKeys(p.set, p.name, decodeHtml(bytes)) })
}

const siteOf = groupSites(pages)
const splitOf = (site) => (createHash('sha1').update(site).digest()[0] % 2 === 0 ? 'dev' : 'check')
const counts = new Map()
const sites = { dev: new Set(), check: new Set() }
for (const p of pages) {
  const site = siteOf.get(p.id)
  const split = splitOf(site)
  sites[split].add(site)
  const dir = join(values.out, split, p.set)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${p.name}.html`), p.bytes)
  writeFileSync(join(dir, `${p.name}.gold.txt`), p.gold + '\n')
  const c = counts.get(p.set) ?? { dev: 0, check: 0 }
  c[split]++
  counts.set(p.set, c)
}
for (const [set, c] of counts) console.log(`${set}: ${c.dev} dev, ${c.check} check`)
console.log(`sites: ${sites.dev.size} dev, ${sites.check.size} check`)
// The sites, so the split can be audited (which outlet is where).
writeFileSync(join(values.out, 'sites.tsv'), pages.map((p) => `${p.id}\t${siteOf.get(p.id)}\t${splitOf(siteOf.get(p.id))}\n`).join(''))
