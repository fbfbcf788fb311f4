#!/usr/bin/env node
// Markdown input: real gold pages converted whole to markdown, as reader
// services and LLM crawlers hand them over, cleaned, and scored against the
// gold article text.
//
//   node bench/eval-markdown.js --sites /work/data/html-sites [--split dev|check] [--sets a,b] [--by-set]
//   node bench/eval-markdown.js --from /work/data/merged [--split dev|check]
//        [--limit N] [--worst N] [--verbose] [--converter html2text|turndown] [--baseline OTHER/dist/lib/index.js]
//        [--violations N]
//
// Pages: with --sites, the site-split pairs of bench/prepare-html-data.js
// (<dir>/<split>/<set>/<id>.html beside <id>.gold.txt; one site's pages on one
// side only: tune on dev, report check). With --from, the Dragnet, L3S-GN1 and
// Readability sets of j-szulc/html-cleaning-dataset-merged split by a hash of
// the page (bench/lib/gold-pages.js), the first figures. Each page is decoded
// (cleanup's charset sniffing), then converted whole by two converters:
//   html2text   Debian's python3-html2text, default options (/usr/bin/python3)
//   turndown    the npm package, default options, <script>/<style> removed
// Conversions are cached under --cache (default /tmp/cleanup-md-cache).
//
// Score: markdown syntax and URLs are stripped from the output (link and
// image targets, bare URLs, HTML tags, reference definitions), then shingle
// F1/P/R of the words against the gold (bench/lib/shingles.js), mean over
// pages. Runs: "as is" (the markdown unchanged) and "cleanup" (cleanWithReport() with
// default options). "empty" counts pages whose output has no word.
//
// Contract: for each run, the breaks of valid markdown in its outputs
// (lib/markdown/contract.ts, this build's): lists kept with items lost,
// tables kept without their delimiter row or with rows lost, other units
// kept in part, lone "](url)" link tails, headings with nothing under them;
// each as places and as pages with one. --violations N prints the first N
// places of each kind for cleanup (page key, input line, the line).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { cleanWithReport, decodeHtml } from '../dist/lib/index.js'
import { contractViolations, VIOLATION_KINDS } from '../dist/lib/markdown/contract.js'
import { goldPages } from './lib/gold-pages.js'
import { visibleWords } from './lib/markdown-words.js'
import { score } from './lib/shingles.js'

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '/work/data/merged' },
    sites: { type: 'string' },
    sets: { type: 'string' },
    'by-set': { type: 'boolean' },
    split: { type: 'string' },
    limit: { type: 'string' },
    cache: { type: 'string', default: '/tmp/cleanup-md-cache' },
    worst: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    converter: { type: 'string' },
    baseline: { type: 'string' },
    violations: { type: 'string' },
  },
})
const splits = values.split === undefined ? ['dev', 'check'] : [values.split]
const here = new URL('.', import.meta.url).pathname

// ---- pages and their markdown ---------------------------------------------

const perSet = new Map()
const pages = []
/** The site-split pairs: { set, id, path, gold, split } as goldPages gives them. */
function* sitePages(dir) {
  for (const split of ['dev', 'check']) {
    const root = join(dir, split)
    if (!existsSync(root)) continue
    for (const set of readdirSync(root).sort()) {
      for (const f of readdirSync(join(root, set)).filter((f) => f.endsWith('.html')).sort()) {
        const id = f.slice(0, -'.html'.length)
        yield { set, id, path: join(root, set, f), gold: readFileSync(join(root, set, `${id}.gold.txt`), 'utf8').trim(), split }
      }
    }
  }
}
const wantSets = values.sets === undefined ? undefined : new Set(values.sets.split(','))
for (const page of values.sites === undefined ? goldPages(values.from) : sitePages(values.sites)) {
  if (!splits.includes(page.split)) continue
  if (wantSets !== undefined && !wantSets.has(page.set)) continue
  const n = perSet.get(`${page.split}/${page.set}`) ?? 0
  if (values.limit !== undefined && n >= Number(values.limit)) continue
  perSet.set(`${page.split}/${page.set}`, n + 1)
  pages.push(page)
}
mkdirSync(values.cache, { recursive: true })
const key = (page) => createHash('sha1').update(values.sites === undefined ? `${page.set}/${page.id}` : `sites/${page.set}/${page.id}`).digest('hex').slice(0, 16)

// Decoded HTML, once per page (html2text reads UTF-8 files).
for (const page of pages) {
  const htmlPath = join(values.cache, `${key(page)}.html`)
  if (!existsSync(htmlPath)) writeFileSync(htmlPath, decodeHtml(readFileSync(page.path)))
  page.html = htmlPath
}

const converters = [
  {
    name: 'html2text',
    convert(todo) {
      const r = spawnSync('/usr/bin/python3', [join(here, 'lib/convert-html2text.py')], { input: JSON.stringify(todo), maxBuffer: 1 << 26, stdio: ['pipe', 'inherit', 'inherit'] })
      if (r.status !== 0) throw new Error('html2text failed (apt-get install -y python3-html2text)')
    },
  },
  {
    name: 'turndown',
    async convert(todo) {
      const { default: TurndownService } = await import('turndown')
      for (const [src, dst] of todo) {
        const service = new TurndownService()
        service.remove(['script', 'style', 'noscript', 'template'])
        let md = ''
        try {
          md = service.turndown(readFileSync(src, 'utf8'))
        } catch (e) {
          console.error(`${src}: ${e.message}`)
        }
        writeFileSync(dst, md)
      }
    },
  },
].filter((c) => values.converter === undefined || c.name === values.converter)

