// Structural behaviour added for documents from unseen outlets: captions
// glued to their credit lines, listings inside the article, numbered
// listings, and the adjacent rule kind's config checks.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { clean, cleanWithReport, loadRules } from '../lib/index.js'

const HEAD = 'Storm leaves thousands without power across the county'
const P1 = 'The storm brought down power lines across the county on Sunday night, the utility company said.'
const P2 = 'Engineers worked through the night and most homes had their power back by Monday lunchtime.'
const P3 = 'The Met Office has warned that a second storm could arrive later in the week, bringing more wind.'
const P4 = 'Schools in three villages stayed closed on Monday while crews cleared fallen trees from the roads.'

t.test('a caption glued to its credit line goes with it; a line set apart by blank lines stays', async (t) => {
  const glued = `${HEAD}\n\n${P1}\n\nFallen trees on the main road\n(Photo by Ana Ruiz/Getty Images)\n\n${P2}\n`
  const report = cleanWithReport(glued)
  t.equal(report.text, `${HEAD}\n\n${P1}\n\n${P2}\n`)
  t.ok(report.removals.some((r) => r.rule === 'caption-text'), 'credited to caption-text')

  const below = `${HEAD}\n\n${P1}\n\n© Provided by The Herald\nFallen trees on the main road\n\n${P2}\n`
  t.equal(clean(below), `${HEAD}\n\n${P1}\n\n${P2}\n`, 'a caption under its credit goes too')

  const apart = `${HEAD}\n\n${P1}\n\nWhat happens next\n\n(Photo by Ana Ruiz/Getty Images)\n\n${P2}\n`
  t.equal(clean(apart), `${HEAD}\n\n${P1}\n\nWhat happens next\n\n${P2}\n`, 'a subheading set apart stays')

  const prose = `${HEAD}\n${P1}\n(Photo by Ana Ruiz/Getty Images)\n${P2}\n`
  t.equal(clean(prose), `${HEAD}\n${P1}\n${P2}\n`, 'paragraphs next to a credit stay')

  // Where no blank line sets paragraphs apart, every line is glued: a short
  // sentence, a title-case subheading, a wrapped continuation, a product's
  // name or specs, even a caption-shaped fragment next to a lone credit is
  // kept (on real extractor output such lines were article three times in four).
  for (const line of ['Something has to give.', 'Page Six Cuts And Runs', 'and the council is expected to decide next month', '47 grams, PAW3950 sensor, solid symmetric design', 'Fallen trees on the main road']) {
    const single = `${HEAD}\n${P1}\n${line}\nStanley Chou/Getty Images\n${P2}\n`
    t.equal(clean(single), `${HEAD}\n${P1}\n${line}\n${P2}\n`, `single-line layout keeps: ${line}`)
  }

  const headline = `${HEAD}\n(Photo by Ana Ruiz/Getty Images)\n${P1}\n${P2}\n`
  t.equal(clean(headline), `${HEAD}\n${P1}\n${P2}\n`, 'the headline next to a credit stays')
})

t.test('a bulleted listing inside the article takes only itself; the article after it stays', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\n${P2}\n\nTrending now:\n• Council approves riverside park plan\n• Rail fares to rise again in January\n\n${P3}\n\n${P4}\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n\n${P3}\n\n${P4}\n`)
})

t.test('a short sentence under a list of headlines is the article resuming', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\n${P2}\n\nMost Popular\nCouncil approves riverside park plan\nRail fares to rise again in January\n\nElsewhere, the roads were clear by noon.\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n\nElsewhere, the roads were clear by noon.\n`)
})

t.test('a numbered listing at the end goes as a whole, counters included', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\n${P2}\n\nLatest\n1\nCould the council have done more to prepare for the storm?\n2\nRail fares to rise again in January\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n`)
})

t.test('a teaser listing with "Source - time" lines is cut to the end', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\n${P2}\n\nMore from The Herald\nRail fares to rise again in January\n${P3}\nThe Herald - 3 hours ago\nSchools reopen after the storm\n${P4}\nDaily Post - Just now\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n`)
})

