/**
 * One JSON Lines record through the engine. Every face that handles records
 * (the CLI's --jsonl, the object-mode stream, worker threads, queue workers,
 * learn, report) goes through here, so they all clean a record the same way
 * and refuse the same records with the same reasons.
 */
import { InputError } from '../errors.js'
import type { RuleSet } from '../config/load.js'
import type { CleanReport } from '../engine.js'
import type { PageMetadata } from '../html/metadata.js'
import type { CleanMode } from '../page/stage.js'
import { cleanDocument, type DocumentReport, type InputFormat } from '../pipeline.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'
import { objectSpans } from './json-spans.js'

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
  /** The source of records whose `sourceField` is unset or empty (the CLI's --source). */
  source?: string
  /** Text treatment: "auto" (default) decides per record; "article" or "page" forces one. */
  mode?: CleanMode
  /**
   * What the field holds: "auto" (default, as for files and clean())
   * recognises HTML from the field's start; "text" forces text; "html" is a
   * page whose article is extracted first.
   */
  format?: InputFormat
  /** For a record cleaned as HTML: write the page's metadata (title, byline, date, ...) to this field, when the page gives any. */
  metadataField?: string
}

/** A record's cleaning report; `metadata` is there when the record was cleaned as HTML. */
type RecordCleanReport = DocumentReport

/** What `reportField` holds: which rules removed how many lines. */
export interface RecordReport {
  linesIn: number
  linesOut: number
  removed: Array<{ rule: string; lines: number }>
  /** Set when a guard overrode the rules (see CleanReport.guard): the document was flagged, not gutted. */
  guard?: string
  /** Set when the article region was widened so as not to lose the article (see DocumentReport.fallback). */
  fallback?: string
}

/**
 * Why a record was refused, as a stable code (for counts in --stats); the
 * `reason` beside it is the sentence for people.
 */
export type RejectCode = 'malformed' | 'not-object' | 'no-field' | 'not-string' | 'too-large' | 'binary' | 'invalid-utf8' | 'empty'

/** A refused record: the reason for people, the code for counting. */
export interface RecordRejection {
  ok: false
  reason: string
  code: RejectCode
}

export type RecordOutcome =
  | { ok: true; record: Record<string, unknown>; report: RecordCleanReport }
  | RecordRejection

export type ParsedRecord = { ok: true; value: Record<string, unknown> } | RecordRejection

/** Parse one input line; a line that is not a JSON object is refused with the reason. */
export function parseRecordLine(line: string): ParsedRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (err) {
    return { ok: false, reason: `malformed JSON: ${(err as Error).message}`, code: 'malformed' }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `not a JSON object (${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value})`, code: 'not-object' }
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
export function summariseReport(report: CleanReport & { fallback?: string }): RecordReport {
  const perRule = new Map<string, number>()
  for (const r of report.removals) perRule.set(r.rule, (perRule.get(r.rule) ?? 0) + (r.to - r.from + 1))
  const removed = [...perRule].map(([rule, lines]) => ({ rule, lines }))
  return {
    linesIn: report.linesIn,
    linesOut: report.linesOut,
    removed,
    ...(report.guard !== undefined ? { guard: report.guard } : {}),
    ...(report.fallback !== undefined ? { fallback: report.fallback } : {}),
  }
}

/**
 * The text a record asks to have cleaned, or why there is none: a missing or
 * non-string field, text over the size limit, or text holding NUL.
 */
export function recordText(value: Record<string, unknown>, options: RecordOptions = {}): { ok: true; text: string } | RecordRejection {
  const field = options.field ?? 'text'
  const text = value[field]
  if (!Object.hasOwn(value, field)) return { ok: false, reason: `no "${field}" field`, code: 'no-field' }
  if (typeof text !== 'string') {
    return { ok: false, reason: `"${field}" is ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}, not a string`, code: 'not-string' }
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // Cheap upper bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
  if (text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes > maxBytes) return { ok: false, reason: `"${field}" is ${bytes} bytes, over the limit of ${maxBytes} (--max-bytes)`, code: 'too-large' }
  }
  if (text.includes('\u0000')) return { ok: false, reason: `"${field}" holds a NUL character (binary data)`, code: 'binary' }
  return { ok: true, text }
}

/**
 * Clean the text field of one parsed record. Other fields pass through
 * untouched and in their order; a missing or non-string field, or text over
 * the size limit, is refused with the reason, never guessed at.
 */
export function cleanRecord(value: Record<string, unknown>, options: RecordOptions = {}): RecordOutcome {
  const checked = recordText(value, options)
  if (!checked.ok) return checked
  const report = cleanText(checked.text, value, options)
  if (!report.ok) return report
  return { ok: true, record: withCleanText(value, report.report, options), report: report.report }
}

