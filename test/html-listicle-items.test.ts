// A listicle's items under linked titles (lib/html/listicle-items.ts): titles
// that lead away from the page's own site, to many sites, are items; a box of
// the site's own stories, or one leading to a single other site (a sponsor's
// white papers, an article's references), is not.
import t from 'tap'
import { extractHtml } from '../lib/index.js'
import { leadAway, ownSites, siteOf } from '../lib/html/listicle-items.js'
import { load } from 'cheerio/slim'

const heads = (hrefs: string[]): ReturnType<typeof load> => load(hrefs.map((h, i) => `<h3><a href="${h}">Item ${i}</a></h3>`).join(''))

t.test('sites of links', async (t) => {
  t.equal(siteOf('https://www.coursera.org/learn/x'), 'coursera.org')
  t.equal(siteOf('//cdn.example.com/a'), 'example.com')
  t.equal(siteOf('/news/story'), '')
  t.same([...ownSites(['/a', 'https://www.site.com/a', 'https://www.site.com/b', 'https://coursera.org/x', 'mailto:a@b.c'], 'https://news.page.net/p')].sort(), ['', 'page.net', 'site.com'])
})

t.test('titles leading away to many sites are a listicle', async (t) => {
  const own = new Set(['', 'site.com'])
  const $ = heads(['https://coursera.org/a', 'https://udemy.com/b', 'https://skillshare.com/c', 'https://coursera.org/d'])
  t.ok(leadAway($('h3').get(), own))
})

t.test('look-alikes are not', async (t) => {
  const own = new Set(['', 'site.com'])
  t.notOk(leadAway(heads(['/s1', 'https://www.site.com/s2', '/s3'])('h3').get(), own), "the site's own stories")
  t.notOk(leadAway(heads(['https://papers.vendor.com/1', 'https://papers.vendor.com/2', 'https://papers.vendor.com/3'])('h3').get(), own), "one sponsor's papers")
  t.notOk(leadAway(heads(['https://pubmed.gov/1', 'https://pubmed.gov/2', 'https://pubmed.gov/3', 'https://trials.gov/4'])('h3').get(), own), 'references on one site')
  t.notOk(leadAway(heads(['https://a.com/1', '/s2', '/s3', '/s4'])('h3').get(), own), 'mostly own stories')
})

t.test('an item title is kept with its paragraph', async (t) => {
  const item = (name: string, host: string): string => `<div class="pick"><h3><a href="https://${host}/">${name}</a></h3><p>It is the one I would pick for a friend who asked me, because it is simple to set up and it keeps working when you are offline.</p></div>`
  const page = `<html><head><title>Three apps | Desk</title></head><body><div class="entry"><h1>Three apps</h1>${item('Alpha Notes', 'alpha.io')}${item('Beta Pad', 'beta.org')}${item('Gamma Writer', 'gamma.net')}</div></body></html>`
  const { text } = extractHtml(page)
  t.match(text, /Alpha Notes\nIt is the one/)
  t.match(text, /Gamma Writer\nIt is the one/)
})
