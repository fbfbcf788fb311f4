// Redis with a password, over TLS (rediss://), with a certificate made by
// openssl for the test: workers and submitter work, and each way of getting
// the connection wrong gives its own message, never showing the password.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { BIN, cli, inProcess, outLines } from './helpers/cli.js'
import { makeRecords, reference } from './helpers/queue-records.js'
import { redisMissing, startRedis } from './helpers/redis.js'

const dir = mkdtempSync(join(tmpdir(), 'cleanup-queue-tls-'))
const skip = redisMissing() ?? (spawnSync('openssl', ['version']).error ? 'openssl is not installed (apt-get install openssl); skipping the TLS test' : undefined)
delete process.env.REDIS_URL

t.test('Redis with a password, and over TLS', { skip }, async (t) => {
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' })
  t.equal(made.status, 0, made.stderr)
  const password = 'pa ss/w@rd'
  const tls = await startRedis(['--tls-cert-file', cert, '--tls-key-file', key, '--tls-ca-cert-file', cert, '--tls-auth-clients', 'no'], { tls: true, password })
  t.teardown(() => tls.stop())
  t.match(tls.url, /^rediss:\/\/:pa%20ss%2Fw%40rd@127\.0\.0\.1:\d+$/)
  const trust = { NODE_EXTRA_CA_CERTS: cert }

  const lines = makeRecords(30)
  const file = join(dir, 'tls.jsonl')
  writeFileSync(file, lines.join('\n') + '\n')
  const worker = spawn(process.execPath, [BIN, 'queue', 'work', '--redis', tls.url, '--queue', 'tls'], { stdio: 'ignore', env: { ...process.env, ...trust } })
  t.teardown(() => void worker.kill('SIGKILL'))
  const r = await cli(['queue', 'submit', '--redis', tls.url, '--queue', 'tls', '--wait', file], trust)
  t.equal(r.status, 0, r.stderr)
  t.same(outLines(r.stdout), reference(lines).outputs, 'rediss:// with a password: the same results')

  const port = tls.port
  const untrusted = await inProcess(['queue', 'submit', '--redis', tls.url, '--queue', 'tls', file])
  t.equal(untrusted.status, 1)
  t.match(untrusted.stderr, `cleanup: cannot connect to Redis at rediss://:***@127.0.0.1:${port}: self-signed certificate (trust the server's CA with NODE_EXTRA_CA_CERTS=ca.pem)`)
  const wrong = await cli(['queue', 'submit', '--redis', `rediss://:nope@127.0.0.1:${port}`, '--queue', 'tls', file], trust)
  t.equal(wrong.stderr, `cleanup: cannot connect to Redis at rediss://:***@127.0.0.1:${port}: wrong user name or password\n`)
  const none = await cli(['queue', 'submit', '--redis', `rediss://127.0.0.1:${port}`, '--queue', 'tls', file], trust)
  t.match(none.stderr, 'the server wants a password')
  t.notMatch(untrusted.stderr + wrong.stderr + none.stderr, /pa ss|pa%20ss|nope/, 'no password in any message')
})
