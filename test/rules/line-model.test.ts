// The learned line model (kind "model"): it only ever judges short lines
// that are not prose, its threshold comes from the rules file or the
// model, and the bundled model keeps an article's own short lines.
import fc from 'fast-check'
import t from 'tap'
import { segment } from '../../lib/document.js'
import { clean } from '../../lib/index.js'
import { LINE_MODEL_FEATURES, bundledLineModel, modelRule, wordCounts, type LineModel } from '../../lib/rules/line-model.js'

const context = () => ({ marked: new Set<number>(), markedBy: new Map<number, string>(), titleCues: new Set<number>(), kept: new Set<number>() })

/** A model that calls every candidate cruft with probability sigmoid(bias). */
function constantModel(bias: number): LineModel {
  const zeros = LINE_MODEL_FEATURES.map(() => 0)
  return { features: [...LINE_MODEL_FEATURES], mean: zeros, scale: zeros.map(() => 1), weights: zeros, bias, vocabulary: {}, maxWords: 20, threshold: 0.9 }
}

const DOC = [
  'Council approves park budget',
  'The city council voted on Tuesday to approve a budget for the new riverside park, ending months of debate.',
  'Share this',
  'The plan includes a footbridge, a playground and a café, and work is due to start in the spring.',
  '',
  'Home | News | Sport',
].join('\n')

t.test('only short non-prose lines are candidates, never prose', async (t) => {
  const doc = segment(DOC)
  const removed = modelRule({ id: 'm', kind: 'model' }, constantModel(10)).apply(doc, context()).map((p) => p.from)
  t.same(removed, [0, 2, 5])
  for (const i of removed) t.notOk(doc.lines[i]?.prose, `line ${i} is not prose`)
})

t.test('lines other rules removed are not judged again', async (t) => {
  const doc = segment(DOC)
  const ctx = context()
  ctx.marked.add(2)
  const removed = modelRule({ id: 'm', kind: 'model' }, constantModel(10)).apply(doc, ctx).map((p) => p.from)
  t.notOk(removed.includes(2))
})

t.test("the rule's threshold overrides the model's", async (t) => {
  const doc = segment(DOC)
  // sigmoid(0) = 0.5: below the model's 0.9, above a rule's 0.4.
  t.equal(modelRule({ id: 'm', kind: 'model' }, constantModel(0)).apply(doc, context()).length, 0)
  t.equal(modelRule({ id: 'm', kind: 'model', threshold: 0.4 }, constantModel(0)).apply(doc, context()).length, 3)
})

t.test('a list is one unit: one item the model dislikes does not leave it', async (t) => {
  // Cruft only when the line holds the word "york".
  const model = constantModel(-5)
  model.vocabulary = { york: 1 }
  model.weights = LINE_MODEL_FEATURES.map((f) => (f === 'vocabularyMax' ? 10 : 0))
  const list = segment(['The cities on the shortlist are:', 'Leeds', 'York', 'Hull', 'Sheffield', 'The council will choose one of them by the end of the month, a spokesman said.'].join('\n'))
  t.same(modelRule({ id: 'm', kind: 'model' }, model).apply(list, context()), [])
  const alone = segment(['The council met on Tuesday night to choose a city for the new riverside park.', 'York', 'The council will choose one of them by the end of the month, a spokesman said.'].join('\n'))
  t.same(modelRule({ id: 'm', kind: 'model' }, model).apply(alone, context()).map((p) => p.from), [1])
})

