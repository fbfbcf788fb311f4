import { Scanner, type LineAnswers } from '../match/index.js'
import type { LineRuleSpec, Proposal, Rule } from './types.js'

/**
 * kind "line": remove every line the matcher recognises. The families that
 * are whole lines on their own (cross-promotion, widget labels, captions,
 * timestamps, legal footers) are all this kind, differing only in data.
 */
export function lineRule(spec: LineRuleSpec, scanner = new Scanner(), answers: LineAnswers = scanner.add(spec)): Rule {
  return {
    id: spec.id,
    kind: 'line',
    family: spec.family ?? 'other',
    description: spec.description ?? '',
    stage: 0,
    apply(doc) {
      const out: Proposal[] = []
      const why = answers(doc)
      for (let i = 0; i < why.length; i++) {
        const reason = why[i]
        if (reason !== null && reason !== undefined) out.push({ rule: spec.id, action: 'remove', from: i, to: i, reason })
      }
      return out
    },
  }
}
