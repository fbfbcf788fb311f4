// Markdown in, clean markdown out (issue 17): every fixture pair of
// test/fixtures-markdown through every face, the output contract on
// markdown (lines kept as given, blocks whole, no orphan list items, table
// rows or headings), recognition, the markdown features and the preamble.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { clean, cleanWithReport, createCleanStream } from '../lib/index.js'
import { cleanDocument } from '../lib/pipeline.js'
import { parseBlocks } from '../lib/markdown/blocks.js'
import { markdownChrome } from '../lib/markdown/chrome.js'
import { looksLikeMarkdown } from '../lib/markdown/detect.js'
import { readInline } from '../lib/markdown/inline.js'
import { readPreamble } from '../lib/markdown/preamble.js'
import { ROOT, throughStream } from './helpers/pairs.js'

const DIR = join(ROOT, 'test/fixtures-markdown')
const BIN = join(ROOT, 'bin/cleanup.js')
const pairs = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.md'))
  .sort()
  .map((f) => {
    const name = f.slice(0, -'.expected.md'.length)
    const inputPath = join(DIR, `${name}.md`)
    return { name, inputPath, input: readFileSync(inputPath), expected: readFileSync(join(DIR, f), 'utf8') }
  })

t.test('fixtures: pages by two converters, clean articles', async (t) => {
  t.ok(pairs.filter((p) => p.name.endsWith('-html2text')).length >= 3, 'three pages by html2text')
  t.ok(pairs.filter((p) => p.name.endsWith('-turndown')).length >= 3, 'three pages by turndown')
  const unchanged = pairs.filter((p) => p.name.startsWith('clean-'))
  t.ok(unchanged.length >= 2, 'two clean articles')
  for (const p of unchanged) t.equal(p.expected, p.input.toString('utf8'), `${p.name}: expected is the input`)
})

for (const pair of pairs) {
  t.test(pair.name, async (t) => {
    const report = cleanWithReport(pair.input)
    t.equal(report.text, pair.expected, 'clean()')
    t.equal(cleanDocument(pair.input, { format: 'markdown' }).text, pair.expected, '--format markdown')
    t.equal(await throughStream(createCleanStream(), pair.input, 1), pair.expected, 'stream, 1-byte chunks')
    t.equal(clean(report.text), report.text, 'idempotent')
    const cli = spawnSync(process.execPath, [BIN, pair.inputPath], { encoding: 'utf8' })
    t.equal(cli.stdout, pair.expected, 'CLI, file')
    const jsonl = spawnSync(process.execPath, [BIN, '--jsonl', '--format', 'markdown'], { input: JSON.stringify({ text: pair.input.toString('utf8') }) + '\n', encoding: 'utf8' })
    t.equal((JSON.parse(jsonl.stdout) as { text: string }).text, pair.expected, '--jsonl record')
    checkContract(t, pair.input.toString('utf8'), report.text)
  })
}

/** Output lines are input lines in order; no orphan link tail, list item, table row or heading. */
function checkContract(t: Test, input: string, output: string): void {
  const inLines = input.split('\n')
  let i = 0
  for (const line of output.split('\n').filter((l) => l.trim() !== '')) {
    while (i < inLines.length && inLines[i] !== line) i++
    t.ok(i < inLines.length, `kept as given: ${line.slice(0, 40)}`)
    i++
  }
  const out = output.split('\n')
  t.notOk(out.some((l) => /^\S*\]\([^)]*\)\s*$/.test(l) && !l.includes('[')), 'no lone "](url)" line')
  const blocks = parseBlocks(out)
  const last = blocks.units[blocks.units.length - 1]
  t.not(last?.kind, 'heading', 'no heading at the end')
  for (const u of blocks.units) if (u.kind === 'table') t.ok(u.to > u.from, 'a table keeps its header and delimiter')
}

t.test('recognition: markdown before HTML, plain text stays text', async (t) => {
  t.ok(looksLikeMarkdown('<img src="/logo.png">\n# Storm hits coast\n\n[Home](/) [News](/news)\n'), 'raw <img> line, heading and links')
  t.ok(looksLikeMarkdown('Title: A\n\nURL Source: https://x.example/\n\nMarkdown Content:\nText.\n'), 'reader preamble')
  t.ok(looksLikeMarkdown('# Minutes\n\nText here.\n\n## Decisions\n\nMore.\n'), 'two headings')
  t.notOk(looksLikeMarkdown('Storm hits coast\nThe storm hit at dawn. See www.example.com for more.\n'), 'plain text')
  t.notOk(looksLikeMarkdown('Budget vote\n- item one\n- item two\n#budget #council\n'), 'bullets and hashtags are not markdown')
  t.notOk(looksLikeMarkdown('<!DOCTYPE html><html><body><p>[a](/b) [c](/d) [e](/f)</p></body></html>'), 'an HTML document')
  // A whole page's visible text underlines its boxes with fixed rows of - and =: not markdown headings.
  t.notOk(looksLikeMarkdown('Also in the news\n-----------------\nVideo and Audio\n-----------------\nSports | Games\n==================================================\n'), 'separator rows in page text')
  t.ok(looksLikeMarkdown('Council backs park plan\n=======================\n\nThe council voted on Tuesday.\n'), 'an underline as long as its heading (turndown)')
  const page = '<img src="https://cdn.example.net/logo.png" alt="Ledger">\n\n# Council backs park plan\n\nThe council voted on Tuesday to turn the old depot into a park with a playground and a pond.\n\n* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n'
  const r = cleanWithReport(page)
  t.equal(r.format, 'markdown')
  t.match(r.text, /voted on Tuesday/, 'never empty, never HTML')
})

