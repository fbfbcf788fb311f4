import { readFileSync } from 'node:fs'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { ConfigError } from '../errors.js'
import { compileSchema } from './schema.js'
import { Scanner } from '../match/index.js'
import { compileRule } from '../rules/registry.js'
import type { Rule, RuleSpec } from '../rules/types.js'
import { DEFAULT_RULES_PATH, RULES_SCHEMA_PATH } from './paths.js'
import { validatedByBuild } from '../precompiled.js'

/** One entry of a rules file: a full rule, or an override of an earlier rule by id. */
export type RuleEntry = Partial<RuleSpec> & {
  id: string
  addPhrases?: string[]
  addPatterns?: string[]
}

/** The shape of rules.json and of user rules files. */
export interface RulesFile {
  $schema?: string
  description?: string
  rules: RuleEntry[]
}

/** Merged rule specs (what --print-config shows) and their compiled rules. */
export interface RuleSet {
  readonly specs: readonly RuleSpec[]
  readonly rules: readonly Rule[]
}

export interface LoadRulesOptions {
  /** User rules files, applied in order over the defaults. */
  files?: readonly string[]
  /** Start from the bundled rules.json (default true). */
  defaults?: boolean
}

let validator: ValidateFunction | undefined
function validate(data: unknown): ErrorObject[] {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(RULES_SCHEMA_PATH, 'utf8')) as object
    validator = compileSchema(schema)
  }
  return validator(data) ? [] : [...(validator.errors ?? [])]
}

/** "line 3, column 7" for a JSON.parse position, so a broken file points at the fault. */
function describeJsonError(text: string, err: Error): string {
  const m = /position (\d+)/.exec(err.message)
  if (!m) return err.message
  const pos = Number(m[1])
  const before = text.slice(0, pos).split('\n')
  return `${err.message.replace(/ in JSON at position \d+.*$/, '')} at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`
}

/** Which rule an Ajv error is about, by index and id, for the message. */
function ruleAt(data: unknown, instancePath: string): string {
  const m = /^\/rules\/(\d+)/.exec(instancePath)
  if (!m) return ''
  const rules = (data as { rules?: unknown[] }).rules
  const entry = rules?.[Number(m[1])] as { id?: unknown } | undefined
  const id = typeof entry?.id === 'string' ? `"${entry.id}" ` : ''
  return `rule ${id}(rules[${m[1]}]): `
}

/**
 * Parse and validate a rules file's text. Errors name the file, the rule id
 * and what is wrong.
 */
export function parseRulesFile(text: string, source: string): RulesFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`${source}: invalid JSON: ${describeJsonError(text, err as Error)}`)
  }
  const errors = validate(data)
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const where = e.instancePath.replace(/^\/rules\/\d+/, '') || '/'
      const extra = e.keyword === 'additionalProperties' ? ` "${String(e.params['additionalProperty'])}"` : e.keyword === 'enum' ? ` (${(e.params['allowedValues'] as unknown[]).join(', ')})` : ''
      return `${source}: ${ruleAt(data, e.instancePath)}${where} ${e.message ?? 'is invalid'}${extra}`
    })
    throw new ConfigError([...new Set(lines)].join('\n'))
  }
  return data as RulesFile
}

/**
 * The bundled rules, merged. The build validated them and compiled each one
 * (scripts/precompile.js): when the files still hash the same, they are
 * parsed without loading and compiling the validator, and merged without
 * compiling each rule a first time to check it (compileRules compiles them
 * after), most of a small command's time; edited since, they are validated
 * and checked like any rules file.
 */
function bundledSpecs(): RuleSpec[] {
  if (!validatedByBuild(DEFAULT_RULES_PATH, RULES_SCHEMA_PATH)) return mergeRules([], readRulesFile(DEFAULT_RULES_PATH).rules, DEFAULT_RULES_PATH)
  return layerRules([], (JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile).rules, DEFAULT_RULES_PATH, false)
}

