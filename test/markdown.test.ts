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
import { contractViolations } from '../lib/markdown/contract.js'
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
    checkContract(t, pair.input.toString('utf8'), report.text, report.removals)
  })
}

/**
 * Output lines are input lines in order, and the output is valid markdown
 * (lib/markdown/contract.ts): every list, table, code block, quote, heading
 * and wrapped link kept or removed whole, no lone "](url)" line, no heading
 * with nothing under it.
 */
function checkContract(t: Test, input: string, output: string, removed: ReadonlyArray<{ from: number; to: number }>): void {
  const inLines = input.split('\n')
  let i = 0
  for (const line of output.split('\n').filter((l) => l.trim() !== '')) {
    while (i < inLines.length && inLines[i] !== line) i++
    t.ok(i < inLines.length, `kept as given: ${line.slice(0, 40)}`)
    i++
  }
  t.same(contractViolations(input, output, removed).map((v) => `${v.kind} at line ${v.line + 1}: ${v.text.slice(0, 60)}`), [], 'valid markdown: no unit kept in part, no lone link tail, no empty heading')
}

t.test('the contract check finds each break', async (t) => {
  const kinds = (input: string, output: string): string[] => contractViolations(input, output).map((v) => v.kind)
  const list = '* [Home](/)\n* [News](/news)\n* Quick Links\n'
  t.same(kinds(list, '* Quick Links\n'), ['list-items-lost'], 'a list kept in part')
  t.same(kinds(list, list), [], 'a list kept whole')
  t.same(kinds(list, ''), [], 'a list removed whole')
  const table = '| A | B |\n|---|---|\n| 1 | 2 |\n'
  t.same(kinds(table, '| A | B |\n| 1 | 2 |\n'), ['table-separator-lost'], 'a table without its delimiter row')
  t.same(kinds(table, '| A | B |\n|---|---|\n'), ['table-rows-lost'], 'a table without a row')
  const link = 'Text.\n\n[\n\n#### Money\n\n](/money/)\n\nMore text.\n'
  t.same(kinds(link, 'Text.\n\n](/money/)\n\nMore text.\n'), ['lone-link-tail'], 'a link tail without its head')
  t.same(kinds('See [the long\nnotes](/n) here.\n', 'See [the long\nnotes](/n) here.\n'), [], 'a link wrapped inside a paragraph is whole')
  // turndown: a link around blocks inside a list item, blank lines between its head and its tail.
  const item = 'Tools:\n\n1.  [\n    \n    ![Icon](/icon.png)\n    \n    ](/tool/ "Visit")\n    \n    A tool for notes.\n'
  t.same(kinds(item, item), [], 'an item holding a link around blocks, kept whole')
  t.same(kinds(item, 'Tools:\n'), [], 'the item removed whole')
  t.same(kinds('Tools:\n\n[\n\n![Icon](/icon.png)\n\n](/tool/)\n', 'Tools:\n\n](/tool/)\n'), ['lone-link-tail'], 'a blank line between units still ends the run')
  t.same(kinds('## Sport\n\nThe match.\n\n## News\n\nThe vote.\n', '## Sport\n\n## News\n\nThe vote.\n'), ['empty-heading'], 'a heading over nothing')
  t.same(kinds('> a\n> b\n', '> a\n'), ['unit-split'], 'a quote kept in part')
  // A line repeated in the input is matched beside the unique lines around it, not to its first copy.
  const repeated = 'a week ago\nOld story\n\nText of the page.\n\na week ago\nNew story\n'
  t.same(kinds(repeated, 'Text of the page.\n\na week ago\nNew story\n'), [], 'a repeated line is matched where it was kept')
})

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
  // A clean article as turndown writes it, and a linked headline wrapped by html2text: cleaning its own output must read it as markdown again.
  t.ok(looksLikeMarkdown('First frost on the allotment\n----------------------------\n\nThe first frost came early.\n\nThe leeks did not mind.\n'), 'a --- underline as long as its heading, set apart')
  t.ok(looksLikeMarkdown('## [Three mornings at the harbour with a pencil and a folding\nstool](/2012/05/harbour)\n\nThis is the second part.\n'), 'a heading whose link wraps')
  t.notOk(looksLikeMarkdown('* Country:\n-------------\nAustralia\nUnited States\n-------------\nAfghanistan\n'), 'a country menu in page text: dashes under a line, nothing set apart')
  // Older sites link relatively: a path or a file is a link's target, a word in brackets is none.
  t.ok(looksLikeMarkdown('[![](Simple-Header.jpg)](index.html)\n\n[Why the harbour matters](articles/harbour0612.html) by Ann Lowe\n\n[A winter of ferries](articles/ferries0611.html) by Tom Reed\n'), 'relative links to paths and files')
  t.ok(looksLikeMarkdown('[Print](javascript:window.print\\(\\)) [Email](javascript:void\\(0\\);)\n\n## Storm hits coast\n'), 'script links and a heading')
  t.notOk(looksLikeMarkdown('The vote [see below](next page) was close.\nThe clause [a](b) and [c](d) and [e](f) stood.\nSee [1](ibid) for more.\n'), 'words in brackets after a bracket are no links')
  // Marks only a markdown writer leaves: a clean page whose links and headings were all cruft still reads as markdown.
  t.ok(looksLikeMarkdown('Bridge reopens\n\nIt cost **4.2 million pounds**, officials said.\n\n**Fee:** $95\n\n1\\. Traffic is limited to 30 mph.\n'), 'two lines of strong emphasis and an html2text escape')
  t.ok(looksLikeMarkdown('Bridge reopens\n\n1\\. Traffic is limited to 30 mph.\n\n2\\. Buses run every ten minutes.\n'), 'two html2text escapes')
  t.notOk(looksLikeMarkdown('Latest Discussions\n1) Pixel Survive **FREE GAME**\n2) PlayBook now available\nPixel Survive **FREE GAME** by patte88\n'), 'strong emphasis alone: forum text writes it too')
  t.notOk(looksLikeMarkdown('Install notes\nCopy the files to C:\\Program Files\\Ledger and restart.\n** Bold claims ** and 5 * 3 = 15 *\n'), 'a Windows path and stray asterisks')
  // An extractor's text puts a paragraph on each line, no blank line between, and writes tables as "| a | b |"
  // over a "|---|" rule (trafilatura): two such tables are no markdown. Read as markdown, the whole text was one
  // paragraph unit, and the page region dropped most of a data report.
  const para = 'Home prices rose again in the spring, and sales were up on the year in most of the regions we studied.'
  const textTables = ['Hottest markets in the U.S.', para, '| Date | Change |', '|---|---|', '| 1/1/2024 | +2.9% |', '| 2/1/2024 | +3.1% |', para, para, '| City | Score |', '|---|---|', '| Ohio | 64.9 |', '| Kentucky | 41.6 |', para].join('\n') + '\n'
  t.notOk(looksLikeMarkdown(textTables), 'an extractor\'s text tables, no blank line')
  t.equal(clean(textTables).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Date') && !l.startsWith('| City')).length, 4, 'its tables\' rows stay')
  t.ok(looksLikeMarkdown(textTables.replaceAll('\n', '\n\n')), 'the same with blank lines between blocks is markdown')
  // A site's SVG logo inlined as a data URI fills the first 8 KiB with base64; the links and headings under it decide.
  const logo = `[![Ledger\nLogo](data:image/svg+xml;base64,${'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIy'.repeat(200)})](https://ledger.example/)\n\n`
  const nav = '* [Home](https://ledger.example/)\n* [News](https://ledger.example/news/)\n* [Sport](https://ledger.example/sport/)\n\n# Council backs park plan\n\nThe council voted on Tuesday.\n'
  t.ok(looksLikeMarkdown(logo + nav), 'a data-URI logo above the links and headings')
  t.ok(looksLikeMarkdown(Buffer.from(logo + nav)), 'the same as bytes')
  t.notOk(looksLikeMarkdown(`Logo data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB'.repeat(300)}\nThe council voted on Tuesday.\n`), 'a payload in plain text is no sign by itself')
  // The same text with "# " lines, no blank line between: hashtags, shell comments, an extractor's headings.
  // Read as markdown, the lines between two of them were one paragraph unit, kept or removed whole.
  const steps = ['Setting up the backup job', 'The job runs every night and copies the home folders to the second disk.', '# create the mount point first', 'sudo mkdir -p /mnt/backup', '# then add the disk to fstab', 'echo "/dev/sdb1 /mnt/backup ext4 defaults 0 2" | sudo tee -a /etc/fstab', 'After a reboot the disk is mounted and the job can start.', 'Share this post', '#linux #backup #sysadmin', 'Posted in Guides', 'Comments are closed.'].join('\n') + '\n'
  t.notOk(looksLikeMarkdown(steps), 'shell comments and hashtags in text with no blank line')
  t.ok(looksLikeMarkdown(steps.replaceAll('\n', '\n\n')), 'headings set apart by blank lines are markdown')
  t.ok(looksLikeMarkdown('# Minutes\nText here.\n## Decisions\nMore.\n'), 'a short markdown note with no blank line')
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

