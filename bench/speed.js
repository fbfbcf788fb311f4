#!/usr/bin/env node
// Throughput of `clean` beside a passthrough in the same run, then the
// linear-time checks. Prints figures; asserts nothing.
//
//   node bench/speed.js [FOLDER...] [--generate N] [--rounds 5] [--out DIR] [--no-linear]
//
// Run `npm run build` first. FOLDER defaults to seeds/ and test/fixtures/
// (every *.txt that is not *.expected.txt). --generate N cleans N documents
// made by mixing the lines of those documents instead (written to a temp
// folder first, so they are read from disk like the others).
//
// Per file, the passthrough reads the file, splits it into lines, joins them
// and writes the result; cleanup reads the file, cleans it and writes the
// result. Both write into the same temp folder (--out DIR to choose, e.g. a
// tmpfs). The two alternate for --rounds rounds and the medians are printed,
// so a busy machine slows both alike; compare the ratio, not the absolutes.
// Times are CPU time of this process (user + system); the wall-clock ratio
// is printed too.
//
// Linear time: a single-line document of 2.5, 5 and 10 MB, a document of
// 25k, 50k and 100k lines, and adversarial lines (runs of the characters the
// bundled patterns repeat on: spaces, brackets, quotes, dashes, hashes,
// separators, hyphenated tokens, repeated phrases) at n, 2n and 4n
// characters. Linear time shows as about x2 per doubling; a regex that
// backtracks shows as x4 or worse. Each adversarial family runs in a worker
// with a time limit, so a blow-up is reported instead of hanging the run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { clean, defaultRules } from '../dist/lib/index.js'
import { ADVERSARIAL, adversarialDocument } from './lib/adversarial.js'

/** Deterministic pseudo-random numbers, so generated inputs are the same every run. */
function random(seed) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/**
 * CPU seconds (user + system) that fn takes. On a shared machine the wall
 * clock mostly measures the other processes; CPU time measures the work.
 * Kernel time for reading and writing files counts, so the passthrough is
 * charged for its I/O like cleanup is.
 */
function seconds(fn) {
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}


const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (x, digits = 1) => x.toFixed(digits)

if (!isMainThread) {
  // Worker: time one adversarial family at the given sizes, report each size as it finishes.
  const { family, sizes } = workerData
  defaultRules()
  for (const n of sizes) {
    const doc = adversarialDocument(ADVERSARIAL[family](n))
    clean(doc) // warm up on this shape
    const t = Math.min(seconds(() => clean(doc)), seconds(() => clean(doc)))
    parentPort.postMessage({ n, chars: doc.length, t })
  }
} else {
  await main()
}

// ---------------------------------------------------------------------------

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      generate: { type: 'string' },
      rounds: { type: 'string', default: '5' },
      out: { type: 'string' },
      'no-linear': { type: 'boolean', default: false },
      'adversarial-size': { type: 'string', default: '100000' },
      'time-limit': { type: 'string', default: '20' },
    },
  })
  const rounds = Number(values.rounds)
  const folders = positionals.length > 0 ? positionals : ['seeds', 'test/fixtures'].filter((f) => existsSync(f))
  const sourceFiles = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))
      .sort()
      .map((f) => join(folder, f)),
  )
  if (sourceFiles.length === 0) {
    console.error('speed: no *.txt documents in ' + folders.join(', '))
    process.exit(2)
  }

  const work = mkdtempSync(join(tmpdir(), 'cleanup-speed-'))
  const outDir = values.out ?? join(work, 'out')
  mkdirSync(outDir, { recursive: true })
  try {
    let files = sourceFiles
    let what = `${folders.join(' + ')}`
    if (values.generate !== undefined) {
      files = generate(sourceFiles, Number(values.generate), join(work, 'in'))
      what = `${files.length} documents generated from the lines of ${folders.join(' + ')}`
    }
    defaultRules() // load and compile the rules outside the timed loops
    console.log(`node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => fmt(l, 2)).join(' ')}`)
    throughput(files, what, outDir, rounds)
    if (!values['no-linear']) {
      const lines = sourceFiles.flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/))
      linearDocuments(lines)
      await adversarial(Number(values['adversarial-size']), Number(values['time-limit']))
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Write `count` documents that mix the lines of the source files (runs of 3-40 lines, blank lines kept). */
function generate(sourceFiles, count, dir) {
  mkdirSync(dir, { recursive: true })
  const next = random(1)
  const docs = sourceFiles.map((f) => readFileSync(f, 'utf8').split(/\r?\n/))
  const files = []
  for (let i = 0; i < count; i++) {
    const out = []
    const parts = 1 + Math.floor(next() * 4)
    for (let p = 0; p < parts; p++) {
      const doc = docs[Math.floor(next() * docs.length)]
      const from = Math.floor(next() * doc.length)
      out.push(...doc.slice(from, from + 3 + Math.floor(next() * 38)))
    }
    const file = join(dir, `generated-${String(i).padStart(5, '0')}.txt`)
    writeFileSync(file, out.join('\n') + '\n')
    files.push(file)
  }
  return files
}

