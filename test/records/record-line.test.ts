// cleanRecordLine: the record cleanRecord gives, spliced into the original line so other members keep their bytes.
import t from 'tap'
import { cleanRecord, cleanRecordLine, parseRecordLine } from '../../lib/index.js'
import { objectSpans } from '../../lib/records/json-spans.js'
import { otherMembers, seedRecords } from '../helpers/records.js'

const ARTICLE = 'Storm hits the coast overnight\nThe storm arrived at dawn and flooded the harbour, officials said on Monday.\nComments\n'

t.test('same record as cleanRecord, members in the same order', async (t) => {
  const lines = [
    ...seedRecords(5).map((r) => r.line),
    JSON.stringify({ a: 1, text: ARTICLE, b: [1, { c: '"}' }] }),
    ` { "text" : ${JSON.stringify(ARTICLE)} , "z" : null } `,
    JSON.stringify({ 'te"xt': 'x', text: ARTICLE }),
  ]
  for (const options of [{}, { outField: 'clean' }, { reportField: 'removed' }, { outField: 'clean', reportField: 'removed' }, { outField: 'a', reportField: 'b' }]) {
    for (const line of lines) {
      const viaLine = cleanRecordLine(line, options)
      const parsed = parseRecordLine(line)
      if (!viaLine.ok || !parsed.ok) throw new Error('expected a record')
      const viaObject = cleanRecord(parsed.value, options)
      if (!viaObject.ok) throw new Error('expected a record')
      t.equal(JSON.stringify(JSON.parse(viaLine.line)), JSON.stringify(viaObject.record), `${JSON.stringify(options)} ${line.slice(0, 30)}`)
    }
  }
})

t.test('other members pass through byte for byte', async (t) => {
  for (const r of seedRecords(5)) {
    const out = cleanRecordLine(r.line)
    if (!out.ok) throw new Error(out.reason)
    t.equal(otherMembers(out.line, 'text'), otherMembers(r.line, 'text'), 'everything but the text is unchanged')
    t.equal((JSON.parse(out.line) as { text: string }).text, r.expected, r.pair.name)
  }
  const unchanged = `{"text":"A clean line of article prose that the rules leave alone, as they should.\\u000a","n":1.50}`
  const out = cleanRecordLine(unchanged)
  t.ok(out.ok && out.line === unchanged, 'a text the rules leave alone keeps its own escapes')
})

t.test('--out-field keeps the original; --report-field says what went', async (t) => {
  const out = cleanRecordLine(JSON.stringify({ id: 7, text: ARTICLE }), { outField: 'clean', reportField: 'removed' })
  if (!out.ok) throw new Error(out.reason)
  const rec = JSON.parse(out.line) as { id: number; text: string; clean: string; removed: { linesIn: number; linesOut: number; removed: Array<{ rule: string; lines: number }> } }
  t.equal(rec.text, ARTICLE)
  t.notOk(rec.clean.includes('Comments'))
  t.same(Object.keys(rec), ['id', 'text', 'clean', 'removed'])
  t.equal(rec.removed.linesIn, 3)
  t.equal(rec.removed.linesIn - rec.removed.linesOut, rec.removed.removed.reduce((n, r) => n + r.lines, 0), 'removed lines add up')
})

t.test('duplicate keys take the plain road and agree with JSON.parse', async (t) => {
  const out = cleanRecordLine(`{"text":"old","text":${JSON.stringify(ARTICLE)}}`)
  if (!out.ok) throw new Error(out.reason)
  t.notOk((JSON.parse(out.line) as { text: string }).text.includes('Comments'))
})

t.test('refusals carry a reason and a code', async (t) => {
  const cases: Array<[string, string, RegExp]> = [
    ['{"text": "x"', 'malformed', /^malformed JSON/],
    ['[1,2]', 'not-object', /not a JSON object \(array\)/],
    ['"text"', 'not-object', /not a JSON object \(string\)/],
    ['{"body":"x"}', 'no-field', /no "text" field/],
    ['{"constructor":"x"}', 'no-field', /no "text" field/],
    ['{"text":42}', 'not-string', /"text" is number, not a string/],
    ['{"text":null}', 'not-string', /"text" is null/],
    ['{"text":"a\\u0000b"}', 'binary', /NUL/],
  ]
  for (const [line, code, reason] of cases) {
    const out = cleanRecordLine(line)
    t.equal(out.ok, false, line)
    if (!out.ok) {
      t.equal(out.code, code, line)
      t.match(out.reason, reason, line)
    }
  }
  const big = cleanRecordLine(JSON.stringify({ text: 'x'.repeat(100) }), { maxBytes: 50 })
  t.ok(!big.ok && big.code === 'too-large')
})

t.test('objectSpans finds top-level values only', async (t) => {
  const line = '{"a":{"text":"inner"},"s":"q\\"}\\\\","text" : "outer\\\\" ,"n":-1.5e3}'
  const { members, close } = objectSpans(line, ['text', 'n', 's'])
  const slice = (k: string): string => line.slice(members.get(k)!.start, members.get(k)!.end)
  t.equal(slice('text'), '"outer\\\\"')
  t.equal(slice('n'), '-1.5e3')
  t.equal(slice('s'), '"q\\"}\\\\"')
  t.equal(line[close], '}')
})