t.test('blocks: an image link wrapped with its URL is one unit, up to the URL\'s end', async (t) => {
  // html2text wraps a share button's long URL and title: "](http://...usain-" then "bolt-....html&hl=en-US "Share on" then "Google+")".
  const md = '[ ![Share on Google+](http://example.com/gplus-16.png)\n](http://plus.example.com/share?url=http%3A%2F%2Fnews.example.com%2Flifeboat-\ncrew-rescue_n_1761308.html&hl=en-US "Share on\nGoogle+")\n\nThe lifeboat crew brought two walkers off the rocks.'
  const blocks = parseBlocks(md.split('\n'))
  t.same(blocks.units.map((u) => [u.kind, u.from, u.to]), [['image', 0, 3], ['paragraph', 5, 5]])
  // Text after the link on its last line is a paragraph's: the image unit stops at its "]" then.
  const text = '[![](http://example.com/a.jpg)\n](http://example.com/2012/09/pumpkin-\npie-spice.html)   **Thanks so much for visiting.**\nPlease take a moment to say hello.'
  t.same(parseBlocks(text.split('\n')).units.map((u) => [u.kind, u.from, u.to]), [['image', 0, 1], ['paragraph', 2, 3]])
})

t.test('blocks: another kind of marker at a list\'s depth opens another list; deeper, it is nested', async (t) => {
  const two = parseBlocks(['1.  [Copter](/a) — a small quadcopter.', '2.  [statwing](/b) — easy data analysis.', '', '*   Archives by Month... November 2012 October 2012', '*   Archives by Author... Adam Bell Alex Howard'])
  t.same(two.units.map((u) => [u.kind, u.from, u.to]), [['list', 0, 1], ['list', 3, 4]], 'a numbered list, then bullets')
  t.same(parseBlocks(['- one', '- two', '* * *', 'After.']).units.map((u) => u.kind), ['list', 'break', 'paragraph'], 'a thematic break under a list of dashes')
  const nested = parseBlocks(['1. Stages', '   * the deck joints', '   * the towers', '2. Costs', '', '3. Dates'])
  t.same(nested.units.map((u) => [u.kind, u.from, u.to]), [['list', 0, 5]], 'bullets nested in a numbered item, and the numbering going on after a blank line')
})

t.test('blocks: a link around blocks binds its units; text before its "[" stays apart', async (t) => {
  // html2text: "[" over a heading, "](url)" under it; turndown: teasers chained by "](url)[".
  const h2t = parseBlocks(['Text.', '', '[', '', '#### Money', '', '](/money/)', '', 'More text.'])
  t.same(h2t.linkOf, [-1, 1, 1, 1, -1], 'the "[", the heading and the tail')
  const chain = parseBlocks(['[', '', '![](/a.jpg)', '', 'Fares frozen', '', '](/a)[', '', '![](/b.jpg)', '', 'Launch ordered', '', '](/b)', '', 'Copyright'])
  t.same(chain.linkOf, [0, 0, 0, 0, 0, 0, 0, -1], 'a chain of teasers is one run')
  const lead = parseBlocks(['Register for one or both days. [**', '', '**](/shop)**[![Register](/r.png)](/shop)**'])
  t.same(lead.linkOf, [0, 0], 'the paragraph opens the link')
  t.same(lead.linkLead, [true, false], '... after words of its own, so it is no part of it')
  t.same(parseBlocks(['A stray [ bracket.', '', 'Next paragraph.', '', 'And another.']).linkOf, [-1, -1, -1], 'a "[" no tail closes is no link')
})

