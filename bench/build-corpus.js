#!/usr/bin/env node
// Build the line-labelled real-text corpus that accuracy work is tuned and
// reported on (bench/eval-lines.js reads it). Nothing here is committed
// data: the corpora are fetched outside the repository, and so is the output.
//
//   node bench/build-corpus.js --merged DIR --zh DIR --out DIR [--wcxb DIR] [--justext DIR] [--trafilatura PATH]
//
//   --merged   a checkout of j-szulc/html-cleaning-dataset-merged (Dragnet,
//              L3S-GN1, Readability's test pages, CleanEval, CleanPortalEval)
//   --zh       a checkout of immortal-autumn/Chinese-Web-Content-Extraction-Dataset
//   --wcxb     the output folder of bench/prepare-wcxb.js (article pages of
//              2025 from Murrough-Foley/web-content-extraction-benchmark)
//   --justext  a checkout of miso-belica/jusText (run with Debian's
//              python3-lxml: apt-get install python3-lxml); without it the
//              "justext" form is skipped
//   --trafilatura  the PYTHONPATH (colon-separated) of exported sources of
//              adbar/trafilatura, adbar/courlan, adbar/htmldate and jusText,
//              run with Debian's python3 (docs/accuracy.md lists the
//              packages and versions); without it the "trafilatura" form is
//              skipped
//
// Each page with a gold article of at least 10 words gives one document per
// form, the shapes of text users hand us:
//   readability  title + Readability's article (linkedom), one line per block
//   justext      jusText's good paragraphs, one per line
//   trafilatura  trafilatura's main text (defaults, no comments), one
//                paragraph per line as it gives them
//   page         the page's whole visible text, one line per block element
// and each line gets a label projected from the gold (bench/lib/gold.js).
// Documents are split by a hash of the page id into dev (tune on it) and
// check (report it; never tune on it); every form of one page falls on the
// same side. Output: <out>/dev.jsonl and <out>/check.jsonl, one record
// {id, set, lang, form, text, labels, gold} per line.
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import { decodeHtml } from '../dist/lib/index.js'
import { blockLines } from './lib/block-text.js'
import { goldIndex, goldPages, labelLines, languageGroup } from './lib/gold.js'

const { values } = parseArgs({ options: { merged: { type: 'string' }, zh: { type: 'string' }, wcxb: { type: 'string' }, out: { type: 'string' }, justext: { type: 'string' }, trafilatura: { type: 'string' } } })
if (!values.out || (!values.merged && !values.zh && !values.wcxb)) {
  console.error('usage: node bench/build-corpus.js --merged DIR --zh DIR --out DIR [--wcxb DIR] [--justext DIR] [--trafilatura PATH]')
  process.exit(2)
}
const roots = { merged: values.merged, zh: values.zh, wcxb: values.wcxb }

// Block and hidden elements for a page's visible text, as a scraper that keeps the whole page sees it.
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'br', 'option', 'select', 'textarea', 'button'])
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'iframe', 'object', 'embed', 'canvas'])

function readabilityText(html) {
  try {
    const { document } = parseHTML(html)
    const article = new Readability(document).parse()
    if (!article?.content) return ''
    const title = (article.title ?? '').replace(/\s+/g, ' ').trim()
    return [title, ...blockLines(article.content, BLOCK, HIDDEN)].filter(Boolean).join('\n')
  } catch {
    return '' // Readability throws on some pages (no <body>): no document of this form
  }
}

const splitOf = (id) => (createHash('sha1').update(id).digest()[0] % 2 === 0 ? 'dev' : 'check')

const pages = []
for (const p of goldPages(roots)) pages.push({ id: p.id, set: p.set, path: p.path, gold: p.gold, lang: languageGroup(p.gold) })
console.error(`${pages.length} pages with gold`)

