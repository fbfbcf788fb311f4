// The queue's promise under a crash: two worker processes clean thousands
// of records, one is SIGKILLed while it holds jobs, a third starts, and the
// submitter still gets every record exactly once, in input order, equal to
// what one process gives (cleanRecord on each line).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Queue } from 'bullmq'
import { ROOT } from './helpers/pairs.js'
import { makeRecords, reference, rejectsFileText } from './helpers/queue-records.js'
import { redisMissing, startRedis } from './helpers/redis.js'

const BIN = join(ROOT, 'bin/cleanup.js')
const RECORDS = 4000
const BATCH = 10
const QUEUE = 'crash'

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)))

t.test('a worker killed mid-run loses nothing; results come back exactly once', { skip: redisMissing() }, async (t) => {
  const redis = await startRedis()
  t.teardown(() => redis.stop())
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-queue-kill-'))

  // Thousands of records, with a few bad ones among them.
  const lines = makeRecords(RECORDS)
  lines.splice(1234, 0, '{"id": "broken", "text": ')
  lines.splice(3210, 0, '{"id": "no-text"}')
  lines.splice(3999, 0, '["an", "array"]')
  const file = join(dir, 'in.jsonl')
  writeFileSync(file, lines.join('\n') + '\n')
  const expected = reference(lines)
  const jobs = Math.ceil(lines.length / BATCH)

  const workers: ChildProcess[] = []
  const startWorker = (): ChildProcess => {
    // A short lock so the killed worker's jobs come back within seconds.
    const w = spawn(process.execPath, [BIN, 'queue', 'work', '--redis', redis.url, '--queue', QUEUE, '--concurrency', '2', '--lock-duration', '2000'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    w.stderr?.on('data', (d: Buffer) => t.comment(`worker ${w.pid}: ${d.toString().trim()}`))
    workers.push(w)
    return w
  }
  t.teardown(() => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL')
  })

  const t0 = Date.now()
  const first = startWorker()
  const second = startWorker()

  const rejectsFile = join(dir, 'rejects.jsonl')
  const submitter = spawn(process.execPath, [BIN, 'queue', 'submit', '--redis', redis.url, '--queue', QUEUE, '--batch', String(BATCH), '--wait', '--rejects', rejectsFile, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const out: Buffer[] = []
  let err = ''
  submitter.stdout?.on('data', (d: Buffer) => out.push(d))
  submitter.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d))
  const submitted = exited(submitter)

  // Watch the queue; kill the first worker once a fifth of the jobs are done
  // and it holds an active job.
  const queue = new Queue(QUEUE, { connection: { url: redis.url } })
  t.teardown(() => queue.close())
  let killed = false
  let diedHolding: string[] = []
  for (;;) {
    if (submitter.exitCode !== null) break
    const { completed = 0 } = await queue.getJobCounts('completed')
    const active = await queue.getActive()
    const held = active.filter((j) => j.processedBy?.endsWith(`.${first.pid}`))
    if (completed >= jobs / 5 && held.length > 0) {
      diedHolding = held.map((j) => j.id ?? '')
      first.kill('SIGKILL')
      killed = true
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  t.ok(killed, 'the first worker was killed before the run ended')
  await exited(first)
  // What it died holding: its active jobs as seen just before the kill. (Asking
  // the queue after it exited raced with --lock-duration on a busy machine:
  // the stalled-job check could already have taken them back.)
  t.ok(diedHolding.length > 0, 'it died holding jobs')
  t.comment(`${Date.now() - t0} ms: killed worker ${first.pid} holding ${diedHolding.join(', ')}`)
  const third = startWorker()

  t.equal(await submitted, 0, `submit --wait exits 0 ${err}`)
  t.comment(`${Date.now() - t0} ms: submitter done`)
  const output = Buffer.concat(out).toString('utf8')
  t.same(output.split('\n').slice(0, -1), expected.outputs, 'every record exactly once, in input order, equal to the single-process output')
  t.equal(readFileSync(rejectsFile, 'utf8'), rejectsFileText(file, expected.rejects), 'bad records come back as rejects with their reasons')
  t.equal(expected.outputs.length + expected.rejects.length, lines.length, 'records in = out + rejects')

  // What BullMQ did: every job completed once, the killed worker's jobs were recovered.
  const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'active')
  t.same(counts, { completed: jobs, failed: 0, waiting: 0, active: 0 }, 'every job completed, none failed or left')
  // Its jobs were recovered by BullMQ's stalled check and finished by a live worker.
  for (const id of diedHolding) {
    const job = await queue.getJob(id)
    // Finished by the first worker itself between the snapshot and the kill: not one it died holding.
    if (job?.stalledCounter === 0 && job.processedBy?.endsWith(`.${first.pid}`) === true) continue
    t.ok(job && job.stalledCounter > 0 && job.finishedOn !== undefined, `job ${id} was recovered and finished`)
    t.not(job?.processedBy?.endsWith(`.${first.pid}`), true, `job ${id} was finished by a live worker`)
  }

  // Graceful stop of the survivors.
  second.kill('SIGTERM')
  third.kill('SIGTERM')
  t.equal(await exited(second), 0, 'SIGTERM stops a worker with status 0')
  t.equal(await exited(third), 0, 'and the third')
})
