import type { AdjacentRuleSpec, Proposal, Rule } from './types.js'

const DEFAULT_MAX_WORDS = 12

/**
 * kind "adjacent": a short line sitting directly above or below (no blank
 * line between) a line that one of the `of` rules removed goes with it.
 *
 * Why structure rather than wording: a photo caption often has no words of
 * its own that say "caption" ("Supporters gather outside the building");
 * what gives it away is the credit line glued to it ("(Photo by X/Getty
 * Images)", "© Provided by X"). Only short non-prose lines qualify, never a
 * paragraph, and above the body never the first kept line (the title);
 * the headline stays protected by the header rule, and the rule does not chain (it looks at earlier stages' removals
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
      // Above the body only below some kept line: the first kept line of a
      // document is its title, whatever sits next to it.
      let keptAbove = false
      for (const line of doc.lines) {
        if (line.blank || ctx.marked.has(line.index)) continue
        const first = !keptAbove
        keptAbove = true
        if (line.prose || line.words > maxWords || doc.bodyStart === -1) continue
        if (line.index < doc.bodyStart && first) continue
        const i = line.index
        if (byOf(i - 1) || byOf(i + 1)) {
          out.push({ rule: spec.id, action: 'remove', from: i, to: i, reason: 'short line glued to a removed credit line' })
        }
      }
      return out
    },
  }
}
