#!/usr/bin/env node
// Which removal rules take article words, on the real-text corpus
// (bench/build-corpus.js makes it): the input for tuning a rule on one form
// of text. Tune on dev only.
//
//   node bench/rule-losses.js CORPUS_DIR [--split dev] [--form F] [--examples N] [--top N] [--out FILE.md]
//
// Every non-blank line cleanup removes is charged to the removal
// (cleanWithReport's `removals`, 1-based input lines) that covers it; a
// removed line no removal covers is charged to "(no removal)". Per rule:
// the gold-labelled article lines and words it removed, the same without
// the lines whose text stays elsewhere in the output (a repeated headline:
// the shingle measure does not miss them), the cruft lines and words it
// removed, and the documents it took article lines from (by corpus set);
// the documents taken for whole pages; then N example
// article lines, from as many documents as there are. Rules are ordered by
// article words removed. Markdown on stdout, or written to --out. Run
// `npm run build` first: it measures the built package.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { cleanWithReport } from '../dist/lib/index.js'
import { wordsOf } from './lib/gold.js'
import { keptLines } from './lib/kept.js'
import { readSplit } from './lib/split.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'dev' },
    form: { type: 'string' },
    examples: { type: 'string', default: '6' },
    top: { type: 'string', default: '15' },
    out: { type: 'string' },
  },
})
if (positionals.length !== 1) {
  console.error('usage: node bench/rule-losses.js CORPUS_DIR [--split dev] [--form F] [--examples N] [--top N] [--out FILE.md]')
  process.exit(2)
}

let docs = readSplit(positionals[0], values.split)
if (values.form) docs = docs.filter((d) => d.form === values.form)

const NONE = '(no removal)'
const byRule = new Map()
const tallyOf = (rule) => {
  if (!byRule.has(rule)) byRule.set(rule, { lines: 0, words: 0, dupLines: 0, dupWords: 0, cruftLines: 0, cruftWords: 0, docs: new Set(), sets: new Map(), examples: [] })
  return byRule.get(rule)
}
let articleWords = 0
let lostWords = 0
const pageMode = new Map()
for (const d of docs) {
  const lines = d.text.replace(/\n$/, '').split('\n')
  const report = cleanWithReport(d.text)
  if (report.mode === 'page') pageMode.set(d.set, (pageMode.get(d.set) ?? 0) + 1)
  const kept = keptLines(lines, report.text)
  const outLines = new Set(report.text.split('\n').map((l) => l.trim()).filter(Boolean))
  const ruleOf = new Array(lines.length).fill(NONE)
  for (const r of report.removals) for (let i = r.from - 1; i < r.to && i < lines.length; i++) if (ruleOf[i] === NONE) ruleOf[i] = r.rule
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    const n = wordsOf(lines[i]).length
    if (d.labels[i] === 1) articleWords += n
    if (kept[i]) continue
    const t = tallyOf(ruleOf[i])
    if (d.labels[i] !== 1) {
      t.cruftLines++
      t.cruftWords += n
      continue
    }
    lostWords += n
    if (outLines.has(lines[i].trim())) {
      t.dupLines++
      t.dupWords += n
      continue
    }
    t.lines++
    t.words += n
    if (!t.docs.has(d.id)) t.sets.set(d.set, (t.sets.get(d.set) ?? 0) + 1)
    t.docs.add(d.id)
    t.examples.push({ id: d.id, set: d.set, line: lines[i] })
  }
}

/** N examples, one per document first, longest lines of each pass first. */
function pick(examples, n) {
  const seen = new Set()
  const first = []
  const rest = []
  for (const e of [...examples].sort((a, b) => b.line.length - a.line.length)) {
    if (seen.has(e.id)) rest.push(e)
    else first.push(e)
    seen.add(e.id)
  }
  return [...first, ...rest].slice(0, n)
}
const clip = (s) => (s.length > 220 ? `${s.slice(0, 220)}…` : s).replace(/\|/g, '\\|')

const rules = [...byRule.entries()].sort((a, b) => b[1].words + b[1].dupWords - (a[1].words + a[1].dupWords))
const out = []
out.push(`# Article words removed, by rule: ${values.form ?? 'all forms'}, ${values.split} split`)
out.push('')
out.push(`${docs.length} documents, ${articleWords} article words (gold-labelled lines); cleanup (default options) removes ${lostWords} of them.`)
const bySet = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')
out.push(`Taken for whole pages (the report's mode is page): ${[...pageMode.values()].reduce((a, b) => a + b, 0)} documents (${bySet(pageMode) || 'none'}).`)
out.push('"dup" = article lines whose text stays elsewhere in the output (a repeated headline; the shingle measure does not miss them).')
out.push('')
out.push('| rule | article words (not dup) | article lines (not dup) | dup words | docs | cruft lines / words removed | docs by set |')
out.push('| --- | --- | --- | --- | --- | --- | --- |')
for (const [rule, t] of rules) out.push(`| \`${rule}\` | ${t.words} | ${t.lines} | ${t.dupWords} | ${t.docs.size} | ${t.cruftLines} / ${t.cruftWords} | ${bySet(t.sets)} |`)
for (const [rule, t] of rules.slice(0, Number(values.top))) {
  if (t.lines === 0) continue
  out.push('')
  out.push(`## \`${rule}\`: ${t.words} article words, ${t.lines} lines, ${t.docs.size} documents (${bySet(t.sets)}; cruft removed: ${t.cruftLines} lines)`)
  out.push('')
  for (const e of pick(t.examples, Number(values.examples))) out.push(`- \`${e.id}\`: ${clip(e.line)}`)
}
const md = out.join('\n') + '\n'
if (values.out) writeFileSync(values.out, md)
else process.stdout.write(md)
