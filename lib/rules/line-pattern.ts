import { compileMatcher, type LineMatcher } from './matcher.js'
import type { LineRuleSpec, Proposal, Rule } from './types.js'

/**
 * kind "line": remove every line the matcher recognises. The families that
 * are whole lines on their own (cross-promotion, widget labels, captions,
 * timestamps, legal footers) are all this kind, differing only in data.
 */
export function lineRule(spec: LineRuleSpec, matches: LineMatcher = compileMatcher(spec)): Rule {
  return {
    id: spec.id,
    kind: 'line',
    family: spec.family ?? 'other',
    description: spec.description ?? '',
    stage: 0,
    apply(doc) {
      const out: Proposal[] = []
      for (const line of doc.lines) {
        const why = matches(line, doc)
        if (why !== null) out.push({ rule: spec.id, action: 'remove', from: line.index, to: line.index, reason: why })
      }
      return out
    },
  }
}