// jusText runs once over all pages, in one Python process.
const justext = new Map()
if (values.justext) {
  const cache = join(values.out, 'justext-output.jsonl')
  if (!existsSync(cache)) {
    const input = pages.map((p) => JSON.stringify({ id: p.id, path: p.path, lang: p.lang })).join('\n') + '\n'
    const script = fileURLToPath(new URL('./peers/justext-lines.py', import.meta.url))
    const r = spawnSync('/usr/bin/python3', [script], { input, env: { ...process.env, PYTHONPATH: values.justext }, maxBuffer: 1 << 30, encoding: 'utf8' })
    if (r.status !== 0) {
      console.error(`jusText failed: ${r.stderr.slice(0, 500)}`)
      process.exit(1)
    }
    mkdirSync(values.out, { recursive: true })
    writeFileSync(cache, r.stdout) // jusText takes minutes: a rebuild reuses its output (delete the file to rerun it)
  }
  for (const line of readFileSync(cache, 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(line)
    if (typeof o.text === 'string') justext.set(o.id, o.text)
  }
  console.error(`jusText: ${justext.size} pages`)
}

// trafilatura runs once over all pages, in one Python process, on the page as
// decoded for the other forms.
const trafilatura = new Map()
if (values.trafilatura) {
  const cache = join(values.out, 'trafilatura-output.jsonl')
  if (!existsSync(cache)) {
    const jobs = []
    for (const p of pages) {
      try {
        jobs.push(JSON.stringify({ id: p.id, html: decodeHtml(readFileSync(p.path)) }))
      } catch {
        // not decodable: the loop below reports it and makes no document of any form
      }
    }
    const script = fileURLToPath(new URL('./peers/trafilatura-lines.py', import.meta.url))
    const r = spawnSync('/usr/bin/python3', [script], { input: jobs.join('\n') + '\n', env: { ...process.env, PYTHONPATH: values.trafilatura }, maxBuffer: 1 << 30, encoding: 'utf8' })
    if (r.status !== 0) {
      console.error(`trafilatura failed: ${r.stderr.slice(0, 500)}`)
      process.exit(1)
    }
    mkdirSync(values.out, { recursive: true })
    writeFileSync(cache, r.stdout) // trafilatura takes minutes: a rebuild reuses its output (delete the file to rerun it)
  }
  let errors = 0
  for (const line of readFileSync(cache, 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(line)
    if (typeof o.text === 'string') trafilatura.set(o.id, o.text)
    else errors++
  }
  console.error(`trafilatura: ${trafilatura.size} pages, ${errors} errors`)
}

const out = { dev: [], check: [] }
const counts = {}
for (const p of pages) {
  let html
  try {
    html = decodeHtml(readFileSync(p.path))
  } catch (e) {
    console.error(`${p.id}: ${e.message}`)
    continue
  }
  const forms = {
    readability: readabilityText(html),
    justext: justext.get(p.id) ?? '',
    page: blockLines(html, BLOCK, HIDDEN).join('\n'),
    ...(values.trafilatura ? { trafilatura: trafilatura.get(p.id) ?? '' } : {}),
  }
  const index = goldIndex(p.gold)
  for (const [form, text] of Object.entries(forms)) {
    if (text.trim() === '') continue
    const lines = text.split('\n')
    const labels = labelLines(lines, index)
    if (!labels.includes(1)) continue // the extractor missed the article: nothing to keep or lose
    const split = splitOf(p.id)
    out[split].push(JSON.stringify({ id: p.id, set: p.set, lang: p.lang, form, text: text + '\n', labels, gold: p.gold }))
    const k = `${split} ${form}`
    counts[k] = (counts[k] ?? 0) + 1
  }
}
mkdirSync(values.out, { recursive: true })
for (const split of ['dev', 'check']) writeFileSync(join(values.out, `${split}.jsonl`), out[split].join('\n') + '\n')
for (const [k, n] of Object.entries(counts).sort()) console.log(`${k}: ${n} documents`)
