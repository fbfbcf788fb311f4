// splitLines: whole lines in order with their numbers, however the bytes are chunked; long lines never held whole.
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { splitLines, type LineEvent } from '../../lib/records/lines.js'
import { readRecords } from '../../lib/index.js'

async function events(bytes: Buffer, chunk: number, maxLineBytes: number, batchLines = 3): Promise<LineEvent[]> {
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk))
  const out: LineEvent[] = []
  for await (const ev of splitLines(chunks, { maxLineBytes, batchLines })) out.push(ev)
  return out
}

/** Lines by number, rebuilt from the events ("<oversize N bytes>" for long ones). */
function linesOf(evs: LineEvent[]): Map<number, string> {
  const lines = new Map<number, string>()
  for (const ev of evs) {
    if (ev.kind === 'lines') {
      const parts = ev.bytes.toString('utf8').split('\n')
      if (parts[parts.length - 1] === '') parts.pop()
      t.equal(parts.length, ev.count, 'count matches the lines in the batch')
      parts.forEach((p, k) => lines.set(ev.firstLine + k, p))
    } else if (ev.kind === 'oversize-end') {
      lines.set(ev.lineNo, `<oversize ${ev.size} bytes>`)
    }
  }
  return lines
}

const INPUT = Buffer.from('one\ntwo\n\nfour é\n' + 'x'.repeat(40) + '\nsix\nseven')

t.test('chunking never changes lines or numbers', async (t) => {
  const whole = linesOf(await events(INPUT, INPUT.length, 1000))
  t.same([...whole.values()], INPUT.toString().split('\n'))
  for (const size of [1, 2, 3, 7]) t.same(linesOf(await events(INPUT, size, 1000)), whole, `chunks of ${size}`)
})

t.test('a line over the limit comes in pieces, in order, with its number', async (t) => {
  for (const size of [1, 5, 100]) {
    const evs = await events(INPUT, size, 10)
    const lines = linesOf(evs)
    t.equal(lines.get(5), '<oversize 40 bytes>', `chunks of ${size}`)
    t.equal(lines.get(6), 'six')
    t.equal(lines.get(7), 'seven')
    const streamed = evs.filter((e) => e.kind === 'oversize-start' || e.kind === 'oversize-part').map((e) => ('bytes' in e ? e.bytes.toString() : ''))
    t.equal(streamed.join(''), 'x'.repeat(40), 'the pieces rebuild the line')
    const start = evs.findIndex((e) => e.kind === 'oversize-start')
    t.ok(evs.slice(start + 1).every((e) => e.kind !== 'lines' || e.firstLine > 5), 'nothing after it comes first')
  }
})

t.test('readRecords: plain, gzipped and stdin give the same records', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-read-'))
  const text = '{"text":"a"}\n\n[1]\n{"text":"b"}\n{oops\n'
  writeFileSync(join(dir, 'r.jsonl'), text)
  writeFileSync(join(dir, 'r.jsonl.gz'), gzipSync(text))
  const collect = async (path: string, stdin?: Readable) => {
    const out: Array<[number, boolean, string]> = []
    for await (const r of readRecords(path, stdin ? { stdin } : {})) out.push([r.lineNo, r.parsed.ok, r.parsed.ok ? JSON.stringify(r.parsed.value) : r.parsed.code])
    return out
  }
  const plain = await collect(join(dir, 'r.jsonl'))
  t.same(plain, [[1, true, '{"text":"a"}'], [3, false, 'not-object'], [4, true, '{"text":"b"}'], [5, false, 'malformed']])
  t.same(await collect(join(dir, 'r.jsonl.gz')), plain, 'gzip detected from its bytes')
  t.same(await collect('-', Readable.from([gzipSync(text)])), plain, 'gzipped stdin')
  await t.rejects(collect(join(dir, 'missing.jsonl')), { name: 'InputError', message: /missing\.jsonl: cannot read: no such file/ })
  writeFileSync(join(dir, 'cut.gz'), gzipSync(text).subarray(0, 20))
  await t.rejects(collect(join(dir, 'cut.gz')), { name: 'InputError', message: /cut\.gz: gzip: / }, 'a truncated gzip is an input error')
})