// ---------------------------------------------------------------------------
// Throughput.

function throughput(files, what, outDir, rounds) {
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0)
  const targets = files.map((f, i) => join(outDir, `${String(i).padStart(5, '0')}-${basename(f)}`))

  const passthrough = () => {
    for (let i = 0; i < files.length; i++) {
      const text = readFileSync(files[i], 'utf8')
      writeFileSync(targets[i], text.split(/\r?\n/).join('\n'))
    }
  }
  const cleanup = () => {
    for (let i = 0; i < files.length; i++) writeFileSync(targets[i], clean(readFileSync(files[i], 'utf8')))
  }
  const inMemory = files.map((f) => readFileSync(f, 'utf8'))
  const splitJoin = () => {
    for (const text of inMemory) text.split(/\r?\n/).join('\n')
  }
  const cleanOnly = () => {
    for (const text of inMemory) clean(text)
  }

  // Warm up for about a second (JIT-compiled code, the rules' needle automaton), so the rounds
  // measure the steady state.
  let warm = 0
  for (let i = 0; warm < 1 || i < 3; i++) warm += seconds(cleanup) + seconds(passthrough)
  // Enough passes per round for about half a second of cleanup.
  const passes = Math.max(1, Math.round(0.5 / seconds(cleanup)))
  const results = { passthrough: [], cleanup: [], splitJoin: [], cleanOnly: [] }
  const wall = { passthrough: [], cleanup: [] }
  const timeRound = (name, fn) => {
    const start = process.hrtime.bigint()
    results[name].push(seconds(() => {
      for (let p = 0; p < passes; p++) fn()
    }))
    wall[name]?.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  for (let r = 0; r < rounds; r++) {
    timeRound('passthrough', passthrough)
    timeRound('cleanup', cleanup)
    timeRound('splitJoin', splitJoin)
    timeRound('cleanOnly', cleanOnly)
  }

  const docs = files.length * passes
  const mb = (bytes * passes) / 1e6
  const row = (label, t) =>
    `${label.padEnd(44)} ${fmt(docs / t, 0).padStart(9)} docs/s ${fmt(mb / t).padStart(8)} MB/s`
  const t = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]))
  console.log(`\nThroughput: ${what}: ${files.length} documents, ${fmt(bytes / 1024, 0)} KiB, ${passes} passes per round, median of ${rounds} alternating rounds, CPU time; output to ${outDir}`)
  console.log(row('passthrough (read, split, join, write)', t.passthrough))
  console.log(row('cleanup (read, clean, write)', t.cleanup))
  console.log(`${'cleanup / passthrough'.padEnd(44)} ${fmt((100 * t.passthrough) / t.cleanup, 0).padStart(9)} %   (wall clock: ${fmt((100 * median(wall.passthrough)) / median(wall.cleanup), 0)} %)`)
  console.log(row('in memory: split + join', t.splitJoin))
  console.log(row('in memory: clean()', t.cleanOnly))
  console.log(`peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`)
}

// ---------------------------------------------------------------------------
// Linear time.

