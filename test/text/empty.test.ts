// Issue 14: a document with text never comes out empty unsaid. HTML found
// by --format auto that yields no text is cleaned as text (and the report
// says so); --format html that yields none is refused, not printed as
// nothing with exit 0.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { cleanHtmlWithReport, cleanRecordLine } from '../../lib/index.js'
import { holdsText } from '../../lib/text/empty.js'
import { cli } from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'cleanup-empty-'))
const TEXT = 'A plain article line, with nothing of HTML in it at all.\n'
const ARTICLE_LINE = 'The council approved the budget on Tuesday, officials said, after a long debate.'
const MARKDOWN = `<img src="chart.png" alt="chart">\n\n${ARTICLE_LINE}\n`

t.test('--format html on a text file: exit 1, one line, nothing on stdout', async (t) => {
  const file = join(dir, 'article.txt')
  writeFileSync(file, TEXT)
  const r = await cli(['--format', 'html', file])
  t.equal(r.status, 1)
  t.equal(r.stdout, '')
  t.equal(r.stderr, `cleanup: ${file}: read as HTML it has no article text (1 lines in, 0 out); nothing written (--format text keeps it)\n`)
})

t.test('--format auto taking a markdown page for HTML: cleaned as text, said on stderr and in --explain', async (t) => {
  const file = join(dir, 'page.md')
  writeFileSync(file, MARKDOWN)
  const r = await cli([file])
  t.equal(r.status, 0)
  // Cleaned as text, the article line stays (the raw <img> tag may go as markup residue).
  t.match(r.stdout, ARTICLE_LINE)
  t.equal(r.stderr, `cleanup: ${file}: read as HTML it has no article text: cleaned as text instead\n`)
  t.match((await cli(['--explain', file])).stderr, `${file}: guard: read as HTML it has no article text: cleaned as text instead`)
})

t.test('JSON Lines: the report field says so; forced HTML is a counted reject, not a silent empty text', async (t) => {
  const auto = cleanRecordLine(JSON.stringify({ text: MARKDOWN }), { reportField: 'r', format: 'auto' })
  t.ok(auto.ok)
  if (auto.ok) {
    const rec = JSON.parse(auto.line) as { text: string; r: { guard?: string } }
    t.match(rec.text, ARTICLE_LINE)
    t.match(rec.r.guard, /^read as HTML it has no article text: cleaned as text instead/)
  }
  const forced = cleanRecordLine(JSON.stringify({ text: TEXT }), { format: 'html' })
  t.match(forced, { ok: false, code: 'empty', reason: /read as HTML it has no article text/ })
})

t.test('the library reports it in guard; an empty page is not a loss', async (t) => {
  t.equal(cleanHtmlWithReport(TEXT).guard, 'read as HTML it has no article text')
  t.equal(cleanHtmlWithReport('<html><body></body></html>').text, '')
  t.notOk(holdsText(' \n\t'))
  t.notOk(holdsText(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])))
  t.ok(holdsText(new Uint8Array([0x41])))
})
