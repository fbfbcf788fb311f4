// `cleanup queue` against a real redis-server of its own: idempotent
// resubmission, rejects, worker options, connection errors, graceful
// shutdown, and the library functions. (Auth and TLS: queue-tls.test.ts.)
import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Queue } from 'bullmq'
import { loadRules } from '../lib/index.js'
import { createWorker, submitAndWait, checkRedis, QueueConnectionError, type RecordResult } from '../lib/queue/index.js'
import { batches } from '../lib/queue/jobs.js'
import { BIN, cli, exited, inProcess, outLines } from './helpers/cli.js'
import { makeRecords, reference, rejectsFileText } from './helpers/queue-records.js'
import { freePort, redisMissing, startRedis, type RedisServer } from './helpers/redis.js'

const dir = mkdtempSync(join(tmpdir(), 'cleanup-queue-'))
const skip = redisMissing()

// The tests say which Redis they mean; a REDIS_URL of the machine must not leak in.
delete process.env.REDIS_URL

const write = (name: string, lines: readonly string[]): string => {
  const path = join(dir, name)
  writeFileSync(path, lines.join('\n') + '\n')
  return path
}

let redis: RedisServer
t.before(async () => {
  if (!skip) redis = await startRedis()
})
t.teardown(async () => {
  if (!skip) await redis.stop()
})

