#!/usr/bin/env node
// Train the whole-page decision (lib/page/detect.ts) on the real corpus's
// dev split and write page-decision.json, the data the package ships.
//
//   npm run build && node bench/train-page-decision.js CORPUS_DIR [--out page-decision.json]
//
// The model is a logistic regression of "this text is a whole page's
// visible text" (the corpus's page form) against extractor outputs (its
// readability and justext forms), over the evidence the auto mode sees.
// Weighting documents by how much page mode gains on them was tried and
// did worse on dev. For each dev document both modes are also run and
// scored by line F1 against the labels, and the threshold is chosen to
// maximise the summed F1, subject to misreading at most MAX_EXTRACTOR_PAGES
// of the extractor outputs as pages (an extracted article is never a page;
// a misfire there loses whole articles). Documents without two page-only
// signs never reach the model (detect.ts), so they are not trained on.
// The check split is never read here.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { cleanWithReport, defaultVocabulary } from '../dist/lib/index.js'
import { segment } from '../dist/lib/document.js'
import { pageLines } from '../dist/lib/page/features.js'
import { PAGE_FEATURES, cookieBesideChrome, modelInputs, pageEvidenceOf, pageFeatures, shapeSigns, DECIDE } from '../dist/lib/page/detect.js'
import { lineF1 } from './lib/kept.js'
import { fitLogistic, probability, standardise, standardiser } from './lib/logistic.js'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'page-decision.json' } } })
if (positionals.length !== 1) {
  console.error('usage: node bench/train-page-decision.js CORPUS_DIR [--out page-decision.json]')
  process.exit(2)
}

/** At most this share of the extractor outputs may be taken for pages. */
const MAX_EXTRACTOR_PAGES = 0.002
/** Pairwise products of the features too: on dev, mean line F1 of page texts 0.578 (linear) -> 0.606. */
const QUADRATIC = true
/** L2 penalty and steps of the gradient descent. */
const L2 = 0.01
const STEPS = 3000
const RATE = 0.5


const docs = readFileSync(join(positionals[0], 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
const rows = []
for (const d of docs) {
  const lines = d.text.replace(/\n$/, '').split('\n')
  const article = cleanWithReport(d.text, { mode: 'article' })
  const page = cleanWithReport(d.text, { mode: 'page' })
  // The evidence as the auto mode sees it: what the core rules leave.
  const removed = new Set()
  for (const r of article.removals) for (let i = r.from - 1; i < r.to; i++) removed.add(i)
  const all = pageLines(segment(d.text), defaultVocabulary())
  const e = pageEvidenceOf(all.filter((p) => !removed.has(p.line.index)), all)
  const gate = e.pageOnlySigns >= DECIDE.pageOnlySigns
  rows.push({ form: d.form, x: modelInputs(pageFeatures(e), QUADRATIC), e, gate, fa: lineF1(lines, d.labels, article.text), fp: lineF1(lines, d.labels, page.text) })
}

// Standardise over every document, fit on those past the gate (bench/lib/logistic.js).
const { mean, scale } = standardiser(rows.map((r) => r.x))
const train = rows.filter((r) => r.gate)
const fitted = fitLogistic(
  train.map((r) => standardise(r.x, { mean, scale })),
  train.map((r) => (r.form === 'page' ? 1 : 0)),
  { steps: STEPS, rate: RATE, l2: L2 },
)
const prob = (r) => probability(standardise(r.x, { mean, scale }), fitted)

// Threshold: the best summed F1 with few extractor outputs taken for pages.
// The model decides beside the cookie rule and the shape signs (detect.ts): it is tuned for what they leave.
const others = (r) => r.gate && (cookieBesideChrome(r.e) || shapeSigns(r.e) !== undefined)
const extractors = rows.filter((r) => r.form !== 'page' && !others(r)).length
const sumF1 = (decide) => rows.reduce((s, r) => s + (decide(r) ? r.fp : r.fa), 0)
let best = { t: 1, f1: sumF1(others), pages: 0 }
for (let t = 0.3; t < 0.995; t += 0.01) {
  const decide = (r) => others(r) || (r.gate && prob(r) >= t)
  const misread = rows.filter((r) => r.form !== 'page' && !others(r) && decide(r)).length
  if (misread > MAX_EXTRACTOR_PAGES * extractors) continue
  const f1 = sumF1(decide)
  if (f1 > best.f1) best = { t, f1, pages: rows.filter(decide).length }
}
const report = (name, decide) => {
  const byForm = {}
  for (const r of rows) {
    const f = (byForm[r.form] ??= { n: 0, f1: 0, pages: 0 })
    f.n++
    const page = decide(r)
    f.f1 += page ? r.fp : r.fa
    if (page) f.pages++
  }
  console.log(name, Object.entries(byForm).map(([form, f]) => `${form}: mean F1 ${(f.f1 / f.n).toFixed(3)}, ${f.pages}/${f.n} as pages`).join('; '))
}
report('article always  ', () => false)
report('without model   ', others)
report('learned decision', (r) => others(r) || (r.gate && prob(r) >= best.t))
report('oracle          ', (r) => r.fp > r.fa)

const model = { features: [...PAGE_FEATURES], mean: mean.map(round), scale: scale.map(round), weights: fitted.weights.map(round), bias: round(fitted.bias), threshold: round(best.t), quadratic: QUADRATIC }
writeFileSync(values.out, JSON.stringify(model, null, 2) + '\n')
console.log(`wrote ${values.out}: threshold ${model.threshold}, trained on ${train.length} documents with page-only signs`)

function round(x) {
  return Math.round(x * 1e6) / 1e6
}
