// The text pass over clean markdown (lib/markdown/text-pass.ts): the text
// rules' line cuts mapped back onto markdown blocks. Each case gives a text,
// the lines the rules removed (1-based), and the text that must come out:
// a list, table or heading the rules cut mostly away goes whole, a heading
// over an emptied section goes; a unit they cut a little keeps their cut
// (kept whole, a second clean would cut it again), and the rest stands.
import t from 'tap'
import type { CleanReport } from '../lib/engine.js'
import { keepBlocksWhole } from '../lib/markdown/text-pass.js'

/** A report of the text rules on `text` that removed these 1-based lines. */
function rulesRemoved(text: string, lines: readonly number[]): CleanReport {
  const all = text.split('\n').slice(0, -1)
  const out = all.filter((_, i) => !lines.includes(i + 1))
  return {
    text: out.join('\n') + '\n',
    removals: lines.map((n) => ({ rule: 'test-rule', family: 'test', from: n, to: n, reason: 'test', lines: [all[n - 1] ?? ''] })),
    linesIn: all.length,
    linesOut: out.length,
  }
}

const ARTICLE = 'The bridge reopened to traffic on Thursday after eight months of repairs.\n\n'

const CASES: Array<{ name: string; text: string; removed: number[]; out: string }> = [
  {
    name: 'a list cut mostly away goes whole',
    text: `${ARTICLE}* Share this story on Facebook\n* Share this story on Twitter\n* Email this story to a friend\n`,
    removed: [3, 4],
    out: ARTICLE.trimEnd() + '\n',
  },
  {
    name: 'a table cut under its header row goes whole',
    text: `${ARTICLE}| Fixture | Date |\n|---|---|\n| Rovers v City | Friday |\n`,
    removed: [3, 4],
    out: ARTICLE.trimEnd() + '\n',
  },
  {
    name: 'a heading over a section the rules emptied goes',
    text: `${ARTICLE}## Related stories\n\nFerry fares to rise again in spring\n\nNew cycle lane opens on the quay\n`,
    removed: [5, 7],
    out: ARTICLE.trimEnd() + '\n',
  },
  {
    name: 'keep: a list cut a little keeps the rules\' cut (a second clean would cut it again)',
    text: `${ARTICLE}* the deck joints on the north span, replaced in March\n* Advertisement\n* the towers, repainted over the summer by a crew of forty\n`,
    removed: [4],
    out: `${ARTICLE}* the deck joints on the north span, replaced in March\n* the towers, repainted over the summer by a crew of forty\n`,
  },
  {
    name: 'keep: a wrapped headline whose last word the rules took for a name',
    text: `### Man Sentenced to Thirty Days for Catching Rain Water on Own Property Enters\nJail\n\n${ARTICLE}`,
    removed: [2],
    out: `### Man Sentenced to Thirty Days for Catching Rain Water on Own Property Enters\n\n${ARTICLE.trimEnd()}\n`,
  },
  {
    name: 'keep: a paragraph and a quote are cut line by line',
    text: `${ARTICLE}> The works were done in three stages.\n> Advertisement\n> The towers came last.\n`,
    removed: [4],
    out: `${ARTICLE}> The works were done in three stages.\n> The towers came last.\n`,
  },
]

for (const c of CASES) {
  t.test(c.name, async (t) => {
    const report = keepBlocksWhole(c.text, rulesRemoved(c.text, c.removed))
    t.equal(report.text, c.out)
    const removed = new Set(report.removals.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, k) => r.from + k)))
    for (const n of c.removed) t.ok(removed.has(n), `line ${n} stays removed`)
  })
}

t.test('never empties a document: the rules\' own report stands', async (t) => {
  const text = '* That dog is fearless, said the first of the commenters\n* and the second agreed\n'
  const rules = rulesRemoved(text, [1])
  t.equal(keepBlocksWhole(text, rules), rules)
})

t.test('a report with no removals passes as it is', async (t) => {
  const rules = rulesRemoved(ARTICLE, [])
  t.equal(keepBlocksWhole(ARTICLE, rules), rules)
})
