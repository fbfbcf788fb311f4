/**
 * A small line reader for `cleanup queue submit/results` FILE arguments.
 * Kept apart on purpose: the JSON Lines ingestion work brings a shared
 * reader (gzip, size guards), which can replace this one in one place.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { InputError } from '../errors.js'

/**
 * The lines of a file ("-" = `stdin`), without their line breaks (LF or
 * CRLF) and without a leading byte-order mark.
 *
 * @example
 * ```ts
 * for await (const line of readLines('records.jsonl', process.stdin)) console.log(line.length)
 * ```
 */
export async function* readLines(path: string, stdin: Readable): AsyncGenerator<string> {
  const source = path === '-' ? '<stdin>' : path
  const input = path === '-' ? stdin : createReadStream(path)
  const rl = createInterface({ input, crlfDelay: Infinity })
  let first = true
  try {
    for await (const line of rl) {
      yield first && line.startsWith('\uFEFF') ? line.slice(1) : line
      first = false
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message
    throw new InputError(`cannot read: ${why}`, source)
  } finally {
    rl.close()
    if (path !== '-') input.destroy()
  }
}
