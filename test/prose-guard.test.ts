// The prose guard (engine.ts): weak removals (cuts and zones the rules file
// does not mark strong) that would take more than half of a document's prose
// are undone, and the report says so; strong removals stay.
import t from 'tap'
import { run, GUARD } from '../lib/engine.js'
import type { Rule } from '../lib/rules/types.js'

const PARAS = [
  'The council approved the new budget on Tuesday after a debate that lasted most of the afternoon.',
  'Spending on roads will rise by a tenth, while the library service keeps its funding for another year.',
  'Opposition members said the plan relied on optimistic forecasts for business rates and parking income.',
  'The leader of the council said the forecasts had been checked by independent auditors last month.',
]
const DOC = ['Council passes budget', '', PARAS.join('\n\n'), '', 'Advertisement', ''].join('\n')

/** A rule that removes lines `from`..`to` (0-based), weak or not. */
function cut(id: string, from: number, to: number, weak: boolean): Rule {
  return { id, kind: 'cue', family: 'related', description: '', stage: 2, weak, apply: () => [{ rule: id, action: 'remove', from, to, reason: 'test' }] }
}
const advert: Rule = {
  id: 'ad-markers', kind: 'line', family: 'ads', description: '', stage: 0,
  apply: (doc) => doc.lines.filter((l) => l.text === 'Advertisement').map((l) => ({ rule: 'ad-markers', action: 'remove' as const, from: l.index, to: l.index, reason: 'test' })),
}

t.test('a weak cut taking most of the prose falls back to the strong removals', async (t) => {
  const report = run(DOC, [advert, cut('misread', 4, 8, true)])
  t.match(report.guard, /^fallback: cuts and zones would have removed \d+% of the prose/)
  for (const p of PARAS) t.ok(report.text.includes(p), 'prose kept')
  t.notOk(report.text.includes('Advertisement'), 'the line rule still applies')
  t.same(report.removals.map((r) => r.rule), ['ad-markers'])
})

t.test('a weak cut within the share applies', async (t) => {
  t.ok(GUARD.maxWeakProseShare >= 0.25)
  const report = run(DOC, [advert, cut('related', 8, 8, true)])
  t.equal(report.guard, undefined)
  t.notOk(report.text.includes(PARAS[3] ?? '?'))
})

t.test('a strong cut is never undone', async (t) => {
  const report = run(DOC, [cut('comment-section', 4, 8, false)])
  t.equal(report.guard, undefined)
  t.notOk(report.text.includes(PARAS[1] ?? '?'))
})
