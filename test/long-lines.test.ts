// A line of megabytes with no spaces passes every rule's maxWords (it is one
// word), so every pattern runs on it. V8 regexes whose greedy Unicode loops
// span such a line overflow their backtracking stack and throw; the engine
// must still clean the document (and, unsure, keep the line).
import t from 'tap'
import { clean } from '../lib/index.js'

const HEADLINE = 'Council approves plan for new riverside park'
const PROSE = 'The council voted on Tuesday night to approve a plan for a new riverside park, ending a long debate.'
const SIZE = 8_000_000

for (const [name, line] of [
  ['bullets', '•'.repeat(SIZE)],
  ['capitalised letters', 'Ü'.repeat(SIZE)],
  ['words joined by curly apostrophes and hyphens', 'Wait’-'.repeat(SIZE / 6)],
] as const) {
  t.test(`an ${SIZE / 1e6} MB line of ${name}`, async (t) => {
    const doc = `${HEADLINE}\n\n${PROSE}\n\n${line}\n\n${PROSE}\n`
    let out = ''
    t.doesNotThrow(() => {
      out = clean(doc)
    })
    t.ok(out.includes(line), 'the line is kept')
  })
}
