#!/usr/bin/env node
// Train the line model (lib/rules/line-model.ts, the rule of kind "model")
// on the real corpus's dev split and write line-model.json, the data the
// package ships.
//
//   npm run build && node bench/train-line-model.js CORPUS_DIR [--out line-model.json]
//
// The model sees what the rules leave: each dev document is cleaned with
// the bundled rules minus the model, and every line still there that is a
// candidate (short, not prose, not blank) becomes one example, labelled
// cruft or article by the corpus's projected labels. The inputs are the
// line's shape, place and neighbours (which of them the rules removed),
// plus a vocabulary: the log-odds of "cruft" of each word seen in at least
// VOCABULARY_MIN_LINES candidate lines. It is a logistic regression.
//
// The threshold is chosen by two-fold cross-validation inside dev (folds by
// a hash of the page id, so a page's forms stay together): the lowest
// threshold at which every removal is worth it, counting an article line
// removed ARTICLE_COST times a cruft line removed. The check split is
// never read here.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { cleanWithReport, ruleSetFrom } from '../dist/lib/index.js'
import { segment } from '../dist/lib/document.js'
import { LINE_MODEL_FEATURES, isCandidate, lineModelContext, lineModelInputs, modelRemovals } from '../dist/lib/rules/line-model.js'
import { fitLogistic, standardise, standardiser } from './lib/logistic.js'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'line-model.json' } } })
if (positionals.length !== 1) {
  console.error('usage: node bench/train-line-model.js CORPUS_DIR [--out line-model.json]')
  process.exit(2)
}

/** Candidates have at most this many words (headline-length lines and shorter). */
const MAX_WORDS = 20
/** A word joins the vocabulary when this many candidate lines hold it. */
const VOCABULARY_MIN_LINES = 30
/** ...and its log-odds are at least this far from zero (the rest say nothing). */
const VOCABULARY_MIN_WEIGHT = 0.25
/** Removing an article line costs this many cruft lines removed: do no harm. */
const ARTICLE_COST = 5
const THRESHOLDS = [0.8, 0.825, 0.85, 0.875, 0.9, 0.925, 0.95, 0.975]
const L2 = 0.001
const STEPS = 500
const RATE = 1

const TOKEN = /[\p{L}\p{N}]+/gu
const noModel = ruleSetFrom([{ source: 'train-line-model', rules: { rules: [{ id: 'line-model', enabled: false }] } }])

const docs = readFileSync(join(positionals[0], 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
const examples = []
const documents = []
for (const d of docs) {
  const report = cleanWithReport(d.text, { rules: noModel })
  const doc = segment(d.text)
  const marked = new Set()
  for (const r of report.removals) for (let i = r.from - 1; i < r.to; i++) marked.add(i)
  const c = lineModelContext(doc, marked)
  const fold = parseInt(createHash('sha1').update(d.id).digest('hex').slice(0, 8), 16) % 2
  documents.push({ c, labels: d.labels, fold })
  for (const line of doc.lines) {
    const label = d.labels[line.index]
    if (label === undefined || !isCandidate(line, marked, MAX_WORDS)) continue
    const words = [...new Set(line.text.toLowerCase().match(TOKEN) ?? [])]
    examples.push({ c, at: line.index, words, y: label === 0 ? 1 : 0, fold })
  }
}
console.log(`${docs.length} dev documents, ${examples.length} candidate lines, ${(examples.filter((e) => e.y).length / examples.length * 100).toFixed(1)}% cruft`)

function vocabularyOf(train) {
  const counts = new Map()
  let cruft = 0
  let article = 0
  for (const e of train) {
    if (e.y) cruft++
    else article++
    for (const w of e.words) {
      const n = counts.get(w) ?? [0, 0]
      n[e.y]++
      counts.set(w, n)
    }
  }
  const vocabulary = {}
  for (const [w, [a, c]] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (a + c < VOCABULARY_MIN_LINES) continue
    const weight = Math.log((c + 1) / (cruft + 2)) - Math.log((a + 1) / (article + 2))
    if (Math.abs(weight) >= VOCABULARY_MIN_WEIGHT) vocabulary[w] = Number(weight.toFixed(3))
  }
  return vocabulary
}

function fit(train, vocabulary) {
  const xs = train.map((e) => lineModelInputs(e.c, e.at, vocabulary))
  const { mean, scale } = standardiser(xs)
  const { weights, bias } = fitLogistic(
    xs.map((x) => standardise(x, { mean, scale })),
    train.map((e) => e.y),
    { steps: STEPS, rate: RATE, l2: L2 },
  )
  const round = (a) => a.map((v) => Number(v.toFixed(5)))
  return { mean: round(mean), scale: round(scale), weights: round(weights), bias: Number(bias.toFixed(5)) }
}

// Two-fold cross-validation inside dev: what each threshold removes, as the rule removes it
// (lists judged whole), on the fold the model was not trained on.
const tally = THRESHOLDS.map(() => ({ cruft: 0, article: 0 }))
for (const f of [0, 1]) {
  const train = examples.filter((e) => e.fold !== f)
  const vocabulary = vocabularyOf(train)
  const model = { ...fit(train, vocabulary), vocabulary, maxWords: MAX_WORDS }
  for (const d of documents) {
    if (d.fold !== f) continue
    THRESHOLDS.forEach((t, i) => {
      for (const { at } of modelRemovals(d.c, model, t)) {
        if (d.labels[at] === 0) tally[i].cruft++
        else if (d.labels[at] === 1) tally[i].article++
      }
    })
  }
}
const cruftTotal = examples.filter((e) => e.y).length
console.log('threshold  cruft removed  article removed  precision  gain (cruft - ' + ARTICLE_COST + ' x article)')
let best = THRESHOLDS[THRESHOLDS.length - 1]
let bestGain = -Infinity
THRESHOLDS.forEach((t, i) => {
  const { cruft, article } = tally[i]
  const gain = cruft - ARTICLE_COST * article
  console.log(`${t.toFixed(3)}      ${String(cruft).padStart(6)} (${(cruft / cruftTotal * 100).toFixed(1)}%)  ${String(article).padStart(6)}          ${(cruft / Math.max(1, cruft + article)).toFixed(3)}      ${gain}`)
  if (gain > bestGain) {
    bestGain = gain
    best = t
  }
})

const vocabulary = vocabularyOf(examples)
const model = fit(examples, vocabulary)
const out = { features: [...LINE_MODEL_FEATURES], ...model, vocabulary, maxWords: MAX_WORDS, threshold: best }
writeFileSync(values.out, JSON.stringify(out, null, 1) + '\n')
console.log(`threshold ${best}; ${Object.keys(vocabulary).length} words in the vocabulary; wrote ${values.out}`)
