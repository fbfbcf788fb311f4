// The queue's pure parts, no Redis: job ids, batching, URL checks and
// redaction, argument parsing, and that a worker cleans a line exactly as
// the shared record core does.
import t from 'tap'
import { batches, cleanLine, configFingerprint, isJobData, isJobResult, jobIdFor } from '../lib/queue/jobs.js'
import { checkQueueName, checkRedisUrl, redactUrl } from '../lib/queue/url.js'
import { parseQueueArgs } from '../lib/cli/queue.js'
import { UsageError, loadRules } from '../lib/index.js'
import { makeRecords, reference } from './helpers/queue-records.js'

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

t.test('job ids: same records, same id; any change, another id', async (t) => {
  const [a, b, c] = makeRecords(3) as [string, string, string]
  t.equal(jobIdFor([a, b], 'id'), jobIdFor([a, b], 'id'))
  t.not(jobIdFor([a, b], 'id'), jobIdFor([b, a], 'id'), 'order matters: results are positional')
  t.not(jobIdFor([a, b], 'id'), jobIdFor([a, c], 'id'))
  t.not(jobIdFor([a, b], 'id'), jobIdFor([a, b, c], 'id'))
  t.match(jobIdFor([a, b], 'id'), /^batch\.2\.[0-9a-f]{32}$/)
  t.match(jobIdFor([a], 'id'), /^rec\.doc-0\.[0-9a-f]{24}$/)
  t.match(jobIdFor([a], 'url'), /^rec\.https___example\.test_news_0\.[0-9a-f]{24}$/, 'other id field; ":" and "/" replaced')
  t.match(jobIdFor(['{"text": "x"}'], 'id'), /^rec\.[0-9a-f]{24}$/, 'no id: the hash alone')
  t.match(jobIdFor(['not json'], 'id'), /^rec\.[0-9a-f]{24}$/)
  t.match(jobIdFor(['{"id": 7, "text": "x"}'], 'id'), /^rec\.7\.[0-9a-f]{24}$/, 'never an integer id (BullMQ refuses those)')
  const sameId = ['{"id": "x", "text": "one"}', '{"id": "x", "text": "two"}']
  t.not(jobIdFor([sameId[0] as string], 'id'), jobIdFor([sameId[1] as string], 'id'), 'two records sharing an id stay two jobs')
  for (const id of [jobIdFor([a], 'id'), jobIdFor([a, b], 'id'), jobIdFor(['{"id": "a:b:c"}'], 'id')]) t.notMatch(id, /:/)
})

t.test('batches: blank lines skipped but counted; last batch short', async (t) => {
  const lines = ['{"a":1}', '', '{"a":2}', '   ', '{"a":3}', '{"a":4}', '{"a":5}']
  const got = await collect(batches(lines, 2, 'id'))
  t.same(
    got.map((b) => b.lineNumbers),
    [[1, 3], [5, 6], [7]],
  )
  t.same(
    got.map((b) => b.lines),
    [['{"a":1}', '{"a":2}'], ['{"a":3}', '{"a":4}'], ['{"a":5}']],
  )
  t.same(await collect(batches([], 5, 'id')), [])
  const numbered = [
    { lineNo: 3, line: '{"a":1}' },
    { lineNo: 4, line: '', refused: 'invalid UTF-8' },
    { lineNo: 9, line: '{"a":2}' },
  ]
  t.same(
    (await collect(batches(numbered, 5, 'id'))).map((b) => [b.lineNumbers, b.refused]),
    [[[3], undefined], [[4], 'invalid UTF-8'], [[9], undefined]],
    'a refused line stands alone, in its place, with no job',
  )
  await t.rejects(collect(batches('{"a":1}\n{"a":2}', 5, 'id')), TypeError, 'one string is not a list of lines')
})

t.test('a worker cleans a line as the record core does', async (t) => {
  const lines = [...makeRecords(10), '{"x":', '{"text": 5}']
  const rules = loadRules({ files: [] })
  for (const options of [{}, { outField: 'clean', reportField: 'r' }, { maxBytes: 5000 }, { rules }]) {
    const expected = reference(lines, options)
    const outputs: string[] = []
    const reasons: string[] = []
    for (const line of lines) {
      const o = cleanLine(line, options)
      if (o.ok) outputs.push(o.out)
      else reasons.push(o.reason)
    }
    t.same(outputs, expected.outputs)
    t.same(
      reasons,
      expected.rejects.map((r) => r.reason),
    )
  }
})

