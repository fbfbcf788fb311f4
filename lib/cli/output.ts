/**
 * Where cleaned output goes: standard output, or a file written whole or
 * not at all (a temporary sibling renamed into place on success, removed
 * on failure), gzipped when its name ends in ".gz". Writes wait for the
 * destination to drain, so a slow disk or reader holds the pipeline back
 * instead of filling memory.
 */
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { Writable } from 'node:stream'

export interface Sink {
  /** What to call it in messages. */
  readonly name: string
  write(data: Uint8Array | string): Promise<void>
  /** Finish: a file is flushed and renamed into place. */
  commit(): Promise<void>
  /** Give up: a file's temporary copy is removed and nothing is left under its name. */
  abort(): Promise<void>
}

async function drainWrite(stream: NodeJS.WritableStream, data: Uint8Array | string): Promise<void> {
  if (data.length === 0) return
  if (!stream.write(data)) await once(stream as Writable, 'drain')
}

/** A sink over a stream we do not own (standard output): never ended by us. */
export function streamSink(stream: NodeJS.WritableStream, name = '<stdout>'): Sink {
  return {
    name,
    write: (data) => drainWrite(stream, data),
    commit: async () => {},
    abort: async () => {},
  }
}

/**
 * A file sink: written to `<path>.<pid>.tmp`, renamed to `path` on commit.
 *
 * @example
 * ```ts
 * const out = fileSink('clean.jsonl.gz')
 * await out.write('{"text":"..."}\n')
 * await out.commit() // clean.jsonl.gz appears whole
 * ```
 */
export function fileSink(path: string): Sink {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  const file = createWriteStream(tmp)
  const gzip = path.endsWith('.gz') ? createGzip() : undefined
  if (gzip) gzip.pipe(file)
  const head: Writable = gzip ?? file
  // Surface a write error (disk full, no such folder) at the next write or at commit.
  let failure: Error | undefined
  const remember = (err: Error): void => {
    failure ??= err
  }
  file.on('error', remember)
  gzip?.on('error', remember)
  let closed = false
  return {
    name: path,
    async write(data) {
      if (failure) throw failure
      if (data.length === 0) return
      if (!head.write(data)) {
        // Wait for room, or for the file to close on an error (then no drain ever comes).
        const ac = new AbortController()
        await Promise.race([once(head, 'drain', { signal: ac.signal }), once(file, 'close', { signal: ac.signal })]).catch(() => undefined)
        ac.abort()
        const err = failure as Error | undefined // set by the error listener meanwhile
        if (err) throw err
      }
    },
    async commit() {
      if (failure) throw failure
      head.end()
      await finished(file)
      closed = true
      await rename(tmp, path)
    },
    async abort() {
      if (!closed) {
        closed = true
        gzip?.destroy()
        if (!file.closed) {
          const closing = once(file, 'close').catch(() => undefined)
          file.destroy()
          await closing
        }
      }
      await rm(tmp, { force: true })
    },
  }
}
