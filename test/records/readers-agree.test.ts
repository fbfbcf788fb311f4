// The three commands that read JSON Lines read them the same way: the same
// awkward inputs through `cleanup --jsonl`, `cleanup report --jsonl` and
// `cleanup learn --jsonl` give the same records (by line), refuse the same
// lines with the same reasons, and fail a bad input with the same words.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { readCorpus } from '../../lib/learn/read.js'
import { inProcess } from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'cleanup-readers-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

/** Small enough that every ordinary record fits, so a long one is refused by the line reader. */
const MAX_BYTES = 400

/** A record named by its line number, so each face's records can be told apart. */
const rec = (lineNo: number): string => JSON.stringify({ id: `L${lineNo}`, text: `Storm hits coast\nThe storm arrived at dawn, officials said of line ${lineNo}.\n` })
const lines = (...parts: Array<string | Buffer>): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)))

interface Case {
  name: string
  file: string
  bytes: Buffer
  /** Line numbers that are records every face uses. */
  records: number[]
  /** Lines refused, with the reason (a pattern when the wording carries a parser's message). */
  refused: Array<[number, string | RegExp]>
  /** The input as a whole fails with this reason (after its name). */
  inputError?: RegExp
}

const cases: Case[] = [
  { name: 'byte-order mark before the first record', file: 'bom.jsonl', bytes: lines('\ufeff', rec(1), '\n', rec(2), '\n'), records: [1, 2], refused: [] },
  {
    name: 'a line that is not UTF-8',
    file: 'latin1.jsonl',
    bytes: lines(rec(1), '\n', Buffer.from('{"id":"L2","text":"caf\xe9 cr\xe8me\\nThe storm arrived."}\n', 'latin1'), rec(3), '\n'),
    records: [1, 3],
    refused: [[2, 'invalid UTF-8']],
  },
  { name: 'gzip without .gz in the name', file: 'shard-07.jsonl', bytes: gzipSync(rec(1) + '\n' + rec(2) + '\n'), records: [1, 2], refused: [] },
  {
    name: 'corrupt gzip',
    file: 'broken.jsonl.gz',
    bytes: lines(gzipSync(rec(1) + '\n' + rec(2) + '\n').subarray(0, 30), 'garbage'),
    records: [],
    refused: [],
    inputError: /^gzip: /,
  },
  { name: 'CRLF line ends', file: 'crlf.jsonl', bytes: lines(rec(1), '\r\n', rec(2), '\r\n', rec(3)), records: [1, 2, 3], refused: [] },
  {
    name: 'blank and whitespace lines count as lines, hold no record',
    file: 'blank.jsonl',
    bytes: lines('\n', rec(2), '\n', '   \n', '\t\r\n', rec(5), '\n', 'not json\n', '\n'),
    records: [2, 5],
    refused: [[6, /^malformed JSON: /]],
  },
  {
    name: 'a line over --max-bytes',
    file: 'long.jsonl',
    bytes: lines(rec(1), '\n', JSON.stringify({ id: 'L2', text: 'A long paragraph of text. '.repeat(100) }), '\n', rec(3), '\n'),
    records: [1, 3],
    refused: [[2, `record is over the limit of ${MAX_BYTES} bytes (--max-bytes)`]],
  },
]

/** What one face made of an input. */
interface Reading {
  records: number[]
  refused: Array<[number, string]>
  inputErrors: string[]
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const lineOf = (id: unknown): number => Number(String(id).replace(/^L/, ''))

/** "cleanup: FILE:N[ ID]: reason" lines are refused records; "cleanup: FILE: reason" lines are input errors. */
function stderrMessages(stderr: string, file: string): Pick<Reading, 'refused' | 'inputErrors'> {
  const refused: Array<[number, string]> = []
  const inputErrors: string[] = []
  const re = new RegExp(`^cleanup: ${escape(file)}(?::(\\d+))?: (.*)$`)
  for (const line of stderr.split('\n')) {
    const m = re.exec(line)
    if (m === null) continue
    if (m[1] === undefined) inputErrors.push(m[2]!)
    else refused.push([Number(m[1]), m[2]!])
  }
  return { refused, inputErrors }
}

async function viaJsonl(file: string): Promise<Reading> {
  const rejects = `${file}.rejects.tsv`
  const r = await inProcess(['--jsonl', '--on-error', 'skip', '--rejects', rejects, '--max-bytes', String(MAX_BYTES), file])
  const records = r.stdout.split('\n').filter((l) => l !== '').map((l) => lineOf((JSON.parse(l) as { id: unknown }).id))
  // The rejects file: input, line, reason, the line verbatim (tab-separated).
  const refused = readFileSync(rejects, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l): [number, string] => {
      const [, lineNo, reason] = l.split('\t')
      return [Number(lineNo), reason!]
    })
  return { records, refused, inputErrors: stderrMessages(r.stderr, file).inputErrors }
}

async function viaReport(file: string): Promise<Reading> {
  const r = await inProcess(['report', '--jsonl', '--id-field', 'id', '--max-bytes', String(MAX_BYTES), file])
  const m = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(r.stdout)
  if (m === null) throw new Error(`no report page: ${r.stderr}`)
  const data = JSON.parse(m[1]!) as { docs: Array<{ source: string }> }
  const records = data.docs.map((d) => lineOf(d.source.split(' ').pop())).sort((a, b) => a - b)
  return { records, ...stderrMessages(r.stderr, file) }
}

async function viaLearn(file: string): Promise<Reading & { counted: number }> {
  const r = await inProcess(['learn', '--jsonl', '--max-bytes', String(MAX_BYTES), file])
  const counted = Number(/cleanup learn: (\d+) documents/.exec(r.stderr)?.[1] ?? 0)
  // The CLI prints only a count; the reader it runs names the documents.
  const records: number[] = []
  for await (const doc of readCorpus([file], { jsonl: true, maxBytes: MAX_BYTES, stdin: new PassThrough() }, () => {})) records.push(lineOf(doc.id))
  return { records, counted, ...stderrMessages(r.stderr, file) }
}

for (const c of cases) {
  t.test(c.name, async (t) => {
    const file = join(dir, c.file)
    writeFileSync(file, c.bytes)
    const faces = { jsonl: await viaJsonl(file), report: await viaReport(file), learn: await viaLearn(file) }
    for (const [face, got] of Object.entries(faces)) {
      t.same(got.records, c.records, `${face}: the records`)
      t.same(got.refused.map(([n]) => n), c.refused.map(([n]) => n), `${face}: the refused lines`)
      c.refused.forEach(([lineNo, reason], i) => t.match(got.refused[i]?.[1], reason, `${face}: line ${lineNo}'s reason`))
      t.equal(got.inputErrors.length, c.inputError ? 1 : 0, `${face}: ${c.inputError ? 'one input error' : 'no input error'}`)
      if (c.inputError) t.match(got.inputErrors[0], c.inputError, `${face}: the input error`)
    }
    t.equal(faces.learn.counted, c.records.length, 'learn counts the documents its reader gives')
    // Word for word, not only the same shape.
    t.same(faces.report.refused, faces.jsonl.refused, 'report refuses as cleanup --jsonl does')
    t.same(faces.learn.refused, faces.jsonl.refused, 'learn refuses as cleanup --jsonl does')
    t.same(faces.report.inputErrors, faces.jsonl.inputErrors, 'report fails the input as cleanup --jsonl does')
    t.same(faces.learn.inputErrors, faces.jsonl.inputErrors, 'learn fails the input as cleanup --jsonl does')
  })
}
