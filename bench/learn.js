#!/usr/bin/env node
// Learning on a held-out generated corpus (bench/learn-corpus.js: sources
// and templates the tests never show). Learns rules from the raw pages,
// cleans every page with the defaults plus the learned rules, and prints,
// beside the defaults alone: documents exact, clean documents changed,
// documents losing more than 1% of their article words.
//
//   node bench/learn.js [--seed 7] [--files] [--verbose] [--write DIR]
//
// --files learns from the whole corpus as one group (no sources) instead
// of per source. --write DIR writes the corpus as DIR/<source>/<n>.txt
// with <n>.expected.txt beside it, and DIR/corpus.jsonl, for the CLI.
// Run `npm run build` first: it measures the built package.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { clean, learnRules, ruleSetFrom } from '../dist/lib/index.js'
import { generate } from './learn-corpus.js'
import { countDocument, newTally } from './lib/score.js'

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '7' },
    files: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    write: { type: 'string' },
    'min-share': { type: 'string' },
    'min-docs': { type: 'string' },
  },
})
const docs = generate({ seed: Number(values.seed) })

if (values.write !== undefined) {
  for (const d of docs) {
    mkdirSync(join(values.write, d.source), { recursive: true })
    writeFileSync(join(values.write, `${d.id}.txt`), d.text)
    writeFileSync(join(values.write, `${d.id}.expected.txt`), d.expected)
  }
  writeFileSync(join(values.write, 'corpus.jsonl'), docs.map((d) => JSON.stringify({ id: d.id, domain: d.source, text: d.text })).join('\n') + '\n')
}

function measure(label, cleanDoc, showMisses = false) {
  const t = newTally()
  const misses = []
  for (const d of docs) {
    const out = cleanDoc(d)
    const { lost, left } = countDocument(t, out, d.expected, d.text === d.expected)
    if (out !== d.expected) misses.push(`  ${d.id}: lost ${(lost * 100).toFixed(1)}% of article words, ${left} cruft words left`)
  }
  const pct = (n) => `${((100 * n) / t.docs).toFixed(1)}%`
  console.log(`${label}: ${t.docs} docs, ${t.exact} exact (${pct(t.exact)}), ${t.cleanChanged}/${t.clean} clean docs changed, ${t.lossy} losing >1% of article text, ${t.cruftLeft} with cruft left`)
  if (showMisses) for (const m of misses) console.log(m)
  return t
}

const sources = new Set(docs.map((d) => d.source)).size
console.log(`corpus: ${docs.length} documents from ${sources} sources (seed ${values.seed})`)
measure('defaults only', (d) => clean(d.text))

const started = process.hrtime.bigint()
const bySource = values.files !== true
const { rules, summary } = learnRules(docs, {
  bySource,
  ...(values['min-share'] !== undefined ? { minShare: Number(values['min-share']) } : {}),
  ...(values['min-docs'] !== undefined ? { minDocs: Number(values['min-docs']) } : {}),
})
const ms = Number(process.hrtime.bigint() - started) / 1e6
console.log(`learned (${bySource ? 'per source' : 'one group'}): ${summary.lineRules} line rules, ${summary.cueRules} cue rules, ${summary.rejected.length} recurring lines kept out by the guards, in ${ms.toFixed(0)} ms`)
if (values.verbose) {
  for (const r of rules.rules) console.log(`  ${r.id} (${r.kind}${r.cut ? `, ${r.cut}` : ''}, ${r.position}, ${r.support.documents} docs)`)
  for (const r of summary.rejected) console.log(`  kept out (${r.reason}, ${r.documents} docs${r.source ? ` of ${r.source}` : ''}): ${r.line.slice(0, 70)}`)
}
const learned = ruleSetFrom([{ source: 'learned rules', rules }])
const t = measure('defaults + learned', (d) => clean(d.text, { rules: learned, source: d.source }), values.verbose)
const share = t.exact / t.docs
console.log(`target >= 95% exact, no clean doc changed, none losing >1%: ${share >= 0.95 && t.cleanChanged === 0 && t.lossy === 0 ? 'met' : 'NOT met'}`)
