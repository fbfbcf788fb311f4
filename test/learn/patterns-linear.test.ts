// Learned patterns pass the ReDoS screen's syntax step on their own: no
// loop inside an unbounded loop, so loading a learned rules file never
// waits on the analyser (whose answer, under load, could hit its time limit).
import t from 'tap'
import { backtrackingRisk } from '../../lib/config/redos.js'
import { PLACEHOLDERS, normaliseKey, patternFor } from '../../lib/learn/normalise.js'

// A 1 ms budget: a pattern that reached the analyser would come back "undecided".
const risk = (source: string) => backtrackingRisk(source, 'u', 1)

for (const p of PLACEHOLDERS) t.equal(risk(p.source), null, `placeholder ${p.name}`)
for (const key of ['posted 3 hours ago', 'updated 12:30 pm, june 4, 2025', '1,234,567 views', 'filed under politics on monday', 'page 2 of 14']) {
  t.equal(risk(patternFor(normaliseKey(key))), null, `learned pattern for "${key}"`)
}
