/**
 * cleanup: remove boilerplate from scraped news text and keep the article.
 *
 * One engine, several faces: {@link clean} for one document, {@link cleanWithReport}
 * for what was removed and why, {@link createCleanStream} for pipelines.
 */
import { defaultRules } from './config/defaults.js'
import type { RuleSet } from './config/load.js'
import { run, type CleanReport } from './engine.js'
import { decodeDocument } from './text/decode.js'

export { defaultRules } from './config/defaults.js'
export { loadRules, mergeRules, parseRulesFile, readRulesFile, ruleSetFrom, compileRules } from './config/load.js'
export type { LoadRulesOptions, RuleEntry, RulesFile, RuleSet } from './config/load.js'
export type { CleanReport, Removal } from './engine.js'
export type { CueRuleSpec, FooterRuleSpec, HeaderRuleSpec, LineRuleSpec, MatchSpec, Rule, RuleSpec, Zone } from './rules/types.js'
export { createCleanStream, type CleanStreamOptions } from './stream.js'
export { decodeDocument, DEFAULT_MAX_BYTES, type DecodeOptions } from './text/decode.js'
export { ConfigError, InputError, UsageError } from './errors.js'
export { DEFAULT_RULES_PATH, RULES_SCHEMA_PATH } from './config/paths.js'
export * from './queue/api.js'

/** Options shared by every face of the cleaner. */
export interface CleanOptions {
  /** The rules to apply; defaults to the bundled rules.json. Build one with `loadRules`. */
  rules?: RuleSet
}

/**
 * Clean one document and say what was removed, by which rule, on which lines.
 *
 * @example
 * ```ts
 * const { text, removals } = cleanWithReport(scraped)
 * for (const r of removals) console.error(`${r.from}-${r.to} ${r.rule}: ${r.reason}`)
 * ```
 */
export function cleanWithReport(text: string | Uint8Array, options: CleanOptions = {}): CleanReport {
  const input = typeof text === 'string' ? text : decodeDocument(text)
  return run(input, (options.rules ?? defaultRules()).rules)
}

/**
 * Clean one document: the article's headline and paragraphs, lines untouched,
 * layout kept, one final newline.
 *
 * @example
 * ```ts
 * import { clean } from 'cleanup'
 * clean('Get all your news in one place.\nStorm hits coast\nThe storm arrived at dawn, officials said.\nComments\n')
 * // => 'Storm hits coast\nThe storm arrived at dawn, officials said.\n'
 * ```
 */
export function clean(text: string | Uint8Array, options: CleanOptions = {}): string {
  return cleanWithReport(text, options).text
}
