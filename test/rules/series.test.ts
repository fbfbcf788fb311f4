// Dates that head the items of a list the article keeps (an events
// calendar, a timeline, a data series by date) are the article's, found on
// the dev splits of the real corpora (WCXB: a conference calendar, a house
// price series). A date that stands alone, dates with a time of day (a
// comment's), and the dates of a listing another rule removes still go.
import t from 'tap'
import { clean, cleanWithReport } from '../../lib/index.js'
import { LAYOUTS } from './table.js'

const INTRO = [
  'Top technology conferences in the United States this spring',
  'Here is our list of the upcoming events of special interest to managed service providers, with where they are held and what to expect from each.',
]
const OUTRO = 'Prices rose fastest in the smaller cities of the south, where demand from buyers moving out of the large coastal metros has yet to cool.'
const EVENTS = [
  ['March 16, 2026', 'FABCON', 'Atlanta, United States', 'The largest conference dedicated to data platforms brings together engineers and business leaders for three days of sessions.'],
  ['March 17, 2026', 'Midsize Enterprise Summit', 'Florida, United States', 'The summit focuses on the midmarket, sharing market intelligence through keynotes and workshops from leading experts.'],
  ['April 7, 2026', 'SecureWorld', 'Charlotte, United States', 'For more than twenty years the conference has gathered security teams to share what works against the latest threats.'],
  ['12 May 2026', 'Channel Live', 'Columbus, United States', 'Two days of in-depth sessions on selling managed services, with time set aside for meeting the vendors.'],
]

t.test('dates heading the items of a kept list stay', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    const input = [...INTRO, ...EVENTS.flat()].join(sep) + '\n'
    t.equal(clean(input), input, `${layout}: an events calendar`)
    const series = [...INTRO, 'Median sale price, change on a year earlier', ...['1/1/2013', '+13.1%', '2/1/2013', '+12.5%', '3/1/2013', '+11.9%', '4/1/2013', '+9.7%'], OUTRO].join(sep) + '\n'
    t.equal(clean(series), series, `${layout}: a data series by date`)
  }
  const report = cleanWithReport([...INTRO, ...EVENTS.flat()].join('\n') + '\n')
  t.same(report.removals, [], 'nothing is reported removed')
})

t.test('labelled dates and date ranges heading the items of a kept list stay', async (t) => {
  // A conference list: each item's name over "Date: ..." (a range, sometimes a note in brackets), its place and a paragraph.
  const labelled = EVENTS.map(([date, name, place, text], i) => [name ?? '', `Date: ${['March 16-19, 2026', '17-19 March 2026', 'April 7-9, 2026 (tentative)', '12 May 2026'][i] ?? date ?? ''}`, place ?? '', text ?? ''])
  for (const [layout, sep] of LAYOUTS) {
    const input = [...INTRO, ...labelled.flat()].join(sep) + '\n'
    t.equal(clean(input), input, `${layout}: a conference list`)
  }
})

t.test('dates that head no kept list still go', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    // Two dates are a story's published and updated lines as often as a list.
    const two = [INTRO[0], ...(EVENTS[0] ?? []).slice(3), 'March 3, 2024', INTRO[1], 'March 4, 2024', ...(EVENTS[1] ?? []).slice(3)]
    const out = clean(two.join(sep) + '\n')
    t.notOk(out.includes('March 3, 2024'), `${layout}: fewer than three dates`)
    // A comment's time of day is a timestamp however often it recurs.
    const thread = [...INTRO, ...EVENTS.map((e) => [`${e[0] ?? ''} at 10:42 am`, e[3] ?? '']).flat()]
    t.notOk(clean(thread.join(sep) + '\n').includes('at 10:42 am'), `${layout}: dates with a time of day`)
  }
})

t.test('the dates of a listing another rule removed go with it', async (t) => {
  const related = ['Related stories', 'March 16, 2026', 'Council delays vote on the riverside park', 'March 17, 2026', 'Residents split over the new bus lanes', 'April 7, 2026', 'School budget cuts spark protest outside town hall']
  for (const [layout, sep] of LAYOUTS) {
    const article = [...INTRO, (EVENTS[0] ?? [])[3] ?? ''].join(sep) + '\n'
    const input = article + (sep === '\n\n' ? '\n' : '') + related.join(sep) + '\n'
    t.equal(clean(input), article, layout)
  }
})

t.test('bare numbers of a table written one cell per line stay; counts beside buttons go', async (t) => {
  const table = ['Model', 'Weight (lbs)', 'Price ($)', 'Trail Lite 2', '4.41', '299', 'Ridge Pro 3', '2.42', '349', 'Summit UL', '5.07', '199', 'Basecamp 4', '6.10', '259']
  for (const [layout, sep] of LAYOUTS) {
    const input = [...INTRO, ...table, OUTRO].join(sep) + '\n'
    t.equal(clean(input), input, `${layout}: a table of numbers`)
    const buttons = ['Share', '1,204', 'Tweet', '36', 'Email', '12', 'Comments', '8']
    const out = clean([...INTRO, ...buttons, OUTRO].join(sep) + '\n')
    t.notOk(/^(?:1,204|36|12|8)$/m.test(out), `${layout}: counts beside share buttons`)
  }
})

t.test('the rank numbers of a ranked article stay', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    const ranked = [...INTRO, ...EVENTS.map((e, i) => [`${i + 1}.`, e[1] ?? '', e[3] ?? '']).flat(), OUTRO]
    const input = ranked.join(sep) + '\n'
    t.equal(clean(input), input, layout)
  }
})

t.test("a code listing's line numbers are no ranked items", async (t) => {
  const code = ['1', '2', '3', '4', '5', 'type Query {', '  user(id: ID!): User', '}', 'type User {', '  name: String', '}']
  for (const [layout, sep] of LAYOUTS) {
    const out = clean([...INTRO, ...code, OUTRO].join(sep) + '\n')
    t.notOk(/^[1-5]$/m.test(out), layout)
  }
})
