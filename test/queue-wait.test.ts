// Issue 14: no silent waits. A worker says it started; submit --wait with
// no worker gives up after --timeout (exit 1, one line), saying while it
// waits that it is waiting.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { BIN, cli, exited } from './helpers/cli.js'
import { redisMissing, startRedis, type RedisServer } from './helpers/redis.js'

const skip = redisMissing()
const dir = mkdtempSync(join(tmpdir(), 'cleanup-queue-wait-'))
const input = join(dir, 'in.jsonl')
writeFileSync(input, `${JSON.stringify({ id: 1, text: 'Storm hits coast\nThe storm arrived at dawn, officials said.\n' })}\n`)

let redis: RedisServer
t.before(async () => {
  if (!skip) redis = await startRedis()
})
t.teardown(async () => {
  if (!skip) await redis.stop()
})

t.test('--timeout needs --wait', async (t) => {
  const r = await cli(['queue', 'submit', '--redis', 'redis://127.0.0.1:1', '--queue', 'q', '--timeout', '5', input])
  t.equal(r.status, 2)
  t.match(r.stderr, /--timeout needs --wait/)
})

t.test('submit --wait with no worker: progress lines, then gives up at --timeout with one line, exit 1', { skip }, async (t) => {
  const r = await cli(['queue', 'submit', '--redis', redis.url, '--queue', 'nobody', '--wait', '--timeout', '12', input])
  t.equal(r.status, 1)
  t.equal(r.stdout, '')
  const lines = r.stderr.trim().split('\n')
  t.match(lines[0], /^cleanup: queue "nobody": waiting for results: none for \d+ s, 1 jobs pending \(is a worker running\? giving up after 12 s\)$/)
  t.match(lines.at(-1), /^cleanup: .*no result from queue "nobody" for \d+ s \(--timeout\), 1 jobs still pending: is a worker running \(cleanup queue work --queue nobody\)\?$/)
})

t.test('a worker says it started, then stops on SIGTERM', { skip }, async (t) => {
  const child = spawn(process.execPath, [BIN, 'queue', 'work', '--redis', redis.url, '--queue', 'started'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  await new Promise<void>((resolve) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
      if (stderr.includes('\n')) resolve()
    })
  })
  t.match(stderr, /^cleanup: queue "started": worker started on redis:\/\/127\.0\.0\.1:\d+\/? \(concurrency 1\); waiting for jobs/)
  child.kill('SIGTERM')
  t.equal(await exited(child), 0)
})
