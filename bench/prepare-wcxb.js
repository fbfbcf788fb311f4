#!/usr/bin/env node
// Unpack the article pages of WCXB (Murrough-Foley/web-content-extraction-
// benchmark: pages collected in 2025, one per domain, gold main content
// per page) into the layout bench/lib/gold.js reads for every corpus:
// <out>/wcxb/input/<id>.html and <out>/wcxb/GoldStandard/<id>.txt.
//
//   node bench/prepare-wcxb.js --repo CHECKOUT --out DIR
//
// Why this corpus: the others are 2004-2012 pages. Today's cruft (cookie
// and consent banners, newsletter pop-ups, app prompts, "related" rails of
// modern templates) is only in pages of today.
//
// Only pages the benchmark types "article" are kept: the product cleans
// articles, and the gold of a listing, product or service page says little
// about cleaning one. The gold text is the page's title, then its
// main_content (paragraphs as the benchmark gives them); the product keeps
// the headline, so the gold does too. The benchmark's own dev/test halves
// are ignored: bench/build-corpus.js splits every corpus by a hash of the
// page id, and each page is a different site. Ids carry the half
// ("dev-0001", "test-4011") because the halves reuse some file numbers.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { repo: { type: 'string' }, out: { type: 'string' } } })
if (!values.repo || !values.out) {
  console.error('usage: node bench/prepare-wcxb.js --repo CHECKOUT --out DIR')
  process.exit(2)
}
const input = join(values.out, 'wcxb', 'input')
const goldDir = join(values.out, 'wcxb', 'GoldStandard')
mkdirSync(input, { recursive: true })
mkdirSync(goldDir, { recursive: true })

const counts = { kept: 0, other: 0, empty: 0 }
for (const half of ['dev', 'test']) {
  const gtDir = join(values.repo, half, 'ground-truth')
  for (const f of readdirSync(gtDir).filter((f) => f.endsWith('.json')).sort()) {
    const name = f.replace(/\.json$/, '')
    const id = `${half}-${name}` // the two halves reuse some file numbers for different pages
    const record = JSON.parse(readFileSync(join(gtDir, f), 'utf8'))
    if (record._internal?.page_type?.primary !== 'article') {
      counts.other++
      continue
    }
    const gt = record.ground_truth ?? {}
    const body = (gt.main_content ?? '').trim()
    if (body === '') {
      counts.empty++
      continue
    }
    const title = (gt.title ?? '').trim()
    // Pages are stored as bytes: bench/build-corpus.js decodes them as it does every corpus's pages.
    writeFileSync(join(input, `${id}.html`), gunzipSync(readFileSync(join(values.repo, half, 'html', `${name}.html.gz`))))
    writeFileSync(join(goldDir, `${id}.txt`), (title ? `${title}\n\n` : '') + body + '\n')
    counts.kept++
  }
}
console.log(`wcxb: ${counts.kept} article pages written under ${join(values.out, 'wcxb')}; ${counts.other} pages of other types and ${counts.empty} without gold left out`)