t.test('inline: what a reader sees, and the links', async (t) => {
  const r = readInline('Read **more** in [our guide](https://example.com/guide) ![x](/i.png).')
  t.equal(r.text, 'Read more in our guide .')
  t.equal(r.links.length, 2)
  t.ok(readInline('[![logo](/logo.png)](/)').links.some((l) => l.wrapsImage), 'an image link')
  // html2text and turndown leave the quotes inside a link's title as they are: the title still ends at '")'.
  const quoted = readInline('* [HTC and Verizon to show off their latest collaboration](http://feeds.example.com/a/ "Clear your calendars: the "latest collaboration" between HTC and Verizon \\[…\\]")')
  t.equal(quoted.text, '* HTC and Verizon to show off their latest collaboration', 'a title with quotes inside is no text')
  t.equal(quoted.links.length, 1)
  t.equal(readInline('[a](/x "one") and [b](/y "two")').text, 'a and b', 'two titled links: each title ends at its own ")"')
  t.equal(readInline('[a](/x "say "hi" here") then [b](/y)').text, 'a then b')
  // Brackets in pairs inside a link's text or an image's alt text.
  t.equal(readInline('[[reply]](/add-comment/reply/4111/) [top]').text, '[reply] [top]', 'a bracketed link text')
  t.equal(readInline('[Terms and conditions [8]](http://example.com/terms)').links[0]?.href, 'http://example.com/terms')
  t.ok(readInline('[![[image]](http://example.com/a.jpg)](http://example.com/story)').links.some((l) => l.wrapsImage), 'an image with a bracketed alt text inside a link')
  t.equal(readInline('[a] [b](/u)').text, '[a] b', 'a bracket pair before a link is no part of it')
})

