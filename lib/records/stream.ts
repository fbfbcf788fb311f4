import { isUtf8 } from 'node:buffer'
import { objectTransform } from 'through2'
import type { Transform } from 'readable-stream'
import { InputError } from '../errors.js'
import { cleanRecord, parseRecordLine, type ParsedRecord, type RecordOptions, type RejectCode } from './record.js'

export interface RecordStreamOptions extends RecordOptions {
  /** "fail" (default): a bad record errors the stream. "skip": it is emitted as a `reject` event and left out. */
  onError?: 'fail' | 'skip'
  /** Names the input in error messages (`source` selects scoped rules, as everywhere). */
  name?: string
}

/** What a `reject` event carries. */
export interface RecordReject {
  /** 1-based position of the record among the stream's records. */
  index: number
  reason: string
  code: RejectCode
  /** What was written to the stream, as given. */
  input: unknown
}

const BLANK = /^[ \t\r]*$/

/**
 * An object-mode Transform for ingestion code: records in (objects, or JSON
 * lines as strings or Buffers), cleaned records out, in order, through the
 * same engine and record rules as `cleanup --jsonl`. Other fields pass
 * through untouched. Backpressure is the stream's own: when the reader
 * stops reading, writes report false and cleaning waits.
 *
 * A record that cannot be cleaned (not an object, no text field, a
 * non-string field, too large) errors the stream with an InputError naming
 * its index, or with `onError: 'skip'` is reported as a `reject` event
 * ({@link RecordReject}) and left out: records in = out + rejects.
 *
 * @example
 * ```ts
 * import { pipeline } from 'node:stream/promises'
 * const cleaner = createRecordStream({ field: 'body', reportField: 'removed', onError: 'skip' })
 * cleaner.on('reject', (r) => console.error(`record ${r.index}: ${r.reason}`))
 * await pipeline(recordsFromMyQueue(), cleaner, recordsToMyStore())
 * ```
 */
export function createRecordStream(options: RecordStreamOptions = {}): Transform {
  const onError = options.onError ?? 'fail'
  let index = 0
  return objectTransform(function (this: Transform, chunk: unknown, _enc: BufferEncoding, callback: (err?: Error | null, data?: unknown) => void) {
    let parsed: ParsedRecord
    if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) {
      if (Buffer.isBuffer(chunk) && !isUtf8(chunk)) {
        parsed = { ok: false, reason: 'invalid UTF-8', code: 'invalid-utf8' }
      } else {
        const line = chunk.toString()
        // A blank line holds no record (as in a JSON Lines file).
        if (BLANK.test(line)) {
          callback()
          return
        }
        parsed = parseRecordLine(line)
      }
    } else if (chunk !== null && typeof chunk === 'object' && !Array.isArray(chunk)) {
      parsed = { ok: true, value: chunk as Record<string, unknown> }
    } else {
      parsed = { ok: false, reason: `not a JSON object (${Array.isArray(chunk) ? 'array' : typeof chunk})`, code: 'not-object' }
    }
    index++
    const outcome = parsed.ok ? cleanRecord(parsed.value, options) : parsed
    if (outcome.ok) {
      callback(null, outcome.record)
      return
    }
    if (onError === 'skip') {
      const reject: RecordReject = { index, reason: outcome.reason, code: outcome.code, input: chunk }
      this.emit('reject', reject)
      callback()
      return
    }
    callback(new InputError(`record ${index}: ${outcome.reason}`, options.name))
  })
}
