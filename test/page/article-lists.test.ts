// Lists an article introduces itself (lib/page/article-lists.ts): which
// intros count, and which lists may weigh as article text in the region.
import t from 'tap'
import { segment } from '../../lib/document.js'
import { articleLists } from '../../lib/page/article-lists.js'

const items = ['- Mill Lane: open Friday', '- Orchard Road', '- Station Hill', '- Ferry Road', '- Canal Walk']
const after = 'Crews expect to reopen most of the roads by Monday, the county said in a statement on Thursday.'
const listed = (intro: string, proseIntros = false): number => {
  const doc = segment([intro, ...items, after].join('\n') + '\n')
  const lists = articleLists(doc, new Set())
  return (proseIntros ? lists.announced : lists.lines).size
}

t.test('a sentence that announces a list introduces it; one that only mentions a list does not', async (t) => {
  t.equal(listed("Here's a (mostly) complete list of roads that will stay closed until at least Monday."), items.length, 'here is a list')
  t.equal(listed('Below are the results of the first round of voting in the county, ward by ward.'), items.length, 'below are the results')
  t.equal(listed('The list of closed roads grew on Thursday as the river rose again.'), 0, 'a mention of a list')
  t.equal(listed('Here is what residents said about the plan at the meeting on Thursday night.'), 0, 'here is, but no list')
})

t.test('announced: only a sentence of prose introduces: form labels and colon headings do not', async (t) => {
  t.equal(listed('The roads that will stay closed until Monday are these:'), items.length, 'a colon line introduces')
  t.equal(listed('The roads that will stay closed are:', true), 0, 'a short colon line is no prose')
  t.equal(listed('Your Last Name:', true), 0, 'a form label')
  t.equal(listed("Here's a (mostly) complete list of roads that will stay closed until at least Monday.", true), items.length, 'an announcing sentence')
})

t.test('a data table under its header and rule is the article\'s; rows without a rule are not', async (t) => {
  const para = 'Home prices rose again in the spring, and sales were up on the year in most of the regions we studied.'
  const rows = ['| City | Score |', '|---|---|', '| Ohio | 64.9 |', '| Kentucky | 41.6 |', '| Louisiana | 28.2 |']
  const table = articleLists(segment([para, ...rows, para].join('\n') + '\n'), new Set())
  t.equal(table.lines.size, rows.length, 'header, rule and rows')
  t.equal(table.announced.size, rows.length, 'and they weigh as article text')
  // A layout table written out as text (a menu in cells) has no rule under a header.
  const layout = articleLists(segment([para, '| Home | News | Sport |', '| About us | Contact |', '| Archive | Feedback |', para].join('\n') + '\n'), new Set())
  t.equal(layout.lines.size, 0, 'a layout table is no data table')
})
