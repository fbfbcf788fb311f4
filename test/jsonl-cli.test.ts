// The built CLI with --jsonl: order, pass-through, every error path (records in = out + rejects), atomic --output.
// Files and gzip: jsonl-files.test.ts; pool, GNU parallel and progress: jsonl-scale.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { clean } from '../lib/index.js'
import { cli, dir, INPUT, records, stats } from './helpers/jsonl.js'
import { ROOT } from './helpers/pairs.js'
import { otherMembers } from './helpers/records.js'

t.test('records out in input order, text cleaned, other fields byte for byte', async (t) => {
  const r = cli(['--jsonl', '--stats', '--jobs', '1'], INPUT)
  t.equal(r.status, 0, r.stderr)
  const lines = r.stdout.split('\n')
  t.equal(lines.pop(), '', 'ends with a line break')
  t.equal(lines.length, records.length)
  lines.forEach((line, i) => {
    const rec = records[i]!
    t.equal((JSON.parse(line) as { id: number }).id, i, 'order')
    t.equal(otherMembers(line, 'text'), otherMembers(rec.line, 'text'), `record ${i}: other members untouched`)
    t.equal((JSON.parse(line) as { text: string }).text, rec.expected, `record ${i}: text as the seed expects`)
  })
  t.same(stats(r.stderr), { records: 40, out: 40, rejected: 0 })
})

t.test('--field, --out-field and --report-field', async (t) => {
  const input = records.slice(0, 5).map((r) => r.line.replace('"text":', '"body":')).join('\n')
  const r = cli(['--jsonl', '--field', 'body', '--out-field', 'clean', '--report-field', 'removed'], input)
  t.equal(r.status, 0, r.stderr)
  r.stdout.trim().split('\n').forEach((line, i) => {
    const rec = JSON.parse(line) as { body: string; clean: string; removed: { linesIn: number; linesOut: number } }
    t.equal(rec.body, records[i]!.pair.input.toString(), 'original kept')
    t.equal(rec.clean, records[i]!.expected)
    t.ok(rec.removed.linesIn >= rec.removed.linesOut)
  })
  t.equal(cli(['--field', 'body'], 'x').status, 2, '--field needs --jsonl')
  t.equal(cli(['--jsonl', '--report-field', 'text'], 'x').status, 2, 'a report over the text is refused')
})

// One bad line of each kind among good ones.
const BAD: Array<[string, string]> = [
  ['{"text": "unclosed', 'malformed JSON'],
  ['[1, 2]', 'not a JSON object (array)'],
  ['{"body": "no text here"}', 'no "text" field'],
  ['{"text": ["a"]}', '"text" is an array, not a string'],
  ['{"text": "' + 'long '.repeat(400) + '"}', 'over the limit of 1000 bytes'],
]
const mixed = (): { input: Buffer; bad: Map<number, string> } => {
  const lines: Buffer[] = []
  const bad = new Map<number, string>()
  records.slice(0, 10).forEach((r, i) => {
    lines.push(Buffer.from(JSON.stringify({ id: i, text: 'A short article line that is long enough to be prose and stays.\n' })))
    if (i < BAD.length) {
      lines.push(Buffer.from(BAD[i]![0]))
      bad.set(lines.length, BAD[i]![1])
    }
  })
  lines.push(Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])) // {"text":"\xff"}
  bad.set(lines.length, 'invalid UTF-8')
  lines.push(Buffer.from(''))
  return { input: Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])), bad }
}

t.test('--on-error skip: every bad line in the rejects file, verbatim, with its number and reason', async (t) => {
  const { input, bad } = mixed()
  for (const jobs of ['1', '2']) {
    const rejects = join(dir, `rejects-${jobs}.tsv`)
    const r = cli(['--jsonl', '--max-bytes', '1000', '--on-error', 'skip', '--rejects', rejects, '--stats', '--jobs', jobs], input)
    t.equal(r.status, 0, r.stderr)
    const s = stats(r.stderr)
    t.equal(s.records, 10 + bad.size)
    t.equal(s.rejected, bad.size)
    t.equal(s.out, r.stdout.trim().split('\n').length)
    t.equal(s.records, s.out + s.rejected, 'records in = out + rejected')
    t.match(r.stderr, /1 blank lines/)
    const inputLines = input.toString('latin1').split('\n')
    const rows = readFileSync(rejects).toString('latin1').trimEnd().split('\n').map((l) => l.split('\t'))
    t.equal(rows.length, bad.size)
    for (const [source, lineNo, reason, ...rest] of rows) {
      t.equal(source, '<stdin>')
      t.ok(reason?.includes(bad.get(Number(lineNo))!), `line ${lineNo}: ${reason}`)
      t.equal(rest.join('\t'), inputLines[Number(lineNo) - 1], `line ${lineNo} verbatim`)
    }
  }
})

t.test('--on-error fail (default): stops at the first bad line, exit 1, says what was written', async (t) => {
  const { input } = mixed()
  const r = cli(['--jsonl', '--stats', '--jobs', '1'], input)
  t.equal(r.status, 1)
  t.match(r.stderr, /^cleanup: <stdin>:2: malformed JSON: .*; stopped \(--on-error fail\) after 1 records written\n/)
  t.equal(r.stdout.trim().split('\n').length, 1, 'only the record before it')
  const s = stats(r.stderr)
  t.equal(s.records, s.out + s.rejected)

  const out = join(dir, 'fail-out.jsonl')
  const withFile = cli(['--jsonl', '--output', out, '--max-bytes', '1000', '--jobs', '1'], Buffer.concat([Buffer.from(records[0]!.line.slice(0, 900) + '\n'), input]))
  t.equal(withFile.status, 1)
  t.match(withFile.stderr, /fail-out\.jsonl not written/)
  t.notOk(existsSync(out), 'no partial --output file')
  t.same(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left')

  const oversize = cli(['--jsonl', '--max-bytes', '1000', '--rejects', join(dir, 'over.tsv')], `{"text":"${'x'.repeat(5000)}"}\n{"text":"fine"}\n`)
  t.equal(oversize.status, 1)
  t.match(oversize.stderr, /<stdin>:1: record is over the limit of 1000 bytes/)
  t.equal(readFileSync(join(dir, 'over.tsv'), 'utf8'), `<stdin>\t1\trecord is over the limit of 1000 bytes (--max-bytes)\t{"text":"${'x'.repeat(5000)}"}\n`, 'the long line verbatim, never held whole')
})


t.test('--mode reaches every record, with one job or several', async (t) => {
  // A whole page: forced article mode leaves its menus, forced page mode takes the article out.
  const page = readFileSync(join(ROOT, 'test/pages/news-site-page.txt'), 'utf8')
  const input = [0, 1, 2].map((id) => JSON.stringify({ id, text: page })).join('\n')
  const article = clean(page, { mode: 'article' })
  const extracted = clean(page, { mode: 'page' })
  t.not(article, extracted, 'the two modes differ on this page')
  for (const jobs of ['1', '2']) {
    for (const [mode, expected] of [['article', article], ['page', extracted]] as const) {
      const r = cli(['--jsonl', '--mode', mode, '--jobs', jobs], input)
      t.equal(r.status, 0, r.stderr)
      const texts = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)
      t.same(texts, [expected, expected, expected], `--mode ${mode} --jobs ${jobs}`)
    }
  }
})
