// A rule answers with a plain combined regex at first and with an index built
// from its patterns' syntax once it has seen enough lines; both ways must give
// the same answer (and the same reason) for every line.
import t from 'tap'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { segment } from '../../lib/document.js'
import { clean, ruleSetFrom } from '../../lib/index.js'
import { LINES_BEFORE_INDEX } from '../../lib/rules/matcher-set.js'
import { compilePatterns } from '../../lib/rules/patterns.js'
import { bundledRules, patternProbeLines } from '../helpers/lines.js'
import { pairs as pairsIn, ROOT } from '../helpers/pairs.js'

t.test('plain and indexed matching agree on every bundled rule', async (t) => {
  // Segmented, so long lines take the lazy path the engine takes.
  const lines = segment(patternProbeLines(20000).join('\n')).lines
  let matched = 0
  const wrong: string[] = []
  for (const rule of bundledRules) {
    const sources = rule.patterns ?? []
    if (sources.length === 0) continue
    const plain = compilePatterns(sources, rule.caseSensitive === true)
    const indexed = compilePatterns(sources, rule.caseSensitive === true)
    indexed.index()
    for (const line of lines) {
      const a = plain.match(line)
      if (a !== null) matched++
      if (a !== indexed.match(line)) wrong.push(`${rule.id}: ${line.text}`)
    }
  }
  t.same(wrong.slice(0, 5), [], `${wrong.length} lines answered differently`)
  t.ok(matched > 1000, `the sample has matches (${matched})`)
})

t.test('index() switches the way of matching, and changes no answer', async (t) => {
  const patterns = compilePatterns(['^advertisement\\b', '\\((?:getty|reuters)\\)$'], false)
  const lines = segment('Advertisement\nA photo (Getty)\nThe storm came.\n').lines
  const before = lines.map((l) => patterns.match(l))
  const triggers = patterns.index()
  t.same(lines.map((l) => patterns.match(l)), before)
  t.same(before, ['pattern 1 matched "advertisement"', 'pattern 2 matched "(getty)"', null])
  t.equal(triggers.always, false, 'both patterns have literal text to screen on')
  t.same(triggers.key.anywhere, ['advertisement', '(getty)', '(reuters)'], 'their strings trigger the rule')
})

t.test('documents come out the same before and after the rules build their indexes', async (t) => {
  // A fresh rule set starts plain; cleaning the documents again and again takes every rule past the switch.
  const rules = ruleSetFrom([])
  const pairs = ['seeds', 'test/fixtures'].filter((d) => existsSync(join(ROOT, d))).flatMap(pairsIn)
  const first = pairs.map((p) => clean(p.input, { rules }))
  t.same(first, pairs.map((p) => p.expected), 'plain: as expected')
  const asked = pairs.reduce((n, p) => n + p.input.toString('utf8').split('\n').length, 0)
  const rounds = Math.ceil((2 * LINES_BEFORE_INDEX) / Math.max(1, asked))
  let last = first
  for (let r = 0; r < rounds; r++) last = pairs.map((p) => clean(p.input, { rules }))
  t.same(last, first, `after ${rounds} more rounds: the same`)
})