for (const c of converters) {
  const todo = []
  for (const page of pages) {
    const out = join(values.cache, `${key(page)}.${c.name}.md`)
    if (!existsSync(out)) todo.push([page.html, out])
  }
  if (todo.length > 0) {
    console.error(`${c.name}: converting ${todo.length} pages...`)
    await c.convert(todo)
  }
}

// ---- runs -------------------------------------------------------------------

// --baseline DIST: another build's dist/lib/index.js (e.g. /work/main/dist/lib/index.js), run beside this one in the same run.
const baseline = values.baseline === undefined ? undefined : await import(values.baseline)
const runs = [
  { name: 'as is', run: (md) => ({ text: md, removals: [] }) },
  ...(baseline ? [{ name: 'baseline', run: (md) => baseline.cleanWithReport(md) }] : []),
  { name: 'cleanup', run: (md) => cleanWithReport(md) },
]
const fmt = (x) => x.toFixed(3)
console.log(`shingle F1 / precision / recall against the gold article (mean over pages); markdown syntax and URLs stripped before scoring`)
console.log(['converter'.padEnd(10), 'split'.padEnd(6), 'pages'.padStart(5), 'run'.padEnd(8), 'F1'.padStart(6), 'P'.padStart(6), 'R'.padStart(6), 'empty'.padStart(6)].join(' '))
const worst = []
const contract = [] // { converter, split, run, counts: kind -> [places, pages] }
const examples = new Map() // kind -> lines, for cleanup
for (const c of converters) {
  for (const split of splits) {
    const docs = pages.filter((p) => p.split === split)
    // A page the converter turned into no words at all is the converter's failure, not a cleaner's: left out.
    const mds = new Map(docs.map((page) => [page, readFileSync(join(values.cache, `${key(page)}.${c.name}.md`), 'utf8')]))
    const scored = docs.filter((page) => /[\p{L}\p{N}]/u.test(visibleWords(mds.get(page))))
    if (scored.length < docs.length) console.log(`${c.name} ${split}: ${docs.length - scored.length} pages left out (the converter gave no words)`)
    for (const run of runs) {
      const sums = new Map() // '' for all pages, else the set
      const broken = new Map(VIOLATION_KINDS.map((k) => [k, [0, 0]]))
      const add = (k, sc, empty) => {
        const sum = sums.get(k) ?? { n: 0, f: 0, p: 0, r: 0, empty: 0 }
        sum.n++
        sum.f += sc.f
        sum.p += sc.p
        sum.r += sc.r
        if (empty) sum.empty++
        sums.set(k, sum)
      }
      for (const page of scored) {
        const md = mds.get(page)
        const report = run.run(md)
        const out = report.text
        const words = visibleWords(out)
        const sc = score(words, page.gold)
        const empty = !/[\p{L}\p{N}]/u.test(words)
        const seen = new Set()
        for (const v of contractViolations(md, out, report.removals)) {
          const b = broken.get(v.kind)
          b[0]++
          if (!seen.has(v.kind)) b[1]++
          seen.add(v.kind)
          if (run.name === 'cleanup' && values.violations !== undefined) {
            const list = examples.get(v.kind) ?? []
            if (list.length < Number(values.violations)) list.push(`  ${c.name} ${page.set}/${page.id} ${key(page)} line ${v.line + 1}: ${v.text.slice(0, 100)}`)
            examples.set(v.kind, list)
          }
        }
        add('', sc, empty)
        if (values['by-set']) add(page.set, sc, empty)
        if (values.verbose) console.log(`  ${c.name} ${split} ${page.set}/${page.id} ${key(page)} ${run.name}: F1 ${fmt(sc.f)} P ${fmt(sc.p)} R ${fmt(sc.r)}`)
        if (run.name === 'cleanup' && values.worst !== undefined) worst.push({ id: `${c.name} ${page.set}/${page.id} ${key(page)}`, ...sc })
      }
      for (const [k, sum] of [...sums].sort((a, b) => a[0].localeCompare(b[0]))) {
        const n = Math.max(1, sum.n)
        const label = k === '' ? run.name : `  ${k}`
        console.log([c.name.padEnd(10), split.padEnd(6), String(sum.n).padStart(5), label.padEnd(8), fmt(sum.f / n).padStart(6), fmt(sum.p / n).padStart(6), fmt(sum.r / n).padStart(6), String(sum.empty).padStart(6)].join(' '))
      }
      contract.push({ converter: c.name, split, run: run.name, broken })
    }
  }
}
console.log(`\nmarkdown contract breaks (lib/markdown/contract.ts): places / pages with one`)
console.log(['converter'.padEnd(10), 'split'.padEnd(6), 'run'.padEnd(8), ...VIOLATION_KINDS.map((k) => k.padStart(20))].join(' '))
for (const row of contract) {
  console.log([row.converter.padEnd(10), row.split.padEnd(6), row.run.padEnd(8), ...VIOLATION_KINDS.map((k) => row.broken.get(k).join(' / ').padStart(20))].join(' '))
}
for (const [kind, list] of examples) console.log(`\n${kind} (cleanup):\n${list.join('\n')}`)
if (values.worst !== undefined) {
  worst.sort((a, b) => a.f - b.f)
  console.log(`\nworst for cleanup (cached markdown: ${values.cache}/<key>.<converter>.md):`)
  for (const w of worst.slice(0, Number(values.worst))) console.log(`  ${w.id} F1 ${fmt(w.f)} P ${fmt(w.p)} R ${fmt(w.r)}`)
}
