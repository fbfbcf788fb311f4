#!/usr/bin/env node
// Records/s of `cleanup queue` with 1, 2 and 4 worker processes, beside one
// process cleaning the same records: `cleanup --jsonl --jobs 1` on the file
// (process start included), and a cleanRecordLine loop in this process
// (what --jsonl and the workers do per record), in one run. It starts its
// own redis-server on a free loopback port (no persistence).
//
//   node bench/queue.js [--records 10000] [--batch 50] [--concurrency 2] [--workers 1,2,4]
//
// Run `npm run build` first. Records: the seeds, cycled, each made distinct.
// Queue time is from the first job submitted to the last result collected
// in order (submitAndWait); workers are started and connected beforehand.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Queue } from 'bullmq'
import { submitAndWait } from '../dist/lib/queue/index.js'
import { cleanRecordLine } from '../dist/lib/records/record.js'

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '2' },
    workers: { type: 'string', default: '1,2,4' },
  },
})
const N = Number(values.records)
const batchSize = Number(values.batch)
const concurrency = values.concurrency
const workerCounts = values.workers.split(',').map(Number)
const BIN = new URL('../bin/cleanup.js', import.meta.url).pathname

if (spawnSync('redis-server', ['--version']).error) {
  console.error('bench/queue.js: redis-server is not installed (apt-get install redis-server)')
  process.exit(2)
}

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))
  .sort()
  .map((f) => readFileSync(join('seeds', f), 'utf8'))
const lines = []
for (let i = 0; i < N; i++) lines.push(JSON.stringify({ id: `doc-${i}`, meta: { n: i }, text: `${seeds[i % seeds.length]}\nFiled as story ${i}.\n` }))
const mb = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0) / 1e6

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })

const port = await freePort()
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise((resolve) => redis.stdout.on('data', (d) => d.toString().includes('Ready to accept connections') && resolve()))
const url = `redis://127.0.0.1:${port}`
const redisVersion = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.match(/v=(\S+)/)?.[1]

console.log(`${N} records, ${mb.toFixed(1)} MB; batch ${batchSize} records per job; worker --concurrency ${concurrency}`)
console.log(`node ${process.version}, ${cpus().length} cores, redis ${redisVersion} on loopback; load average at start ${loadavg()[0].toFixed(1)}`)
const row = (label, seconds, base, cpu) =>
  console.log(
    `${label.padEnd(36)} ${(N / seconds).toFixed(0).padStart(7)} records/s ${(mb / seconds).toFixed(2).padStart(7)} MB/s ${`${(base / seconds).toFixed(2)}x`.padStart(6)}   CPU ${Number.isNaN(cpu) ? '    -' : cpu.toFixed(1).padStart(5)} s`,
  )

// CPU seconds a process has used (Linux /proc; utime + stime in clock ticks of 1/100 s).
const cpuOf = (pid) => {
  const stat = `/proc/${pid}/stat`
  if (!existsSync(stat)) return NaN
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}
const ownCpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

console.log('x: records/s against the in-process loop; CPU: seconds used by all processes of the run (workers, submitter, redis-server)')
// One process, no queue: the figures the workers are measured against.
const file = join(mkdtempSync(join(tmpdir(), 'cleanup-bench-queue-')), 'records.jsonl')
writeFileSync(file, lines.join('\n') + '\n')
let start = process.hrtime.bigint()
const cli = spawn(process.execPath, [BIN, '--jsonl', '--jobs', '1', '--quiet', file], { stdio: ['ignore', 'ignore', 'inherit'] })
const cliStatus = await new Promise((resolve) => cli.once('exit', resolve))
if (cliStatus !== 0) throw new Error(`cleanup --jsonl exited ${cliStatus}`)
const jsonl = Number(process.hrtime.bigint() - start) / 1e9

const cpu0 = ownCpu()
start = process.hrtime.bigint()
let out = 0
for (const line of lines) {
  const r = cleanRecordLine(line)
  if (r.ok) out += r.line.length
}
const single = Number(process.hrtime.bigint() - start) / 1e9
const singleCpu = ownCpu() - cpu0
if (out === 0) throw new Error('nothing cleaned')
row('cleanup --jsonl --jobs 1', jsonl, single, NaN)
row('one process (cleanRecordLine loop)', single, single, singleCpu)

for (const w of workerCounts) {
  const name = `bench-${w}-${Date.now()}`
  const workers = Array.from({ length: w }, () =>
    spawn(process.execPath, [BIN, 'queue', 'work', '--redis', url, '--queue', name, '--concurrency', concurrency], { stdio: 'inherit' }),
  )
  const queue = new Queue(name, { connection: { url } })
  while ((await queue.getWorkersCount()) < w) await new Promise((resolve) => setTimeout(resolve, 50))
  const before = workers.reduce((n, p) => n + cpuOf(p.pid), 0) + cpuOf(redis.pid) + ownCpu()
  start = process.hrtime.bigint()
  let got = 0
  for await (const r of submitAndWait(lines, { redis: url, queue: name, batchSize })) if (r.ok) got++
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpu = workers.reduce((n, p) => n + cpuOf(p.pid), 0) + cpuOf(redis.pid) + ownCpu() - before
  if (got !== N) throw new Error(`${got} of ${N} records came back`)
  row(`queue, ${w} worker process${w > 1 ? 'es' : ''}`, seconds, single, cpu)
  for (const p of workers) p.kill('SIGTERM')
  await Promise.all(workers.map((p) => new Promise((resolve) => p.once('exit', resolve))))
  await queue.obliterate({ force: true })
  await queue.close()
}

redis.kill('SIGTERM')
