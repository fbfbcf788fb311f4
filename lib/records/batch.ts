/**
 * A batch of JSON Lines through the record core: the unit of work the CLI
 * runs in process (--jobs 1) or hands to a worker thread. Bytes in, bytes
 * out, so a worker does the decoding and encoding too and the main thread
 * only moves buffers; rejected lines are copied byte for byte.
 */
import { isUtf8 } from 'node:buffer'
import { cleanRecordLine, type RecordOptions, type RejectCode } from './record.js'

/** What to do with a record that cannot be cleaned. */
export type OnError = 'fail' | 'skip'

export interface BatchOptions extends RecordOptions {
  /** "fail": stop at the first bad record; "skip": set it aside and go on. */
  onError: OnError
  /** Names the input in the rejects file (its `source` option, if any, selects scoped rules). */
  name: string
  /** Build rejects-file lines for the rejected records. */
  keepRejects: boolean
}

/** A rejected record: where and why. */
export interface RejectedRecord {
  lineNo: number
  reason: string
  code: RejectCode
}

export interface BatchResult {
  /** The clean records, one line each, in input order. */
  out: Uint8Array
  /** Rejects-file lines: input, line number, reason, the line verbatim (tab-separated). */
  rejects: Uint8Array
  /** Records read (blank lines are not records). */
  records: number
  written: number
  rejected: number
  blank: number
  /** Records a guard kept text in (the prose guard's fallback, a document the rules would have emptied): flagged, not gutted. */
  guarded: number
  rejectCounts: Partial<Record<RejectCode, number>>
  /** The first rejected record, for messages. */
  firstReject: RejectedRecord | undefined
  /** In "fail" mode: a record was refused and the batch stopped there. */
  stopped: boolean
}

const NEWLINE = 10
const EMPTY = new Uint8Array(0)
const BLANK = /^[ \t\r]*$/

/** One rejects-file line: tab-separated input, line number, reason, then the record's bytes as they came. */
export function rejectLine(source: string, lineNo: number, reason: string, line: Uint8Array): Buffer {
  const head = `${source.replace(/[\t\r\n]/g, ' ')}\t${lineNo}\t${reason.replace(/[\t\r\n]/g, ' ')}\t`
  return Buffer.concat([Buffer.from(head), line, Buffer.from('\n')])
}

/**
 * Clean the records in `bytes` (whole lines; the first is line `firstLine`
 * of its input). A blank line holds no record and is only counted.
 *
 * @example
 * ```ts
 * const r = cleanBatch(Buffer.from('{"text":"Storm hits coast\\nThe storm arrived at dawn, officials said.\\n"}\n'), 1,
 *   { onError: 'skip', name: 'data.jsonl', keepRejects: true })
 * process.stdout.write(r.out)
 * ```
 */
export function cleanBatch(bytes: Uint8Array, firstLine: number, options: BatchOptions): BatchResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const valid = isUtf8(buf)
  const outs: string[] = []
  const rejects: Buffer[] = []
  const rejectCounts: Partial<Record<RejectCode, number>> = {}
  let firstReject: RejectedRecord | undefined
  let records = 0
  let blank = 0
  let guarded = 0
  let stopped = false
  let lineNo = firstLine - 1
  let pos = 0
  while (pos < buf.length) {
    const nl = buf.indexOf(NEWLINE, pos)
    const end = nl === -1 ? buf.length : nl
    const start = pos
    pos = end + 1
    lineNo++
    let outcome: ReturnType<typeof cleanRecordLine>
    if (valid || isUtf8(buf.subarray(start, end))) {
      let line = buf.toString('utf8', start, end)
      // A byte-order mark may open a file; it is not part of the first record.
      if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1)
      if (line.length === 0 || BLANK.test(line)) {
        blank++
        continue
      }
      outcome = cleanRecordLine(line, options)
    } else {
      outcome = { ok: false, reason: 'invalid UTF-8', code: 'invalid-utf8' }
    }
    records++
    if (outcome.ok) {
      if (outcome.report.guard !== undefined) guarded++
      outs.push(outcome.line)
      continue
    }
    rejectCounts[outcome.code] = (rejectCounts[outcome.code] ?? 0) + 1
    firstReject ??= { lineNo, reason: outcome.reason, code: outcome.code }
    if (options.keepRejects) rejects.push(rejectLine(options.name, lineNo, outcome.reason, buf.subarray(start, end)))
    if (options.onError === 'fail') {
      stopped = true
      break
    }
  }
  const written = outs.length
  return {
    out: written === 0 ? EMPTY : Buffer.from(outs.join('\n') + '\n'),
    rejects: rejects.length === 0 ? EMPTY : Buffer.concat(rejects),
    records,
    written,
    rejected: records - written,
    blank,
    guarded,
    rejectCounts,
    firstReject,
    stopped,
  }
}
