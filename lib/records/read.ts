/**
 * Reading JSON Lines records from a file or standard input, plain or
 * gzipped, for any command that consumes records (learn, report, ...). The
 * same reader the --jsonl cleaner uses: line numbers count every line,
 * blank lines are skipped, and a line that is not a record comes through
 * with the reason instead of stopping the read.
 */
import { isUtf8 } from 'node:buffer'
import type { Readable } from 'node:stream'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'
import { openInput } from './input.js'
import { splitLines } from './lines.js'
import { parseRecordLine, type ParsedRecord } from './record.js'

/** One line of a JSON Lines input. */
export interface RecordLine {
  /** The input's name: its path, or "<stdin>". */
  source: string
  /** 1-based line number in the (decompressed) input. */
  lineNo: number
  /** The line without its line break; "" for a line over `maxBytes` (never held whole). */
  line: string
  /** The parsed object, or why the line is not a record. */
  parsed: ParsedRecord
}

export interface ReadRecordsOptions {
  /** Where "-" reads from (default: process.stdin). */
  stdin?: Readable
  /** A line longer than this many bytes is refused as too large (default 10 MiB). */
  maxBytes?: number
  /** The command-line option that set `maxBytes`, named in the too-large reason (e.g. "--max-bytes"). */
  maxBytesOption?: string
}

/**
 * Why a line over the size limit is not a record: one wording for every
 * command that reads records, naming the option that sets the limit when
 * the user can set it.
 *
 * @example
 * ```ts
 * tooLargeReason(1000, '--max-bytes') // "record is over the limit of 1000 bytes (--max-bytes)"
 * ```
 */
export function tooLargeReason(maxBytes: number, option?: string): string {
  return `record is over the limit of ${maxBytes} bytes${option === undefined ? '' : ` (${option})`}`
}

const BLANK = /^[ \t\r]*$/

/**
 * Iterate the records of `path` ("-" for standard input); gzip is detected
 * from the bytes. A missing file or a corrupt gzip stream throws an
 * InputError naming the input.
 *
 * @example
 * ```ts
 * for await (const { lineNo, parsed } of readRecords('crawl.jsonl.gz')) {
 *   if (!parsed.ok) console.error(`crawl.jsonl.gz:${lineNo}: ${parsed.reason}`)
 *   else use(parsed.value)
 * }
 * ```
 */
export async function* readRecords(path: string, options: ReadRecordsOptions = {}): AsyncGenerator<RecordLine> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const input = await openInput(path, options.stdin ?? process.stdin)
  const source = input.name
  for await (const ev of splitLines(input.bytes, { maxLineBytes: maxBytes })) {
    if (ev.kind === 'oversize-start') {
      yield { source, lineNo: ev.lineNo, line: '', parsed: { ok: false, reason: tooLargeReason(maxBytes, options.maxBytesOption), code: 'too-large' } }
      continue
    }
    if (ev.kind !== 'lines') continue
    let pos = 0
    let lineNo = ev.firstLine - 1
    const buf = ev.bytes
    while (pos < buf.length) {
      const nl = buf.indexOf(10, pos)
      const end = nl === -1 ? buf.length : nl
      const start = pos
      pos = end + 1
      lineNo++
      const bytes = buf.subarray(start, end)
      let line = bytes.toString('utf8')
      if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1)
      if (BLANK.test(line)) continue
      const parsed: ParsedRecord = isUtf8(bytes) ? parseRecordLine(line) : { ok: false, reason: 'invalid UTF-8', code: 'invalid-utf8' }
      yield { source, lineNo, line, parsed }
    }
  }
}
