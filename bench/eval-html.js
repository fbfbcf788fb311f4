#!/usr/bin/env node
// Main-content extraction accuracy and speed on pages with gold text, for
// cleanup and, side by side in the same run, @mozilla/readability on linkedom.
//
//   node bench/eval-html.js DIR... [--verbose] [--limit N] [--only cleanup|readability]
//
// A DIR holds <id>.html (page bytes) beside <id>.gold.txt (the gold article
// text); folders are searched recursively (bench/prepare-html-data.js makes
// such folders from public corpora). Run `npm run build` first.
//
// Metric (per document, then the mean over documents): both texts are
// NFKC-normalised and lower-cased and cut into words (maximal runs of
// letters and digits); a shingle is 4 consecutive words (a text of 1-3
// words is one shorter shingle). With S(x) the multiset of shingles of x,
// precision = |S(out) ∩ S(gold)| / |S(out)|, recall = |S(out) ∩ S(gold)| / |S(gold)|
// (multiset intersection: each shingle counts min(times in out, times in gold)),
// F1 = 2PR/(P+R); an empty output scores 0.
//
// (A <head> is not skipped whole: in broken markup the parser may keep the body inside it.)
// Columns:
//   cleanup html   cleanHtml(bytes): charset sniffing, extraction, text rules
//   cleanup page   clean(text) where text is the page's visible text, one
//                  block element per line (what a scraper that keeps the
//                  whole page hands over), in the default mode
//   page forced    (with --forced) the same with --mode page: no per-document decision
//   page as is     that page text unchanged (what extraction starts from)
//   readability    Readability(linkedom document).parse(): title + textContent
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import { clean, cleanHtml, decodeHtml, defaultRules } from '../dist/lib/index.js'
import { blockLines } from './lib/block-text.js'
import { score } from './lib/shingles.js'
import { languageGroup } from './lib/gold.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    verbose: { type: 'boolean', short: 'v' },
    limit: { type: 'string' },
    only: { type: 'string' },
    worst: { type: 'string' },
    forced: { type: 'boolean' },
  },
})
if (positionals.length === 0) {
  console.error('usage: node bench/eval-html.js DIR... [--verbose] [--limit N]')
  process.exit(2)
}

// ---- metric ---------------------------------------------------------------

// ---- whole-page text, as a scraper would hand it over --------------------

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'br', 'option', 'select', 'textarea', 'button'])
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'iframe', 'object', 'embed', 'canvas'])

/** Every visible text of the page, one line per block element (no extraction at all). */
function pageText(html) {
  return blockLines(html, BLOCK, HIDDEN).join('\n') + '\n'
}

function readability(html) {
  let article
  try {
    const { document } = parseHTML(html)
    article = new Readability(document).parse()
  } catch {
    return '' // it throws on some pages (e.g. no <body>): scored as an empty output
  }
  if (!article) return ''
  return `${article.title ?? ''}\n${article.textContent ?? ''}`
}

// ---- documents --------------------------------------------------------------

function findPairs(dir) {
  const out = []
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) out.push(...findPairs(p))
    else if (f.endsWith('.gold.txt')) out.push({ dir, id: f.slice(0, -'.gold.txt'.length) })
  }
  return out
}

const groups = new Map()
for (const root of positionals) {
  for (const { dir, id } of findPairs(root)) {
    const key = relative(root, dir) || basename(root)
    if (!groups.has(key)) groups.set(key, [])
    const list = groups.get(key)
    if (values.limit !== undefined && list.length >= Number(values.limit)) continue
    const bytes = readFileSync(join(dir, `${id}.html`))
    list.push({ id, bytes, gold: readFileSync(join(dir, `${id}.gold.txt`), 'utf8') })
  }
}

const systems = [
  { name: 'cleanup html', run: (d) => cleanHtml(d.bytes) },
  { name: 'cleanup page', run: (d) => clean(d.page) },
  ...(values.forced ? [{ name: 'page forced', run: (d) => clean(d.page, { mode: 'page' }) }] : []),
  { name: 'page as is', run: (d) => d.page, untimed: true },
  { name: 'readability', run: (d) => readability(d.html) },
].filter((s) => values.only === undefined || s.name.startsWith(values.only))

