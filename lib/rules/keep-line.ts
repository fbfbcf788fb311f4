import { Scanner, type LineAnswers } from '../match/index.js'
import type { KeepRuleSpec, Proposal, Rule } from './types.js'

/**
 * kind "keep": every line the matcher recognises is article text, whatever
 * another rule says of it. Some article lines share a shape with cruft: a
 * dateline split onto its own line ("NEW YORK --", "WASHINGTON (AFP)") looks
 * like a credit or an outlet name to the caption, name and header rules.
 * Rather than teach each of those rules an exception, one rule names the
 * family once; the engine lets a "keep" win over every removal.
 */
export function keepRule(spec: KeepRuleSpec, scanner = new Scanner(), answers: LineAnswers = scanner.add(spec)): Rule {
  return {
    id: spec.id,
    kind: 'keep',
    family: spec.family ?? 'article',
    description: spec.description ?? '',
    stage: 0,
    apply(doc) {
      const out: Proposal[] = []
      const why = answers(doc)
      for (let i = 0; i < why.length; i++) {
        const reason = why[i]
        if (reason !== null && reason !== undefined) out.push({ rule: spec.id, action: 'keep', from: i, to: i, reason })
      }
      return out
    },
  }
}
