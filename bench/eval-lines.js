#!/usr/bin/env node
// Line accuracy on the real-text corpus (bench/build-corpus.js makes it):
// cleanup beside doing nothing and beside a peer run on the same text.
//
//   node bench/eval-lines.js DIR [--split dev|check] [--mode auto|article|page]
//        [--form F] [--lang L] [--by form|lang|set] [--worst N] [--peer]
//
// Per group: line precision, recall and F1 over non-blank lines (an article
// line kept is a true positive, a cruft line kept a false positive, an
// article line removed a false negative; pooled over the group's lines),
// documents exact (kept lines = article lines), clean documents (every line
// article) changed, documents losing more than 1% of their article words,
// and empty outputs. `--peer DIR` adds jusText (run from a checkout of its
// sources, DIR, with Debian's python3-lxml) on the same text, each line a
// paragraph of its own: a known boilerplate classifier beside ours.
// `--worst N` lists the N documents that lose the most article words.
// `--shingles` adds the extraction benchmarks' measure against the gold
// text itself (bench/lib/shingles.js; mean over documents): what a user who
// runs cleanup after an extractor gains or loses, free of line labels.
// Run `npm run build` first: it measures the built package.
import { parseArgs } from 'node:util'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cleanWithReport } from '../dist/lib/index.js'
import { wordsOf } from './lib/gold.js'
import { score } from './lib/shingles.js'
import { keptLines } from './lib/kept.js'
import { readSplit } from './lib/split.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'check' },
    mode: { type: 'string', default: 'auto' },
    form: { type: 'string' },
    lang: { type: 'string' },
    set: { type: 'string' },
    by: { type: 'string', default: 'form' },
    worst: { type: 'string' },
    peer: { type: 'string' },
    limit: { type: 'string' },
    shingles: { type: 'boolean' },
  },
})
if (positionals.length !== 1) {
  console.error('usage: node bench/eval-lines.js CORPUS_DIR [--split dev|check] [--mode auto|article|page] [--by form|lang|set] [--peer] [--worst N]')
  process.exit(2)
}

let docs = readSplit(positionals[0], values.split)
if (values.form) docs = docs.filter((d) => d.form === values.form)
if (values.lang) docs = docs.filter((d) => d.lang === values.lang)
if (values.set) docs = docs.filter((d) => d.set === values.set)
if (values.limit) docs = docs.slice(0, Number(values.limit))

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** jusText on each document's own lines (one <p> per line), in one Python process: the lines it keeps. */
function justextKeeps(documents, checkout) {
  const input = documents.map((d, i) => JSON.stringify({ id: String(i), lang: d.lang, html: `<html><body>${d.text.replace(/\n$/, '').split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>` })).join('\n') + '\n'
  const script = fileURLToPath(new URL('./peers/justext-lines.py', import.meta.url))
  const r = spawnSync('/usr/bin/python3', [script], { input, env: { ...process.env, PYTHONPATH: checkout }, maxBuffer: 1 << 30, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`jusText failed: ${r.stderr.slice(0, 300)}`)
  const kept = new Map()
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const o = JSON.parse(line)
    kept.set(Number(o.id), typeof o.text === 'string' ? o.text : '')
  }
  return documents.map((d, i) => {
    // jusText normalises white space inside a paragraph: match on that.
    const have = new Map()
    for (const p of (kept.get(i) ?? '').split('\n')) have.set(p.trim(), (have.get(p.trim()) ?? 0) + 1)
    return d.text.replace(/\n$/, '').split('\n').map((l) => {
      const t = l.replace(/\s+/g, ' ').trim()
      const n = have.get(t) ?? 0
      if (t === '' || n === 0) return false
      have.set(t, n - 1)
      return true
    })
  })
}

const newTally = () => ({ docs: 0, tp: 0, fp: 0, fn: 0, exact: 0, clean: 0, cleanChanged: 0, lossy: 0, empty: 0, sp: 0, sr: 0, sf: 0 })

