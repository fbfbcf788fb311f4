// HTML input: every page under test/fixtures-html/ (<name>.html beside
// <name>.expected.txt) through cleanHtml(), the stream and the built CLI,
// plus charset decoding, HTML detection, metadata and the vocabulary file.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import {
  clean, cleanHtml, cleanHtmlWithReport, compileVocabulary, ConfigError, createCleanStream, decodeHtml, defaultVocabulary,
  EXTRACTION_PATH, extractHtml, InputError, looksLikeHtml, sniffHtmlEncoding,
} from '../lib/index.js'
import { ROOT, throughStream } from './helpers/pairs.js'

const DIR = join(ROOT, 'test/fixtures-html')
const BIN = join(ROOT, 'bin/cleanup.js')
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort()

t.test('there are HTML fixtures for each case the issue names', async (t) => {
  for (const name of ['menus-and-cookie-banner', 'comments-and-related', 'lists-tables-figures', 'windows-1252', 'shift-jis', 'broken-markup']) {
    t.ok(pages.includes(`${name}.html`), name)
  }
})

for (const page of pages) {
  const name = page.slice(0, -'.html'.length)
  const bytes = readFileSync(join(DIR, page))
  const expected = readFileSync(join(DIR, `${name}.expected.txt`), 'utf8')
  t.test(name, async (t) => {
    t.equal(cleanHtml(bytes), expected, 'cleanHtml(bytes)')
    t.equal(await throughStream(createCleanStream(), bytes, 7), expected, 'stream in 7-byte chunks, HTML detected')
    const cli = spawnSync(process.execPath, [BIN, join(DIR, page)], { encoding: 'utf8' })
    t.equal(cli.status, 0, 'CLI exit 0')
    t.equal(cli.stdout, expected, 'CLI, HTML detected from the content')
  })
}

t.test('chrome goes, the article stays', async (t) => {
  const out = cleanHtml(readFileSync(join(DIR, 'menus-and-cookie-banner.html')))
  t.match(out, /^Council approves new cycle lanes\n/, 'headline first')
  t.match(out, /^Objections from traders$/m, 'subheading kept')
  for (const chrome of ['cookies', 'Accept all', 'Sport', 'Privacy policy', 'All rights reserved']) t.notOk(out.includes(chrome), `no "${chrome}"`)
  const related = cleanHtml(readFileSync(join(DIR, 'comments-and-related.html')))
  for (const chrome of ['Related stories', 'Town hall roof', 'comments', 'story time', 'Facebook']) t.notOk(related.includes(chrome), `no "${chrome}"`)
  t.match(related, /longer opening hours/, 'the paragraph after the share bar is kept')
})

t.test('lists, tables and figures', async (t) => {
  const out = cleanHtml(readFileSync(join(DIR, 'lists-tables-figures.html')))
  t.match(out, /^dry sand or peat-free compost$/m, 'one line per list item')
  t.match(out, /^Carrots \| 0-4 °C \| 4-6 months$/m, 'one line per table row, cells joined')
  t.notOk(out.includes('stored in sand in a wooden crate'), 'figure caption dropped')
  t.notOk(out.includes('Ten roses'), 'sidebar dropped')
})

t.test('charsets: declared, sniffed, UTF-8 wins over a stale label', async (t) => {
  const cp1252 = readFileSync(join(DIR, 'windows-1252.html'))
  t.equal(sniffHtmlEncoding(cp1252).encoding, 'windows-1252')
  t.match(decodeHtml(cp1252), /café.*“We never expected this,” .* €500/s, 'é, curly quotes and € decoded')
  const sjis = readFileSync(join(DIR, 'shift-jis.html'))
  t.equal(sniffHtmlEncoding(sjis).encoding, 'Shift_JIS')
  t.match(decodeHtml(sjis), /東京で桜が開花/)
  const stale = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>café</p></body></html>', 'utf8')
  t.same(sniffHtmlEncoding(stale), { encoding: 'UTF-8', how: 'utf-8' }, 'valid UTF-8 bytes are UTF-8')
  t.match(decodeHtml(stale), /café/)
  t.equal(sniffHtmlEncoding(cp1252, { encoding: 'utf-8' }).encoding, 'utf-8', 'the user can force one')
  t.throws(() => decodeHtml(cp1252, { encoding: 'no-such-charset' }), InputError)
  t.throws(() => decodeHtml(Buffer.alloc(64)), InputError, 'a file of NUL bytes is binary')
  t.match(decodeHtml(Buffer.from('<p>a\u0000b</p>')), '<p>ab</p>', 'a stray NUL is dropped')
  t.throws(() => decodeHtml(Buffer.alloc(100, 60), { maxBytes: 10 }), InputError, 'size limit')
})

