// Learned patterns load like any user pattern: they must run on the
// linear-time engine (lib/match/engines.ts), never be refused at load.
import t from 'tap'
import { engineFor } from '../../lib/match/engines.js'
import { PLACEHOLDERS, normaliseKey, patternFor } from '../../lib/learn/normalise.js'

const kind = (source: string): string => engineFor(source, 'u').kind

for (const p of PLACEHOLDERS) t.equal(kind(p.source), 'linear', `placeholder ${p.name}`)
for (const key of ['posted 3 hours ago', 'updated 12:30 pm, june 4, 2025', '1,234,567 views', 'filed under politics on monday', 'page 2 of 14']) {
  t.equal(kind(patternFor(normaliseKey(key))), 'linear', `learned pattern for "${key}"`)
}