// Table test of the markdown features: lines that must go, look-alikes that must stay.
const REMOVE = [
  ['[Skip to main content](#main)', 'markdown-skip-link'],
  ['Zum Inhalt springen', 'markdown-skip-link'],
  ['[![](/icons/fb.svg)](https://www.facebook.com/sharer/sharer.php?u=x) [![](/icons/tw.svg)](https://twitter.com/intent/tweet?url=x)', 'markdown-share-row'],
  ['[Share](https://www.linkedin.com/shareArticle?url=x) [Pin](https://pinterest.com/pin/create/button/?url=x)', 'markdown-share-row'],
  ['[Home](/) > [News](/news) > [Local](/news/local)', 'markdown-link-row'],
  // A share row longer than a dozen words: its label, six networks behind bookmarklets, a "What's this?" link.
  ["Share this: [Digg](javascript:location.href='http://digg.com/submit?url='+encodeURIComponent\\(location.href\\)) | [del.icio.us](javascript:location.href='http://del.icio.us/post?url='+encodeURIComponent\\(location.href\\)) | [Furl](javascript:location.href='http://www.furl.net/storeIt.jsp?u='+location.href) | [reddit](javascript:location.href='http://reddit.com/submit?url='+location.href) | [Facebook](javascript:location.href='http://www.facebook.com/sharer.php?u='+location.href) | [Yahoo!](javascript:location.href='http://myweb.yahoo.com/myresults/bookmarklet?u='+location.href) | [What's this?](javascript:void\\(0\\))", 'markdown-share-row'],
  ['[Accueil](/) | [Actualités](/actu) | [Sport](/sport)', 'markdown-link-row'],
  ['![](https://stats.example.net/pixel.gif?id=1)', 'markdown-chrome-image'],
  ['![](data:image/gif;base64,R0lGODlhAQABAAAAACw=)', 'markdown-chrome-image'],
  ['[![Daily Ledger](/img/site-logo.png)](/)', 'markdown-chrome-image'],
  ['* [Politics](/p)\n* [Business](/b)\n* [Science](/s)', 'markdown-link-list'],
  ['##### Related Articles\n\nFrom the archives\n\n* [Storm closes crossing](/a)\n* [Fares frozen](/b)\n* [School moves](/c)', 'markdown-link-list'],
  ['[Library wing approved](/a)\n\n    The council voted to fund a new wing.\n[Bakery wins prize](/b)\n\n    A bakery won the regional prize.\n[Bridge to close](/c)\n\nDrivers will use the ring road.', 'markdown-teasers'],
  ['* [Home](/)\n* [Consulting: as someone trying to get a self-funded startup going, both time and money are at a premium, and an hour with Bob was the best money I spent this year](/consult)\n* [Books: the startup guide is out and selling, and below is a PDF of the table of contents and the first chapter for you](/books)\n* [Blog](/blog)\n* [About](/about)', 'markdown-link-list'],
  // Headlines as turndown writes an <h3> inside each item: a setext underline under the link, indented into the item.
  ['*   [Windows sales hinge on one part](/a)\n    ---------------------------------\n    \n*   [Search giant misses forecasts](/b)\n    -----------------------------\n    \n*   [Phones shine but tablets dim](/c)\n    -----------------------------', 'markdown-link-list'],
  ['[Full list of articles »](/news/blogwatch.html)', 'markdown-link-line'],
  ['Marta on March 12, 2013 at 8:14 am\n\nDid it in 21 minutes.\n\nJoe B. says:\n\nScaled the row.\n\nInes 12.03.13 at 6:02 pm\n\nIs the club still meeting?', 'markdown-comments'],
  ['**Read more...**\n\n* [Davies to fill the void](/a)\n* [Grant not scared](/b)\n* [Move sealed](/c)', 'markdown-link-list'],
  ['### [Library wing approved](/a)\n\nThe council voted to fund a new wing.\n\n### [Bakery wins prize](/b)\n\n### [Bridge to close](/c)', 'markdown-teasers'],
  // A tag cloud: many links, a few counts between them, longer than any menu row.
  // Lines of links set apart by hard line breaks (<br>), each with a date or a count: a list with no markers.
  ['[Rigters to leave?](/a.asp?a=1) (Monday January 14 2008)  \n[Roberts: I just want to play](/a.asp?a=2) (Monday January 14 2008)  \n[Fans know their players](/a.asp?a=3) (Saturday January 12 2008)  \n[Fielding extends his contract](/a.asp?a=4) (Friday January 11\n2008)', 'markdown-link-list'],
  ['[Advisers (10)](/t/1)\\\n[Arne Duncan (223)](/t/2)\\\n[Barack Obama (183)](/t/3)\\\n[Civil rights (41)](/t/4)', 'markdown-link-list'],
  // Disqus as turndown writes it: one list, each item a commenter's website and name over the comment.
  ['*   http://free-range.org FreeRange Pamela\n    \n    I know exactly how you feel, Peter.\n    \n*   http://twitter.com/danamac Dana McMahan\n    \n    Don\'t quit.\n    \n*   http://www.johncade.com/ John Cade\n    \n    Change your mind.', 'markdown-comments'],
  // Comment headers with a date but no time of day: the date links to the comment itself ("#comment-101").
  ['1\\. Morag - [12 May, 2012](/2012/05/ferry/#comment-101)\n\nGood news at last.\n\n[Reply](/2012/05/ferry/?replytocom=101#respond)\n\n2\\. [Alasdair](http://alasdair.example.org) - [13 May, 2012](/2012/05/ferry/#comment-102)\n\nTwo boats are better than one.\n\n3\\. Kirsty - [14 May, 2012](/2012/05/ferry/#comment-103)\n\nDo bikes need booking?', 'markdown-comments'],
  // A numbered thread as html2text writes it: each item's first line a list of its own, a date (no time) in it or under it.
  ['  1. **[Jamie](http://jamie.example.com)** , on November 7th, 2012 // Twitter: [@jamie](http://twitter.com/jamie)\n\nWell done on this project.\n\n  2. **Luke** , on November 7th, 2012 //\n\nVery good identity for the meetings.\n\n  3. **[Sean](http://sean.example.com)** , on November 8th, 2012 //\n\nThe square works.', 'markdown-comments'],
  ['  1. [Marit](http://marit.example.org)\n\nOctober 2, 2012, | Permalink\n\nLove the coat.\n\n  2. Cristina Alves\n\nOctober 2, 2012, | Permalink\n\nThat scarf!\n\n  3. [Noor](http://noor.example.net)\n\nOctober 3, 2012, | Permalink\n\nI was at Kew too.', 'markdown-comments'],
  // A thread run into one paragraph: each comment's report link points to it.
  ['Posted by: Ken on 8:21pm Tue 1 Jan 08 Good signing.[Quote](javascript:void\\(0\\);) | [Report this post](d.php?act=complaint&cid=93151#form)Posted by: Jo on 9:06pm Tue 1 Jan 08 A month is no use.[Quote](javascript:void\\(0\\);) | [Report this post](d.php?act=complaint&cid=93169#form)Posted by: Ken on 9:45pm Tue 1 Jan 08 Never.[Quote](javascript:void\\(0\\);) | [Report this post](d.php?act=complaint&cid=93179#form)', 'markdown-comments'],
  // A drop-down menu's options run into one line under its prompt (html2text puts a table's pipes before it).
  ['Select Month October 2012 September 2012 August 2012 June 2012 May 2012 March 2012 February 2012 January 2012 December 2011 November 2011 October 2011 September 2011 August 2011 July 2011 June 2011 May 2011', 'markdown-select-options'],
  ['| | -- Select a Forum -- Tips & Strategies -- Character and Plot -- Realism Q&A -- Plot Doctor -- Names -- Setting -- Research -- Genre Lounges -- Fantasy -- Science Fiction -- Romance -- Mystery -- Young Adult -- Poetry -- Memoir -- Thriller -- Horror -- Historical -- Literary Fiction', 'markdown-select-options'],
  // A menu with no prompt: its default option ("All Categories", "All Sources") opens it.
  ['-- All Categories --- City News - Council Announcements - Municipal Election - Community Events - Arts and Culture - Business - Education - Health - Police and Fire - Sports - Transit - Weather - Obituaries - Letters - Opinion - Real Estate - Jobs - Classifieds - Autos - Travel', 'markdown-select-options'],
  // A menu with neither: names run together, few small letters, no commas ("Main sections Homepage News Sport ...").
  ['Main sections Homepage News Sport Football Cricket Rugby Money Property Motoring Travel Lifestyle Food and Drink Health Books Music Film Television Puzzles Weather Jobs Dating Announcements Obituaries Contact Us Site Map', 'markdown-select-options'],
  // A search form's scope and a site's sections under their prompts.
  ['Search Site 3 months back archive since 2008 archive since 2007 archive since 2006 archive since 2005 archive since 2004 archive since 2003 archive since 2002 archive since 2001 archive since 2000', 'markdown-select-options'],
  ['| Go to: Guardian Unlimited home UK news World news Comment is free blog News blog Sport blog Arts and entertainment blog Podcasts Guardian Weekly The Observer Digital edition Jobs Dating Soulmates Travel Money Crosswords Archive', 'markdown-select-options'],
  ['Choose a program... --select & click \'go\'-- Airplay All In The Mind AM The Ark Asia Pacific Australia Talks Background Briefing Books and Writing Breakfast By Design Counterpoint Earshot Encounter Future Tense Health Report Hindsight Into The Music', 'markdown-select-options'],
  // An author's box: "About <name>" over a short bio that opens with the name, or "About the author".
  ['### About Ann Lee\n\nAnn Lee is a self-proclaimed harbour addict, and loves anything to do with boats.\n\n[View all posts by Ann Lee ->](/author/ann-lee/)', 'markdown-author-box'],
  ['#### About the author...\n\n![](http://0.gravatar.com/avatar/68d8888?s=75)\n\nHi, I am Ann and this is my blog. I write about boats and tides.', 'markdown-author-box'],
  // An author's box with no heading: a headshot, the name alone (linked, or a heading), a role, then a bio that opens
  // with the name and a verb, and a "Read More" under it (html2text and turndown both write it so).
  ['![Headshot of Mairi Campbell](https://cdn.example.com/profiles/mairi-campbell.jpg)\n\n[Mairi Campbell](/author/mairi-campbell/)\n\nContributing Writer\n\nMairi Campbell is a freelance writer living on Islay. She has covered the ferries and the distilleries for ten years.\n\n[Read More](/author/mairi-campbell/)', 'markdown-author-box'],
  ['![Ewan Shaw](https://cdn.example.com/ewan.png)\n\n### Ewan Shaw\n\nAuthor\n\n@ewanshaw • Jan 26, 2026 •\n\nEwan joined the Quay Line in 2019 and writes about the harbour, its boats and the weather.', 'markdown-author-box'],
  ['[Carl Zeiss](/tag/zeiss) (12) [Chipworks](/tag/chipworks) [DxoMark test results](/tag/dxo) (10) [Firmware updates](/tag/firmware) [Nikkor 24-120 f/4 VR](/tag/24-120) (14) [Nikkor 85mm f/1.8G lens](/tag/85) [Nikon & NASA](/tag/nasa) (9) [Nikon ads](/tag/ads) [Photokina 2012](/tag/photokina) [Sendai earthquake](/tag/sendai) …', 'markdown-link-row'],
] as const
const KEEP = [
  'The report, published by [the health ministry](https://gov.example/report), found waiting times fell in every region last year.',
  'Critics say the plan to [skip](https://example.com/x) the consultation is unlawful, and they will challenge it in court.',
  '![Flood water covers the main street](https://cdn.example.com/photos/flood-main-street.jpg)',
  '* two piers rebuilt;\n* the deck resurfaced;\n* a new cycle lane.',
  'Share prices fell after [the announcement](https://example.com/a), which surprised analysts.',
  // A sentence that names a share link among its words says more than its links.
  'Readers who liked the piece can [share it on Facebook](https://www.facebook.com/sharer/sharer.php?u=x) or send it to a friend, and the paper will print the best letters about it next week.',
  '* [Annual report 2023 (PDF)](/r.pdf)',
  // A schedule with times of day but no dates, and a byline with a date and time: no comment thread.
  '* 9:30 am Registration and coffee\n* 10:00 am Opening address by the mayor\n* 11:15 am Guided walk along the harbour wall',
  'Posted by Anna on March 12, 2013 at 8:14 am\n\nThe ferry will run again from Monday after nine weeks of repairs to the ramp.',
  // A linked headline over its article, and a link line in the text: no run of teasers.
  '## [Ferry service resumes](/story)\n\nThe ferry will run again from Monday after nine weeks of repairs to the ramp.\n\nThe [inspection report](/report.pdf) is online.\n\nThe harbour master thanked the islanders for their patience over the winter.',
  // Lines set apart by hard breaks that say more than their links (a verse, an address, a list of sources with what each found).
  '[The ministry](/a) found that waiting times fell in every region last year  \n[The regulator](/b) found that staff numbers stayed flat over the year  \n[The audit office](/c) said the figures were sound but late  \n[The union](/d) said its members had seen no change at all',
  'Harbour Office  \n[12 Quay Street](/map)  \nPort Ellen  \n[Telephone 01496 302 000](tel:01496302000)',
  // Sources with their addresses: a bare URL and what it is, described under it; no names.
  '*   http://example.com/report.pdf (PDF, 2 MB)\n    \n    The council\'s figures for the year.\n    \n*   http://example.com/audit.pdf (PDF, 1 MB)\n    \n    The auditor\'s letter.\n    \n*   http://example.com/minutes.pdf (PDF, 300 KB)\n    \n    Minutes of the March meeting.',
  // A long paragraph that opens like a menu's prompt but says something, and a prompt alone.
  'Select committee members said on Tuesday that the harbour board had not answered their letters. They will call its chair to give evidence in March, and they may ask the auditor to look at the accounts of the last three years. The board said it would reply.',
  'Choose a date: Monday, Tuesday or Friday',
  // Names someone wrote: places with commas, films one per line (<br>).
  'Green Valley Lake, Guasti, Hacienda Heights, Harbor City, Hawaiian Gardens, Hawthorne, Helendale, Hemet, Hesperia, Highland, Huntington Beach, Huntington Park, Idyllwild, Indio, Inglewood, Irvine, La Canada, La Habra, La Mirada, La Puente, La Quinta',
  'NATIONAL LAMPOON\'S ANIMAL HOUSE  \nJAWS  \nLAST TANGO IN PARIS  \nTHE RIGHT STUFF  \nTRADING PLACES  \nCONTEMPT  \n25TH HOUR  \nA HARD DAY\'S NIGHT  \nHIS GIRL FRIDAY  \nBLOW OUT  \nTHE FURY  \nDIE HARD  \nHALLOWEEN  \nPRINCE OF DARKNESS  \nGREMLINS  \nMANHATTAN  \nYOU CAN COUNT ON ME',
  // A long headline in title case: fewer words than any menu.
  'Mayor And Council Say Harbour Board Has Not Answered Their Letters And Will Call Its Chair To Give Evidence In March',
  // Opening like a prompt and saying something (a sentence end, no colon after the prompt's word).
  'Search and rescue teams worked through the night on the hills above the town and found the two walkers on Sunday morning, cold and hungry but unhurt, a few miles from the path they had set out on.',
  'Go to the ticket office on the north quay for the new timetable, the summer fares and the list of sailings that take bicycles and cars, and ask there about the season tickets for islanders and their families',
  // Opening with "All" or "Any" and running on without a full stop, but saying something.
  'All I am saying is I would rather have a corner who is better than the one we have instead of a taller clone and I hope the coaches see it that way when they sit down to pick the team for the first game of the season',
  'Any person who owns and operates a bed and breakfast within the State and who holds a licence from the county may apply to the board for a permit under this section and the board shall decide within sixty days',
  // Dates that link to posts, not to comments (an archive's entries, each over its summary); a reply link with no date.
  '[12 May, 2012](/2012/05/12/ferry/) by Iona\n\nThe winter timetable ends on Monday.\n\n[13 May, 2012](/2012/05/13/bus/) by Iona\n\nThe bus will meet the boat.\n\n[14 May, 2012](/2012/05/14/bikes/) by Iona\n\nBikes need no booking.',
  'Readers wrote in [to say so](/2012/05/ferry/#comment-101), and the operator listened.\n\n[Reply](/2012/05/ferry/?replytocom=101#respond) to the post, then read on.\n\nThe operator says the summer sailings will add two boats in the evening.',
  'Two readers, [Morag](/2012/05/ferry/#comment-101) and [Ken](/2012/05/ferry/#comment-102), wrote in to say that the evening boat was late again on Friday, and the operator has promised to look into it.',
  // A paper's numbered sections, each title a list of its own as html2text writes them: no dates, no thread.
  '  1. Radiometry basics\n\nRadiance is the power per unit area and solid angle.\n\n  2. The rendering equation\n\nIt sums the light leaving a point in one direction.\n\n  3. Sampling in 2012\n\nMost renderers now sample lights and materials together.',
  // "About ..." headings over what is no author's box: a survey's section, a name over text that does not open with it.
  '## About the survey\n\nThe survey asked 1,000 islanders how often they take the ferry.',
  // A story's photo of a person over a paragraph about them: no line that is only the name, or a paragraph that
  // does not open with the name and a bio's verb.
  '![Ewan Shaw](https://cdn.example.com/ewan.png)\n\nHarbour master Ewan Shaw has said the pier will reopen in March, after nine weeks of repairs to the ramp.',
  '![Ewan Shaw](https://cdn.example.com/ewan.png)\n\nEwan Shaw\n\nThe harbour master said the pier would reopen in March, after nine weeks of repairs to the ramp.',
  '![Ewan Shaw](https://cdn.example.com/ewan.png)\n\nEwan Shaw\n\nEwan Shaw, the harbour master, said the pier would reopen in March, after nine weeks of repairs to the ramp.',
  '### About Ann Lee\n\nShe grew up on the island and has sailed the crossing since she was four.',
  // A bare "About" that no heading closes: once a pass took the post's headline, its section runs on into the post.
  '## About\n\nLetters of Note gathers letters and memos.\n\nThe memo asked the label to let him name his album as he wished, and it did.',
  // A bare "About" over more than a box holds: a page's own section.
  '## About\n\nThe harbour trust was founded in 1902.\n\nIt runs the pier.\n\nIt keeps the light.\n\nIt dredges the basin.\n\nIt owns the sheds.\n\nIt hires the pilots.',
  // Prose citing many sources: links, but most of its words are its own.
  'The figures come from [the ministry](/a), [the regulator](/b), [the audit office](/c), [two](/d) [independent](/e) [surveys](/f), [the union](/g) and [the employers](/h), and all of them agree that waiting times fell in every region last year while staff numbers stayed flat.',
]

