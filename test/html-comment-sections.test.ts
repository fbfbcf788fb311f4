// Comment sections without a container of their own (lib/html/comment-sections.ts):
// a cue heading followed by comments as plain siblings goes with its thread;
// look-alike headings inside an article, or above it, take nothing.
import t from 'tap'
import { defaultRules, extractHtml } from '../lib/index.js'
import { commentRules } from '../lib/html/comment-sections.js'

const post = '<p>The new ferry timetable starts on Monday, and the early crossing moves back by twenty minutes for the whole summer.</p>'
const comment = (who: string, n: number): string =>
  `<p>I have taken the early boat for ten years and number ${n} of my complaints is that nobody asked the people who use it.</p>\n<p class="posted">Posted by: ${who} at March 3, 2011 10:02 AM</p>`
const thread = ['Anna', 'Tom', 'Ruth', 'Sam'].map((w, i) => comment(w, i + 1)).join('\n')
const page = (body: string): string => `<html><head><title>Ferry timetable</title></head><body><div class="entry">${body}</div></body></html>`

t.test('the rules say which headings are comment cues and which lines are signs of a thread', async (t) => {
  const known = commentRules(defaultRules().rules)
  t.same([...known.cues(['Comments', 'Storm hits coast', '12 Responses to “Ferry timetable”', 'Leave a comment'])], [0, 2, 3])
  t.same([...known.signs(['Posted by: Anna at March 3, 2011 10:02 AM'])], [0], 'a comment byline is a sign')
  t.equal(known.signs(['The ferry leaves at nine.']).size, 0, 'a sentence is not')
})

const remove: Array<[string, string]> = [
  ['a heading, then comments as siblings', `<h1>Ferry timetable</h1>${post}<h2><a id="comments"></a>Comments</h2>${thread}`],
  ['a heading in its own wrapper, then comments beside the wrapper', `<h1>Ferry timetable</h1>${post}</div><div class="commentform"><h2 id="comments">Comments</h2></div><div>${thread}`],
  ['a <div> standing in for the heading', `<h1>Ferry timetable</h1>${post}<a name="comments"></a><div class="yvhd">Comments</div>${thread}`],
  ['"N Responses to" a post', `<h1>Ferry timetable</h1>${post}<h3>4 Responses to “Ferry timetable”</h3>${thread}`],
  ['a heading and comments, the whole page in one <form> (ASP.NET)', `<form id="aspnetForm"><h1>Ferry timetable</h1>${post}<h3>COMMENTS</h3>${thread}</form>`],
  ['no heading, only an empty <a name="comments"> where the thread starts', `<h1>Ferry timetable</h1>${post}<a name="comments"></a>${thread}`],
]
for (const [name, body] of remove) {
  t.test(`goes: ${name}`, async (t) => {
    const { text } = extractHtml(page(body))
    t.match(text, /early crossing moves back/, 'the post stays')
    t.notMatch(text, /complaints/, 'the thread goes')
  })
}

const keep: Array<[string, string]> = [
  ['a "Discussion" section of the article itself', `<h1>Ferry timetable</h1>${post}<h2>Discussion</h2><p>The crossing times were set in 1998 and have changed only twice since then, both times after long consultations with the harbour board.</p><p>What the board will decide about the winter timetable is not yet known, but a meeting is planned for the spring.</p>`],
  ['a linked "Read comments" line under the title', `<h1>Ferry timetable</h1><p><a href="#comments">Comments</a></p>${post}<p class="posted">Posted by: Anna at March 3, 2011 10:02 AM</p>`],
  ['a cue-like heading over the story itself, a byline under it', `<p>The harbour board met on Tuesday evening in the old town hall to decide on the summer timetable.</p><h2>Comments</h2><p class="byline">By Anna Smith</p>${post}<p>The harbour board said the change pays for an extra evening boat, which commuters had asked for since the winter, and that fares stay the same.</p><p>The first evening boat leaves at nine, and the last crossing of the night returns from the island shortly before midnight on weekdays.</p>`],
  ['one comment\'s permalink anchor (<a name="comment-12">) in a thread the page keeps whole', `<h1>Ferry timetable</h1>${post}<a name="comment-12"></a>${thread}`],
  ['an empty <a name="comments"> above the post (the target of a link under the title)', `<a name="comments"></a><h1>Ferry timetable</h1>${post}<p class="posted">Posted by: Anna at March 3, 2011 10:02 AM</p>`],
  ['a "Comments" heading above the post', `<h2>Comments</h2><h1>Ferry timetable</h1>${post}<p class="posted">Posted by: Anna at March 3, 2011 10:02 AM</p>`],
  ['a "Comments" heading above the post, a menu in a <form> before it', `<form><p>Search the harbour news, timetables, fares and all the notices of the ferry company here</p></form><h2>Comments</h2><h1>Ferry timetable</h1>${post}<p class="posted">Posted by: Anna at March 3, 2011 10:02 AM</p>`],
]
for (const [name, body] of keep) {
  t.test(`stays: ${name}`, async (t) => {
    const { text } = extractHtml(page(body))
    t.match(text, /early crossing moves back/, 'the post stays')
    if (name.includes('Discussion')) t.match(text, /meeting is planned/, 'the section after the heading stays')
    if (name.includes('permalink')) t.match(text, /complaints/, 'the thread stays with the post: no anchor opened a section')
  })
}
