#!/usr/bin/env node
// CPU time of the library's `clean` over the first N corpus documents, in
// process, for this build and another one alternated in fresh processes
// (a shared machine's load moves single runs by 10-20%; alternating and
// taking the best and the median of each is what survives it). Prints
// figures; asserts nothing.
//
//   node bench/clean-cpu.js --before DIR [--limit 1500] [--rounds 4] [--corpus FILE]
//
// DIR is another checkout, built (see bench/throughput.js for making one).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    limit: { type: 'string', default: '1500' },
    rounds: { type: 'string', default: '4' },
    corpus: { type: 'string', default: '/work/data/corpus/dev.jsonl' },
    // Internal: one measured run of the build at this root.
    child: { type: 'string' },
  },
})

if (values.child !== undefined) {
  const { clean } = await import(pathToFileURL(join(values.child, 'dist/lib/index.js')).href)
  const texts = readFileSync(values.corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, Number(values.limit))
    .map((l) => JSON.parse(l).text).filter((t) => typeof t === 'string')
  const start = process.cpuUsage()
  for (const text of texts) clean(text)
  const used = process.cpuUsage(start)
  console.log(JSON.stringify({ cpu: (used.user + used.system) / 1e6, rss: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}

if (values.before === undefined) throw new Error('--before DIR is required')
const roots = { before: resolve(values.before), after: resolve(here, '..') }
const runs = { before: [], after: [] }
console.log(`clean() over the first ${values.limit} records of ${values.corpus}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
for (let r = 0; r < Number(values.rounds); r++) {
  for (const which of ['before', 'after']) {
    const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', roots[which], '--limit', values.limit, '--corpus', values.corpus], { encoding: 'utf8' })
    if (out.status !== 0) throw new Error(`${which} run failed: ${out.stderr}`)
    const { cpu, rss } = JSON.parse(out.stdout)
    runs[which].push(cpu)
    console.log(`  ${which.padEnd(6)} ${cpu.toFixed(2)} s CPU  ${rss.toFixed(0)} MB peak RSS`)
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
for (const which of ['before', 'after']) console.log(`${which.padEnd(6)} best ${Math.min(...runs[which]).toFixed(2)} s, median ${median(runs[which]).toFixed(2)} s  (${roots[which]})`)
console.log(`after / before: best ${(Math.min(...runs.after) / Math.min(...runs.before)).toFixed(2)}, median ${(median(runs.after) / median(runs.before)).toFixed(2)}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
