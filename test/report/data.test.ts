// The report's numbers against the cleaning run's own output: every count
// the report shows is recomputed here from clean() / cleanWithReport().
import t from 'tap'
import { clean, cleanWithReport, defaultRules, ruleSetFrom } from '../../lib/index.js'
import { summariseReport } from '../../lib/records/record.js'
import { ReportBuilder, splitLines, type ReportData } from '../../lib/report/model.js'
import { FLAGS, isLongProse } from '../../lib/report/flags.js'
import { allPairs } from '../helpers/pairs.js'

const docs = allPairs().map((p) => ({ source: p.name, text: p.input.toString('utf8') }))

function build(list: Array<{ source: string; text: string }>, maxDocs = 1000, seed?: number): ReportData {
  const rules = defaultRules()
  const builder = new ReportBuilder({ a: { label: 'defaults', rules }, maxDocs, ...(seed !== undefined ? { seed } : {}) })
  for (const d of list) builder.add(d.source, d.text, cleanWithReport(d.text, { rules }))
  return builder.finish({ version: 'test', inputs: ['seeds'] })
}

const outLines = (text: string): number => (text === '' ? 0 : text.split('\n').length - 1)

t.test('per document: lines and bytes out are those of clean()', async (t) => {
  t.ok(docs.length >= 5, 'the seeds are there')
  const data = build(docs)
  t.equal(data.sample.length, docs.length, 'under --max-docs every document is shown')
  for (const [i, view] of data.sample.entries()) {
    const doc = docs[i]!
    const cleaned = clean(doc.text)
    t.equal(view.source, doc.source)
    t.equal(view.a.linesOut, outLines(cleaned), `${doc.source}: lines out`)
    t.equal(view.a.bytesOut, Buffer.byteLength(cleaned), `${doc.source}: bytes out`)
    t.equal(view.bytesIn, Buffer.byteLength(doc.text.replace(/^\uFEFF/, '')), `${doc.source}: bytes in`)
    t.equal(view.linesIn, view.lines.length, `${doc.source}: the shown lines are the lines counted`)
    t.same(view.lines, doc.text.replace(/\r?\n$/, '').split(/\r?\n/), `${doc.source}: lines shown as given`)
    // The kept lines of the view, in order, are exactly the clean text's non-blank lines.
    const removed = new Set<number>()
    for (const r of view.a.removals) for (let n = r.from; n <= r.to; n++) removed.add(n)
    const kept = view.lines.filter((l, k) => !removed.has(k + 1) && l.trim() !== '')
    t.same(kept, cleaned.split('\n').filter((l) => l.trim() !== ''), `${doc.source}: struck lines are what clean() removed`)
  }
})

t.test('corpus totals are the sums over documents', async (t) => {
  const data = build(docs)
  const cleaned = docs.map((d) => clean(d.text))
  t.equal(data.documents, docs.length)
  t.equal(data.bytesIn, docs.reduce((n, d) => n + Buffer.byteLength(d.text.replace(/^\uFEFF/, '')), 0))
  t.equal(data.a.bytesOut, cleaned.reduce((n, c) => n + Buffer.byteLength(c), 0))
  t.equal(data.linesIn, docs.reduce((n, d) => n + cleanWithReport(d.text).linesIn, 0))
  t.equal(data.a.linesOut, cleaned.reduce((n, c) => n + outLines(c), 0))
  t.equal(data.a.docsWithRemovals, docs.filter((d) => cleanWithReport(d.text).removals.length > 0).length)
})

t.test('per rule: documents and lines are what the records summary counts', async (t) => {
  const data = build(docs)
  const lines = new Map<string, number>()
  const docCount = new Map<string, number>()
  for (const d of docs) {
    for (const { rule, lines: n } of summariseReport(cleanWithReport(d.text)).removed) {
      lines.set(rule, (lines.get(rule) ?? 0) + n)
      docCount.set(rule, (docCount.get(rule) ?? 0) + 1)
    }
  }
  t.ok(lines.size > 3, 'several rules fired on the seeds')
  for (const r of data.a.rules) {
    t.equal(r.lines, lines.get(r.id) ?? 0, `${r.id}: lines`)
    t.equal(r.docs, docCount.get(r.id) ?? 0, `${r.id}: documents`)
  }
  const listed = new Set(data.a.rules.map((r) => r.id))
  for (const rule of defaultRules().rules) t.ok(listed.has(rule.id), `${rule.id} is listed even if it never fired`)
  const sorted = data.a.rules.map((r) => r.lines)
  t.same(sorted, [...sorted].sort((x, y) => y - x), 'rules come largest first')
})

