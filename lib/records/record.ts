/**
 * One JSON Lines record through the engine. Every face that handles records
 * (the CLI's --jsonl, the object-mode stream, worker threads, queue workers,
 * learn, report) goes through here, so they all clean a record the same way
 * and refuse the same records with the same reasons.
 */
import type { RuleSet } from '../config/load.js'
import { scopeRules } from '../config/scope.js'
import { defaultRules } from '../config/defaults.js'
import type { CleanReport } from '../engine.js'
import { cleanTextWithReport, type CleanMode } from '../page/clean.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'

/** How records are cleaned. */
export interface RecordOptions {
  /** The field holding the text to clean (default "text"). */
  field?: string
  /** Write the clean text here instead of replacing `field`. */
  outField?: string
  /** Add a summary of what was removed under this field. */
  reportField?: string
  /** Refuse a record whose text is over this many UTF-8 bytes. */
  maxBytes?: number
  rules?: RuleSet
  /** The field naming the record's source (e.g. "domain"): rules scoped with `sources` apply only to records of their source. */
  sourceField?: string
  /** Text treatment: "auto" (default) decides per record; "article" or "page" forces one. */
  mode?: CleanMode
}

/** What `reportField` holds: which rules removed how many lines. */
export interface RecordReport {
  linesIn: number
  linesOut: number
  removed: Array<{ rule: string; lines: number }>
}

export type RecordOutcome =
  | { ok: true; record: Record<string, unknown>; report: CleanReport }
  | { ok: false; reason: string }

/** Parse one input line; a line that is not a JSON object is refused with the reason. */
export function parseRecordLine(line: string): { ok: true; value: Record<string, unknown> } | { ok: false; reason: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (err) {
    return { ok: false, reason: `malformed JSON: ${(err as Error).message}` }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `not a JSON object (${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value})` }
  }
  return { ok: true, value: value as Record<string, unknown> }
}

/**
 * A record's source (what per-source rules are scoped by): the field's value
 * when it is a non-empty string or a number, else undefined. `cleanup learn`
 * groups records with the same function, so learned scopes and cleaning agree.
 */
export function recordSource(value: Record<string, unknown>, field: string): string | undefined {
  const v = value[field]
  if (typeof v === 'string') return v === '' ? undefined : v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return undefined
}

/** Summarise a report for `reportField`: lines removed per rule id. */
export function summariseReport(report: CleanReport): RecordReport {
  const perRule = new Map<string, number>()
  for (const r of report.removals) perRule.set(r.rule, (perRule.get(r.rule) ?? 0) + (r.to - r.from + 1))
  return { linesIn: report.linesIn, linesOut: report.linesOut, removed: [...perRule].map(([rule, lines]) => ({ rule, lines })) }
}

/**
 * Clean the text field of one parsed record. Other fields pass through
 * untouched and in their order; a missing or non-string field, or text over
 * the size limit, is refused with the reason, never guessed at.
 */
export function cleanRecord(value: Record<string, unknown>, options: RecordOptions = {}): RecordOutcome {
  const field = options.field ?? 'text'
  const text = value[field]
  if (!(field in value)) return { ok: false, reason: `no "${field}" field` }
  if (typeof text !== 'string') return { ok: false, reason: `"${field}" is ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}, not a string` }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // Cheap upper bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
  if (text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes > maxBytes) return { ok: false, reason: `"${field}" is ${bytes} bytes, over the limit of ${maxBytes} (--max-bytes)` }
  }
  if (text.includes('\u0000')) return { ok: false, reason: `"${field}" holds a NUL character (binary data)` }
  const source = options.sourceField === undefined ? undefined : recordSource(value, options.sourceField)
  const report = cleanTextWithReport(text, { rules: scopeRules(options.rules ?? defaultRules(), source), mode: options.mode ?? 'auto' })
  const record: Record<string, unknown> = { ...value, [options.outField ?? field]: report.text }
  if (options.reportField !== undefined) record[options.reportField] = summariseReport(report)
  return { ok: true, record, report }
}
