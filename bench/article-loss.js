#!/usr/bin/env node
// Article words lost and cruft words kept on the real-text corpus
// (bench/build-corpus.js makes it), for this checkout's build and, with
// --root, another checkout's build in the same run: the "do no harm"
// figures, counted in words rather than lines so that one lost paragraph
// weighs more than one lost dateline.
//
//   node bench/article-loss.js CORPUS_DIR [--split dev|check] [--form F] [--root OTHER_CHECKOUT] [--worse N]
//
// Per build: article words lost (of all article words), cruft words kept,
// and the documents of at least 80 article words that lose more than half,
// and more than 90%, of them. With --root, `--worse N` lists the N documents
// that lose the most more words here than in the other build (the totals
// hide them). Run `npm run build` in each checkout first.
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { keptLines } from './lib/kept.js'
import { readSplit } from './lib/split.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { split: { type: 'string', default: 'check' }, form: { type: 'string' }, root: { type: 'string' }, worse: { type: 'string', default: '10' } },
})
if (positionals.length !== 1) {
  console.error('usage: node bench/article-loss.js CORPUS_DIR [--split dev|check] [--form F] [--root OTHER_CHECKOUT]')
  process.exit(2)
}
const MIN_ARTICLE_WORDS = 80
const words = (s) => s.split(/\s+/).filter(Boolean).length

const docs = readSplit(positionals[0], values.split).filter((d) => values.form === undefined || d.form === values.form)

const builds = [['this checkout', resolve(import.meta.dirname, '..')]]
if (values.root !== undefined) builds.push([values.root, resolve(values.root)])

console.log(`${values.split} split${values.form ? `, form ${values.form}` : ''}: ${docs.length} documents`)
console.log(['build', 'article words', 'lost', 'cruft words kept', `docs >50% lost`, `docs >90% lost`].join('\t'))
const lostByBuild = []
for (const [name, root] of builds) {
  const lostHere = []
  lostByBuild.push(lostHere)
  const { clean } = await import(pathToFileURL(join(root, 'dist/lib/index.js')).href)
  let article = 0
  let lost = 0
  let cruftKept = 0
  let half = 0
  let most = 0
  for (const d of docs) {
    const lines = d.text.split('\n')
    const kept = keptLines(lines, clean(d.text))
    let a = 0
    let l = 0
    lines.forEach((text, i) => {
      const n = words(text)
      if (d.labels[i] === 1) {
        a += n
        if (!kept[i]) l += n
      } else if (kept[i]) cruftKept += n
    })
    article += a
    lost += l
    lostHere.push([a, l])
    if (a >= MIN_ARTICLE_WORDS && l > 0.5 * a) half++
    if (a >= MIN_ARTICLE_WORDS && l > 0.9 * a) most++
  }
  console.log([name, article, lost, cruftKept, half, most].join('\t'))
}

if (lostByBuild.length === 2) {
  const [here, there] = lostByBuild
  const worse = docs.map((d, i) => ({ d, a: here[i][0], now: here[i][1], then: there[i][1] })).filter((r) => r.now > r.then)
  worse.sort((p, q) => q.now - q.then - (p.now - p.then))
  console.log(`${worse.length} documents lose more article words here (${worse.reduce((s, r) => s + r.now - r.then, 0)} in all):`)
  for (const r of worse.slice(0, Number(values.worse))) console.log(`  ${r.d.id} ${r.d.form}: ${r.then} -> ${r.now} of ${r.a}`)
}
