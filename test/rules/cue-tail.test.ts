// A tail cue ("More World news") over a listing takes the listing to the
// end; over a story that runs on for paragraphs it never does. Extractors
// such as jusText hand over the page's box heading right above the article
// itself (headline, byline, time, then the paragraphs).
import t from 'tap'
import { clean } from '../../lib/index.js'
import { segment } from '../../lib/document.js'
import { cueRule } from '../../lib/rules/cue-cut.js'
import type { RuleContext } from '../../lib/rules/types.js'

const ARTICLE = [
  'Council approves new park budget',
  'The city council voted on Tuesday to approve a budget for the new riverside park, ending months of debate.',
  'The plan includes a footbridge, a playground and a café, and work is due to start in the spring.',
  'Residents who opposed the plan said the money should have gone to road repairs instead.',
]

t.test('paragraphs running on under a cue and a byline are kept', async (t) => {
  const story = [
    'More World news',
    'Judges in the trial allow video of witnesses',
    'By Jane Corder',
    '3:56 a.m. January 8, 2008',
    'THE HAGUE, Netherlands – Judges in the war crimes trial on Tuesday allowed video of witnesses to be shown in court, over objections.',
    'The ruling by the three-judge panel, overriding defence objections, capped the testimony of the first witness in the trial.',
    'Prosecutors allege that the accused used the proceeds of the trade to buy arms for rebels across the border.',
    'The trial resumed on Monday after a six-month recess, and is expected to last well into next year.',
  ]
  const out = clean([...ARTICLE, ...story].join('\n') + '\n')
  for (const line of story.slice(4)) t.ok(out.includes(line), `kept: ${line.slice(0, 40)}`)
})

t.test('a listing of headlines with sources and one-paragraph teasers is still cut', async (t) => {
  const listing = [
    'More World news',
    'Floods close roads across the north of the country',
    'The Herald',
    'Heavy rain overnight closed dozens of roads, and more is forecast for the weekend across the region.',
    'Rail strike called off after late talks',
    'The Gazette',
    'Union leaders called off the planned strike after talks with the operator ran late into the night.',
  ]
  const out = clean([...ARTICLE, ...listing].join('\n') + '\n')
  t.equal(out, ARTICLE.join('\n') + '\n')
})

t.test('what the cue rules share of a document is read with each context, never another', async (t) => {
  // The prose above each line and the source lines are kept per document and context (cue-cut.ts):
  // with the article's paragraphs removed, the same listing is no longer cut to the end.
  const listing = ['More World news', 'Floods close roads across the north of the country', 'The Herald', 'Heavy rain overnight closed dozens of roads, and more is forecast for the weekend across the region.', 'Rail strike called off after late talks', 'The Gazette', 'Union leaders called off the planned strike after talks with the operator ran late into the night.']
  const text = [...ARTICLE, ...listing].join('\n') + '\n'
  const cut = cueRule({ id: 'more-news', kind: 'cue', phrases: ['more world news'], cut: 'tail' })[1]
  if (cut === undefined) throw new Error('cueRule gives the cue line and the cut')
  const context = (marked: number[]): RuleContext => ({ marked: new Set(marked), markedBy: new Map(marked.map((i) => [i, 'other'])), titleCues: new Set(), kept: new Set() })
  const contexts = [context([]), context([1, 2, 3])]
  const alone = contexts.map((ctx) => cut.apply(segment(text), ctx))
  t.not(alone[0]?.[0]?.reason, alone[1]?.[0]?.reason, 'the two contexts call for different cuts')
  for (const order of [[0, 1], [1, 0]]) {
    const doc = segment(text)
    for (const k of order) t.same(cut.apply(doc, contexts[k] as RuleContext), alone[k], `context ${k} after ${order[0] === k ? 'none' : 'the other'}`)
  }
})