t.test('charsets: an undeclared page is GB18030 only when every non-ASCII byte pairs up as GBK', async (t) => {
  const gbk = readFileSync(join(DIR, 'gbk-undeclared.html'))
  t.equal(sniffHtmlEncoding(gbk).encoding, 'GB18030')
  t.match(decodeHtml(gbk), /城市图书馆重新开放/)
  // A title cut to "..." mid-character leaves a lone lead byte: a few such strays do not make the page windows-1252.
  const stray = readFileSync(join(DIR, 'gbk-stray-byte.html'))
  t.equal(sniffHtmlEncoding(stray).encoding, 'GB18030', 'one stray lead byte among 200 pairs')
  t.match(decodeHtml(stray), /城市图书馆重新开放/)
  // Undeclared Latin text: accented letters stand alone between ASCII, which is no GBK pair.
  const latin = (s: string): Buffer => Buffer.from(`<html><body><p>${s}</p></body></html>`, 'latin1')
  for (const s of ['Le café du coin ouvre à huit heures, déjà plein. '.repeat(10), 'Straße über Köln, schön. '.repeat(20), 'Año nuevo: niños en la montaña. '.repeat(20)]) {
    t.equal(sniffHtmlEncoding(latin(s)).encoding, 'windows-1252', s.slice(0, 20))
  }
  // A declared charset is never second-guessed, and a few stray pairs are not Chinese.
  const declared = Buffer.concat([Buffer.from('<meta charset="iso-8859-2"><p>'), gbk.subarray(0, 400)])
  t.equal(sniffHtmlEncoding(declared).encoding, 'ISO-8859-2')
  t.equal(sniffHtmlEncoding(latin('Prices: \xa3\xa3 and \xa9\xa9 only')).encoding, 'windows-1252')
})