t.test('usage errors exit 2 with a hint; --help lists the actions', async (t) => {
  const help = await cli(['queue', '--help'])
  t.equal(help.status, 0)
  for (const word of ['queue work', 'queue submit', 'queue results', '--concurrency', '--wait', '--rejects', '--lock-duration']) t.match(help.stdout, word)
  t.match((await inProcess(['--help'])).stdout, /cleanup queue/, 'the main help points at the subcommand')
  const usage = await cli(['queue', 'work', '--queue', 'q'])
  t.equal(usage.status, 2, 'the built CLI exits 2 on a usage error')
  t.equal(usage.stderr, "cleanup: queue work: --redis URL is required (or set REDIS_URL)\nTry 'cleanup queue --help'.\n")
  const cases: Array<[string[], RegExp]> = [
    [['queue'], /say what to do/],
    [['queue', 'fly', '--redis', 'redis://x', '--queue', 'q'], /unknown action "fly"/],
    [['queue', 'work', '--queue', 'q'], /--redis URL is required/],
    [['queue', 'work', '--redis', 'redis://x'], /--queue NAME is required/],
    [['queue', 'work', '--redis', 'redis://x', '--queue', 'a:b'], /cannot contain ":"/],
    [['queue', 'work', '--redis', 'redis://x', '--queue', 'q', '--batch', '3'], /--batch is an option of submit and results/],
    [['queue', 'submit', '--redis', 'redis://x', '--queue', 'q', '--concurrency', '2', 'f'], /--concurrency is an option of work/],
    [['queue', 'submit', '--redis', 'redis://x', '--queue', 'q'], /exactly one FILE/],
    [['queue', 'submit', '--redis', 'redis://x', '--queue', 'q', '--batch', '0', 'f'], /--batch must be a positive whole number/],
    [['queue', 'submit', '--redis', 'http://:pw@x', '--queue', 'q', 'f'], /scheme must be redis:\/\/ or rediss:\/\//],
    [['queue', 'work', '--redis', 'redis://x/abc', '--queue', 'q'], /database number/],
  ]
  for (const [args, message] of cases) {
    const r = await inProcess(args)
    t.equal(r.status, 2, args.join(' '))
    t.match(r.stderr, message)
    t.match(r.stderr, /^cleanup: .+\nTry 'cleanup queue --help'\.\n$/)
    t.notMatch(r.stderr, /pw/, 'no password in messages')
  }
})

t.test('connection errors name the URL, never the password; exit 1', async (t) => {
  const port = await freePort() // nothing listens there
  const one = write('one.jsonl', makeRecords(1))
  for (const [action, ...files] of [['work'], ['submit', one], ['results', one]] as const) {
    const r = await inProcess(['queue', action, '--redis', `redis://:hunter2@127.0.0.1:${port}/0`, '--queue', 'q', ...files])
    t.equal(r.status, 1, action)
    t.equal(r.stderr, `cleanup: cannot connect to Redis at redis://:***@127.0.0.1:${port}/0: connection refused (is redis-server running there?)\n`)
  }
  // The URL may come from REDIS_URL too.
  const r = await cli(['queue', 'work', '--queue', 'q'], { REDIS_URL: `redis://127.0.0.1:${port}` })
  t.equal(r.status, 1)
  t.match(r.stderr, `cannot connect to Redis at redis://127.0.0.1:${port}`)
  await t.rejects(checkRedis(`redis://u:secret@127.0.0.1:${port}`), QueueConnectionError)
  await t.rejects(checkRedis(`redis://u:secret@127.0.0.1:${port}`), { message: /redis:\/\/u:\*\*\*@127\.0\.0\.1/ })
})

t.test('resubmitting adds no jobs and repeats no results', { skip }, async (t) => {
  const lines = makeRecords(300)
  lines.splice(100, 0, '') // a blank line is not a record, but keeps its line number
  lines.push(lines[5] as string) // the same record twice: two results, one per line
  const file = write('resubmit.jsonl', lines)
  const expected = reference(lines)
  const q = ['--redis', redis.url, '--queue', 'resubmit', '--batch', '7']
  const jobIds = new Set<string>()
  for await (const b of batches(lines, 7, 'id')) jobIds.add(b.jobId)

  t.equal((await inProcess(['queue', 'submit', ...q, file])).status, 0)
  t.equal((await inProcess(['queue', 'submit', ...q, '--stats', file])).status, 0)
  const queue = new Queue('resubmit', { connection: { url: redis.url } })
  t.teardown(() => queue.close())
  t.same(await queue.getJobCounts('waiting', 'active', 'completed'), { waiting: jobIds.size, active: 0, completed: 0 }, 'the second submit added nothing')

  // The library's worker, in this process.
  const worker = await createWorker({ redis: redis.url, queue: 'resubmit', concurrency: 2 })
  t.teardown(() => worker.close())
  const results = await inProcess(['queue', 'results', ...q, file])
  t.equal(results.status, 0, results.stderr)
  t.same(outLines(results.stdout), expected.outputs, 'results: every record once, in input order')
  const jsonl = await inProcess(['--jsonl', '--jobs', '1', '--quiet', file])
  t.equal(results.stdout, jsonl.stdout, 'byte for byte what cleanup --jsonl writes')

  // This one through the built CLI, as users run it.
  const again = await cli(['queue', 'submit', ...q, '--wait', '--stats', file])
  t.equal(again.status, 0)
  t.same(outLines(again.stdout), expected.outputs, 'submit --wait of the same file: the same results, once each')
  t.match(again.stderr, `cleanup: queue "resubmit": ${lines.length - 1} records in, ${expected.outputs.length} out, 0 rejected`)
  const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'failed'])
  t.equal(jobs.length, jobIds.size)
  t.ok(jobs.every((j) => j.attemptsStarted === 1), 'each job was cleaned once')

  // A results run with another batch size finds no jobs, and says so before writing anything.
  const wrong = await inProcess(['queue', 'results', '--redis', redis.url, '--queue', 'resubmit', '--batch', '8', file])
  t.equal(wrong.status, 1)
  t.match(wrong.stderr, new RegExp(`^cleanup: ${file}:1: job batch\\.8\\.\\w+ is not in queue "resubmit" .*; 0 records were written before it\\n$`))
  t.equal(wrong.stdout, '')
})

t.test('an unreadable FILE exits 1 naming it', { skip }, async (t) => {
  const missing = join(dir, 'missing.jsonl')
  for (const action of ['submit', 'results']) {
    const r = await inProcess(['queue', action, '--redis', redis.url, '--queue', 'unreadable', missing])
    t.equal(r.status, 1)
    t.equal(r.stderr, `cleanup: ${missing}: cannot read: no such file\n`)
  }
})