function timeClean(doc) {
  clean(doc.slice(0, 100000)) // warm up on this shape
  return Math.min(seconds(() => clean(doc)), seconds(() => clean(doc)))
}

function printSeries(title, rows) {
  console.log(`\n${title}`)
  let previous
  for (const { label, size, t } of rows) {
    const growth = previous === undefined ? '' : `x${fmt(t / previous.t, 2)} time for x${fmt(size / previous.size, 1)} size`
    console.log(`  ${label.padEnd(24)} ${fmt(t * 1000, 1).padStart(9)} ms ${fmt(size / 1e6 / t).padStart(8)} MB/s   ${growth}`)
    previous = { t, size }
  }
}

function linearDocuments(lines) {
  const prose = lines.filter((l) => l.trim() !== '').join(' ')
  const singleLine = (size) => {
    let s = prose
    while (s.length < size) s += ' ' + s
    return s.slice(0, size) + '\n'
  }
  printSeries(
    'Linear time: one document on a single line (prose: too many words for any rule but the shape ones)',
    [2_500_000, 5_000_000, 10_000_000].map((size) => {
      const doc = singleLine(size)
      return { label: `${fmt(size / 1e6, 1)} MB, 1 line`, size: Buffer.byteLength(doc), t: timeClean(doc) }
    }),
  )
  // The same text with hyphens for spaces: one word, so every pattern of every rule runs on all of it.
  printSeries(
    'Linear time: one document on a single line without spaces (one word: every pattern runs on it)',
    [2_500_000, 5_000_000, 10_000_000].map((size) => {
      const doc = singleLine(size).replace(/ /g, '-')
      return { label: `${fmt(size / 1e6, 1)} MB, 1 word`, size: Buffer.byteLength(doc), t: timeClean(doc) }
    }),
  )
  const manyLines = (count) => {
    const out = []
    for (let i = 0; out.length < count; i++) out.push(lines[i % lines.length])
    return out.join('\n') + '\n'
  }
  printSeries(
    'Linear time: one document of many lines',
    [25_000, 50_000, 100_000].map((count) => {
      const doc = manyLines(count)
      return { label: `${count / 1000}k lines, ${fmt(Buffer.byteLength(doc) / 1e6, 1)} MB`, size: Buffer.byteLength(doc), t: timeClean(doc) }
    }),
  )
}

async function adversarial(n, limitSeconds) {
  const sizes = [n, 2 * n, 4 * n]
  console.log(`\nLinear time: adversarial lines (each in the header, the body and the tail of a short article), ${sizes.join(' / ')} characters; limit ${limitSeconds}s per family`)
  console.log(`  ${'family'.padEnd(30)} ${sizes.map((s) => `${s} ch`.padStart(11)).join('')}   per doubling`)
  let worst = 0
  for (const family of Object.keys(ADVERSARIAL)) {
    const times = await new Promise((resolve) => {
      const got = []
      const worker = new Worker(new URL(import.meta.url), { workerData: { family, sizes } })
      const timer = setTimeout(() => {
        void worker.terminate()
        resolve(got)
      }, limitSeconds * 1000)
      worker.on('message', (m) => got.push(m.t))
      worker.on('error', (err) => {
        clearTimeout(timer)
        console.log(`  ${family}: error ${err.message}`)
        resolve(got)
      })
      worker.on('exit', () => {
        clearTimeout(timer)
        resolve(got)
      })
    })
    const ratios = times.slice(1).map((t, i) => t / times[i])
    worst = Math.max(worst, ...ratios)
    const cells = sizes.map((_, i) => (times[i] === undefined ? 'TIMEOUT' : `${fmt(times[i] * 1000, 2)} ms`).padStart(11)).join('')
    console.log(`  ${family.padEnd(30)} ${cells}   ${ratios.map((r) => `x${fmt(r, 1)}`).join(' ')}${times.length < sizes.length ? '  over the limit: super-linear?' : ''}`)
  }
  console.log(`  worst growth per doubling: x${fmt(worst, 1)} (linear is about x2; quadratic x4)`)
}
