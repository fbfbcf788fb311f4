// Resolution and rendering: layout kept, gaps collapsed, guards applied once.
import t from 'tap'
import { clean, cleanWithReport, loadRules, ruleSetFrom } from '../lib/index.js'

const P1 = 'The storm brought down power lines across the county on Sunday night, the utility company said.'
const P2 = 'Engineers worked through the night and most homes had their power back by Monday lunchtime.'
const P3 = 'The Met Office has warned that a second storm could arrive later in the week, bringing more wind.'

t.test('a removal between blank-separated paragraphs leaves one blank line', async (t) => {
  t.equal(clean(`${P1}\n\nAdvertisement\n\n${P2}\n`), `${P1}\n\n${P2}\n`)
  t.equal(clean(`${P1}\n\n\nAdvertisement\n\n\n\n${P2}\n`), `${P1}\n\n${P2}\n`)
})

t.test('a removal between single-newline paragraphs leaves a single newline', async (t) => {
  t.equal(clean(`${P1}\nAdvertisement\n${P2}\n${P3}\n`), `${P1}\n${P2}\n${P3}\n`)
})

t.test('untouched blank runs stay as they were', async (t) => {
  const doc = `${P1}\n\n\n${P2}\n\nAdvertisement\n\n${P3}\n`
  t.equal(clean(doc), `${P1}\n\n\n${P2}\n\n${P3}\n`)
})

t.test('leading and trailing blank lines go; one final newline; CRLF kept', async (t) => {
  t.equal(clean(`\n\n${P1}\n\n${P2}\n\n\n`), `${P1}\n\n${P2}\n`)
  t.equal(clean(`${P1}\n${P2}`), `${P1}\n${P2}\n`, 'a missing final newline is added')
  t.equal(clean(`${P1}\r\n\r\nAdvertisement\r\n\r\n${P2}\r\n`), `${P1}\r\n\r\n${P2}\r\n`)
  t.equal(clean(''), '')
  t.equal(clean('\n\n'), '')
})

t.test('the report names rule, lines and reason; counts add up', async (t) => {
  const doc = `${P1}\n\nAdvertisement\n\n${P2}\n\nRelated Articles\nSome other headline about the weather\n5 hours ago\n`
  const report = cleanWithReport(doc)
  t.equal(report.text, `${P1}\n\n${P2}\n`)
  t.same(report.removals.map((r) => [r.rule, r.from, r.to]), [['ad-markers', 3, 3], ['related-block', 7, 9]])
  t.equal(report.linesIn, 9)
  t.equal(report.linesOut, 3)
  t.match(report.removals[1]?.reason, /cut to the end/)
  t.same(report.removals[1]?.lines, ['Related Articles', 'Some other headline about the weather', '5 hours ago'])
})

t.test('guard: rules never empty a document', async (t) => {
  const doc = 'Advertisement\nComments\n'
  const report = cleanWithReport(doc)
  t.equal(report.text, doc)
  t.match(report.guard, /emptied/)
  t.same(report.removals, [])
})

t.test('guard: the headline is protected from cue rules', async (t) => {
  // The cue's listing would take the headline and the subhead; the header
  // rule's keep wins, and the listing ends at the headline it protects, so
  // the subhead under it is the article's too.
  const rules = ruleSetFrom([{ source: 'inline', rules: { rules: [{ id: 'breaking', kind: 'cue', phrases: ['breaking'], cut: 'block' }] } }])
  const doc = `Breaking\nStorm Darragh brings chaos to the county\nA short subhead here\n\n${P1}\n`
  t.equal(clean(doc, { rules }), `Storm Darragh brings chaos to the county\nA short subhead here\n\n${P1}\n`)
  const report = cleanWithReport(doc, { rules: ruleSetFrom([{ source: 'inline', rules: { rules: [{ id: 'header-zone', enabled: false }, { id: 'breaking', kind: 'cue', phrases: ['breaking'], cut: 'block' }] } }]) })
  t.equal(report.text, `A short subhead here\n\n${P1}\n`, 'without the header rule the cue takes the headline (the line right above the first paragraph is the title it keeps)')
  t.equal(clean(doc, { rules: loadRules({ defaults: false }) }), doc)
})

t.test('a stray cue followed by the rest of the article only removes itself', async (t) => {
  const doc = `${P1}\n\nRelated\n\n${P2}\n\n${P3}\n`
  t.equal(clean(doc), `${P1}\n\n${P2}\n\n${P3}\n`)
})

t.test('a cue above the article never cuts the article away', async (t) => {
  const doc = `Already a subscriber? Sign in\nStorm brings chaos to the county\n\n${P1}\n\n${P2}\n\n7 hours ago\n`
  t.equal(clean(doc), `Storm brings chaos to the county\n\n${P1}\n\n${P2}\n`)
})

t.test('a giant line without spaces is kept, not a crash (no rule pattern runs on a megabyte line)', async (t) => {
  const token = 'Breaking-news-sign-up-(Image:-PA)-'.repeat(300_000)
  const doc = `${token}\n`
  t.equal(clean(doc), doc)
})
