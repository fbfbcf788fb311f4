// Text tables as extractors write them ("| cell | cell |"): a results table
// under a report is the article's, never a page's link rows nor a list the
// line model picks items from; a row with one filled cell is read for what
// the cell says, so chrome in a layout table goes like the same line bare.
import t from 'tap'
import { clean, cleanWithReport } from '../../lib/index.js'
import { runTable } from './table.js'

const REPORT = [
  'Vettori and McCullum crush Bangladesh in record win',
  'Daniel Vettori and Brendon McCullum put in record performances as New Zealand thrashed Bangladesh by 10 wickets with 43 overs to spare.',
  'Bangladesh were all out for 93 in the 38th over, with Vettori returning five for seven, and McCullum then hit an unbeaten 80 from 28 balls.',
  '"We asked for an improvement and I think we got a complete performance today," said Vettori.',
  '| SCOREBOARD |',
  '| Bangladesh: |',
  '| Tamim Iqbal | c Styris b Mason | 13 |',
  '| Junaid Siddique | b Mills | 1 |',
  '| Mohammad Ashraful | c Oram b Mason | 25 |',
  '| Aftab Ahmed | c Sinclair b Vettori | 19 |',
  '| Tushar Imran | c McCullum b Oram | 1 |',
  '| Shakib Al Hasan | b Vettori | 10 |',
  '| Extras | lb1, w3 | 4 |',
  '| Total |  | 93 |',
  '| Fall of wkts | 1-3, 2-41, 3-44, 4-46, 5-73 |',
  '| Bowling | Mills 8.5-1-27-2 (2w) |',
  '|  | Martin 10-4-22-0 |',
  '|  | Mason 8-2-21-2 |',
]

t.test('a report over its scoreboard table stays whole', async (t) => {
  for (const sep of ['\n', '\n\n']) {
    const doc = REPORT.join(sep) + '\n'
    const report = cleanWithReport(doc)
    t.equal(report.mode, 'article', 'the table rows are no link rows of a page')
    t.equal(report.text, doc)
  }
})

runTable(t, {
  family: 'one-cell table rows read as their cell',
  positions: ['middle', 'tail'],
  remove: ['| Share this article |', '|  | Tags: Council, Parks, Environment |  |', '| Copyright © 2025 The Herald. All rights reserved. |'],
  keep: ['| The council voted on Tuesday to approve the plan, ending a debate that has run for years. |', '| Tags on every tree let the council track them during the works. |'],
})

// A button bar or menu laid out in cells: labels set apart by separator
// cells, or by pipes escaped inside one cell. A row of data has neither.
runTable(t, {
  family: 'layout rows of labels read as a row of labels',
  positions: ['middle', 'tail'],
  remove: [
    '| Print this Article | \\| | Email this Article | \\| | Leave a Comment |',
    '| Home \\| Breaking News \\| Archives \\| Contact Us \\| About Us \\| Advertise |',
  ],
  keep: ['| Print | Email | Share |', '| Team | Played | Won | Lost |'],
})

t.test('a table row keeps its bars in the output', async (t) => {
  const doc = ['Headline of the story about the park', 'The council voted on Tuesday to approve the plan for the new riverside park.', '| Vote | For | Against |', '| Council | 31 | 12 |'].join('\n') + '\n'
  t.equal(clean(doc), doc)
})

t.test("a table at the end of an article, under its rule line, stays whole", async (t) => {
  // trafilatura writes a table as "| a | b |" rows over a "|---|" rule; the
  // rule line had been taken for a row of symbols and then for a tail
  // widget, and every row under it went with the footer zone.
  const article = [
    'The college moved up one spot on the list released on Tuesday, its best showing in the national rankings for a decade.',
    'Every discipline ranked sixth or better, and three of them ranked first for the first time in a single year.',
    '2026 Undergraduate Rankings',
    'Published in Fall 2025',
    '| School | Ranking | Public ranking |',
    '|---|---|---|',
    '| Biomedical | 1st (2nd last year) | 1st |',
    '| Environmental | 1st (3rd last year) | 1st |',
    '| Aerospace | 2nd (unchanged) | 1st |',
    '| Civil | 2nd (1st last year) | 2nd |',
  ]
  for (const sep of ['\n', '\n\n']) {
    const doc = article.join(sep) + '\n'
    t.equal(clean(doc), doc, JSON.stringify(sep))
  }
})
