// createRecordStream: objects or JSON lines in, clean records out in order; rejects reported; backpressure honoured.
import { pipeline } from 'node:stream/promises'
import { Readable, Writable } from 'node:stream'
import t from 'tap'
import { cleanRecord, createRecordStream, type RecordReject } from '../../lib/index.js'
import { seedRecords } from '../helpers/records.js'

t.test('records in order, same as cleanRecord, from objects or lines', async (t) => {
  const records = seedRecords(12)
  const inputs: unknown[] = records.map((r, i): unknown => (i % 2 === 0 ? (JSON.parse(r.line) as unknown) : i % 3 === 0 ? Buffer.from(r.line) : r.line))
  const out: unknown[] = []
  await pipeline(Readable.from(inputs), createRecordStream({ reportField: 'removed' }), new Writable({ objectMode: true, write: (c, _e, cb) => (out.push(c), cb()) }))
  t.equal(out.length, records.length)
  records.forEach((r, i) => {
    const expected = cleanRecord(JSON.parse(r.line) as Record<string, unknown>, { reportField: 'removed' })
    t.same(out[i], expected.ok ? expected.record : undefined, `record ${i}`)
    t.equal((out[i] as { text: string }).text, r.expected)
  })
})

t.test('skip: bad records become reject events; in = out + rejects', async (t) => {
  const inputs: unknown[] = [{ text: 'Fine line of prose that is long enough to be kept as it is.' }, '{bad', [1], { body: 'x' }, { text: 3 }, '   ', Buffer.from([0x7b, 0xff, 0x7d]), { text: 'Another fine line of article prose, long enough to stay put.' }]
  const out: unknown[] = []
  const rejects: RecordReject[] = []
  const stream = createRecordStream({ onError: 'skip' })
  stream.on('reject', (r: RecordReject) => rejects.push(r))
  await pipeline(Readable.from(inputs), stream, new Writable({ objectMode: true, write: (c, _e, cb) => (out.push(c), cb()) }))
  t.same(rejects.map((r) => [r.index, r.code]), [[2, 'malformed'], [3, 'not-object'], [4, 'no-field'], [5, 'not-string'], [6, 'invalid-utf8']])
  t.equal(out.length + rejects.length, inputs.length - 1, 'every record (the blank line is none) is out or rejected')
})

t.test('fail: the first bad record errors the stream, naming it', async (t) => {
  await t.rejects(
    pipeline(Readable.from([{ text: 'ok line of prose that is long enough.' }, { text: null }]), createRecordStream({ name: 'queue' }), new Writable({ objectMode: true, write: (_c, _e, cb) => cb() })),
    { name: 'InputError', message: 'queue: record 2: "text" is null, not a string' },
  )
})

t.test('backpressure: an unread stream stops taking records', async (t) => {
  const stream = createRecordStream()
  const record = { text: 'A line of article prose that the cleaner keeps, long enough to be prose.' }
  let accepted = 0
  while (stream.write(record) && accepted < 1000) accepted++
  t.ok(accepted < 100, `write() asks the writer to wait after ${accepted} records`)
  t.ok(stream.readableLength + stream.writableLength <= 64, 'nothing piles up beyond the buffers')
  const drained = new Promise((resolve) => stream.once('drain', resolve))
  stream.resume()
  await drained
  t.pass('drain comes once the reader reads')
})