t.test('comment threads: every run of headers, and headers the features already took for links', async (t) => {
  // A long comment (a poem, a letter) breaks the chain of headers; the comments below it are a thread too.
  const md = 'Ruth on Nov 10, 2013 at 7:02 am\n\nSame here.\n\nTom on Nov 10, 2013 at 9:15 am\n\nLift them now.\n\nAlan on Nov 10, 2013 at 11:40 am\n\nA verse:\n\nThe beans hang black,\n\nthe kale stands blue,\n\nthe parsnip sleeps,\n\nthe fleece is lost,\n\nthe robin sings,\n\nand winter comes.\n\nMary on Nov 11, 2013 at 8:20 am\n\nLovely.\n\nSam on Nov 11, 2013 at 1:05 pm\n\nAnd garlic?\n\nRuth on Nov 12, 2013 at 6:45 pm\n\nGarlic likes it.'
  const blocks = parseBlocks(md.split('\n'))
  const { units } = markdownChrome(blocks)
  t.equal(units.get(blocks.units.length - 1)?.rule, 'markdown-comments', 'the last comment of the second run')
  t.equal(units.get(0)?.rule, 'markdown-comments', 'the first header of the first run')
  // Permalinks as headers: each a link line ("[August 3rd, 2012 at 10:22 am](...#comment-1)") the features excluded first.
  const linked = [1, 2, 3].map((n) => `[August ${n}rd, 2012 at 10:2${n} am](/2012/08/post.html#comment-${n})\n\nI would love to see more on this, comment number ${n}.`).join('\n\n')
  const linkedBlocks = parseBlocks(linked.split('\n'))
  t.equal(markdownChrome(linkedBlocks).units.get(linkedBlocks.units.length - 1)?.rule, 'markdown-comments', 'the comment under the last permalink')
  // Turndown writes a thread as one list, each comment an item: its header indented under a title, its text under that.
  const item = (n: number): string => `${n}.  #### [Reply title ${n}](/comments.pl?cid=${n})\n    \n    by [user${n}](/~user${n}) writes: on Monday July 23, 2012 @0${n}:55PM\n    \n    The comment itself, a sentence or two of it, number ${n}.\n    `
  const list = `Text of the story.\n\n${[1, 2, 3].map(item).join('\n')}\n\nAfter the thread.`
  const listBlocks = parseBlocks(list.split('\n'))
  const thread = listBlocks.units.findIndex((u) => u.kind === 'list')
  t.equal(markdownChrome(listBlocks).units.get(thread)?.rule, 'markdown-comments', 'a list of whole comments')
  t.notOk(markdownChrome(listBlocks).units.has(thread + 1), 'what follows the list is not its last comment')
  // A list of steps, each with a time of day and no date: no thread.
  const steps = '* Registration\n\n    From 9:30 am in the hall, with coffee.\n\n* Opening address\n\n    At 10:00 am, by the mayor.\n\n* Guided walk\n\n    At 11:15 am along the harbour wall.'
  t.equal(markdownChrome(parseBlocks(steps.split('\n'))).units.size, 0, 'a programme of the day')
  // Disqus: each author a one-item list over what they said. A poll's counts and a video player's menu are no authors.
  const authors = ['Pamela', 'leighshulman', 'Josh Nanberg'].map((a) => `* ${a}\n\nI know how you feel, ${a} says here.`).join('\n\n')
  t.equal(markdownChrome(parseBlocks(authors.split('\n'))).units.get(0)?.rule, 'markdown-comments', 'authors over their comments')
  const poll = ['The Bible', 'Neither', 'Both'].map((a, n) => `* 18800${n}\n\n${a}`).join('\n\n')
  t.equal(markdownChrome(parseBlocks(poll.split('\n'))).units.size, 0, 'poll answers under vote counts')
  // html2text writes a paper's numbered section titles as one-item ordered lists: no authors.
  const sections = ['Radiometry basics', 'Types of exposure', 'Using the program'].map((a, n) => `${n + 1}. ${a}\n\nThe basic principles of ${a.toLowerCase()} are set out here in brief.`).join('\n\n')
  t.equal(markdownChrome(parseBlocks(sections.split('\n'))).units.size, 0, 'numbered section titles')
  const player = ['Chapters', 'Descriptions', 'Captions'].map((a) => `* ${a}\n\n${a}`).join('\n\n')
  t.equal(markdownChrome(parseBlocks(player.split('\n'))).units.size, 0, 'a video player\'s menus')
})

