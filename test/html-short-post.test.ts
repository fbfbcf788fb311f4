// A short post beside a longer site notice (lib/html/short-post.ts): the
// heading that repeats the title anchors the post; a header section right
// before a short body, a long chosen container, or a notice inside the
// post's own wrapper leave the chosen container alone.
import t from 'tap'
import { extractHtml } from '../lib/index.js'

const NOTICE = '<p>Everything you see on this site was shot by the two of us, and you are welcome to share any of it with friends, as long as you do not use it for anything commercial and you link back to this page.</p>'
const ARCHIVE = '<ul><li><a href="/a">July</a></li><li><a href="/b">June</a></li><li><a href="/c">May</a></li><li><a href="/d">April</a></li></ul>'
const page = (body: string): string => `<html><head><title>Harbour lights at dusk | Frames</title></head><body>${body}</body></html>`

t.test('the post is found by its headline, the notice stays out', async (t) => {
  const { text: out, fallback } = extractHtml(page(`<div class="post"><h2>Harbour lights at dusk</h2><p>Three frames from the pier.</p><p>Shot by Mara.</p></div><div id="extra">${ARCHIVE}<div>${NOTICE}</div></div>`))
  t.match(out, /Three frames from the pier\./)
  t.notMatch(out, /welcome to share/)
  t.match(fallback, /away from the headline "Harbour lights at dusk": took the headline's <div> instead/, '--explain says so')
})

t.test('look-alikes keep the chosen container', async (t) => {
  // A header (headline and a standfirst) right before the article body: one article in two parts.
  const header = extractHtml(page(`<div class="head"><h1>Harbour lights at dusk</h1><p>By Mara.</p></div><div class="body">${NOTICE}</div>`)).text
  t.match(header, /welcome to share/, 'body right after the header is kept')
  // A chosen container of more than a short notice's length is an article, wherever the headline is.
  const long = `<p>${'The harbour was quiet that evening, and the boats came in one by one as the lights went on along the pier. '.repeat(5)}</p>`
  const far = extractHtml(page(`<div class="head"><h1>Harbour lights at dusk</h1><p>Photo essay.</p></div>${ARCHIVE}${ARCHIVE}<div class="body">${long}</div>`)).text
  t.match(far, /boats came in/, 'a long article away from its heading is kept')
})
