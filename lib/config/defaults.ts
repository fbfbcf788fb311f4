import { loadRules, type RuleSet } from './load.js'

let bundled: RuleSet | undefined

/** The bundled rules.json, loaded and compiled once per process. */
export function defaultRules(): RuleSet {
  bundled ??= loadRules()
  return bundled
}