t.test('a blog post\'s linked headline under a row of links is no teaser box', async (t) => {
  // "Subscribe via RSS", "« Back to blog", then the post's headline linking to the post and its first paragraph.
  const md = '[Subscribe via RSS](/rss.xml)\n\n[« Back to blog](/)\n\n## [Three mornings at the harbour](/2012/05/harbour)\n\nThis is the second part of my harbour series.\n\nOn the first morning the boats were out.'
  const blocks = parseBlocks(md.split('\n'))
  const { units } = markdownChrome(blocks)
  const headline = blocks.units.findIndex((u) => u.kind === 'heading')
  t.notOk(units.has(headline), 'the headline stays')
  t.notOk(units.has(headline + 1), 'its first paragraph stays')
  // Three headlines of other stories, each with its description: a box, the last one included.
  const box = '[Library wing approved](/a)\n\n## [Bakery wins prize](/b)\n\nA bakery won the prize.\n\n## [Bridge to close](/c)\n\nDrivers will use the ring road.\n\nThe council met on Tuesday.'
  const boxBlocks = parseBlocks(box.split('\n'))
  t.equal(markdownChrome(boxBlocks).units.get(4)?.rule, 'markdown-teasers', 'a box whose other headlines have descriptions keeps its last one')
})
t.test('a blog\'s own box goes when a heading closes it', async (t) => {
  // A bare "About" or "About this blog" over what the blog is for, in a sidebar: the next box's heading closes it.
  for (const md of [
    '#### About\n\n![](http://0.gravatar.com/avatar/6b50cae4?s=65)This\nsite is for people who sail small boats out of the old basin.\n\n[[Read More …]](/about/)\n\n#### Follow Me',
    '### About this blog\n\nThe Quay Line\'s editors write here about the harbour, the boats and the weather.\n\n### Archives',
  ]) {
    const blocks = parseBlocks(md.split('\n'))
    const { units } = markdownChrome(blocks)
    const closing = blocks.units.length - 1
    t.equal(units.get(0)?.rule, 'markdown-author-box', `the box: ${md.slice(0, 30)}`)
    t.ok(blocks.units.slice(0, closing).every((u) => units.has(u.index)), 'all of it')
    t.notOk(units.has(closing), 'the heading that closes it is not the box\'s')
  }
})
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
  // The page's only <h1> over its article's tabs (links within the page) is the story's title, not the tabs' label.
  const tabs = 'Ferry operator cuts winter sailings\n===================================\n\n*   [Article](#articleTabs=article)\n*   [Timetable](#articleTabs_tab_times)\n*   [Comments](#articleTabs_comments)\n\nThe ferry will run four times a day from Monday.'
  const tabUnits = markdownChrome(parseBlocks(tabs.split('\n'))).units
  t.notOk(tabUnits.has(0), 'the headline over the tabs stays')
  t.ok(tabUnits.has(1), 'the tabs go')
  const two = '# Ferry operator cuts winter sailings\n\n* [Article](#a)\n* [Timetable](#t)\n* [Comments](#c)\n\n# Island news in brief\n\n* [Pier](/p)\n* [School](/s)\n* [Shop](/h)'
  t.ok(markdownChrome(parseBlocks(two.split('\n'))).units.has(0), 'with two level-1 headings, neither is the page\'s headline')
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