t.test('--max-docs: a bounded, seeded sample; the totals still count every document', async (t) => {
  // Fifty small documents, each its own line count so they can be told apart.
  const many = Array.from({ length: 50 }, (_, i) => ({
    source: `doc-${i}`,
    text: `Story number ${i} makes the news today\n${'The council met on Monday and agreed the plan in full, members said.\n'.repeat(i + 1)}Read more: other news\n`,
  }))
  const full = build(many, 1000)
  const sampled = build(many, 7)
  t.equal(sampled.sample.length, 7)
  t.equal(sampled.documents, 50)
  t.equal(sampled.bytesIn, full.bytesIn)
  t.equal(sampled.a.linesOut, full.a.linesOut)
  t.same(sampled.a.rules, full.a.rules, 'per-rule counts cover every document')
  const ordinals = sampled.sample.map((d) => d.ordinal)
  t.same(ordinals, [...ordinals].sort((x, y) => x - y), 'shown in input order')
  t.equal(new Set(ordinals).size, 7, 'no document twice')
  for (const d of sampled.sample) t.equal(d.source, `doc-${d.ordinal}`, 'ordinal points at the document')
  t.same(build(many, 7).sample.map((d) => d.ordinal), ordinals, 'same corpus, same sample')
  t.notSame(build(many, 7, 99).sample.map((d) => d.ordinal), ordinals, 'another seed, another sample')
  t.notSame(ordinals, [0, 1, 2, 3, 4, 5, 6], 'not simply the first documents')
  t.equal(build(many, 0).sample.length, 0, '--max-docs 0 keeps totals only')
})

t.test('splitLines numbers lines as the engine does', async (t) => {
  for (const text of ['a\nb\n', 'a\r\nb', '\uFEFFa\n\nb\n', '', '\n']) {
    t.equal(splitLines(text).length, cleanWithReport(text).linesIn, JSON.stringify(text))
  }
})

t.test('flags', async (t) => {
  const article = 'Storm hits the coast\n\nThe storm arrived at dawn and flooded the harbour, officials said on Monday.\n'
  const cruft = 'Get all your news in one place.\n'
  const mostly = `${article}Related Stories\n${'Another headline about the weather today\n'.repeat(20)}`

  await t.test('most-removed: more than half the bytes went', async (t) => {
    const data = build([{ source: 'mostly', text: mostly }, { source: 'fine', text: cruft + article }])
    t.equal(data.flags['most-removed'].count, 1)
    t.same(data.flags['most-removed'].examples, ['mostly'])
    t.ok(data.sample[0]!.a.share > FLAGS.mostRemovedShare)
    t.same(data.sample[0]!.flags, ['most-removed'])
    t.same(data.sample[1]!.flags, [])
  })

  await t.test('nothing-removed: only where most documents had removals', async (t) => {
    const corpus = [
      { source: 'c1', text: cruft + article },
      { source: 'c2', text: cruft + article },
      { source: 'clean', text: article },
    ]
    const data = build(corpus)
    t.equal(data.flags['nothing-removed'].count, 1)
    t.same(data.flags['nothing-removed'].examples, ['clean'])
    t.same(data.sample[2]!.flags, ['nothing-removed'])
    const mostlyClean = build([corpus[0]!, { source: 'clean1', text: article }, { source: 'clean2', text: article }])
    t.equal(mostlyClean.flags['nothing-removed'].count, 0, 'a mostly clean corpus flags nothing')
    t.same(mostlyClean.sample[1]!.flags, [])
  })

  await t.test('prose-removed: a rule removing a long sentence', async (t) => {
    const long = 'The minister said the plan would be published in full next week after months of talks with unions, councils, hospitals, schools and the many charities that had asked to be heard before any final decision was taken.'
    t.ok(isLongProse(long))
    t.notOk(isLongProse('Read more: the council meeting'))
    const words = (n: number): string => `${Array.from({ length: n - 1 }, (_, i) => `w${i}`).join(' ')} end.`
    t.ok(isLongProse(words(FLAGS.longProseWords)), 'a sentence at the threshold')
    t.notOk(isLongProse(words(FLAGS.longProseWords - 1)), 'a sentence under it')
    const rules = ruleSetFrom([{ source: 'test', rules: { rules: [{ id: 'greedy', kind: 'line', family: 'test', patterns: ['^The minister said'] }] } }], { defaults: false })
    const builder = new ReportBuilder({ a: { label: 'greedy', rules }, maxDocs: 10 })
    const text = `${article}${long}\n`
    builder.add('doc', text, cleanWithReport(text, { rules }))
    const data = builder.finish({ version: 'test', inputs: [] })
    t.equal(data.flags['prose-removed'].count, 1)
    const greedy = data.a.rules.find((r) => r.id === 'greedy')!
    t.equal(greedy.proseLines, 1)
    t.equal(greedy.proseDocs, 1)
    t.ok(data.sample[0]!.flags.includes('prose-removed'))
  })

  await t.test('guard: the rules would have emptied the document', async (t) => {
    const data = build([{ source: 'all-cruft', text: 'Get all your news in one place.\n' }])
    t.equal(data.flags.guard.count, 1)
    t.equal(data.a.guarded, 1)
    t.match(data.sample[0]!.a.guard, /emptied/)
  })
})

t.test('refused inputs are counted, not shown as documents', async (t) => {
  const builder = new ReportBuilder({ a: { label: 'defaults', rules: defaultRules() }, maxDocs: 10, maxExamples: 1 })
  for (let i = 0; i < 8; i++) builder.refuse(`bad-${i}`, 'malformed JSON')
  const data = builder.finish({ version: 'test', inputs: [] })
  t.equal(data.refused.count, 8)
  t.equal(data.refused.examples.length, 5, 'the list is bounded')
  t.equal(data.documents, 0)
})
