/**
 * What travels through the queue: a job carries raw JSON Lines records (one
 * or a batch), its result carries each record's output line or its reason
 * for refusal. Job ids come from the records' content (and the record id
 * for one-record jobs), so submitting the same records again names the same
 * jobs and BullMQ does not add them twice.
 */
import { createHash } from 'node:crypto'
import { cleanRecordLine, parseRecordLine, type RecordOptions } from '../records/record.js'

/** Version of the job and result shapes, so a worker refuses jobs it cannot read. */
export const FORMAT = 1

/** The data of one job: JSON Lines records exactly as read. */
export interface JobData {
  v: typeof FORMAT
  lines: string[]
}

/** One record's outcome as stored in Redis: its output line, or why it was refused. */
export type StoredOutcome = { ok: true; out: string } | { ok: false; reason: string }

/** What a worker stores for a job: one outcome per record, in order. */
export interface JobResult {
  v: typeof FORMAT
  /** Fingerprint of the worker's cleaning options (see {@link configFingerprint}). */
  config: string
  records: StoredOutcome[]
}

/** Records of one job, with their line numbers in the input. */
export interface Batch {
  jobId: string
  lines: string[]
  lineNumbers: number[]
  /** Set for a line refused before any job (over the size limit, invalid UTF-8): the reason. No job is made. */
  refused?: string
}

/**
 * One line of input with its number, as a reader gives it; `refused` says
 * why the line cannot travel as it is (the JSON Lines reader refuses lines
 * over its size limit and invalid UTF-8 before anything else sees them).
 */
export interface InputLine {
  lineNo: number
  line: string
  refused?: string
}

/** What the queue functions read: raw lines (numbered from 1 in order) or numbered lines. */
export type Lines = AsyncIterable<string | InputLine> | Iterable<string | InputLine>

/** A line holding no record (the JSON Lines reader's rule). */
const BLANK = /^[ \t\r]*$/

const hash = (text: string): string => createHash('sha256').update(text).digest('hex')

/**
 * Clean one raw JSON Lines record through the shared record core, exactly
 * as `cleanup --jsonl` does (other members keep their bytes).
 */
export function cleanLine(line: string, options: RecordOptions): StoredOutcome {
  const r = cleanRecordLine(line, options)
  return r.ok ? { ok: true, out: r.line } : { ok: false, reason: r.reason }
}

/**
 * A short fingerprint of everything that decides a worker's output, stored
 * with each result so a collector can notice workers that disagree.
 */
export function configFingerprint(options: RecordOptions): string {
  const { rules, ...rest } = options
  return hash(JSON.stringify({ rules: rules?.specs ?? 'default', ...rest })).slice(0, 12)
}

/** Characters BullMQ accepts in a custom job id (no ":"), kept readable. */
function safeIdPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64)
}

/**
 * The job id of a batch. A one-record job is named after the record's id
 * field when it has one, plus a content hash (two different records that
 * share an id stay two jobs); a larger batch after the hash of its records.
 *
 * @example
 * ```ts
 * jobIdFor(['{"id":"a1","text":"..."}'], 'id') // => 'rec.a1.<24 hex>'
 * jobIdFor([line1, line2], 'id')               // => 'batch.2.<32 hex>'
 * ```
 */
export function jobIdFor(lines: readonly string[], idField: string): string {
  if (lines.length === 1) {
    const line = lines[0] as string
    const parsed = parseRecordLine(line)
    const id = parsed.ok ? parsed.value[idField] : undefined
    const named = typeof id === 'string' || typeof id === 'number' ? `${safeIdPart(String(id))}.` : ''
    return `rec.${named}${hash(line).slice(0, 24)}`
  }
  return `batch.${lines.length}.${hash(lines.join('\n')).slice(0, 32)}`
}

/**
 * Group input lines into batches of `size` records. Blank lines are not
 * records: they are skipped but still counted, so line numbers match the
 * file. A line refused by the reader becomes a batch of its own, without a
 * job, in its place in the order.
 */
export async function* batches(lines: Lines, size: number, idField: string): AsyncGenerator<Batch> {
  // A string is iterable too, by characters: almost certainly a mistake.
  if (typeof lines === 'string') throw new TypeError('pass the lines of the input (e.g. text.split("\\n")), not one string')
  let current: string[] = []
  let numbers: number[] = []
  let n = 0
  const flush = (): Batch => {
    const b = { jobId: jobIdFor(current, idField), lines: current, lineNumbers: numbers }
    current = []
    numbers = []
    return b
  }
  for await (const item of lines) {
    const { lineNo, line, refused } = typeof item === 'string' ? { lineNo: n + 1, line: item, refused: undefined } : item
    n = lineNo
    if (refused !== undefined) {
      if (current.length > 0) yield flush()
      yield { jobId: '', lines: [line], lineNumbers: [lineNo], refused }
      continue
    }
    if (BLANK.test(line)) continue
    current.push(line)
    numbers.push(lineNo)
    if (current.length === size) yield flush()
  }
  if (current.length > 0) yield flush()
}

/** Is this a job our workers can clean? (A queue may be shared by mistake.) */
export function isJobData(data: unknown): data is JobData {
  if (data === null || typeof data !== 'object') return false
  const d = data as Partial<JobData>
  return d.v === FORMAT && Array.isArray(d.lines) && d.lines.every((l) => typeof l === 'string')
}

/** Is this a result our workers wrote for a job of `count` records? */
export function isJobResult(value: unknown, count: number): value is JobResult {
  if (value === null || typeof value !== 'object') return false
  const r = value as Partial<JobResult>
  return r.v === FORMAT && typeof r.config === 'string' && Array.isArray(r.records) && r.records.length === count
}
