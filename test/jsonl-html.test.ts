// JSON Lines records holding HTML: the field's page is extracted and cleaned,
// and with --metadata / --metadata-field its metadata become a record field
// (only when the page gives any), through the library and the built CLI.
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { cleanHtml, cleanRecord, cleanRecordLine, extractHtml } from '../lib/index.js'
import { ROOT } from './helpers/pairs.js'

const BIN = join(ROOT, 'bin/cleanup.js')
const cli = (args: string[], input: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' })

const PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><title>Storm hits coast | The Daily</title>',
  '<meta property="og:site_name" content="The Daily"><meta name="author" content="Jane Doe">',
  '<link rel="canonical" href="https://daily.example/storm"></head><body>',
  '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
  '<article><h1>Storm hits coast</h1>',
  '<p>The storm arrived at dawn, and officials said the damage along the coast was severe but that no one was hurt.</p>',
  '<p>Crews worked through the morning to clear the roads, and the harbour is expected to reopen on Friday.</p>',
  '</article><footer>© The Daily</footer></body></html>',
].join('')
const BARE = '<html><body><p>The storm arrived at dawn, and officials said the damage along the coast was severe but that no one was hurt.</p></body></html>'
const TEXT = 'Storm hits coast\nThe storm arrived at dawn, officials said.\n'

t.test('library: a record holding HTML is extracted, and its metadata land in metadataField', async (t) => {
  const r = cleanRecord({ id: 7, html: PAGE }, { field: 'html', format: 'auto', metadataField: 'page' })
  t.ok(r.ok)
  if (!r.ok) return
  t.equal(r.record['html'], cleanHtml(PAGE), 'the same text as cleanHtml')
  t.same(r.record['page'], extractHtml(PAGE).metadata, 'the page metadata, as extracted')
  t.match(r.record['page'], { title: 'Storm hits coast | The Daily', byline: 'Jane Doe', siteName: 'The Daily', url: 'https://daily.example/storm', language: 'en-GB' })
  t.same(Object.keys(r.record), ['id', 'html', 'page'], 'other fields first, in order; metadata after')
})

t.test('library: no metadata field when the page gives none, or when the record is text', async (t) => {
  const bare = cleanRecord({ html: BARE }, { field: 'html', format: 'auto', metadataField: 'page' })
  t.ok(bare.ok && !Object.hasOwn(bare.record, 'page'), 'a page without metadata gets no field')
  const text = cleanRecord({ html: TEXT }, { field: 'html', format: 'auto', metadataField: 'page' })
  t.ok(text.ok && !Object.hasOwn(text.record, 'page'), 'text is not HTML: no field')
  // The default format is "auto", as for files, the stream and clean(): HTML is recognised.
  const plain = cleanRecord({ html: PAGE }, { field: 'html', metadataField: 'page' })
  t.ok(plain.ok && plain.record['html'] === cleanHtml(PAGE) && Object.hasOwn(plain.record, 'page'), 'the default format is auto')
  const forced = cleanRecord({ html: PAGE }, { field: 'html', format: 'text', metadataField: 'page' })
  t.ok(forced.ok && forced.record['html'] !== cleanHtml(PAGE) && !Object.hasOwn(forced.record, 'page'), '--format text keeps it text')
})

t.test('library: the spliced line equals the parsed record and keeps other members byte for byte', async (t) => {
  const line = `{"id":12345678901234567890,"html":${JSON.stringify(PAGE)},"n":1.50}`
  const r = cleanRecordLine(line, { field: 'html', format: 'html', metadataField: 'meta', reportField: 'removed' })
  t.ok(r.ok)
  if (!r.ok) return
  t.match(r.line, /^\{"id":12345678901234567890,"html":/, 'big integer untouched')
  t.match(r.line, /"n":1\.50/, 'number spelling untouched')
  const parsed = JSON.parse(r.line) as Record<string, unknown>
  t.same(parsed['meta'], extractHtml(PAGE).metadata)
  t.equal(parsed['html'], cleanHtml(PAGE))
  t.ok(typeof parsed['removed'] === 'object')
  // A metadata field already in the record is replaced, not duplicated.
  const again = cleanRecordLine(`{"meta":"old","html":${JSON.stringify(PAGE)}}`, { field: 'html', format: 'html', metadataField: 'meta' })
  t.ok(again.ok && (again.line.match(/"meta":/g) ?? []).length === 1 && typeof (JSON.parse(again.line) as { meta: unknown }).meta === 'object')
})

t.test('CLI: --metadata and --metadata-field with --jsonl', async (t) => {
  const input = [JSON.stringify({ id: 1, body: PAGE }), JSON.stringify({ id: 2, body: TEXT }), JSON.stringify({ id: 3, body: BARE })].join('\n') + '\n'
  for (const jobs of ['1', '2']) {
    const r = cli(['--jsonl', '--field', 'body', '--metadata', '--jobs', jobs], input)
    t.equal(r.status, 0, r.stderr)
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    t.equal(out.length, 3, `--jobs ${jobs}: every record out`)
    t.same(out[0]?.['metadata'], extractHtml(PAGE).metadata, 'HTML recognised, metadata under "metadata"')
    t.equal(out[0]?.['body'], cleanHtml(PAGE))
    t.notOk(out[1] && Object.hasOwn(out[1], 'metadata'), 'a text record gets no metadata field')
    t.notOk(out[2] && Object.hasOwn(out[2], 'metadata'), 'a page without metadata gets none')
  }
  const named = cli(['--jsonl', '--field', 'body', '--metadata-field', 'page'], JSON.stringify({ body: PAGE }) + '\n')
  t.same((JSON.parse(named.stdout) as { page: unknown }).page, extractHtml(PAGE).metadata)
  const forcedText = cli(['--jsonl', '--field', 'body', '--metadata', '--format', 'text'], JSON.stringify({ body: PAGE }) + '\n')
  t.notOk(Object.hasOwn(JSON.parse(forcedText.stdout) as object, 'metadata'), '--format text: the field is text, no metadata')
  t.equal(cli(['--metadata-field', 'page'], 'x').status, 2, '--metadata-field needs --jsonl')
  t.equal(cli(['--jsonl', '--metadata-field', 'text'], 'x').status, 2, 'metadata over the clean text is refused')
  t.equal(cli(['--jsonl', '--metadata-field', 'r', '--report-field', 'r'], 'x').status, 2, 'metadata and report in one field is refused')
  t.equal(cli(['--jsonl', '--metadata-field', ''], 'x').status, 2, 'an empty name is refused')
})

t.test('CLI: the HTML fixtures through --jsonl give the same text as cleanHtml', async (t) => {
  const dir = join(ROOT, 'test/fixtures-html')
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html') && !/jis|1252/.test(f))
  const input = pages.map((f) => JSON.stringify({ f, text: readFileSync(join(dir, f), 'utf8') })).join('\n') + '\n'
  const r = cli(['--jsonl', '--metadata'], input)
  t.equal(r.status, 0, r.stderr)
  r.stdout.trim().split('\n').forEach((l, i) => {
    const rec = JSON.parse(l) as { f: string; text: string }
    t.equal(rec.f, pages[i])
    t.equal(rec.text, cleanHtml(readFileSync(join(dir, rec.f), 'utf8')), rec.f)
  })
})