t.test('blocks: a list, a table, a setext heading, a wrapped link are one unit each', async (t) => {
  const lines = ['Title', '=====', '', 'See [the long', 'notes](https://x.example/n) here.', '', '* [a](/a)', '  * [b](/b)', '* c', '', '| A | B |', '|---|---|', '| 1 | 2 |', '', '```', 'code', '```', '', '> quoted', '> more']
  const { units } = parseBlocks(lines)
  t.same(units.map((u) => [u.kind, u.from, u.to]), [['heading', 0, 1], ['paragraph', 3, 4], ['list', 6, 8], ['table', 10, 12], ['code', 14, 16], ['quote', 18, 19]])
})

t.test('inline: what a reader sees, and the links', async (t) => {
  const r = readInline('Read **more** in [our guide](https://example.com/guide) ![x](/i.png).')
  t.equal(r.text, 'Read more in our guide .')
  t.equal(r.links.length, 2)
  t.ok(readInline('[![logo](/logo.png)](/)').links.some((l) => l.wrapsImage), 'an image link')
})

// Table test of the markdown features: lines that must go, look-alikes that must stay.
const REMOVE = [
  ['[Skip to main content](#main)', 'markdown-skip-link'],
  ['Zum Inhalt springen', 'markdown-skip-link'],
  ['[![](/icons/fb.svg)](https://www.facebook.com/sharer/sharer.php?u=x) [![](/icons/tw.svg)](https://twitter.com/intent/tweet?url=x)', 'markdown-share-row'],
  ['[Share](https://www.linkedin.com/shareArticle?url=x) [Pin](https://pinterest.com/pin/create/button/?url=x)', 'markdown-share-row'],
  ['[Home](/) > [News](/news) > [Local](/news/local)', 'markdown-link-row'],
  ['[Accueil](/) | [Actualités](/actu) | [Sport](/sport)', 'markdown-link-row'],
  ['![](https://stats.example.net/pixel.gif?id=1)', 'markdown-chrome-image'],
  ['![](data:image/gif;base64,R0lGODlhAQABAAAAACw=)', 'markdown-chrome-image'],
  ['[![Daily Ledger](/img/site-logo.png)](/)', 'markdown-chrome-image'],
  ['* [Politics](/p)\n* [Business](/b)\n* [Science](/s)', 'markdown-link-list'],
  ['##### Related Articles\n\nFrom the archives\n\n* [Storm closes crossing](/a)\n* [Fares frozen](/b)\n* [School moves](/c)', 'markdown-link-list'],
  ['[Library wing approved](/a)\n\n    The council voted to fund a new wing.\n[Bakery wins prize](/b)\n\n    A bakery won the regional prize.\n[Bridge to close](/c)\n\nDrivers will use the ring road.', 'markdown-teasers'],
  ['* [Home](/)\n* [Consulting: as someone trying to get a self-funded startup going, both time and money are at a premium, and an hour with Bob was the best money I spent this year](/consult)\n* [Books: the startup guide is out and selling, and below is a PDF of the table of contents and the first chapter for you](/books)\n* [Blog](/blog)\n* [About](/about)', 'markdown-link-list'],
  ['[Full list of articles »](/news/blogwatch.html)', 'markdown-link-line'],
  ['Marta on March 12, 2013 at 8:14 am\n\nDid it in 21 minutes.\n\nJoe B. says:\n\nScaled the row.\n\nInes 12.03.13 at 6:02 pm\n\nIs the club still meeting?', 'markdown-comments'],
  ['**Read more...**\n\n* [Davies to fill the void](/a)\n* [Grant not scared](/b)\n* [Move sealed](/c)', 'markdown-link-list'],
  ['### [Library wing approved](/a)\n\nThe council voted to fund a new wing.\n\n### [Bakery wins prize](/b)\n\n### [Bridge to close](/c)', 'markdown-teasers'],
] as const
const KEEP = [
  'The report, published by [the health ministry](https://gov.example/report), found waiting times fell in every region last year.',
  'Critics say the plan to [skip](https://example.com/x) the consultation is unlawful, and they will challenge it in court.',
  '![Flood water covers the main street](https://cdn.example.com/photos/flood-main-street.jpg)',
  '* two piers rebuilt;\n* the deck resurfaced;\n* a new cycle lane.',
  'Share prices fell after [the announcement](https://example.com/a), which surprised analysts.',
  '* [Annual report 2023 (PDF)](/r.pdf)',
  // A schedule with times of day but no dates, and a byline with a date and time: no comment thread.
  '* 9:30 am Registration and coffee\n* 10:00 am Opening address by the mayor\n* 11:15 am Guided walk along the harbour wall',
  'Posted by Anna on March 12, 2013 at 8:14 am\n\nThe ferry will run again from Monday after nine weeks of repairs to the ramp.',
  // A linked headline over its article, and a link line in the text: no run of teasers.
  '## [Ferry service resumes](/story)\n\nThe ferry will run again from Monday after nine weeks of repairs to the ramp.\n\nThe [inspection report](/report.pdf) is online.\n\nThe harbour master thanked the islanders for their patience over the winter.',
]
t.test('markdown features: chrome goes, look-alike prose stays', async (t) => {
  for (const [md, rule] of REMOVE) {
    const blocks = parseBlocks(md.split('\n'))
    const { units, views } = markdownChrome(blocks)
    const rules = [...units.values(), ...views.values()].map((e) => e.rule)
    t.ok(rules.includes(rule), `${rule}: ${md.slice(0, 50)}`)
    if (rule === 'markdown-teasers' || md.startsWith('#') || md.startsWith('**')) t.equal(units.size, blocks.units.length, `every unit goes: ${md.slice(0, 50)}`)
  }
  for (const md of KEEP) {
    const { units, views } = markdownChrome(parseBlocks(md.split('\n')))
    t.equal(units.size + views.size, 0, `kept: ${md.slice(0, 50)}`)
  }
})