function count(t, lines, labels, kept) {
  let tp = 0
  let fp = 0
  let fn = 0
  let articleWords = 0
  let lostWords = 0
  let nonBlank = 0
  let cruft = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    nonBlank++
    const article = labels[i] === 1
    if (!article) cruft++
    if (article) articleWords += wordsOf(lines[i]).length
    if (kept[i] && article) tp++
    else if (kept[i]) fp++
    else if (article) {
      fn++
      lostWords += wordsOf(lines[i]).length
    }
  }
  t.docs++
  t.tp += tp
  t.fp += fp
  t.fn += fn
  if (fp === 0 && fn === 0) t.exact++
  if (cruft === 0) {
    t.clean++
    if (fn > 0) t.cleanChanged++
  }
  const lost = lostWords / Math.max(1, articleWords)
  if (lost > 0.01) t.lossy++
  if (nonBlank > 0 && tp + fp === 0) t.empty++
  return lost
}

const runs = ['as is', 'cleanup', ...(values.peer ? ['jusText peer'] : [])]
const peerKeeps = values.peer ? justextKeeps(docs, values.peer) : []
const groups = new Map()
const worst = []
for (const [di, d] of docs.entries()) {
  const lines = d.text.replace(/\n$/, '').split('\n')
  const key = d[values.by] ?? 'all'
  for (const g of [key, 'all']) if (!groups.has(g)) groups.set(g, Object.fromEntries(runs.map((r) => [r, newTally()])))
  const report = cleanWithReport(d.text, { mode: values.mode })
  const keeps = {
    'as is': lines.map(() => true),
    cleanup: keptLines(lines, report.text),
    ...(values.peer ? { 'jusText peer': peerKeeps[di] } : {}),
  }
  for (const r of runs) {
    const sh = values.shingles ? score(lines.filter((_, i) => keeps[r][i]).join('\n'), d.gold) : undefined
    for (const g of [key, 'all']) {
      const t = groups.get(g)[r]
      if (sh) {
        t.sp += sh.p
        t.sr += sh.r
        t.sf += sh.f
      }
      const lost = count(t, lines, d.labels, keeps[r])
      if (r === 'cleanup' && g === 'all') worst.push({ id: `${d.form} ${d.id}`, lost, mode: report.mode, removals: report.removals })
    }
  }
}

const f = (x) => x.toFixed(3)
console.log(`${values.split} split, mode ${values.mode}, by ${values.by}: ${docs.length} documents`)
console.log(['group', 'run', 'docs', 'P', 'R', 'F1', 'exact', 'clean changed', 'lose >1%', 'empty', ...(values.shingles ? ['shingle P', 'shingle R', 'shingle F1'] : [])].join('\t'))
const keys = [...groups.keys()].filter((k) => k !== 'all').sort().concat('all')
for (const g of keys) {
  for (const r of runs) {
    const t = groups.get(g)[r]
    const p = t.tp / Math.max(1, t.tp + t.fp)
    const rc = t.tp / Math.max(1, t.tp + t.fn)
    const f1 = (2 * p * rc) / Math.max(1e-9, p + rc)
    const sh = values.shingles ? [f(t.sp / t.docs), f(t.sr / t.docs), f(t.sf / t.docs)] : []
    console.log([g, r, t.docs, f(p), f(rc), f(f1), `${((100 * t.exact) / Math.max(1, t.docs)).toFixed(1)}%`, `${t.cleanChanged}/${t.clean}`, t.lossy, t.empty, ...sh].join('\t'))
  }
}
if (values.worst) {
  worst.sort((a, b) => b.lost - a.lost)
  for (const w of worst.slice(0, Number(values.worst))) {
    if (w.lost === 0) break
    const rules = [...new Set(w.removals.map((r) => r.rule))].join(',')
    console.log(`  lost ${(w.lost * 100).toFixed(1)}%  ${w.id}  mode=${w.mode}  rules=${rules}`)
  }
}
