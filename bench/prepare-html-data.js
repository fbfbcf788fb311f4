#!/usr/bin/env node
// Turn public content-extraction corpora into pairs for bench/eval-html.js:
// <out>/<split>/<set>/<id>.html (the page bytes, as crawled) beside
// <id>.gold.txt (the gold article text, UTF-8). Nothing here is committed
// data: the corpora are fetched outside the repository and so is the output.
//
//   node bench/prepare-html-data.js --merged DIR [--zh DIR] [--wcxb DIR] --out DIR
//
//   --merged  a checkout of j-szulc/html-cleaning-dataset-merged (Dragnet,
//             L3S-GN1 "page-signal", Readability's test pages, CleanEval
//             dev and final, CleanPortalEval)
//   --zh      a checkout of immortal-autumn/Chinese-Web-Content-Extraction-Dataset
//   --wcxb    the output folder of bench/prepare-wcxb.js (WCXB's 2025 article
//             pages; its wcxb/urls.tsv gives each page's URL, hence its site)
//
// The gold of each corpus is read as bench/build-corpus.js reads it
// (bench/lib/gold.js). Pages are split in two BY SITE (bench/lib/site.js:
// the URL the corpus records, the canonical URL, the title's site name),
// by a hash of the site: "dev" (tune on it) and "check" (do not look at it
// while tuning; report it). One outlet's pages never fall on both sides, so
// a rule fitted to one site's template is not rewarded on the check half.
//
// WCXB pages are placed after the older corpora are grouped, so adding them
// moves no older page: a WCXB page whose domain is a site of the older
// corpora takes that site's side; other WCXB pages are grouped by domain.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { decodeHtml } from '../dist/lib/index.js'
import { goldPages } from './lib/gold.js'
import { groupSites, siteKeys } from './lib/site.js'

const { values } = parseArgs({ options: { merged: { type: 'string' }, zh: { type: 'string' }, wcxb: { type: 'string' }, out: { type: 'string' } } })
if (!values.out || (!values.merged && !values.zh && !values.wcxb)) {
  console.error('usage: node bench/prepare-html-data.js --merged DIR [--zh DIR] [--wcxb DIR] --out DIR')
  process.exit(2)
}
const roots = { merged: values.merged, zh: values.zh, wcxb: values.wcxb }
const urlsPath = values.wcxb && join(values.wcxb, 'wcxb', 'urls.tsv')
const wcxbUrls = new Map()
if (urlsPath && existsSync(urlsPath)) {
  for (const line of readFileSync(urlsPath, 'utf8').split('\n')) {
    const [id, url] = line.split('\t')
    if (id && url) wcxbUrls.set(id, url)
  }
} else if (urlsPath) console.error(`no ${urlsPath} (rerun bench/prepare-wcxb.js): WCXB pages are placed by their canonical URL`)

const pages = []
for (const p of goldPages(roots)) {
  const bytes = readFileSync(p.path)
  const url = p.set === 'wcxb' ? wcxbUrls.get(p.name) : undefined
  pages.push({ id: p.id, set: p.set, name: p.name, bytes, gold: p.gold, keys: siteKeys(p.set, p.name, decodeHtml(bytes), url) })
}

const older = pages.filter((p) => p.set !== 'wcxb')
const siteOf = groupSites(older)
const siteOfKey = new Map()
for (const p of older) for (const k of p.keys) siteOfKey.set(k, siteOf.get(p.id))
let joined = 0
for (const p of pages) {
  if (p.set !== 'wcxb') continue
  const old = siteOfKey.get(p.keys[0])
  if (old !== undefined) joined++
  siteOf.set(p.id, old ?? p.keys[0])
}
if (joined > 0) console.log(`wcxb: ${joined} pages of sites the older corpora have (placed on those sites' side)`)
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
