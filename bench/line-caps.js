#!/usr/bin/env node
// The line caps of the bundled patterns (lib/match/line-caps.ts) and how
// often real text crosses them: cleans a corpus in process and counts the
// lines that a pattern met past its cap (and so ran on the linear engine
// rather than V8). Prints figures; asserts nothing.
//
//   node bench/line-caps.js [--corpus FILE] [--limit N] [--root DIR]
//   node bench/line-caps.js --probes
//
// --probes times the issue's probe instead: \bfoo\b[^.]*$ on lines of
// "foo " and a final ".", on V8 (what a bundled pattern ran on before the
// caps) and as a capped bundled pattern runs now, up to 10 MB.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '/work/data/corpus/dev.jsonl' },
    limit: { type: 'string' },
    root: { type: 'string', default: resolve(here, '..') },
    probes: { type: 'boolean', default: false },
  },
})
const root = resolve(values.root)
const load = (path) => import(pathToFileURL(join(root, 'dist/lib', path)).href)
if (values.probes) {
  const { bundledOnV8 } = await load('match/engines.js')
  const source = '\\bfoo\\b[^.]*$'
  const engine = bundledOnV8(source, 'u')
  const capped = (text) => (text.length <= engine.maxChars ? new RegExp(source, 'u').exec(text)?.[0] ?? null : engine.beyond.exec(text))
  const ms = (f) => {
    const start = process.hrtime.bigint()
    const answer = f()
    return [Number(process.hrtime.bigint() - start) / 1e6, answer]
  }
  console.log(`${source}: cap ${engine.maxChars} characters; a line of "foo " repeated and "."`)
  for (const chars of [25_000, 50_000, 100_000, 10_000_000]) {
    const line = 'foo '.repeat(chars / 4) + '.'
    const [after, a] = ms(() => capped(line))
    // V8 alone is quadratic: measured up to 100 kB (about 10 s on a loaded 2-core machine).
    const before = chars <= 100_000 ? ms(() => new RegExp(source, 'u').exec(line)?.[0] ?? null) : null
    console.log(`  ${String(chars).padStart(10)} chars: V8 ${before === null ? 'not run (quadratic)' : `${before[0].toFixed(0)} ms`}, capped ${after.toFixed(0)} ms (${engine.maxChars < line.length ? 'linear engine' : 'V8'}), answers ${before === null || before[1] === a ? 'agree' : 'DIFFER'}`)
  }
  process.exit(0)
}
const { cleanWithReport } = await load('index.js')
const { pastLineCap } = await load('match/patterns.js')
const precompiled = JSON.parse(readFileSync(join(root, 'dist/lib/precompiled.json'), 'utf8'))

const caps = Object.values(precompiled.lineCaps ?? {})
const finite = caps.filter((c) => c !== null).sort((a, b) => a - b)
const q = (p) => finite[Math.min(finite.length - 1, Math.floor(p * finite.length))]
console.log(`bundled patterns on V8: ${caps.length}; no cap (linear bound within budget on every line): ${caps.length - finite.length}; capped: ${finite.length}`)
if (finite.length > 0) console.log(`  caps (characters): min ${finite[0]}, p10 ${q(0.1)}, median ${q(0.5)}, max ${finite[finite.length - 1]}`)

let records = readFileSync(values.corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l))
if (values.limit !== undefined) records = records.slice(0, Number(values.limit))
let lines = 0
let chars = 0
for (const r of records) {
  if (typeof r.text !== 'string') continue
  lines += r.text.split('\n').length
  chars += r.text.length
  cleanWithReport(r.text)
}
const crossings = [...pastLineCap.entries()].sort((a, b) => b[1] - a[1])
const total = crossings.reduce((s, [, n]) => s + n, 0)
console.log(`corpus: ${records.length} records, ${lines} lines, ${(chars / 1e6).toFixed(1)} MB`)
console.log(`pattern runs past a line cap (on the linear engine): ${total}, by ${crossings.length} patterns`)
for (const [key, n] of crossings.slice(0, 15)) console.log(`  ${String(n).padStart(6)}  cap ${String(precompiled.lineCaps?.[key]).padStart(6)}  ${key.slice(0, 110)}`)
