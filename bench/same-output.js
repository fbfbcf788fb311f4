#!/usr/bin/env node
// What a build makes of every record of a corpus split, to compare two
// builds byte for byte (a speed-up must not change any output):
//
//   node bench/same-output.js --root BEFORE --out before.jsonl [--corpus FILE] [--mode auto|article|page]
//   node bench/same-output.js --root AFTER --out after.jsonl
//   cmp before.jsonl after.jsonl
//
// One JSON line per record: its id and the whole report of `cleanWithReport`
// (text, removals with their lines and reasons, guard, mode, page evidence,
// fallback, line counts), so a change in why a line goes shows too. Prints
// the record count, the cleaning's CPU time and a hash of the output.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(here, '..') },
    corpus: { type: 'string', default: '/work/data/corpus/dev.jsonl' },
    out: { type: 'string' },
    mode: { type: 'string' },
  },
})
if (values.out === undefined) throw new Error('--out FILE is required')
const { cleanWithReport } = await import(pathToFileURL(join(resolve(values.root), 'dist/lib/index.js')).href)
const records = readFileSync(values.corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l))
const options = values.mode === undefined ? {} : { mode: values.mode }
const lines = []
const start = process.cpuUsage()
for (const r of records) {
  if (typeof r.text !== 'string') continue
  const rep = cleanWithReport(r.text, options)
  lines.push(JSON.stringify({ id: r.id, text: rep.text, removals: rep.removals, guard: rep.guard, mode: rep.mode, evidence: rep.evidence, fallback: rep.fallback, linesIn: rep.linesIn, linesOut: rep.linesOut }))
}
const used = process.cpuUsage(start)
const body = lines.join('\n') + '\n'
writeFileSync(values.out, body)
console.log(`${values.out}: ${lines.length} records, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU, sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 16)}`)
