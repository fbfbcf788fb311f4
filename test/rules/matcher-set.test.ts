// A rule list answers its matchers in one gated pass per document once it
// has seen enough lines. The gates may only skip lines a matcher would have
// said no to: every bundled rule must answer every line the same, gated or not.
import t from 'tap'
import { segment } from '../../lib/document.js'
import { compileMatcher, type Matcher } from '../../lib/rules/matcher.js'
import { MatcherSet } from '../../lib/rules/matcher-set.js'
import type { MatchSpec } from '../../lib/rules/types.js'
import { bundledRules, patternProbeLines } from '../helpers/lines.js'

const specs = bundledRules.filter((r) => (r.phrases?.length ?? 0) + (r.patterns?.length ?? 0) > 0) as Array<MatchSpec & { id: string }>

t.test('gated answers equal plain answers for every bundled matcher', async (t) => {
  const plain = new MatcherSet(Infinity)
  const gated = new MatcherSet(0)
  const pairs = specs.map((spec) => ({
    id: spec.id,
    plain: plain.add(compileMatcher(spec, plain.needles)),
    gated: gated.add(compileMatcher(spec, gated.needles)),
  }))
  // Probe lines (cruft and prose from seeds and fixtures, mutated), plus label-shaped lines from the phrases.
  const labels = specs.flatMap((s) => (s.phrases ?? []).slice(0, 5).map((p) => `${p} (3)`))
  const doc = segment([...patternProbeLines(6000), ...labels].join('\n'))
  let matched = 0
  const wrong: string[] = []
  for (const pair of pairs) {
    const a = pair.plain(doc)
    const b = pair.gated(doc)
    a.forEach((reason, i) => {
      if (reason !== null) matched++
      if (reason !== b[i]) wrong.push(`${pair.id}: ${doc.lines[i]?.text.slice(0, 60) ?? ''}: ${String(reason)} / ${String(b[i])}`)
    })
  }
  t.ok(matched > 1000, `the probe lines match rules (${matched})`)
  t.same(wrong.slice(0, 5), [], `${wrong.length} answers differ`)
})

t.test('the set switches to gates after its line budget, answering the same', async (t) => {
  const set = new MatcherSet(4)
  const indexed: boolean[] = []
  const spy = (m: Matcher): Matcher => ({
    match: m.match,
    index: () => {
      indexed.push(true)
      return m.index()
    },
  })
  const ad = set.add(spy(compileMatcher({ phrases: ['advertisement'] }, set.needles)))
  const credit = set.add(spy(compileMatcher({ patterns: ['\\((?:getty|reuters)\\)$'] }, set.needles)))
  // Each round is a new document, which both rules ask about.
  const round = (): Array<ReadonlyArray<string | null>> => {
    const doc = segment('Advertisement\nA photo (Getty)\n\nThe storm came.\n')
    return [ad(doc), credit(doc)]
  }
  const first = round()
  t.equal(indexed.length, 0, 'three lines seen: still plain')
  const second = round()
  t.equal(indexed.length, 0, 'six lines seen: the switch waits for the next document')
  const third = round()
  t.equal(indexed.length, 2, 'then both matchers switch, together')
  t.same(second, first)
  t.same(third, first)
  t.same(first, [['"advertisement"', null, null, null], [null, 'pattern 1 matched "(getty)"', null, null]])
})

t.test('a matcher added after the switch is gated at once', async (t) => {
  const set = new MatcherSet(0)
  const late = set.add(compileMatcher({ phrases: ['read more'], match: 'prefix' }, set.needles))
  t.same(late(segment('READ MORE: Storm hits coast\nThe storm came.\n')), ['starts with "read more"', null])
})