t.test('a page that reads as markdown only through its cruft cleans once and stays clean', async (t) => {
  // Whole-page text whose only markdown signs are a box of "# " trending
  // links: the first clean removes them, and what is left reads as text. A
  // second clean takes it for text, so the first must have cleaned it as
  // text as well, or cleaning is not idempotent (a dev whole page lost 49
  // more lines on its second clean). The box is set apart by blank lines:
  // with none in the whole head, "# " lines are no markdown at all (below).
  const glued = ['HOME','REVIEWS','SMARTPHONES','CAMERAS','COMPUTERS','MONITORS','TECH NEWS','GAMES','//TRENDING//',
'# BenQ Laser Projectors','# Lenovo ThinkCentre Desktop','# Cubify 3D Printer for Pre-order','# Asus Taichi Convertible',
'Maingear VYBE 15 Gaming Notebook being Shipped','Posted on Thursday, Aug 9, 2012 by Keron Calame','Tweet','Tweet',
'Maingear introduces the new VYBE 15 gaming notebook with four pre-built options that ships within two days of an order, with a full HD display.',
'The new VYBE 15 will be available in four pre-configured models, and it sports a hard drive of up to 750GB and an optional solid state drive.',
'The VYBE also gets a multi-touch trackpad, a full-size keyboard, a card reader and a webcam, and it starts at $1099 in the United States.',
'Tags: Notebook, Gaming Notebook','Next Post','Previous Post','Related Stories','Subscribe for News Updates','Latest Reviews',
'Skin Kit for Phones – Review','The Screen Eraser Review – A Handy Cleaning Device','Archive Posts','2012','Jan, Feb, Mar, April, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec','2011','Jan, Feb, Mar, April, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec','Our Friends','Cell Phone Reviews','Gadget Reviews','Laptop Specials','Copyright 2012 Gadgets.com - Gadgets News and Reviews'].join('\n') + '\n'
  const page = glued.replace('//TRENDING//\n', '//TRENDING//\n\n').replace('# Asus Taichi Convertible\n', '# Asus Taichi Convertible\n\n')
  t.ok(looksLikeMarkdown(page), 'read as markdown through its box')
  const once = clean(page)
  t.equal(clean(once), once, 'a second clean changes nothing')
  t.match(once, /^Maingear VYBE 15 Gaming Notebook being Shipped\n/, 'the headline stays')
  t.match(once, /starts at \$1099 in the United States\.\n$/, 'the article stays to its end')
  t.notOk(looksLikeMarkdown(glued), 'with no blank line anywhere, the "# " lines are no markdown: it is text')
  const text = clean(glued)
  t.equal(clean(text), text, 'as text, a second clean changes nothing too')
  t.match(text, /\nMaingear VYBE 15 Gaming Notebook being Shipped\n[^]*starts at \$1099 in the United States\.\n$/, 'the article stays')
})

