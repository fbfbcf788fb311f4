// Issue 14: UTF-16 with a BOM is read (text and HTML, --format auto too);
// a file mixing CRLF and LF keeps each line's own ending; a JSON Lines text
// from which nothing is removed comes back byte for byte.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { clean, cleanRecordLine, decodeDocument, looksLikeHtml } from '../../lib/index.js'
import { cli } from '../helpers/cli.js'

const ARTICLE = 'Storm hits coast\nThe storm arrived at dawn, officials said, and the coast road stayed closed.\n'
const HTML = '<!DOCTYPE html><html><body><article><h1>Storm hits coast</h1><p>The storm arrived at dawn, officials said, and the coast road stayed closed all day.</p></article></body></html>'

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le')
  if (order === 'be') le.swap16()
  return new Uint8Array(le)
}

t.test('UTF-16 LE and BE with a BOM are decoded, not refused as binary', async (t) => {
  for (const order of ['le', 'be'] as const) {
    t.equal(decodeDocument(utf16(ARTICLE, order)), ARTICLE, order)
    t.equal(clean(utf16(ARTICLE, order)), ARTICLE, `clean ${order}`)
  }
  t.throws(() => decodeDocument(new Uint8Array([0xff, 0xfe, 0x41])), { name: 'InputError', message: /odd number of bytes/ })
  t.throws(() => decodeDocument(new Uint8Array([0x41, 0x00, 0x42])), { message: /binary input: NUL byte/ }, 'NUL without a BOM is still binary')
})

t.test('--format auto recognises UTF-16 HTML as --format html does', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-utf16-'))
  for (const order of ['le', 'be'] as const) {
    const bytes = utf16(HTML, order)
    t.ok(looksLikeHtml(bytes), order)
    const file = join(dir, `page-${order}.html`)
    writeFileSync(file, bytes)
    const auto = await cli([file])
    const html = await cli(['--format', 'html', file])
    t.equal(auto.status, 0, auto.stderr)
    t.equal(auto.stdout, html.stdout)
    t.match(auto.stdout, /^Storm hits coast\nThe storm arrived at dawn/)
    const textFile = join(dir, `text-${order}.txt`)
    writeFileSync(textFile, utf16(ARTICLE, order))
    t.equal((await cli([textFile])).stdout, ARTICLE)
  }
})

t.test('mixed CRLF and LF: every kept line keeps its own ending', async (t) => {
  const input = 'Storm hits coast\r\nThe storm arrived at dawn, officials said, and roads closed.\nREAD MORE: Floods in the north\r\nPolice said the coast road would stay closed until Monday.\r\nIt reopened on Tuesday after the clean-up, the council said.\n'
  const out = clean(input)
  t.equal(out, 'Storm hits coast\r\nThe storm arrived at dawn, officials said, and roads closed.\nPolice said the coast road would stay closed until Monday.\r\nIt reopened on Tuesday after the clean-up, the council said.\n')
  t.equal(clean(out), out, 'idempotent')
  t.equal(clean('a line of text here, long enough.\r\nAnd one more line of prose, said the police.'), 'a line of text here, long enough.\r\nAnd one more line of prose, said the police.\r\n', 'a last line without ending gets the document\'s')
})

t.test('a JSON Lines text without a final newline, nothing removed, comes back byte for byte', async (t) => {
  const line = JSON.stringify({ id: 1, text: 'Storm hits coast\nThe storm arrived at dawn, officials said.' })
  const r = cleanRecordLine(line)
  t.ok(r.ok)
  if (r.ok) t.equal(r.line, line)
  const removed = cleanRecordLine(JSON.stringify({ id: 2, text: 'Storm hits coast\nThe storm arrived at dawn, officials said, and roads closed.\nREAD MORE: Floods in the north\nPolice said the coast road would stay closed until Monday.' }))
  t.ok(removed.ok && removed.report.removals.length > 0, 'a removal still renders the usual way')
})
