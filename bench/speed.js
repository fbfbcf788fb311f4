#!/usr/bin/env node
// Throughput of clean() beside a baseline in the same run: the baseline
// splits each document into lines and joins them again (the least any
// line-based cleaner must do). Prints docs/s, MB/s and peak RSS.
//
//   node bench/speed.js [--seconds 5]
//
// Run `npm run build` first. Documents: the seeds and test fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { clean, defaultRules } from '../dist/lib/index.js'

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } })
const seconds = Number(values.seconds)

const docs = []
for (const folder of ['seeds', 'test/fixtures'].filter((f) => existsSync(f))) {
  for (const f of readdirSync(folder)) {
    if (f.endsWith('.txt') && !f.endsWith('.expected.txt')) docs.push(readFileSync(join(folder, f), 'utf8'))
  }
}
const bytesPerPass = docs.reduce((n, d) => n + Buffer.byteLength(d), 0)
defaultRules() // load and compile the rules outside the timed loop

function measure(label, fn) {
  let n = 0
  let bytes = 0
  const start = process.hrtime.bigint()
  const end = start + BigInt(Math.round(seconds * 1e9))
  while (process.hrtime.bigint() < end) {
    for (const d of docs) fn(d)
    n += docs.length
    bytes += bytesPerPass
  }
  const s = Number(process.hrtime.bigint() - start) / 1e9
  console.log(`${label.padEnd(28)} ${(n / s).toFixed(0).padStart(8)} docs/s ${(bytes / s / 1e6).toFixed(2).padStart(8)} MB/s`)
}

console.log(`${docs.length} documents, ${(bytesPerPass / 1024).toFixed(0)} KiB per pass, ${seconds}s per measurement, node ${process.version}`)
measure('baseline (split + join)', (d) => d.split(/\r?\n/).join('\n'))
measure('cleanup clean()', (d) => clean(d))
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
