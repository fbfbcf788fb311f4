// Paragraphs hard-wrapped over several lines (plain-text mail, <pre>
// pages) read as prose line by line, so a wrapped article is never taken
// for a page of short lines and cut down to nothing.
import t from 'tap'
import { segment } from '../lib/document.js'
import { clean } from '../lib/index.js'

const WRAPPED = [
  'Outreach in the schools',
  '',
  'This is our fifteenth year doing outreach around the State of Oregon and',
  'occasionally into Washington and California. We visit approximately 300',
  'classrooms each school year, fairly evenly distributed in grade levels, and',
  'we bring live animals to every one of them.',
  '',
  'Teachers who would like a visit should write to us early in the autumn,',
  'because the spring dates fill up quickly and we cannot travel in the',
  'winter months when the mountain roads are closed.',
]

t.test('every line of a wrapped paragraph is prose', async (t) => {
  const doc = segment(WRAPPED.join('\n'))
  for (const i of [2, 3, 4, 5, 7, 8, 9]) t.ok(doc.lines[i]?.prose, `line ${i} is prose: ${WRAPPED[i]}`)
  t.notOk(doc.lines[0]?.prose, 'the headline is not')
})

t.test('short lines and lines that start a new sentence do not chain', async (t) => {
  const doc = segment(['Home', 'news and events', 'sport and leisure', 'Contact us today for more details about', 'Our opening hours'].join('\n'))
  for (const line of doc.lines) t.notOk(line.prose, `not prose: ${line.text}`)
})

t.test('a page set in lower case throughout does not chain', async (t) => {
  const doc = segment(['sign in to keep reading', 'subscribe for just £1 a week. cancel any time', "log in if you're already a member", 'related articles', 'gp surgeries to open on saturdays under new contract'].join('\n'))
  for (const line of doc.lines) t.notOk(line.prose, `not prose: ${line.text}`)
})

t.test('a wrapped article comes out whole', async (t) => {
  const text = WRAPPED.join('\n') + '\n'
  t.equal(clean(text), text)
})