t.test('a list under a lead-in ending in a colon is the article\'s, whatever the model says of its items, in either layout', async (t) => {
  const model = constantModel(10)
  const p1 = 'The league table changed again on Saturday after a weekend of upsets in the northern division.'
  const p2 = 'The council will choose one of them by the end of the month, a spokesman said.'
  for (const sep of ['\n', '\n\n']) {
    const doc = segment([p1, 'Results:', 'Harbour 3 Rovers 1', 'City 0 United 2', 'Athletic 1 Town 1', p2].join(sep))
    // The lead-in itself is judged; the items under it are not.
    const removed = modelRule({ id: 'm', kind: 'model' }, model).apply(doc, context()).map((p) => doc.lines[p.from]?.text)
    t.same(removed, ['Results:'], JSON.stringify(sep))
  }
  // Without a lead-in the same lines are candidates like any other.
  const bare = segment([p1, 'Harbour 3 Rovers 1', 'City 0 United 2', p2].join('\n\n'))
  t.equal(modelRule({ id: 'm', kind: 'model' }, model).apply(bare, context()).length, 2)
})

t.test('the bundled model matches the features the code computes', async (t) => {
  const model = bundledLineModel()
  t.same(model.features, [...LINE_MODEL_FEATURES])
  t.equal(model.weights.length, LINE_MODEL_FEATURES.length)
  t.ok(model.threshold > 0.5 && model.threshold <= 1)
})

// Look-alikes: an article's own short lines (subheadings, a list, a sign-off) stay.
const ARTICLES = [
  [
    'Council approves park budget',
    'The city council voted on Tuesday to approve a budget for the new riverside park, ending months of debate.',
    'The cost of the plan',
    'The park will cost £4.2m, paid for by a lottery grant and the council’s own reserves over five years.',
    'What happens next',
    'Work on the footbridge is due to start in the spring, and the playground should open next summer.',
  ],
  [
    'Five things to know about the new timetable',
    'The rail operator published its new timetable on Monday, and most routes will change from December.',
    'Trains to the coast',
    'Services to the coast will run every half hour on weekdays, up from one an hour, the operator said.',
    'Night buses',
    'Night buses will replace the last trains on Sundays while the line is rebuilt over the winter.',
  ],
]
for (const lines of ARTICLES) {
  t.test(`keeps an article's subheadings: ${lines[0]}`, async (t) => {
    const text = lines.join('\n') + '\n'
    t.equal(clean(text), text)
  })
}

// Words that name properties of every object ("constructor", "__proto__")
// score nothing: a NaN probability once let such a line through as cruft.
t.test('a word that names an object property is no vocabulary word', async (t) => {
  const doc = ['Council approves park budget', 'The city council voted on Tuesday to approve a budget for the new riverside park, ending months of debate.', 'Meet the constructor', 'The plan includes a footbridge, a playground and a café, and work is due to start in the spring.'].join('\n') + '\n'
  t.match(clean(doc), /^Meet the constructor$/m)
})

// A line's words and character counts are read in one loop when its letters
// and digits are ASCII, whatever its punctuation; they must be what the
// Unicode classes say of any line.
t.test('word counts are the Unicode classes', async (t) => {
  const byClasses = (text: string) => {
    const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? []
    const n = (re: RegExp): number => text.match(re)?.length ?? 0
    return { tokens, capitalised: tokens.filter((w) => /^\p{Lu}/u.test(w)).length, letters: n(/\p{L}/gu), upper: n(/\p{Lu}/gu), digits: n(/\p{N}/gu) }
  }
  const lines = ['', 'Read more', '“Read more” — 3 stories', 'AP Photo/Jane Doe, File', 'It’s 10:30\u00a0a.m. …', 'Ünter den Linden 5', 'l’été ½ ² Ⓐ', 'Emoji 😀 here', 'x9Y 0a', '###']
  for (const line of lines) t.same(wordCounts(line), byClasses(line), JSON.stringify(line))
  const piece = fc.constantFrom('Read', 'more', 'A', 'b', '7', ' ', '\u00a0', '—', '“', '”', '’', "'", '-', ',', 'é', 'Ü', '½', '😀', 'Ⓐ', '\u00ad')
  fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
    const line = pieces.join('')
    t.same(wordCounts(line), byClasses(line))
  }), { numRuns: 300, seed: 15 })
})