t.test('config fingerprints tell options apart', async (t) => {
  t.equal(configFingerprint({}), configFingerprint({}))
  t.not(configFingerprint({}), configFingerprint({ field: 'body' }))
  t.not(configFingerprint({}), configFingerprint({ rules: loadRules({ defaults: false }) }))
})

t.test('job and result shapes are checked', async (t) => {
  t.ok(isJobData({ v: 1, lines: ['a'] }))
  t.notOk(isJobData({ v: 2, lines: ['a'] }))
  t.notOk(isJobData({ v: 1, lines: [1] }))
  t.notOk(isJobData(null))
  t.ok(isJobResult({ v: 1, config: 'c', records: [{ ok: true, out: '{}' }] }, 1))
  t.notOk(isJobResult({ v: 1, config: 'c', records: [] }, 1), 'one outcome per record')
  t.notOk(isJobResult('done', 1))
})

t.test('URLs: printed without the password; bad ones are usage errors', async (t) => {
  t.equal(redactUrl('redis://:s3cret@cache:6379/2'), 'redis://:***@cache:6379/2')
  t.equal(redactUrl('rediss://user:s3cret@cache'), 'rediss://user:***@cache')
  t.equal(redactUrl('redis://cache:6379'), 'redis://cache:6379')
  t.equal(redactUrl('redis://user@cache'), 'redis://user@cache')
  t.equal(redactUrl('redis://:s3cret@[bad'), 'redis://:***@[bad', 'even when it does not parse')
  for (const ok of ['redis://localhost', 'redis://:pw@10.0.0.1:6380/3', 'rediss://u:p@host.example:6380']) t.doesNotThrow(() => checkRedisUrl(ok), ok)
  for (const bad of ['localhost:6379', 'http://host', 'redis://', 'redis://host/abc']) t.throws(() => checkRedisUrl(bad), UsageError, bad)
  t.throws(() => checkRedisUrl('http://:topsecret@host'), { message: /:\*\*\*@/ })
  t.throws(() => checkQueueName('a:b'), UsageError)
  t.throws(() => checkQueueName(''), UsageError)
  t.doesNotThrow(() => checkQueueName('news-2024.v1'))
})

t.test('arguments: defaults, REDIS_URL, per-action options', async (t) => {
  const a = parseQueueArgs(['submit', '--queue', 'q', 'f.jsonl'], { REDIS_URL: 'redis://h' })
  t.match(a, { action: 'submit', redis: 'redis://h', queue: 'q', file: 'f.jsonl', batch: 50, wait: false, idField: 'id' })
  const w = parseQueueArgs(['work', '--redis', 'redis://x', '--queue', 'q', '--concurrency', '4', '--lock-duration', '500', '--rules', 'a.json', '--rules', 'b.json', '--no-default-rules'], {})
  t.match(w, { action: 'work', redis: 'redis://x', concurrency: 4, lockMs: 500, rules: ['a.json', 'b.json'], defaultRules: false })
  t.equal(parseQueueArgs(['--help'], {}), undefined)
  t.equal(parseQueueArgs(['results', '--redis', 'redis://--', '--queue', 'q', '-'], {})?.file, '-')
  t.throws(() => parseQueueArgs(['work', '--redis', 'redis://x', '--queue', 'q', '--wait'], {}), { message: /--wait is an option of submit/ })
  t.throws(() => parseQueueArgs(['results', '--redis', 'redis://x', '--queue', 'q', '--wait', 'f'], {}), { message: /--wait is an option of submit/ })
  t.throws(() => parseQueueArgs(['work', '--redis', 'redis://x', '--queue', 'q', 'f.jsonl'], {}), { message: /takes no FILE/ })
  t.throws(() => parseQueueArgs(['submit', '--redis', 'redis://x', '--queue', 'q', '--rejects', 'r', 'f'], {}), { message: /--rejects needs --wait/ })
  t.doesNotThrow(() => parseQueueArgs(['submit', '--redis', 'redis://x', '--queue', 'q', '--wait', '--rejects', 'r', 'f'], {}))
  t.throws(() => parseQueueArgs(['submit', '--redis', 'redis://x', '--queue', 'q', 'a', 'b'], {}), { message: /exactly one FILE/ })
  t.throws(() => parseQueueArgs(['work', '--redis', 'redis://x', '--queue', 'q', '--concurrency', '1.5'], {}), UsageError)
})
