// --compare: two rule sets over the same documents, lines removed by one and not the other.
import t from 'tap'
import { cleanWithReport, defaultRules, ruleSetFrom, type CleanReport } from '../../lib/index.js'
import { ReportBuilder } from '../../lib/report/model.js'
import { pairs } from '../helpers/pairs.js'

const docs = pairs('seeds').map((p) => ({ source: p.name, text: p.input.toString('utf8') }))
const a = defaultRules()
// B drops one rule and adds another: both directions of difference.
const b = ruleSetFrom([
  {
    source: 'tuned.json',
    rules: { rules: [{ id: 'cross-promo', enabled: false }, { id: 'greedy', kind: 'line', family: 'test', patterns: ['^sir keir starmer is set to'] }] },
  },
])

/** 1-based numbers of the lines a run removed, with the rule that removed each. */
function removedLines(report: CleanReport): Map<number, string> {
  const lines = new Map<number, string>()
  for (const r of report.removals) for (let n = r.from; n <= r.to; n++) lines.set(n, r.rule)
  return lines
}

t.test('lines removed by one set and not the other', async (t) => {
  const builder = new ReportBuilder({ a: { label: 'A', rules: a }, b: { label: 'B', rules: b }, maxDocs: 100 })
  let onlyA = 0
  let onlyB = 0
  let differ = 0
  const exclusiveA = new Map<string, number>()
  const exclusiveB = new Map<string, number>()
  for (const d of docs) {
    const ra = cleanWithReport(d.text, { rules: a })
    const rb = cleanWithReport(d.text, { rules: b })
    builder.add(d.source, d.text, ra, rb)
    const la = removedLines(ra)
    const lb = removedLines(rb)
    let docOnly = 0
    for (const [n, rule] of la) {
      if (lb.has(n)) continue
      onlyA++
      docOnly++
      exclusiveA.set(rule, (exclusiveA.get(rule) ?? 0) + 1)
    }
    for (const [n, rule] of lb) {
      if (la.has(n)) continue
      onlyB++
      docOnly++
      exclusiveB.set(rule, (exclusiveB.get(rule) ?? 0) + 1)
    }
    if (docOnly > 0) differ++
  }
  const data = builder.finish({ version: 'test', inputs: [] })
  t.ok(onlyA > 0 && onlyB > 0, 'the sets differ both ways on the seeds')
  t.same(data.diff, { linesOnlyA: onlyA, linesOnlyB: onlyB, docsDiffer: differ })
  t.equal(exclusiveA.get('cross-promo'), onlyA, 'A removes more only through the rule B disabled')
  t.equal(exclusiveB.get('greedy'), 1, 'B removes the one line its new rule matches')
  for (const r of data.a.rules) t.equal(r.exclusive, exclusiveA.get(r.id) ?? 0, `A ${r.id}`)
  for (const r of data.b!.rules) t.equal(r.exclusive, exclusiveB.get(r.id) ?? 0, `B ${r.id}`)
  t.notOk(data.b!.rules.some((r) => r.id === 'cross-promo'), 'a disabled rule is not in B')
  t.equal(data.b!.label, 'B')
  for (const view of data.sample) {
    const text = docs[view.ordinal]!.text
    const la = removedLines(cleanWithReport(text, { rules: a }))
    const lb = removedLines(cleanWithReport(text, { rules: b }))
    t.equal(view.onlyA, [...la.keys()].filter((n) => !lb.has(n)).length, `${view.source}: only A`)
    t.equal(view.onlyB, [...lb.keys()].filter((n) => !la.has(n)).length, `${view.source}: only B`)
    t.ok(view.b, 'each shown document carries both runs')
  }
})

t.test('the same set twice differs nowhere', async (t) => {
  const builder = new ReportBuilder({ a: { label: 'A', rules: a }, b: { label: 'A again', rules: a }, maxDocs: 100 })
  for (const d of docs) builder.add(d.source, d.text, cleanWithReport(d.text, { rules: a }), cleanWithReport(d.text, { rules: a }))
  const data = builder.finish({ version: 'test', inputs: [] })
  t.same(data.diff, { linesOnlyA: 0, linesOnlyB: 0, docsDiffer: 0 })
  t.same(
    data.a.rules.map((r) => [r.id, r.docs, r.lines]),
    data.b!.rules.map((r) => [r.id, r.docs, r.lines]),
  )
})

t.test('a compare report needs both runs', async (t) => {
  const builder = new ReportBuilder({ a: { label: 'A', rules: a }, b: { label: 'B', rules: b }, maxDocs: 1 })
  t.throws(() => builder.add('x', 'text\n', cleanWithReport('text\n')))
})
