// The whole-page decision: a learned model (page-decision.json, trained by
// bench/train-page-decision.js) behind a do-no-harm gate.
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PAGE_FEATURES, defaultPageModel, modelInputs, isWholePage, pageDecision, pageEvidence, pageFeatures, pageProbability, type PageEvidence } from '../lib/page/detect.js'
import { pageLines } from '../lib/page/features.js'
import { defaultVocabulary } from '../lib/page/vocabulary.js'
import { segment } from '../lib/document.js'
import { cleanWithReport } from '../lib/index.js'
import { resolve } from '../lib/engine.js'
import { pageStage } from '../lib/page/stage.js'
import { loadRules } from '../lib/config/load.js'
import { ROOT } from './helpers/pairs.js'

const evidence = (text: string): PageEvidence => pageEvidence(pageLines(segment(text), defaultVocabulary()))

t.test('the bundled model reads the features the code computes', async (t) => {
  const model = defaultPageModel()
  t.same(model.features, [...PAGE_FEATURES])
  const inputs = modelInputs(new Array<number>(PAGE_FEATURES.length).fill(1), model.quadratic === true).length
  for (const k of ['mean', 'scale', 'weights'] as const) t.equal(model[k].length, inputs, k)
  t.ok(model.threshold > 0.5 && model.threshold < 1, 'a page needs more than even odds')
  t.equal(pageFeatures(evidence('A line.\n')).length, PAGE_FEATURES.length)
})

t.test('without two page-only signs a document is never a page, whatever the model says', async (t) => {
  const listShaped = readFileSync(join(ROOT, 'test/fixtures/clean-long-results-roundup.txt'), 'utf8')
  const e = evidence(listShaped)
  t.ok(e.chromeLabels + e.linkRows + e.cookieLines < 2)
  const eager = { ...defaultPageModel(), bias: 100 }
  t.ok(pageProbability(e, eager) > 0.99)
  t.notOk(isWholePage(e, eager))
  t.equal(cleanWithReport(listShaped).mode, 'article')
})

t.test('running text wrapped at a width reads as one article, whatever the model says', async (t) => {
  // A plain-text newsletter between menus: most of its lines carry on the sentence above.
  const wrapped = readFileSync(join(ROOT, 'test/pages/hard-wrapped-newsletter.txt'), 'utf8')
  const e = evidence(wrapped)
  t.ok(e.continuationLines >= 0.5 * e.nonBlank, `${e.continuationLines} of ${e.nonBlank} lines continue`)
  const eager = { ...defaultPageModel(), bias: 100 }
  t.ok(e.pageOnlySigns >= 2 && pageProbability(e, eager) > 0.99, 'the gate and an eager model would make it a page')
  const decision = pageDecision(e, eager)
  t.notOk(decision.page)
  t.match(decision.why, /wrapped at a width: \d+ of \d+ lines/)
  // The same lines unwrapped (one paragraph a line) are no longer vetoed: the veto reads wrapping, not the words.
  const unwrapped = wrapped.replace(/\n(?=\p{Ll})/gu, ' ')
  t.ok(pageDecision(evidence(unwrapped), eager).page)
})

t.test('the model moves with the evidence: more menus and less prose read as a page', async (t) => {
  const base: PageEvidence = { nonBlank: 60, menuRunLines: 5, chromeLabels: 2, linkRows: 1, cookieLines: 0, proseLines: 30, firstProse: 1, proseWords: 900, words: 1000, afterProse: 2, shortLines: 10, continuationLines: 0, pageOnlySigns: 3, opening: 5 }
  const pagey: PageEvidence = { ...base, menuRunLines: 40, proseLines: 5, firstProse: 25, proseWords: 200, afterProse: 20, shortLines: 45, chromeLabels: 8 }
  t.ok(pageProbability(pagey) > pageProbability(base))
})

t.test('a cookie notice beside menu lines makes a page, though a rule removes the notice', async (t) => {
  // consent-notices removes the banner wherever it stands; it is marked
  // pageSign, so the decision still counts it, and the blog's menu (which
  // no rule knows) goes with the page's chrome.
  const page = readFileSync(join(ROOT, 'test/pages/story-below-sidebar-cue.txt'), 'utf8')
  const report = cleanWithReport(page)
  t.ok(cleanWithReport(page, { mode: 'article' }).removals.some((r) => r.rule === 'consent-notices'), 'a rule knows the banner')
  t.equal(report.mode, 'page')
  t.notMatch(report.text, /^Archive$/m, 'the menu went')
  // A page whose chrome the rules know line by line is an article with cruft.
  const known = readFileSync(join(ROOT, 'test/pages/news-site-page.txt'), 'utf8')
  t.equal(cleanWithReport(known).mode, 'article')
})

t.test('--explain says why a document was taken for a page', async (t) => {
  const { formatExplain } = await import('../lib/cli/clean-inputs.js')
  const page = readFileSync(join(ROOT, 'test/pages/story-below-sidebar-cue.txt'), 'utf8')
  t.match(formatExplain('p.txt', cleanWithReport(page)), /^p\.txt: mode: page: a cookie notice beside menu lines; \d+ menu-run lines/)
  const list = readFileSync(join(ROOT, 'test/fixtures/clean-tour-dates-list.txt'), 'utf8')
  t.match(formatExplain('l.txt', cleanWithReport(list, { mode: 'page' })), /^l\.txt: mode: page: forced \(--mode page\)/)
  t.notMatch(formatExplain('l.txt', cleanWithReport(list)), /mode: page/)
})

