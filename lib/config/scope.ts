import { rulesFor } from '../engine.js'
import type { RuleSet } from './load.js'

/**
 * The rule set for documents from one source (e.g. a domain): rules
 * without `sources`, plus those scoped to this source. Every face (text,
 * page, HTML, records, stream) takes the result as its `rules`; a rule set
 * that was not scoped applies no scoped rule at all.
 *
 * @example
 * ```ts
 * const rules = loadRules({ files: ['learned.json'] })
 * clean(text, { rules: scopeRules(rules, 'example.com') }) // same as clean(text, { rules, source: 'example.com' })
 * ```
 */
export function scopeRules(set: RuleSet, source: string | undefined): RuleSet {
  const rules = rulesFor(set.rules, source)
  return rules === set.rules ? set : { specs: set.specs, rules }
}