defaultRules() // compile the rules outside the timed runs
const time = new Map(systems.map((s) => [s.name, 0]))
const totals = new Map(systems.map((s) => [s.name, { p: 0, r: 0, f: 0, n: 0 }]))
let allDocs = 0
const fmt = (x) => x.toFixed(3)
const header = ['folder'.padEnd(28), 'docs'.padStart(5), ...systems.map((s) => s.name.padStart(14))].join(' ')
console.log(`F1 over word 4-gram shingles (mean over documents); precision/recall below each\n${header}`)
const worst = []
const byLang = new Map() // language group -> per-system sums, over every folder
for (const [folder, docs] of groups) {
  for (const d of docs) {
    d.html = decodeHtml(d.bytes)
    d.page = pageText(d.html)
  }
  const sums = systems.map(() => ({ p: 0, r: 0, f: 0 }))
  systems.forEach((s, k) => {
    const start = process.hrtime.bigint()
    const outs = docs.map((d) => s.run(d))
    time.set(s.name, time.get(s.name) + Number(process.hrtime.bigint() - start) / 1e9)
    outs.forEach((out, i) => {
      const d = docs[i]
      const sc = score(out, d.gold)
      sums[k].p += sc.p
      sums[k].r += sc.r
      sums[k].f += sc.f
      if (values.verbose) console.log(`  ${folder}/${d.id} ${s.name}: F1 ${fmt(sc.f)} P ${fmt(sc.p)} R ${fmt(sc.r)}`)
      if (values.worst !== undefined && s.name === values.worst) worst.push({ id: `${folder}/${d.id}`, ...sc })
      d.lang ??= languageGroup(d.gold)
      if (!byLang.has(d.lang)) byLang.set(d.lang, { n: 0, sums: systems.map(() => ({ p: 0, r: 0, f: 0 })) })
      const l = byLang.get(d.lang)
      if (k === 0) l.n++
      l.sums[k].p += sc.p
      l.sums[k].r += sc.r
      l.sums[k].f += sc.f
    })
  })
  const n = docs.length
  allDocs += n
  systems.forEach((s, k) => {
    const t = totals.get(s.name)
    t.p += sums[k].p
    t.r += sums[k].r
    t.f += sums[k].f
    t.n += n
  })
  console.log([folder.padEnd(28), String(n).padStart(5), ...sums.map((x) => fmt(x.f / n).padStart(14))].join(' '))
  console.log([''.padEnd(28), ''.padStart(5), ...sums.map((x) => `${fmt(x.p / n)}/${fmt(x.r / n)}`.padStart(14))].join(' '))
}
console.log([`all`.padEnd(28), String(allDocs).padStart(5), ...systems.map((s) => fmt(totals.get(s.name).f / Math.max(1, allDocs)).padStart(14))].join(' '))
for (const [lang, l] of [...byLang].sort()) {
  console.log([`language: ${lang}`.padEnd(28), String(l.n).padStart(5), ...l.sums.map((x) => fmt(x.f / l.n).padStart(14))].join(' '))
  console.log([''.padEnd(28), ''.padStart(5), ...l.sums.map((x) => `${fmt(x.p / l.n)}/${fmt(x.r / l.n)}`.padStart(14))].join(' '))
}
console.log(`\nspeed over the same ${allDocs} documents, one pass each (cleanup html decodes bytes itself; readability is given decoded text):`)
const base = time.get('readability')
for (const s of systems) {
  if (s.untimed) continue
  const t = time.get(s.name)
  const rel = base !== undefined && s.name !== 'readability' ? `  ${(base / t).toFixed(1)}x readability` : ''
  console.log(`  ${s.name.padEnd(14)} ${(allDocs / t).toFixed(1).padStart(8)} docs/s${rel}`)
}
if (values.worst !== undefined) {
  worst.sort((a, b) => a.f - b.f)
  console.log(`\nworst for ${values.worst}:`)
  for (const w of worst.slice(0, 25)) console.log(`  ${w.id} F1 ${fmt(w.f)} P ${fmt(w.p)} R ${fmt(w.r)}`)
}
