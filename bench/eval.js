#!/usr/bin/env node
// Accuracy on folders of input/expected pairs (<name>.txt + <name>.expected.txt).
// Prints, per folder and overall: documents exact, clean documents changed,
// documents losing more than 1% of their article words, and kept cruft.
//
//   node bench/eval.js seeds test/fixtures [more folders...] [--verbose] [--min-exact 0.95]
//
// Run `npm run build` first: it measures the built package, as users get it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { clean } from '../dist/lib/index.js'
import { countDocument, newTally } from './lib/score.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', short: 'v' }, 'min-exact': { type: 'string' } },
})
const folders = positionals.length > 0 ? positionals : ['seeds', 'test/fixtures']

const normalise = (text) => {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').split('\n')
  while (lines.length && lines[0].trim() === '') lines.shift()
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop()
  return lines.join('\n') + '\n'
}

const total = newTally()
for (const folder of folders) {
  const t = newTally()
  let worstLoss = 0
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.expected.txt')).sort()) {
    const name = f.slice(0, -'.expected.txt'.length)
    const input = readFileSync(join(folder, `${name}.txt`), 'utf8')
    const expected = readFileSync(join(folder, f), 'utf8')
    const out = clean(input)
    const isClean = normalise(input) === normalise(expected)
    const { lost, left } = countDocument(t, out, expected, isClean)
    worstLoss = Math.max(worstLoss, lost)
    if (values.verbose && out !== expected) {
      console.log(`  ${folder}/${name}: lost ${(lost * 100).toFixed(1)}% of article words, ${left} cruft words left${isClean ? ' (CLEAN DOC CHANGED)' : ''}`)
    }
  }
  const pct = (n) => `${((100 * n) / Math.max(1, t.docs)).toFixed(1)}%`
  console.log(`${folder}: ${t.docs} docs, ${t.exact} exact (${pct(t.exact)}), ${t.cleanChanged}/${t.clean} clean docs changed, ${t.lossy} losing >1% of article words (worst ${(worstLoss * 100).toFixed(1)}%), ${t.cruftLeft} with cruft left`)
  for (const k of Object.keys(total)) total[k] += t[k]
}
const share = total.exact / Math.max(1, total.docs)
console.log(`overall: ${total.docs} docs, ${total.exact} exact (${(share * 100).toFixed(1)}%), ${total.cleanChanged}/${total.clean} clean docs changed, ${total.lossy} losing >1%`)
if (values['min-exact'] !== undefined && share < Number(values['min-exact'])) {
  console.error(`exact share ${share.toFixed(3)} is below the minimum ${values['min-exact']}`)
  process.exit(1)
}
