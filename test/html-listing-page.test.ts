// A page with no article (lib/html/listing-page.ts): its main list is its
// content, and --explain says so; a short post with menus around it, or a
// page with an article-sized paragraph, keeps what the prose search found.
import t from 'tap'
import { extractHtml } from '../lib/index.js'

const LINKS = ['Library catalogue and opening hours', 'Booking a group study room', 'Tuition fees and payment dates', 'Grants and bursaries for new students', 'Halls of residence and private rooms', 'Part-time jobs on the campus', 'Registering with the campus doctor', 'Free counselling and support service', 'Sports centre membership and classes', 'Bus passes and the night shuttle', 'Bicycle parking and the repair workshop', 'Campus maps and building codes', 'Car parking permits for those off campus', 'Student railcards and season tickets', 'Printing and copying in the library', 'Exam timetables and results online', 'Clubs and societies to join this term', 'Lost property at the front desk']
const list = `<ul>${LINKS.map((l, i) => `<li><a href="/l${i}">${l}</a></li>`).join('')}</ul>`
const page = (body: string): string => `<html><head><title>Links for students</title></head><body><div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>${body}<div id="footer"><a href="/privacy">Privacy policy</a></div></body></html>`

t.test('a directory of links keeps its list', async (t) => {
  const { text, fallback } = extractHtml(page(`<div class="main">${list}</div>`))
  t.match(text, /Library catalogue and opening hours\n/)
  t.match(text, /Lost property at the front desk\n/)
  t.notMatch(text, /Privacy policy/, 'the footer stays out')
  t.match(fallback, /the page has 0 words of prose and the article held 0 words: took the page's main list, <ul> with 101 words/, '--explain says so')
})

t.test('a layout label around the whole page wraps it, a small one is chrome', async (t) => {
  // A section front whose summaries are links, inside a page-wide "ad" layout wrapper, with one notice paragraph above it.
  const notice = '<p>Please note: your browser could not load the style sheet of this page, but the page can still be read without it.</p>'
  const teasers = LINKS.map((l, i) => `<h3><a href="/s${i}">${l}</a></h3><p><a href="/s${i}">A short summary of the story about ${l.toLowerCase()}.</a></p>`).join('')
  const { text, fallback } = extractHtml(page(`${notice}<div id="outerAd"><div id="main">${teasers}</div><div class="ad"><a href="/buy">Buy a new car today and save</a></div></div>`))
  t.match(text, /A short summary of the story about library catalogue and opening hours\./)
  t.notMatch(text, /Buy a new car/, 'the small ad box stays out')
  t.match(fallback, /took the page's main list/, '--explain says so')
})

t.test('look-alikes keep what the prose search found', async (t) => {
  const para = '<p>The library will close early on Friday for the staff training day, and it opens again at the usual time on Monday morning for everyone.</p>'
  const withProse = extractHtml(page(`<div class="main">${para}</div><div class="more">${list}</div>`))
  t.match(withProse.text, /library will close early/)
  t.notMatch(withProse.text, /Lost property/, 'an article-sized paragraph is the article, not the list beside it')
  t.equal(withProse.fallback, undefined)
  const short = extractHtml(page('<div class="main"><h1>Links for students</h1><p>Back soon.</p></div>'))
  t.equal(short.fallback, undefined, 'a page with too little text is no listing')
})
