/** Writing a report made of many chunks: whole or not at all, and never joined into one string first. */
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'

/** Write chunks to a stream, waiting whenever it asks for a pause. */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain')
  }
}

/**
 * Write chunks to a temporary sibling of `path` and rename it into place,
 * so a failed run never leaves a truncated report where a complete one is expected.
 *
 * @example
 * ```ts
 * await writeChunksAtomic('report.html', renderHtmlChunks(data))
 * ```
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  const out = createWriteStream(tmp)
  try {
    await once(out, 'open')
    await writeChunks(out, chunks)
    out.end()
    await finished(out)
    await rename(tmp, path)
  } catch (err) {
    out.destroy()
    await rm(tmp, { force: true })
    throw err
  }
}
