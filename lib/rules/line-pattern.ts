import { Scanner, type LineAnswers } from '../match/index.js'
import type { KeepRuleSpec, LineRuleSpec, Proposal, Rule } from './types.js'

/**
 * kind "line": remove every line the matcher recognises. The families that
 * are whole lines on their own (cross-promotion, widget labels, captions,
 * timestamps, legal footers) are all this kind, differing only in data.
 *
 * kind "keep" is the same matcher with the opposite verdict: every line it
 * recognises is article text, whatever another rule says of it. Some
 * article lines share a shape with cruft: a dateline split onto its own
 * line ("NEW YORK --", "WASHINGTON (AFP)") looks like a credit or an outlet
 * name to the caption, name and header rules. Rather than teach each of
 * those rules an exception, one rule names the family once; the engine lets
 * a "keep" win over every removal.
 */
export function lineRule(spec: LineRuleSpec | KeepRuleSpec, scanner = new Scanner(), answers: LineAnswers = scanner.add(spec)): Rule {
  const action = spec.kind === 'keep' ? 'keep' : 'remove'
  return {
    id: spec.id,
    kind: spec.kind,
    family: spec.family ?? (action === 'keep' ? 'article' : 'other'),
    description: spec.description ?? '',
    stage: 0,
    apply(doc) {
      const out: Proposal[] = []
      const why = answers(doc)
      for (let i = 0; i < why.length; i++) {
        const reason = why[i]
        if (reason !== null && reason !== undefined) out.push({ rule: spec.id, action, from: i, to: i, reason })
      }
      return out
    },
  }
}