t.test('never lose the article: a container far short of the page\'s prose is widened, and said', async (t) => {
  const page = readFileSync(join(DIR, 'article-between-link-lists.html'), 'utf8')
  const x = extractHtml(page)
  t.match(x.fallback, /held 80 of the page's 343 words of prose: widened/)
  t.match(x.text, /Members said they would look again/, 'the last paragraph, far from the first, is kept')
  t.notOk(x.text.includes('Updated every hour'), 'short lines repeated between the merged parts stay out')
  t.notOk(x.text.includes('Five things to do'), 'the link lists stay out')
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/cleanup.js'), '--explain', join(DIR, 'article-between-link-lists.html')], { encoding: 'utf8' })
  t.match(r.stderr, /: fallback: the best-scoring container held 80/, '--explain says so')
  t.equal(cleanHtmlWithReport(page).metadata.title, 'River library to reopen after four years | The Town Courier')
  // A page whose chosen container holds most of the prose is not widened.
  t.equal(extractHtml(readFileSync(join(DIR, 'comments-and-related.html'), 'utf8')).fallback, undefined)
  // A container under the headline is not widened over a side column (the post is the article) ...
  t.equal(extractHtml(readFileSync(join(DIR, 'short-post-beside-side-column.html'), 'utf8')).fallback, undefined)
  // ... and one away from it gives way to the headline's section, said as a widening is.
  const away = extractHtml(readFileSync(join(DIR, 'headline-away-from-chosen.html'), 'utf8'))
  t.match(away.fallback, /held 137 of the page's 244 words of prose away from the headline: took the headline's <td> with 107 instead/)
  t.notOk(away.text.includes('Your say'), 'the unlabelled comment box stays out')
  // Labels on most of the prose (a <header> used as the post's section) are doubted when the
  // container without them is the headline's, however long the box trusting them kept ...
  const sections = extractHtml(readFileSync(join(DIR, 'post-in-header-sections.html'), 'utf8'))
  t.match(sections.fallback, /held 220 of the page's 687 words of prose away from the headline: the labels on most of the prose \(<header>\) are no chrome, as the headline's container shows: took <main> with 687/)
  t.match(sections.text, /^Choosing a health plan is one of the most important/m, 'the post is kept')
  // ... and trusted when the container trusting them is the headline's (a terms page beside a promo bar of shipping notices).
  const terms = extractHtml(readFileSync(join(DIR, 'promo-carousel-beside-terms.html'), 'utf8'))
  t.match(terms.text, /^Receive ten percent off/m, 'the terms are kept')
  t.notOk(terms.text.includes('Free standard shipping'), 'the promo bar stays out')
  t.equal(terms.fallback, undefined)
  // A layout label around the headline (a newsletter issue in a "newsletter-wrapper") is no chrome
  // when the chosen container lies away from the headline, though it holds under twice the prose
  // outside strong labels (a wall of readers' testimonials).
  const issue = extractHtml(readFileSync(join(DIR, 'newsletter-issue-beside-testimonials.html'), 'utf8'))
  t.match(issue.fallback, /held 220 of the page's 563 words of prose: the layout label of its wrapper \(<div class="newsletter-body">\) is no chrome/)
  t.match(issue.text, /^Memory is not only made while we study/m, 'the issue is kept')
})

t.test('failure families found on the dev pages (issue 16)', async (t) => {
  const text = (name: string): string => extractHtml(readFileSync(join(DIR, `${name}.html`), 'utf8')).text
  // A lone paragraph is never the container: the credit lines beside it are the article too.
  t.match(text('lone-paragraph-with-credits'), /^Creative Director: Ana Ruiz$/m, 'lines beside the lone paragraph kept')
  t.notOk(text('lone-paragraph-with-credits').includes('Archive'), 'the sidebar stays out')
  // A paragraph that is a row of many links is a link list, not a linked sentence.
  t.notOk(text('link-list-paragraph').includes('Libraries Council'), 'a paragraph of ten links goes')
  t.match(text('link-list-paragraph'), /full results of the readers' survey/, 'a sentence that is mostly one link stays')
  // A short page split by a link box falls back too (the floor was 150 words of prose).
  const split = extractHtml(readFileSync(join(DIR, 'short-article-split.html'), 'utf8'))
  t.match(split.fallback, /held 27 of the page's 50 words of prose: widened/)
  t.match(split.text, /^A small bakery on Mill Street/m, 'the first part, before the link box, is kept')
  t.notOk(split.text.includes('Weather this weekend'), 'the link box stays out')
  // A "promo" box longer than a 200-word article is not doubted into the article.
  const promo = text('article-with-long-promo-box')
  t.match(promo, /the swimming club hopes to hold a gala/, 'the article is kept')
  t.notOk(promo.includes('corn exchange'), 'the promo box stays out')
  // A summary under a linked headline that ends in a "Full Story" link is a teaser, even alone.
  const teasers = text('teasers-with-full-story-links')
  t.match(teasers, /shared with the county council/, 'the article is kept')
  t.notOk(teasers.includes('Full Story'), 'the two teasers go')
  // A paragraph of the article that ends in a "Read more" link, with no linked headline above it, stays.
  const own = extractHtml('<html><body><h1>Harbour wall</h1><p>Repairs to the harbour wall will begin next month after winter storms opened a crack along its seaward side, the port authority said.</p><p>The authority published its survey of the wall and of the north quay on Friday, with photographs taken by its divers. <a href="/survey">Read more</a></p></body></html>').text
  t.match(own, /photographs taken by its divers\. Read more/, 'a paragraph ending in a link of its own stays')
  // An unclosed <a name> is a link target, not a link: the article after it is not a link list.
  t.match(text('unclosed-name-anchor'), /^Each entry names the kingdom/m, 'the article inside the unclosed anchor is kept')
  t.notOk(text('unclosed-name-anchor').includes('Search the list'), 'the menu stays out')
})

t.test('HTML is told from text by its start', async (t) => {
  t.ok(looksLikeHtml('<!DOCTYPE html><html><body></body></html>'))
  t.ok(looksLikeHtml(Buffer.from('\uFEFF  <html lang="en">')))
  t.ok(looksLikeHtml('<div class="x"><p>Hi</p></div>'))
  t.notOk(looksLikeHtml('Storm hits coast\nThe <b> tag is bold.\n'), 'text mentioning a tag')
  t.notOk(looksLikeHtml('<3 this recipe\nIt is great.\n'), 'text starting with <')
  t.notOk(looksLikeHtml(''), 'empty')
  for (const page of pages) t.ok(looksLikeHtml(readFileSync(join(DIR, page))), page)
})

t.test('metadata from JSON-LD and meta tags', async (t) => {
  const ld = cleanHtmlWithReport(readFileSync(join(DIR, 'comments-and-related.html'))).metadata
  t.same(ld, { title: 'Library reopens after flood repairs', byline: 'Tom Baker, Ana Silva', date: '2024-03-02T09:00:00Z', siteName: 'Valley News', language: 'en-GB' })
  const meta = extractHtml(readFileSync(join(DIR, 'menus-and-cookie-banner.html'), 'utf8')).metadata
  t.same(meta, { title: 'Council approves new cycle lanes | The Riverside Gazette', siteName: 'The Riverside Gazette', url: 'https://gazette.example/news/cycle-lanes', language: 'en' })
  const tags = extractHtml(readFileSync(join(DIR, 'lists-tables-figures.html'), 'utf8')).metadata
  t.equal(tags.byline, 'Liz Carter')
  t.equal(tags.date, '2023-11-05')
  t.same(extractHtml('<html><head><script type="application/ld+json">{broken</script></head><body><p>x</p></body></html>').metadata, {}, 'broken JSON-LD is skipped')
})

t.test('the headline comes from the title when the page has no h1', async (t) => {
  const out = cleanHtml('<html><head><title>Harbour festival returns in June - Valley News</title></head><body><div><p>The harbour festival will return in June after a two-year break, with boat races, music on the quay and a market of local food producers.</p></div></body></html>')
  t.match(out, /^Harbour festival returns in June\nThe harbour festival/)
})

t.test('HTML and text faces agree: --format forces, --metadata prints JSON', async (t) => {
  const page = join(DIR, 'comments-and-related.html')
  const json = spawnSync(process.execPath, [BIN, '--metadata', page], { encoding: 'utf8' })
  t.equal(json.status, 0)
  const parsed = JSON.parse(json.stdout) as Record<string, unknown>
  t.equal(parsed['title'], 'Library reopens after flood repairs')
  t.equal(parsed['text'], readFileSync(join(DIR, 'comments-and-related.expected.txt'), 'utf8'))
  const asText = spawnSync(process.execPath, [BIN, '--format', 'text', '--mode', 'article', page], { encoding: 'utf8' })
  t.equal(asText.status, 0)
  t.equal(asText.stdout, clean(readFileSync(page), { mode: 'article', format: 'text' }), '--format text cleans the markup as text lines')
  const bad = spawnSync(process.execPath, [BIN, '--format', 'pdf', page], { encoding: 'utf8' })
  t.equal(bad.status, 2)
  t.match(bad.stderr, /^cleanup: --format must be auto, text, html or markdown, not "pdf"/)
})

t.test('extraction vocabularies are data, validated on load', async (t) => {
  const data = JSON.parse(readFileSync(EXTRACTION_PATH, 'utf8')) as { html: { strongWords: string[] } }
  t.ok(defaultVocabulary().strongWords.has('comments'))
  t.throws(() => compileVocabulary({ html: {}, text: {} }, 'mine.json'), ConfigError)
  t.throws(() => compileVocabulary({ ...data, html: { ...data.html, strongWords: [''] } }, 'mine.json'), /mine\.json: \/html\/strongWords\/0/)
  // Without "comments" among the words, the comment thread is no longer recognised by its class.
  const vocabulary = compileVocabulary({ ...data, html: { ...data.html, strongWords: data.html.strongWords.filter((w) => w !== 'comments' && w !== 'comment') } }, 'mine.json')
  const html = '<html><body><div class="story"><h1>Storm hits coast</h1><p>The storm arrived at dawn, and officials said the damage along the coast was severe but that no one was hurt in the night.</p></div><div class="comments"><p>I was there and the waves were enormous, bigger than anything I have seen in my twenty years living here.</p><p>Thanks to the rescue teams who worked all night in terrible conditions to keep the rest of us safe.</p></div></body></html>'
  t.notOk(cleanHtml(html).includes('waves were enormous'), 'bundled words: comments dropped')
  t.ok(extractHtml(html, { vocabulary }).text.includes('waves were enormous'), 'without the word, they are not')
})
