/**
 * Bytes to batches of whole lines, without decoding: the reader's only job
 * is to find line breaks (a native `indexOf` per line), so it stays cheap
 * beside the cleaning and never holds more than one batch plus one line.
 *
 * A line longer than the limit is never held whole: the lines before it go
 * out as a batch, then the long line comes through in pieces (its start,
 * the rest as it arrives, its end) so a consumer can count it as a reject
 * and copy it verbatim, or just skip it, in bounded memory.
 */

export interface SplitOptions {
  /** A line (without its line break) longer than this many bytes is oversize. */
  maxLineBytes: number
  /** Cut a batch once it holds this many lines... */
  batchLines?: number
  /** ...or this many bytes, whichever comes first. */
  batchBytes?: number
}

/** What the splitter yields, in input order. */
export type LineEvent =
  /** `count` whole lines, each ending in "\n" except perhaps the input's last. */
  | { kind: 'lines'; bytes: Buffer; firstLine: number; count: number }
  /** An oversize line starts; `bytes` is its beginning (no line break). */
  | { kind: 'oversize-start'; lineNo: number; bytes: Buffer }
  /** More of the oversize line. */
  | { kind: 'oversize-part'; lineNo: number; bytes: Buffer }
  /** The oversize line ended; `size` is its length in bytes without the line break. */
  | { kind: 'oversize-end'; lineNo: number; size: number }

export const DEFAULT_BATCH_LINES = 256
export const DEFAULT_BATCH_BYTES = 1 << 20

const NEWLINE = 10

/**
 * Split a byte stream into batches of whole lines.
 *
 * @example
 * ```ts
 * for await (const ev of splitLines(createReadStream('data.jsonl'), { maxLineBytes: 1 << 20 })) {
 *   if (ev.kind === 'lines') console.log(`lines ${ev.firstLine}..${ev.firstLine + ev.count - 1}`)
 * }
 * ```
 */
export async function* splitLines(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, options: SplitOptions): AsyncGenerator<LineEvent> {
  const batchLines = options.batchLines ?? DEFAULT_BATCH_LINES
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES
  const { maxLineBytes } = options
  let batch: Buffer[] = [] // whole lines of the batch under construction
  let batchSize = 0
  let count = 0
  let firstLine = 1
  let partial: Buffer[] = [] // the start of the line not yet ended
  let partialSize = 0
  let oversize: { lineNo: number; size: number } | undefined

  const flush = (): LineEvent => {
    const ev: LineEvent = { kind: 'lines', bytes: Buffer.concat(batch, batchSize), firstLine, count }
    firstLine += count
    batch = []
    batchSize = 0
    count = 0
    return ev
  }

  for await (const input of source) {
    const chunk = typeof input === 'string' ? Buffer.from(input) : input
    let pos = 0
    while (pos < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, pos)
      const stop = nl === -1 ? chunk.length : nl // end of this line's bytes in the chunk
      if (oversize !== undefined) {
        if (stop > pos) yield { kind: 'oversize-part', lineNo: oversize.lineNo, bytes: chunk.subarray(pos, stop) }
        oversize.size += stop - pos
        if (nl === -1) break
        yield { kind: 'oversize-end', lineNo: oversize.lineNo, size: oversize.size }
        oversize = undefined
        firstLine++
        pos = nl + 1
        continue
      }
      if (partialSize + (stop - pos) > maxLineBytes) {
        if (count > 0) yield flush()
        const head = Buffer.concat([...partial, chunk.subarray(pos, stop)])
        oversize = { lineNo: firstLine, size: head.length }
        partial = []
        partialSize = 0
        yield { kind: 'oversize-start', lineNo: firstLine, bytes: head }
        pos = stop // the branch above ends the line, or streams the rest as it comes
        continue
      }
      if (nl === -1) {
        partial.push(chunk.subarray(pos))
        partialSize += chunk.length - pos
        break
      }
      if (partialSize > 0) {
        batch.push(...partial)
        batchSize += partialSize
        partial = []
        partialSize = 0
      }
      batch.push(chunk.subarray(pos, nl + 1))
      batchSize += nl + 1 - pos
      count++
      pos = nl + 1
      if (count >= batchLines || batchSize >= batchBytes) yield flush()
    }
  }
  if (oversize !== undefined) {
    yield { kind: 'oversize-end', lineNo: oversize.lineNo, size: oversize.size }
    return
  }
  if (partialSize > 0) {
    batch.push(...partial)
    batchSize += partialSize
    count++
  }
  if (count > 0) yield flush()
}
