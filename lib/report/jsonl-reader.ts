/**
 * A small JSON Lines reader for the report: one parsed record per line of
 * a file (plain, or gzip when the name ends in .gz) or of standard input.
 * Kept apart so the shared ingestion reader can replace it in one place.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { parseRecordLine } from '../records/record.js'

/** One input line: a parsed record, or why it is not one. */
export type JsonLine =
  | { lineNo: number; ok: true; value: Record<string, unknown> }
  | { lineNo: number; ok: false; reason: string }

/**
 * The records of one JSON Lines input, in order. Blank lines are skipped
 * (they hold no record); a line that is not a JSON object comes back with
 * the reason. A read error (missing file, corrupt gzip) is thrown after the
 * records read before it, as an Error with a `code` when the system gave one.
 *
 * @example
 * ```ts
 * for await (const line of readJsonLines('records.jsonl.gz', process.stdin)) {
 *   if (line.ok) console.log(line.lineNo, Object.keys(line.value))
 * }
 * ```
 */
export async function* readJsonLines(path: string, stdin: Readable): AsyncGenerator<JsonLine> {
  const raw: Readable = path === '-' ? stdin : createReadStream(path)
  const input: Readable = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw
  // readline does not pass on errors of a piped source: remember the first one and end the input.
  let failure: Error | undefined
  const fail = (err: Error): void => {
    failure ??= err
    input.destroy()
  }
  raw.on('error', fail)
  if (input !== raw) input.on('error', fail)
  const lines = createInterface({ input, crlfDelay: Infinity })
  let lineNo = 0
  try {
    for await (const line of lines) {
      lineNo++
      if (line.trim() === '') continue
      const parsed = parseRecordLine(line)
      yield parsed.ok ? { lineNo, ok: true, value: parsed.value } : { lineNo, ok: false, reason: parsed.reason }
    }
  } catch (err) {
    failure ??= err as Error
  } finally {
    lines.close()
    if (path !== '-') raw.destroy()
  }
  if (failure !== undefined) throw failure
}