/** The pipeline on a record's text, with the rules scoped to the record's source. */
function cleanText(text: string, value: Record<string, unknown>, options: RecordOptions): { ok: true; report: RecordCleanReport } | RecordRejection {
  const source = (options.sourceField === undefined ? undefined : recordSource(value, options.sourceField)) ?? options.source
  let report: RecordCleanReport
  try {
    report = cleanDocument(text, {
      ...(options.rules !== undefined ? { rules: options.rules } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(options.mode !== undefined ? { mode: options.mode } : {}),
      ...(options.format !== undefined ? { format: options.format } : {}),
    })
  } catch (err) {
    // --format html on a record with text and no HTML article: refused and counted, never dropped unsaid.
    if (err instanceof InputError) return { ok: false, reason: err.message, code: 'empty' }
    throw err
  }
  // Nothing removed from a text read as text: the record's text comes back as it was, byte for byte (no final newline added).
  if (report.format !== 'html' && report.removals.length === 0 && report.guard === undefined && report.text !== text) report = { ...report, text }
  return { ok: true, report }
}

/** The metadata to write for a record, when asked for and the page gave any. */
function recordMetadata(report: RecordCleanReport, options: RecordOptions): PageMetadata | undefined {
  if (options.metadataField === undefined || report.metadata === undefined) return undefined
  return Object.keys(report.metadata).length > 0 ? report.metadata : undefined
}

/** The record with the clean text (and the report, when asked) in place: other fields untouched, in their order. */
function withCleanText(value: Record<string, unknown>, report: RecordCleanReport, options: RecordOptions): Record<string, unknown> {
  const record: Record<string, unknown> = { ...value, [options.outField ?? options.field ?? 'text']: report.text }
  if (options.reportField !== undefined) record[options.reportField] = summariseReport(report)
  const metadata = recordMetadata(report, options)
  if (metadata !== undefined && options.metadataField !== undefined) record[options.metadataField] = metadata
  return record
}

/** One JSON line cleaned: the output line (no line break) or why it was refused. */
export type LineOutcome = { ok: true; line: string; report: RecordCleanReport } | RecordRejection

/**
 * Clean one JSON Lines record given as its line of text, the way the CLI
 * does. The result is the record {@link cleanRecord} gives, written by
 * splicing the new values into the original line: every other member
 * keeps its exact bytes (large integers, number spelling, escapes, key
 * order), and nothing but the clean text is re-encoded. A text the rules
 * leave unchanged keeps its original encoding too.
 *
 * @example
 * ```ts
 * const r = cleanRecordLine('{"id":12345678901234567890,"text":"Storm hits coast\\nThe storm arrived at dawn, officials said.\\nComments\\n"}')
 * if (r.ok) console.log(r.line) // {"id":12345678901234567890,"text":"Storm hits coast\\nThe storm arrived at dawn, officials said.\\n"}
 * ```
 */
export function cleanRecordLine(line: string, options: RecordOptions = {}): LineOutcome {
  const parsed = parseRecordLine(line)
  if (!parsed.ok) return parsed
  const checked = recordText(parsed.value, options)
  if (!checked.ok) return checked
  const cleaned = cleanText(checked.text, parsed.value, options)
  if (!cleaned.ok) return cleaned
  const report = cleaned.report
  const field = options.field ?? 'text'
  const outField = options.outField ?? field
  const { reportField } = options
  const metadata = recordMetadata(report, options)
  const keys = reportField === undefined ? [outField] : [outField, reportField]
  if (metadata !== undefined && options.metadataField !== undefined) keys.push(options.metadataField)
  const spans = objectSpans(line, keys)
  const whole = (): LineOutcome => ({ ok: true, line: JSON.stringify(withCleanText(parsed.value, report, options)), report })
  // Duplicate keys, or the report written over the text: rare enough to take the plain road.
  if (new Set(keys).size < keys.length || keys.some((k) => (spans.members.get(k)?.count ?? 0) > 1)) return whole()

  const edits: Array<{ start: number; end: number; value: string }> = []
  const appended: string[] = []
  for (const key of keys) {
    const span = spans.members.get(key)
    let value: string
    if (key === outField) {
      if (span !== undefined && outField === field && report.text === checked.text) continue
      value = JSON.stringify(report.text)
    } else if (key === reportField) {
      value = JSON.stringify(summariseReport(report))
    } else {
      value = JSON.stringify(metadata)
    }
    if (span === undefined) appended.push(`${JSON.stringify(key)}:${value}`)
    else edits.push({ start: span.start, end: span.end, value })
  }
  edits.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const e of edits) {
    out += line.slice(at, e.start) + e.value
    at = e.end
  }
  if (appended.length > 0) {
    out += line.slice(at, spans.close) + (spans.empty ? '' : ',') + appended.join(',')
    at = spans.close
  }
  return { ok: true, line: out + line.slice(at), report }
}