/** Read and validate a rules file from disk. */
export function readRulesFile(path: string): RulesFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new ConfigError(`${path}: cannot read rules file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  return parseRulesFile(text, path)
}

/**
 * Layer entries over a rule list: an entry whose id exists overrides that
 * rule's fields (addPhrases/addPatterns extend its lists, enabled:false
 * disables it); a new id adds a rule, which then needs a kind.
 */
export function mergeRules(base: readonly RuleSpec[], entries: readonly RuleEntry[], source: string): RuleSpec[] {
  return layerRules(base, entries, source, true)
}

/** mergeRules(), compiling each merged rule to name a bad pattern's file and rule when `check` is set. */
function layerRules(base: readonly RuleSpec[], entries: readonly RuleEntry[], source: string, check: boolean): RuleSpec[] {
  const merged = base.map((r) => ({ ...r }))
  const index = new Map(merged.map((r, i) => [r.id, i]))
  const seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new ConfigError(`${source}: rule "${entry.id}": defined twice in the same file`)
    seen.add(entry.id)
    const { addPhrases, addPatterns, ...fields } = entry
    const at = index.get(entry.id)
    let rule: Record<string, unknown>
    if (at === undefined) {
      if (fields.kind === undefined) {
        throw new ConfigError(`${source}: rule "${entry.id}": no "kind", and no earlier rule has this id to override`)
      }
      rule = { ...fields }
      index.set(entry.id, merged.length)
      merged.push(rule as unknown as RuleSpec)
    } else {
      const previous = merged[at] as unknown as Record<string, unknown>
      // Changing the kind replaces the rule: options of one kind mean nothing to another.
      rule = fields.kind !== undefined && fields.kind !== previous['kind'] ? { ...fields } : { ...previous, ...fields }
      merged[at] = rule as unknown as RuleSpec
    }
    if (addPhrases) rule['phrases'] = [...((rule['phrases'] as string[] | undefined) ?? []), ...addPhrases]
    if (addPatterns) rule['patterns'] = [...((rule['patterns'] as string[] | undefined) ?? []), ...addPatterns]
    checkKindOptions(rule as unknown as RuleSpec, source)
    if (!check) continue
    try {
      compileRule(rule as unknown as RuleSpec) // surface a bad pattern here, where the file is known
    } catch (err) {
      throw new ConfigError(`${source}: rule "${entry.id}": ${(err as Error).message}`)
    }
  }
  return merged
}

const MATCH_OPTIONS = ['phrases', 'patterns', 'match', 'caseSensitive', 'maxWords', 'zone'] as const
const KIND_OPTIONS: Record<RuleSpec['kind'], readonly string[]> = {
  line: MATCH_OPTIONS,
  keep: MATCH_OPTIONS,
  cue: [...MATCH_OPTIONS, 'cut', 'listingMaxWords', 'listingMarkers', 'titleBelow', 'thread', 'stories', 'strong'],
  header: ['phrases', 'patterns', 'match', 'caseSensitive', 'maxLines', 'headlineMinWords', 'outletWords', 'strong'],
  footer: ['maxWords', 'strong', 'notOpenedBy'],
  adjacent: ['of', 'maxWords', 'minRun'],
  series: [...MATCH_OPTIONS, 'of', 'minItems'],
  model: ['threshold'],
}
const ALL_OPTIONS = new Set(Object.values(KIND_OPTIONS).flat())

/** Options that belong to another kind are a mistake worth naming, not silently ignored. */
function checkKindOptions(rule: RuleSpec, source: string): void {
  const allowed = new Set(KIND_OPTIONS[rule.kind])
  for (const key of Object.keys(rule)) {
    if (ALL_OPTIONS.has(key) && !allowed.has(key)) {
      throw new ConfigError(`${source}: rule "${rule.id}": option "${key}" does not apply to kind "${rule.kind}"`)
    }
  }
  if ((rule.kind === 'line' || rule.kind === 'keep' || rule.kind === 'cue') && !(rule.phrases?.length || rule.patterns?.length)) {
    throw new ConfigError(`${source}: rule "${rule.id}": a ${rule.kind} rule needs "phrases" or "patterns"`)
  }
  if (rule.kind === 'adjacent' && !(rule.of?.length)) {
    throw new ConfigError(`${source}: rule "${rule.id}": an adjacent rule needs "of" (the ids of the rules it follows)`)
  }
  if (rule.kind === 'series' && !(rule.of?.length && (rule.phrases?.length || rule.patterns?.length))) {
    throw new ConfigError(`${source}: rule "${rule.id}": a series rule needs "of" (the ids of the rules whose lines may come back) and "phrases" or "patterns"`)
  }
}

/** Compile the enabled specs (mergeRules has already checked that each compiles). */
export function compileRules(specs: readonly RuleSpec[]): Rule[] {
  // One scanner for the whole list: a document is walked once for the line questions of every rule.
  const scanner = new Scanner()
  return specs.filter((s) => s.enabled !== false).flatMap((spec) => compileRule(spec, scanner))
}

/**
 * Build a rule set: the bundled defaults (unless `defaults: false`) with
 * each user file layered on top, validated and compiled.
 *
 * @example
 * ```ts
 * import { loadRules, clean } from 'cleanup'
 * const rules = loadRules({ files: ['my-rules.json'] })
 * clean(text, { rules })
 * ```
 */
export function loadRules(options: LoadRulesOptions = {}): RuleSet {
  let specs: RuleSpec[] = options.defaults === false ? [] : bundledSpecs()
  for (const file of options.files ?? []) {
    // A pattern that could take super-linear time is refused here (lib/match/engines.ts), naming file and rule.
    specs = mergeRules(specs, readRulesFile(file).rules, file)
  }
  return { specs, rules: compileRules(specs) }
}

/** Build a rule set from rules-file objects already in memory (e.g. generated ones). */
export function ruleSetFrom(files: ReadonlyArray<{ source: string; rules: RulesFile }>, options: { defaults?: boolean } = {}): RuleSet {
  let specs: RuleSpec[] = options.defaults === false ? [] : [...loadRules().specs]
  for (const { source, rules } of files) {
    specs = mergeRules(specs, parseRulesFile(JSON.stringify(rules), source).rules, source)
  }
  return { specs, rules: compileRules(specs) }
}