t.test('a list the article introduces is not page evidence: list-shaped articles in removable chrome stay articles', async (t) => {
  const chrome = ['Share', 'Save', 'Advertisement']
  const footer = ['Terms of Service', 'Privacy Policy', 'Contact us']
  const intro = 'Slow-cooked white bean chili for a cold night'
  const para = 'This chili takes an hour on the stove, most of it simmering, and it tastes even better the next day, so make a double batch if you can.'
  const recipe = [intro, para, 'Ingredients for 4 portions:', '2 tsp vegetable oil', '2 chicken breasts', '1 large onion', '4 cloves garlic', '1 tbsp ancho chili powder', '1 tsp cumin', '3 cups chicken broth', '2 cans white beans', 'cayenne to taste', '1/3 cup chopped green onions', 'sour cream to garnish', 'Brown the chicken in the oil, then add the onion and garlic and cook until soft before stirring in the spices.']
  const tracks = [intro, para, ...Array.from({ length: 12 }, (_, i) => `${i + 1}. Track number ${i + 1} – The Band ${i + 1}`), 'Enjoy the mix, and stay warm out there this winter, wherever you happen to be.']
  for (const [name, article] of [['recipe', recipe], ['numbered tracks', tracks]] as const) {
    const report = cleanWithReport([...chrome, ...article, ...footer].join('\n') + '\n')
    t.equal(report.mode, 'article', `${name}: mode`)
    t.equal(report.text, article.join('\n') + '\n', `${name}: the whole article, list included`)
  }
})

t.test('a document that opens with a long paragraph under its first line reads as one article, whatever the model says', async (t) => {
  // An extractor's copy of a comparison article: headline, introduction,
  // then a table one cell per line whose cells include words of chrome
  // ("Privacy", "Search"). The region had cut the whole introduction.
  const text = readFileSync(join(ROOT, 'test/pages/extracted-comparison-table.txt'), 'utf8')
  const e = evidence(text)
  t.equal(e.opening, 1, 'the paragraph under the headline')
  const eager = { ...defaultPageModel(), bias: 100 }
  const decision = pageDecision(e, eager)
  t.notOk(decision.page)
  t.match(decision.why, /opens as an article/)
  const report = cleanWithReport(text)
  t.equal(report.mode, 'article')
  const lines = text.split('\n')
  t.ok(report.text.startsWith(lines.slice(0, 16).join('\n') + '\n'), 'the introduction and the top of the table are kept')
  // A page opens with its menus: the same text under a row of them is no longer vetoed.
  const page = ['Home', 'News', 'Reviews', 'Deals', 'Newsletter', ''].join('\n') + text
  t.ok(evidence(page).opening > 1)
})

t.test('lines a series rule gave back count as the article\'s own list, not as short lines of a page', async (t) => {
  // A blog's month archive: a date over each post. The dates come back
  // (dated-items); the page decision must read them as it read them while
  // they were removed, or a long archive turns into a "page" whose region
  // keeps one post.
  const posts = [
    ['September 28, 2004', 'Notes from the harbour walk', 'We walked the length of the harbour wall on Tuesday morning and counted the boats that had come in overnight, most of them from the northern ports.'],
    ['September 27, 2004', 'The library reopens', 'The town library reopened after a month of repairs, and the queue at the door was longer than anyone on the staff could remember.'],
    ['September 26, 2004', 'A letter from my grandmother', 'My grandmother wrote to say that the apple trees had done well this year, and that she had given most of the fruit away to the neighbours.'],
    ['September 25, 2004', 'On learning to draw', 'I have been trying to draw every evening for a month now, and the results are better than I feared though worse than I hoped.'],
  ].map((post) => [...post, ''].join('\n'))
  const text = ['Home | Archives | About | Contact', 'August 2004 | Main | October 2004', '', ...posts, 'Home | Archives | About | Contact', ''].join('\n')
  const doc = segment(text)
  const verdicts = resolve(doc, loadRules().rules)
  t.ok(verdicts.restored.size >= 3, `${verdicts.restored.size} dates came back`)
  const owner = new Map(verdicts.owner)
  for (const i of verdicts.restored) owner.set(i, { id: 'timestamps', family: 'byline', reason: 'a date', span: 1 })
  const asRemoved = pageStage(doc, { ...verdicts, owner, restored: new Set() }, 'auto')
  const given = pageStage(doc, verdicts, 'auto')
  t.ok(given.evidence !== undefined)
  t.same(given.evidence, asRemoved.evidence)
})

t.test('a consent dialog\'s sentence at the top never opens the article: the first pass decides as the next would', async (t) => {
  // A page whose text opens with a consent dialog's long sentence: the
  // opening gate had read it as the article's first paragraph, the first pass
  // kept the page in article mode, and the next pass (the sentence gone)
  // took it for a page, while the report still said "article".
  const dialog = 'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.'
  const page = dialog + '\n' + readFileSync(join(ROOT, 'test/pages/story-below-sidebar-cue.txt'), 'utf8')
  const report = cleanWithReport(page)
  t.ok(cleanWithReport(page, { mode: 'article' }).removals.some((r) => r.rule === 'consent-notices' && r.from === 1), 'a rule knows the dialog')
  t.equal(report.mode, 'page', 'the report says what the output is')
  t.notMatch(report.text, /^Archive$/m, 'the menu went')
})
