#!/usr/bin/env node
// Throughput of `cleanup --jsonl` at --jobs 1 and --jobs 2 beside a plain
// JSON parse/stringify passthrough of the same file, in the same run, with
// the peak RSS of each process. The corpus is generated from the seeds
// (seed articles in varied cruft, with pass-through fields) and reused.
//
//   node bench/ingest.js [--size 1000] [--corpus /tmp/cleanup-bench/corpus.jsonl] [--repeat 1]
//
// --size is in MB (at least 500 for the figures in docs/benchmarks.md). Run
// `npm run build` first. Each run writes to /dev/null; with --repeat N the
// best of N runs is shown. CPU s (user + system, all threads) is printed
// beside wall time: on a shared machine the load average, printed too,
// shows how far wall time is from what the process alone would take.
import { spawn } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { makeCorpus } from './lib/corpus.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    corpus: { type: 'string' },
    repeat: { type: 'string', default: '1' },
  },
})
const size = Number(values.size)
const corpusPath = values.corpus ?? `/tmp/cleanup-bench/corpus-${size}MB.jsonl`
mkdirSync(dirname(corpusPath), { recursive: true })
process.stdout.write(`generating or reusing ${corpusPath} ... `)
const corpus = makeCorpus(corpusPath, size, join(root, 'seeds'))
console.log(`${(corpus.bytes / 1e6).toFixed(0)} MB, ${corpus.records} records`)

/** Run a node script on the corpus, output to /dev/null; wall time and peak RSS. */
function measure(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const devnull = openSync('/dev/null', 'w')
    const child = spawn(process.execPath, ['--import', join(here, 'lib/maxrss.js'), ...args], { stdio: ['ignore', devnull, 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`))
      const rss = Number(/bench-maxrss-kb=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024
      const cpu = Number(/bench-cpu-us=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6
      resolve({ seconds, rss, cpu })
    })
  })
}

const runs = [
  ['passthrough (JSON parse + stringify)', [join(here, 'lib/passthrough.js'), corpusPath]],
  ['cleanup --jsonl --jobs 1', [join(root, 'bin/cleanup.js'), '--jsonl', '--jobs', '1', '--quiet', corpusPath]],
  ['cleanup --jsonl --jobs 2', [join(root, 'bin/cleanup.js'), '--jsonl', '--jobs', '2', '--quiet', corpusPath]],
]
const best = new Map()
for (let k = 0; k < Number(values.repeat); k++) {
  for (const [label, args] of runs) {
    const r = await measure(args)
    const prev = best.get(label)
    if (prev === undefined || r.seconds < prev.seconds) best.set(label, { ...r, rss: Math.max(r.rss, prev?.rss ?? 0) })
  }
}

const base = best.get(runs[0][0])
console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; best of ${values.repeat}`)
console.log(`${'run'.padEnd(38)} ${'seconds'.padStart(8)} ${'docs/s'.padStart(8)} ${'MB/s'.padStart(7)} ${'vs passthrough'.padStart(15)} ${'peak RSS'.padStart(9)} ${'CPU s'.padStart(7)}`)
for (const [label] of runs) {
  const r = best.get(label)
  const share = `${((base.seconds / r.seconds) * 100).toFixed(0)}%`
  console.log(
    `${label.padEnd(38)} ${r.seconds.toFixed(1).padStart(8)} ${(corpus.records / r.seconds).toFixed(0).padStart(8)} ${(corpus.bytes / 1e6 / r.seconds).toFixed(1).padStart(7)} ${share.padStart(15)} ${`${r.rss.toFixed(0)} MB`.padStart(9)} ${r.cpu.toFixed(1).padStart(7)}`,
  )
}
const j1 = best.get(runs[1][0])
const j2 = best.get(runs[2][0])
console.log(`docs/s at --jobs 2 / --jobs 1: ${(j1.seconds / j2.seconds).toFixed(2)}x`)