t.test('a page\'s one <h1> is its headline: the run under it takes the region from a bigger box elsewhere', async (t) => {
  // A short story under its <h1>, menus of links, then a video gallery with
  // more prose than the story (dragnet pages by both converters: the gallery
  // had won the region, F1 0.00). Only the document's one level-1 heading
  // that is no link counts: a linked <h1> is a site's name.
  const page = readFileSync(join(DIR, 'headline-run-html2text.md'), 'utf8')
  const story = /^# Harbour ferry fares to rise in March\n[^]*the rise comes in\.\n$/
  t.match(clean(page), story, 'the story under the <h1>, not the gallery')
  const linked = page.replace('# Harbour ferry fares to rise in March', '# [Harbour ferry fares to rise in March](/news/local/ferry-fares)')
  t.match(clean(linked), /^### Storm closes the coast road\n/, 'a linked <h1> is no headline: the region is found as before')
  const site = page.replace('[![The Coast Courier](/img/logo.png)](/)', '# [The Coast Courier](/)')
  t.match(clean(site), story, 'a linked site name as a second <h1> takes nothing from the headline')
  const two = page.replace('## Video Gallery', '# Video gallery from the coast')
  t.match(clean(two), /### Storm closes the coast road\n/, 'two <h1>s that are no links: neither is the headline')
  const short = page.replace('# Harbour ferry fares to rise in March', '# Ferry fares')
  t.match(clean(short), /^### Storm closes the coast road\n/, 'a headline of two words says too little')
})

t.test('a blog post\'s linked <h2> under the blog\'s linked <h1> is its headline', async (t) => {
  // Posterous and other blog themes: the blog's name as the only <h1>, linked
  // to its home page; the post's title as an <h2> linked to the post. A
  // sidebar bio as long as a short post took the region and the post went
  // (dragnet dev, both converters 0.00). Fixture blog-post-title-html2text.
  const page = readFileSync(join(DIR, 'blog-post-title-html2text.md'), 'utf8')
  const post = /^## \[The lighthouse path reopens after the\nstorm\][^]*as good as\never\.\n$/
  t.match(clean(page), post, 'the post under its title, not the bio')
  const front = page.replace('[« Back to blog](http://harbourwalks.blogdeck.com)', '## [Winter notes from the north harbour](http://harbourwalks.blogdeck.com/winter-notes)\n\nA short note.')
  t.match(clean(front), /We are two friends/, 'two linked post titles: a front page, no one headline')
  const away = page.replace('(http://harbourwalks.blogdeck.com/the-lighthouse-path-reopens)', '(http://news.example.com/the-lighthouse-path-reopens)')
  t.match(clean(away), /We are two friends/, 'a title linking to another site is no post\'s own')
  const home = page.replace('# [harbour walks blog](http://harbourwalks.blogdeck.com)', '# [harbour walks blog](http://harbourwalks.blogdeck.com/about)')
  t.match(clean(home), /We are two friends/, 'an <h1> linking deeper is no blog\'s name')
  // turndown: a link line in the post ("Photos @ <url>") over a sign-off made the title and its first paragraph
  // two teasers, and they went before the region was sought.
  const written = readFileSync(join(DIR, 'blog-post-title-turndown.md'), 'utf8')
  const blocks = parseBlocks(written.split('\n'))
  const title = blocks.units.findIndex((u) => u.kind === 'heading' && u.level === 2)
  const { units } = markdownChrome(blocks)
  t.notOk(units.has(title) || units.has(title + 1), 'the post\'s title and first paragraph are no teasers')
  t.match(clean(written), /^\[The lighthouse path reopens after the storm\][^]*as good as ever\.\n$/, 'turndown: the post, not the bio')
})

t.test('a short box the region holds above the page\'s <h1> goes; a long part of the article above a section\'s <h1> stays', async (t) => {
  // dev: a teaser or a standfirst of another story just above the headline
  // (at most 90 words) was kept with the story; what stood above an <h1>
  // inside the article (188 words or more) was the article's own.
  const menu = ['[![The Coast Courier](/img/logo.png)](/)', '', '  * [News](/news/)', '  * [Sport](/sport/)', '  * [Business](/business/)', '  * [Video](/video/)', '  * [Opinion](/opinion/)', '']
  const story = ['# Harbour ferry fares to rise in March', '', 'Fares on the harbour ferry will rise by 40 cents from the first of March, the', 'transport board said on Monday.', '', 'The board blamed the cost of fuel and a new engine for the older of the two', 'boats, which has been out of service since the autumn.', '', 'Season tickets for commuters will not change until the summer, and children', 'under five will still travel free.', '']
  const foot = ['  * [About us](/about/)', '  * [Contact](/contact/)', '  * [Privacy](/privacy/)', '']
  const teaser = ['The lifeboat crew brought two walkers off the rocks below the headland after', 'they were cut off by the rising tide on Sunday afternoon.', '']
  t.equal(clean([...menu, ...teaser, ...story, ...foot].join('\n')), story.join('\n'), 'the teaser above the headline goes')
  const long = Array.from({ length: 6 }, (_, i) => [`Part ${i + 1} of the inquiry heard that the harbour board had known about the engine for two years, that the repairs had been put off twice to save money, and that the ferry had run on one boat for most of the winter while passengers waited.`, '']).flat()
  const out = clean([...menu, ...long, ...story, ...foot].join('\n'))
  t.match(out, /^Part 1 of the inquiry/, 'a long part above the <h1> stays')
  t.match(out, /under five will still travel free\.\n$/, 'and so does what is under it')
})

t.test('the headline of a markdown page is its heading nearest the text, not a longer line above it', async (t) => {
  // dev: a layout table's row or a site's slogan, the longest headline-shaped
  // line in the few above the text, was taken for the headline, and it and
  // everything under it were kept (207 pages up, 32 down by both converters).
  const page = ["[![](/img/logo.gif)](/)", "", "  * [Local News](/news/)", "  * [State News](/state/)", "  * [Obituaries](/obituaries/)", "  * [Police Report](/police/)", "", "Publishers of the Morris Daily Herald and the Southwest Herald Newspapers", "", "[Print this story](/print/681) | [Email this story](/email/681)", "", "## Skating champ dies at a budget hotel", "", "LOS ANGELES (AP) - A former figure skating champion known for his flair on the", "ice was found dead on Thursday at a budget hotel, and the coroner said the", "death was being investigated as a possible overdose.", "", "The 40-year-old was pronounced dead shortly after noon, and an autopsy was", "planned for the weekend, the coroner's office said.", "", "A desk clerk who answered the phone at the hotel late Thursday declined to", "comment.", "", "  * [About us](/about/)", "  * [Contact](/contact/)", "  * [Privacy](/privacy/)"].join('\n') + '\n'
  const out = clean(page)
  t.match(out, /^## Skating champ dies at a budget hotel\n\nLOS ANGELES/, 'the heading opens the article')
  t.notMatch(out, /Publishers of the Morris/, 'the line above it goes')
})

t.test('linked headlines that lead away from the site, each over a sentence, are a listicle\'s items, not teasers', async (t) => {
  // wcxb dev: a post's tools and projects, each a linked name (another site) over the writer's own words, went as
  // a box of teasers. A box of the site's own stories, or of other papers' stories with a byline under each
  // (an aggregator's), still goes.
  const page = readFileSync(join(DIR, 'listicle-away-html2text.md'), 'utf8')
  t.match(clean(page), /## \[Plot Planner\][^]*tells you whether a bed needs lime before you plant\.\n/, 'the items stay')
  const own = page.replace(/https:\/\/(?:www\.)?[a-z]+\.example\.(?:org|com|net|io)\//g, 'https://makersdesk.example/stories/')
  t.notMatch(clean(own), /Plot Planner/, 'the same box linking to the site\'s own stories goes')
  const bylines = page.replace(/Plot Planner draws[^]*?spring\./, 'Ann Lowe, Editor, Garden Weekly').replace(/Seed Calendar tells[^]*?twice\./, 'Tom Reed, Reporter, Allotment News').replace(/Harvest Log is[^]*?week\./, 'Jo Hart, Columnist, The Plot')
  t.notMatch(clean(bylines), /Ann Lowe|Plot Planner/, 'links to other sites with a byline under each go')
})