t.test('a headline over its byline row stays; a heading over a list of links goes', async (t) => {
  const md = '## Ferry service resumes after repairs\n\nBy [Mike Reed](/author/mike) | [August 8, 2012](/2012/08/08/ferry) | [Local News](/local)\n\nThe ferry will run again from Monday.'
  const { units } = markdownChrome(parseBlocks(md.split('\n')))
  t.notOk(units.has(0), 'the headline is no chrome')
  const box = '## Sections\n\n* [News](/news)\n* [Sport](/sport)\n* [Weather](/weather)'
  t.ok(markdownChrome(parseBlocks(box.split('\n'))).units.has(0), 'the heading over the menu is')
})

t.test('reader preamble: out of the body, into --metadata', async (t) => {
  const md = readFileSync(join(DIR, 'reader-preamble.md'))
  const p = readPreamble(md.toString('utf8').split('\n'))
  t.same(p.metadata, { title: 'Library extends weekend opening hours', url: 'https://news.example.org/2024/06/library-hours', date: '2024-06-03T09:00:00Z' })
  const r = cleanWithReport(md)
  t.equal(r.removals[0]?.rule, 'reader-preamble')
  const cli = spawnSync(process.execPath, [BIN, '--metadata'], { input: md, encoding: 'utf8' })
  const out = JSON.parse(cli.stdout) as { title?: string; url?: string; text: string }
  t.equal(out.url, 'https://news.example.org/2024/06/library-hours')
  t.notMatch(out.text, /URL Source/)
  t.equal(readPreamble(['Title: x', 'Some text']).end, -1, 'no Markdown Content line: no preamble')
})

t.test('-r folders and the report take markdown', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-md-'))
  const pair = pairs.find((p) => p.name === 'news-turndown')
  if (pair === undefined) throw new Error('fixture missing')
  // -r takes the .txt files of a tree; their content is recognised as markdown.
  writeFileSync(join(dir, 'a.txt'), pair.input)
  const out = join(dir, 'out')
  const r = spawnSync(process.execPath, [BIN, '-r', dir, '--out-dir', out], { encoding: 'utf8' })
  t.equal(r.status, 0, r.stderr)
  t.equal(readFileSync(join(out, 'a.txt'), 'utf8'), pair.expected)
  const report = spawnSync(process.execPath, [BIN, 'report', '--format', 'text', join(dir, 'a.txt')], { encoding: 'utf8' })
  t.equal(report.status, 0, report.stderr)
  t.match(report.stdout, /markdown-link-list/)
})

t.test('--format markdown is a usage the CLI knows', async (t) => {
  const r = spawnSync(process.execPath, [BIN, '--format', 'markdwn'], { input: 'x\n', encoding: 'utf8' })
  t.equal(r.status, 2)
  t.match(r.stderr, /auto, text, html or markdown/)
})
