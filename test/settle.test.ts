// settle(): the passes after the first, and what the report says of them.
import t from 'tap'
import { settle, type DocumentReport } from '../lib/pipeline-core.js'
import type { PageEvidence } from '../lib/page/detect.js'
import type { Removal } from '../lib/engine.js'

const input = 'Menu\nHeadline\nBody line one.\nFooter\n'
const removal = (from: number, rule: string): Removal => ({ from, to: from, rule, family: 'test', reason: 'test', lines: [] })

// The first pass read an article and removed the menu.
const first: DocumentReport = { text: 'Headline\nBody line one.\nFooter\n', removals: [removal(1, 'menu')], linesIn: 4, linesOut: 3, format: 'text', mode: 'article' }
const evidence = { chromeLabels: 3 } as unknown as PageEvidence

t.test('a later pass that found a whole page makes the report say page, with its evidence', async (t) => {
  const page: DocumentReport = { text: 'Headline\nBody line one.\n', removals: [removal(3, 'page-chrome')], linesIn: 3, linesOut: 2, format: 'text', mode: 'page', evidence, fallback: 'widened' }
  let calls = 0
  const report = settle(input, first, (text) => (calls++ === 0 ? page : { ...page, text, removals: [] }))
  t.equal(report.text, 'Headline\nBody line one.\n')
  t.equal(report.mode, 'page')
  t.same(report.evidence, evidence)
  t.equal(report.fallback, 'widened')
  // The second pass's line 3 is the input's line 4.
  t.same(report.removals.map((r) => [r.from, r.rule]), [[1, 'menu'], [4, 'page-chrome']])
})

t.test('a later article pass leaves the first pass\'s mode and evidence', async (t) => {
  const firstPage: DocumentReport = { ...first, mode: 'page', evidence }
  const article: DocumentReport = { text: 'Headline\nBody line one.\n', removals: [removal(3, 'footer')], linesIn: 3, linesOut: 2, format: 'text', mode: 'article' }
  const report = settle(input, firstPage, (text) => (text === firstPage.text ? article : { ...article, text, removals: [] }))
  t.equal(report.mode, 'page')
  t.same(report.evidence, evidence)
  t.equal(report.fallback, undefined)
})
