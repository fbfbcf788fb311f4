// HTML extraction against misleading class names and headlines: taxonomy
// classes, layout labels on the page wrapper, comment threads under a short
// article, site-name h1s; and the whole-page decision for pages of teasers.
import t from 'tap'
import { segment } from '../lib/document.js'
import { pageEvidence } from '../lib/page/detect.js'
import { pageLines } from '../lib/page/features.js'
import { defaultVocabulary } from '../lib/page/vocabulary.js'
import { clean, cleanTextWithReport, extractHtml } from '../lib/index.js'

const para = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) =>
    `<p>The council said on Tuesday that the ${topic} plan, number ${i + 1} in the series, would be reviewed by the committee before the end of the year and that residents could comment on it.</p>`,
  ).join('\n')

t.test('a taxonomy class (category-advertising) does not make the post an ad', async (t) => {
  const html = `<html><head><title>Ad rules change</title></head><body>
<div class="post category-advertising tag-sponsored-content entry-author-jane">${para('advertising', 4)}</div>
<div class="sidebar"><p>Other things you might like to read about on a quiet afternoon when the rain does not stop falling.</p></div>
</body></html>`
  const { text } = extractHtml(html)
  t.match(text, /the advertising plan, number 4/, 'the post is kept')
  t.notMatch(text, /quiet afternoon/, 'the real sidebar still goes')
})

t.test('"author" and "profile" label a box beside the article, never the article itself', async (t) => {
  // A theme's wrapper classes name the author (s-author-none, author-page): with a content word, or holding the article, they are no chrome.
  for (const cls of ['content single s-author-none', 'author-page', 'profile']) {
    const html = `<html><head><title>Bridge reopens</title></head><body><div class="${cls}"><h1>Bridge reopens</h1>${para('bridge', 4)}</div></body></html>`
    t.match(extractHtml(html).text, /the bridge plan, number 4/, `article under class "${cls}" kept`)
  }
  const box = `<html><head><title>Bridge reopens</title></head><body><div class="main"><h1>Bridge reopens</h1>${para('bridge', 3)}
<div class="author-info"><p>Jan Novak has covered the city council for twenty years and still reads every planning document that crosses his desk.</p></div></div></body></html>`
  t.notMatch(extractHtml(box).text, /Jan Novak/, 'the author box goes')
})

t.test('a layout label on the page wrapper does not hide the article', async (t) => {
  const html = `<html><head><title>Bridge reopens</title></head><body>
<div id="site" class="one-sidebar-right"><div class="one-sidebar-right main-wrap">
<h1>Bridge reopens</h1>${para('bridge', 5)}</div></div></body></html>`
  const { text } = extractHtml(html)
  t.match(text, /^Bridge reopens\n/, 'headline')
  t.match(text, /the bridge plan, number 5/, 'article kept')
})

t.test('a long comment thread under a short article stays out', async (t) => {
  const comments = Array.from({ length: 8 }, (_, i) =>
    `<div class="comment"><p>Comment ${i + 1}: I have lived here for twenty years and I think that the people who wrote this have never been to the town at all.</p></div>`,
  ).join('\n')
  const html = `<html><head><title>Library hours</title></head><body>
<div class="story"><h1>Library hours</h1>${para('library', 1)}</div>
<div class="comments">${comments}</div></body></html>`
  const { text } = extractHtml(html)
  t.match(text, /the library plan, number 1/, 'article kept')
  t.notMatch(text, /twenty years/, 'comments left out')
})

t.test('the heading repeating the title beats a site-name h1', async (t) => {
  const html = `<html><head><title>Town Blog: Storm damages the old pier</title></head><body>
<h1>Town Blog</h1><div class="entry"><h3>Storm damages the old pier</h3>${para('pier', 3)}</div></body></html>`
  const { headline } = extractHtml(html)
  t.equal(headline, 'Storm damages the old pier')
})

t.test('a far-away h1 that does not repeat the title is the banner, not the headline', async (t) => {
  const nav = Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')
  const html = `<html><head><title>Eclipse visible on Tuesday | Science | Example</title></head><body>
<h1>EXAMPLE</h1><ul>${nav}</ul><div class="body">${para('eclipse', 3)}</div></body></html>`
  const { headline } = extractHtml(html)
  t.equal(headline, 'Eclipse visible on Tuesday')
})

t.test('a long paragraph that is one link is kept', async (t) => {
  const html = `<html><head><title>Games night</title></head><body><article><h1>Games night</h1>${para('games', 2)}
<p><a href="/x">This week we play a quick party game that is easy to learn, fun for everyone and over in twenty minutes.</a></p>
${para('cards', 2)}</article></body></html>`
  t.match(extractHtml(html).text, /quick party game/)
})

t.test('many short lines and no sign only pages carry: an article (a list-shaped article is never taken for a page)', async (t) => {
  // Once taken for a page; but a results round-up or a list of tour dates
  // has the same shape, and losing a whole article is worse than keeping a
  // list of teasers. Page mode needs labels, link rows or a cookie notice.
  const teasers = Array.from({ length: 30 }, (_, i) => `Teaser headline number ${i + 1} about the town`).join('\n')
  const text = `Bridge reopens after repairs\n${Array.from({ length: 4 }, (_, i) => `The bridge reopened on Tuesday after ${i + 2} months of repairs, the council said, and traffic is expected to return to normal by the end of the week.`).join('\n')}\n${teasers}\n`
  const report = cleanTextWithReport(text)
  t.equal(report.mode, 'article', 'decided article')
  t.match(clean(text), /Teaser headline number 30/, 'nothing of the list is taken for page chrome')
  const withMenus = `Home\nNews\nSport\nPrivacy policy\nContact us\n${text}`
  t.ok(pageEvidenceOfText(withMenus) >= 2, 'the same page with menu labels has page-only signs')
  const article = `Bridge reopens after repairs\n${Array.from({ length: 25 }, (_, i) => `The bridge reopened on Tuesday after ${i + 2} months of repairs, the council said, and traffic is expected to return to normal.`).join('\n')}\n`
  t.equal(cleanTextWithReport(article).mode, 'article', 'an article of paragraphs stays an article')
})

/** Page-only signs (labels, link rows, cookie lines) among a text's lines. */
function pageEvidenceOfText(text: string): number {
  return pageEvidence(pageLines(segment(text), defaultVocabulary())).pageOnlySigns
}

t.test('a hidden dialog is never the article\'s layout wrapper', async (t) => {
  const { inHiddenBox } = await import('../lib/html/blocks.js')
  const { load } = await import('cheerio/slim')
  const $ = load('<div id="a" style="display: none"><p id="in">x</p></div><div id="b" aria-modal="true"></div><div id="c" hidden></div><div id="d" class="modal"><p id="shown">y</p></div>')
  const vocab = { hiddenStyles: ['display:none', 'visibility:hidden'] }
  for (const id of ['a', 'in', 'b', 'c']) t.ok(inHiddenBox($(`#${id}`)[0] as never, vocab), id)
  for (const id of ['d', 'shown']) t.notOk(inHiddenBox($(`#${id}`)[0] as never, vocab), id)
})