t.test('one-record jobs are named after the record id', { skip }, async (t) => {
  const lines = makeRecords(3)
  const file = write('named.jsonl', lines)
  t.equal((await inProcess(['queue', 'submit', '--redis', redis.url, '--queue', 'named', '--batch', '1', file])).status, 0)
  const queue = new Queue('named', { connection: { url: redis.url } })
  t.teardown(() => queue.close())
  const ids = (await queue.getJobs(['waiting'])).map((j) => j.id ?? '').sort()
  t.same(ids.map((id) => id.replace(/[0-9a-f]{24}$/, 'HASH')), ['rec.doc-0.HASH', 'rec.doc-1.HASH', 'rec.doc-2.HASH'])
})

t.test('bad records come back as rejects with their reasons', { skip }, async (t) => {
  const good = makeRecords(20)
  const lines = [
    good[0] as string,
    'not json at all',
    '[1, 2]',
    'null',
    '{"id": "no-text"}',
    '{"id": "number", "text": 42}',
    JSON.stringify({ id: 'huge', text: 'word '.repeat(5000) }),
    JSON.stringify({ id: 'nul', text: 'a\u0000b' }),
    ...good.slice(1),
  ]
  const file = write('rejects.jsonl', lines)
  // One more line, of bytes that are not UTF-8: the reader refuses it before any worker sees it.
  appendFileSync(file, Buffer.concat([Buffer.from('{"id": "latin1", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]))
  const expected = reference(lines, { maxBytes: 20000 })
  t.equal(expected.rejects.length, 7, 'the reference refuses the seven bad lines')
  expected.rejects.push({ line: lines.length + 1, reason: 'invalid UTF-8', input: '{"id": "latin1", "text": "caf\uFFFD"}' })

  const worker = spawn(process.execPath, [BIN, 'queue', 'work', '--redis', redis.url, '--queue', 'rejects', '--max-bytes', '20000'], { stdio: 'ignore' })
  t.teardown(() => void worker.kill('SIGKILL'))

  const queued = await inProcess(['queue', 'submit', '--redis', redis.url, '--queue', 'rejects', '--batch', '4', '--stats', file])
  t.equal(queued.status, 0)
  t.equal(queued.stderr, `cleanup: ${file}:${lines.length + 1}: invalid UTF-8 (not queued)\ncleanup: queue "rejects": ${lines.length} records queued in ${Math.ceil(lines.length / 4)} jobs, 1 refused\n`)
  const noFile = await inProcess(['queue', 'submit', '--redis', redis.url, '--queue', 'rejects', '--batch', '4', '--wait', file])
  t.equal(noFile.status, 1, 'rejects without --rejects: exit 1')
  t.same(outLines(noFile.stdout), expected.outputs, 'good records on stdout, in order')
  t.equal(noFile.stderr, expected.rejects.map((r) => `cleanup: ${file}:${r.line}: ${r.reason}\n`).join(''))

  const rejectsFile = join(dir, 'rejects.out.jsonl')
  const withFile = await inProcess(['queue', 'results', '--redis', redis.url, '--queue', 'rejects', '--batch', '4', '--rejects', rejectsFile, '--stats', file])
  t.equal(withFile.status, 0, 'rejects written to --rejects: exit 0')
  t.same(outLines(withFile.stdout), expected.outputs)
  t.equal(readFileSync(rejectsFile, 'utf8'), rejectsFileText(file, expected.rejects), 'the rejects file of cleanup --jsonl --rejects')
  t.match(withFile.stderr, `${lines.length + 1} records in, ${expected.outputs.length} out, 8 rejected (to ${rejectsFile})`)
})

t.test('a job no worker can read comes back as rejects, not lost', { skip }, async (t) => {
  const lines = makeRecords(3)
  const file = write('foreign.jsonl', lines)
  const queue = new Queue('foreign', { connection: { url: redis.url } })
  t.teardown(() => queue.close())
  // Someone else's job sits under the id our records map to.
  for await (const b of batches(lines, 50, 'id')) await queue.add('other', { something: 'else' }, { jobId: b.jobId })
  const worker = await createWorker({ redis: redis.url, queue: 'foreign' })
  t.teardown(() => worker.close())
  const r = await inProcess(['queue', 'submit', '--redis', redis.url, '--queue', 'foreign', '--wait', file])
  t.equal(r.status, 1)
  t.equal(r.stdout, '')
  t.equal(outLines(r.stderr).length, 3, 'one reject per record')
  t.match(r.stderr, /^cleanup: .*foreign\.jsonl:1: job failed: job batch\.3\.\w+ is not a cleanup job of format 1\n/)
})

t.test('workers clean with their options: --field, --out-field, --report-field, --mode, --rules', { skip }, async (t) => {
  const lines = makeRecords(40).map((l) => {
    const { text, ...rest } = JSON.parse(l) as { text: string }
    return JSON.stringify({ ...rest, body: text })
  })
  const file = write('options.jsonl', lines)
  const rulesFile = join(dir, 'no-captions.json')
  writeFileSync(rulesFile, JSON.stringify({ rules: [{ id: 'captions', enabled: false }, { id: 'header-zone', enabled: false }] }))
  const options = { field: 'body', outField: 'clean', reportField: 'removed', mode: 'article' as const, rules: loadRules({ files: [rulesFile] }) }
  const expected = reference(lines, options)
  t.notSame(expected.outputs, reference(lines, { ...options, rules: undefined }).outputs, 'the rules file changes the output')

  const worker = spawn(
    process.execPath,
    [BIN, 'queue', 'work', '--redis', redis.url, '--queue', 'options', '--field', 'body', '--out-field', 'clean', '--report-field', 'removed', '--mode', 'article', '--rules', rulesFile],
    { stdio: 'ignore' },
  )
  t.teardown(() => void worker.kill('SIGKILL'))
  const r = await inProcess(['queue', 'submit', '--redis', redis.url, '--queue', 'options', '--wait', file])
  t.equal(r.status, 0, r.stderr)
  t.same(outLines(r.stdout), expected.outputs)

  const badRules = await inProcess(['queue', 'work', '--redis', redis.url, '--queue', 'options', '--rules', join(dir, 'missing.json')])
  t.equal(badRules.status, 2, 'a bad rules file is a config error')
  t.match(badRules.stderr, /missing\.json/)
})

t.test('SIGTERM: the worker finishes its active job, takes no more, exits 0', { skip }, async (t) => {
  const lines = makeRecords(2000)
  const file = write('shutdown.jsonl', lines)
  t.equal((await inProcess(['queue', 'submit', '--redis', redis.url, '--queue', 'shutdown', '--batch', '200', file])).status, 0)
  const queue = new Queue('shutdown', { connection: { url: redis.url } })
  t.teardown(() => queue.close())
  const worker = spawn(process.execPath, [BIN, 'queue', 'work', '--redis', redis.url, '--queue', 'shutdown'], { stdio: 'ignore' })
  t.teardown(() => void worker.kill('SIGKILL'))
  let seen: string | undefined
  while (seen === undefined) {
    seen = (await queue.getActive())[0]?.id
    if (seen === undefined) await new Promise((resolve) => setTimeout(resolve, 10))
  }
  worker.kill('SIGTERM')
  t.equal(await exited(worker), 0)
  t.equal(await queue.getJobState(seen), 'completed', 'the job it was cleaning is done')
  const counts = await queue.getJobCounts('active', 'waiting')
  t.equal(counts.active, 0, 'no job left active (none to be recovered)')
  t.ok((counts.waiting ?? 0) > 0, 'the rest wait for other workers')
})

t.test('library: createWorker and submitAndWait in one process', { skip }, async (t) => {
  const lines = makeRecords(60)
  lines.splice(10, 0, '{"broken"')
  const worker = await createWorker({ redis: redis.url, queue: 'library', concurrency: 2, reportField: 'report' })
  t.teardown(() => worker.close())
  const got: RecordResult[] = []
  for await (const r of submitAndWait(lines, { redis: redis.url, queue: 'library', batchSize: 8 })) got.push(r)
  const expected = reference(lines, { reportField: 'report' })
  t.same(
    got.filter((r) => r.ok).map((r) => (r.ok ? r.output : '')),
    expected.outputs,
  )
  t.same(
    got.filter((r) => !r.ok).map((r) => (r.ok ? undefined : { line: r.line, reason: r.reason, input: r.input })),
    expected.rejects,
  )
  t.same(
    got.map((r) => r.line),
    lines.map((_, i) => i + 1),
    'one result per line, in order',
  )
  t.ok(got.every((r) => r.config === worker.config))
})
