#!/usr/bin/env node
// `cleanup report` on JSON Lines corpora of growing size: time, docs/s and
// the CLI process's peak RSS, for the text summary (no sample kept) beside
// the HTML page (a sample of --max-docs documents). Peak RSS should stay
// about flat as the corpus grows: only aggregates and the sample are kept.
//
//   node bench/report.js [--docs 1000,10000,50000] [--max-docs 2000] [--jsonl FILE]
//
// Run `npm run build` first. Without --jsonl, the corpus is the seeds
// repeated (each copy made distinct), written to a temporary folder.
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000,10000,50000' }, 'max-docs': { type: 'string', default: '2000' }, jsonl: { type: 'string' } } })
const dir = mkdtempSync(join(tmpdir(), 'cleanup-bench-report-'))
// Loaded into the CLI process: report its own peak RSS when it exits.
const probe = join(dir, 'probe.mjs')
writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nPEAK ' + process.resourceUsage().maxRSS + '\\n'))\n")

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))
  .map((f) => readFileSync(join('seeds', f), 'utf8'))

async function corpus(n) {
  const file = join(dir, `corpus-${n}.jsonl`)
  const out = createWriteStream(file)
  for (let i = 0; i < n; i++) {
    const text = `${seeds[i % seeds.length]}\nStory ${i} ends here.\n`
    if (!out.write(JSON.stringify({ id: `doc-${i}`, text }) + '\n')) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return file
}

function run(file, format) {
  const out = join(dir, `report.${format}`)
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--import', probe, 'bin/cleanup.js', 'report', '--jsonl', file, '--format', format, '--max-docs', values['max-docs'], '--out', out], { encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const peak = Number(/PEAK (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024
  const docs = Number(/cleanup report: ([\d,]+) documents?/.exec(format === 'text' ? readFileSync(out, 'utf8') : '')?.[1]?.replace(/,/g, '') ?? NaN)
  return { seconds, peak, size: statSync(out).size, status: r.status, docs }
}

console.log(`node ${process.version}, --max-docs ${values['max-docs']}`)
console.log(`${'corpus'.padEnd(34)} ${'format'.padEnd(6)} ${'docs'.padStart(7)} ${'seconds'.padStart(8)} ${'docs/s'.padStart(8)} ${'MB/s'.padStart(6)} ${'peak RSS'.padStart(9)} ${'output'.padStart(9)}`)
const files = values.jsonl ? [values.jsonl] : []
if (!values.jsonl) for (const n of values.docs.split(',').map(Number)) files.push(await corpus(n))
for (const file of files) {
  const mb = statSync(file).size / 1e6
  let docs = NaN
  for (const format of ['text', 'html']) {
    const m = run(file, format)
    if (format === 'text') docs = m.docs
    const name = `${file.split('/').pop()} (${mb.toFixed(0)} MB)`
    console.log(`${name.padEnd(34)} ${format.padEnd(6)} ${String(docs).padStart(7)} ${m.seconds.toFixed(2).padStart(8)} ${(docs / m.seconds).toFixed(0).padStart(8)} ${(mb / m.seconds).toFixed(1).padStart(6)} ${`${m.peak.toFixed(0)} MB`.padStart(9)} ${`${(m.size / 1e6).toFixed(1)} MB`.padStart(9)}${m.status === 0 ? '' : `  (exit ${m.status})`}`)
  }
}
rmSync(dir, { recursive: true, force: true })
