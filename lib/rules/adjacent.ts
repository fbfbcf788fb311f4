import type { AdjacentRuleSpec, Proposal, Rule } from './types.js'

const DEFAULT_MAX_WORDS = 12

/**
 * kind "adjacent": a short line sitting directly above or below (no blank
 * line between) a line that one of the `of` rules removed goes with it.
 *
 * Why structure rather than wording: a photo caption often has no words of
 * its own that say "caption" ("Supporters gather outside the building");
 * what gives it away is the credit line glued to it ("(Photo by X/Getty
 * Images)", "© Provided by X"). Only short non-prose lines in the body
 * qualify, never a paragraph; the headline stays protected by the header
 * rule, and the rule does not chain (it looks at earlier stages' removals
 * only, not at its own).
 */
export function adjacentRule(spec: AdjacentRuleSpec): Rule {
  const maxWords = spec.maxWords ?? DEFAULT_MAX_WORDS
  const of = new Set(spec.of)
  return {
    id: spec.id,
    kind: 'adjacent',
    family: spec.family ?? 'other',
    description: spec.description ?? '',
    // After line rules (it builds on their removals), beside the header rule (whose keep of the headline wins).
    stage: 1,
    apply(doc, ctx) {
      const out: Proposal[] = []
      const byOf = (i: number): boolean => {
        const by = ctx.markedBy.get(i)
        return by !== undefined && of.has(by)
      }
      for (const line of doc.lines) {
        if (line.blank || line.prose || line.words > maxWords || ctx.marked.has(line.index)) continue
        if (doc.bodyStart === -1 || line.index < doc.bodyStart) continue
        const i = line.index
        if (byOf(i - 1) || byOf(i + 1)) {
          out.push({ rule: spec.id, action: 'remove', from: i, to: i, reason: 'short line glued to a removed credit line' })
        }
      }
      return out
    },
  }
}