t.test('an adjacent rule needs "of"; a user file can add one', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-adjacent-'))
  const bad = join(dir, 'bad.json')
  writeFileSync(bad, JSON.stringify({ rules: [{ id: 'near', kind: 'adjacent', of: [] }] }))
  t.throws(() => loadRules({ files: [bad] }), { name: 'ConfigError', message: /bad\.json: rule "near"/ })
  const wrong = join(dir, 'wrong.json')
  writeFileSync(wrong, JSON.stringify({ rules: [{ id: 'near', kind: 'adjacent', of: ['ad-markers'], phrases: ['x'] }] }))
  t.throws(() => loadRules({ files: [wrong] }), { message: /rule "near": option "phrases" does not apply to kind "adjacent"/ })

  const good = join(dir, 'good.json')
  writeFileSync(good, JSON.stringify({ rules: [{ id: 'near-ads', kind: 'adjacent', family: 'cross-promo', description: 'sponsor names under ad labels', of: ['ad-markers'], maxWords: 4 }] }))
  const rules = loadRules({ files: [good] })
  const doc = `${HEAD}\n\n${P1}\n\nAdvertisement\nHarbour Bank\n\n${P2}\n`
  t.equal(clean(doc, { rules }), `${HEAD}\n\n${P1}\n\n${P2}\n`)
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\nHarbour Bank\n\n${P2}\n`, 'not a bundled behaviour')
})

t.test('a long question headline over a source/time line is a listing entry', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\n${P2}\n\nMore Sport\nCould the council have done more to prepare for the storm this winter?\nThe Herald · 41m ago\nRail fares to rise again in January\nDaily Post · 2 hours ago\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n`)
})

t.test('a skip link takes the module under it, not the article after it', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\nSkip next section Explore more\nRail fares to rise again in January\n\n${P2}\n\n${P3}\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n\n${P3}\n`)
})

t.test('running text under a bulleted entry is the article, even with a listing further down', async (t) => {
  const doc = `${HEAD}\n${P1}\n${P2}\nRelated links\n• Council approves riverside park plan\n${P3}\nMore stories\nRail fares to rise again in January\n${P4.replace('Schools', 'Teachers')}\n2 hours ago\n`
  t.equal(clean(doc), `${HEAD}\n${P1}\n${P2}\n${P3}\n`)
})

t.test('a headline ending in a full stop is still the headline when nothing else can be', async (t) => {
  const doc = `Watch Live\nWeekend\nStorm? Blame the jet stream.\n\n${P1}\n\n${P2}\n`
  t.equal(clean(doc), `Storm? Blame the jet stream.\n\n${P1}\n\n${P2}\n`)
})

t.test('under a cue with no source or time lines, a paragraph set off by a blank line is the article', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\n${P2}\n\nRecommended\nRail fares to rise again in January\n\n${P3} ${P4}\n\n© The Herald 2025\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n\n${P3} ${P4}\n`)
})

t.test('question headlines glued under a cue are listing entries; a question paragraph set apart is not', async (t) => {
  const listed = `${HEAD}\n\n${P1}\n\n${P2}\n\nMust reads\nCould the council have done more to prepare for the storm this winter?\nRail fares to rise again in January\n`
  t.equal(clean(listed), `${HEAD}\n\n${P1}\n\n${P2}\n`)
  const apart = `${HEAD}\n\n${P1}\n\nRelated\n\nCould the council have done more to prepare for the storm this winter?\n\n${P2}\n\n${P3}\n`
  t.equal(clean(apart), `${HEAD}\n\n${P1}\n\nCould the council have done more to prepare for the storm this winter?\n\n${P2}\n\n${P3}\n`)
})

t.test('a short full-stop headline over a source/time line is a listing entry', async (t) => {
  const doc = `${HEAD}\n\n${P1}\n\n${P2}\n\nMore stories\nWind. Rain. Repeat. (The Weekend Edition.)\nThe Herald · 1 day ago\nRail fares to rise again in January\nDaily Post · 2 hours ago\n`
  t.equal(clean(doc), `${HEAD}\n\n${P1}\n\n${P2}\n`)
})

t.test('a series rule needs "of" and a pattern; a user file can add one', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-series-'))
  const bad = join(dir, 'bad.json')
  writeFileSync(bad, JSON.stringify({ rules: [{ id: 'steps', kind: 'series', of: ['listing-counter'] }] }))
  t.throws(() => loadRules({ files: [bad] }), { name: 'ConfigError', message: /bad\.json: rule "steps": a series rule needs "of"/ })
  const wrong = join(dir, 'wrong.json')
  writeFileSync(wrong, JSON.stringify({ rules: [{ id: 'steps', kind: 'series', of: ['app-labels'], patterns: ['^x$'], minRun: 2 }] }))
  t.throws(() => loadRules({ files: [wrong] }), { message: /rule "steps": option "minRun" does not apply to kind "series"/ })

  // Off by default: a user's own series gives back what the bundled rules take.
  const good = join(dir, 'good.json')
  writeFileSync(good, JSON.stringify({ rules: [{ id: 'prices', kind: 'series', of: ['paywall-meter'], patterns: ['^\\$\\d+/month$'], minItems: 3 }] }))
  const rules = loadRules({ files: [good] })
  const doc = `${HEAD}\n\n${P1}\n\nBasic\n\n$6/month\n\nPlus\n\n$9/month\n\nPro\n\n$12/month\n\nTeam\n\n${P2}\n`
  t.equal(clean(doc, { rules }), doc)
  t.notOk(clean(doc).includes('$9/month'), 'not a bundled behaviour')
})
