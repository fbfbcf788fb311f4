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
// page id (the pages are nearly all of different domains: 888 among 967),
// bench/prepare-html-data.js by site. Ids carry the half
// ("dev-0001", "test-4011") because the halves reuse some file numbers.
// The URL each page was fetched from goes to <out>/wcxb/urls.tsv (id, URL):
// bench/prepare-html-data.js splits by its site (metadata.json's domains are
// keyed by file number, so the reused numbers make it ambiguous).
// Some pages are there twice (79 test pages are dev pages under the same
// number, one dev page is another; the same bytes, the gold differing by a
// few words at most): each page is kept once, the first seen.
import { createHash } from 'node:crypto'
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

const counts = { kept: 0, other: 0, empty: 0, repeated: 0 }
const seen = new Set() // sha1 of each kept page's bytes
const urls = []
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
    const bytes = gunzipSync(readFileSync(join(values.repo, half, 'html', `${name}.html.gz`)))
    const digest = createHash('sha1').update(bytes).digest('hex')
    if (seen.has(digest)) {
      counts.repeated++
      continue
    }
    seen.add(digest)
    writeFileSync(join(input, `${id}.html`), bytes)
    writeFileSync(join(goldDir, `${id}.txt`), (title ? `${title}\n\n` : '') + body + '\n')
    urls.push(`${id}\t${(record.url ?? '').replace(/\s+/g, '')}\n`)
    counts.kept++
  }
}
writeFileSync(join(values.out, 'wcxb', 'urls.tsv'), urls.join(''))
console.log(`wcxb: ${counts.kept} article pages written under ${join(values.out, 'wcxb')}; ${counts.other} pages of other types, ${counts.empty} without gold and ${counts.repeated} repeats of a kept page left out`)
