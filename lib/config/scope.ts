import { rulesFor } from '../engine.js'
import type { InputKind, Rule } from '../rules/types.js'
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

// One filtered list per rule list and format: the pipeline asks for every document.
const byFormat = new WeakMap<readonly Rule[], Map<InputKind, readonly Rule[]>>()

/**
 * The rules that apply to documents read as `format`: those without
 * `formats`, and those naming it. A list with no scoped rule comes back as is.
 *
 * @example
 * ```ts
 * const htmlRules = rulesForFormat(defaultRules().rules, 'html') // without caption-credit-shape, listing-source
 * ```
 */
export function rulesForFormat(rules: readonly Rule[], format: InputKind): readonly Rule[] {
  let cached = byFormat.get(rules)
  if (cached === undefined) {
    cached = new Map()
    byFormat.set(rules, cached)
  }
  let scoped = cached.get(format)
  if (scoped === undefined) {
    scoped = rules.some((r) => r.formats !== undefined) ? rules.filter((r) => r.formats === undefined || r.formats.has(format)) : rules
    cached.set(format, scoped)
  }
  return scoped
}
