/**
 * Opening a JSON Lines input: a file or standard input, gzipped or not
 * (told by its first two bytes, not its name, so `zcat`-less pipes and
 * misnamed shards both work), as a stream of raw bytes.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline, type Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { InputError } from '../errors.js'

/** An opened input. */
export interface OpenedInput {
  /** Names the input in messages: the path, or "<stdin>". */
  name: string
  /** Decompressed bytes. */
  bytes: AsyncIterable<Buffer>
  /** Size on disk when known (a regular file), for progress. */
  size: number | undefined
  /** Bytes read from disk or stdin so far (compressed bytes for gzip), for progress. */
  consumed(): number
}

const GZIP_MAGIC = [0x1f, 0x8b] as const

/** A user-facing sentence for an error met while reading. */
export function describeReadError(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  if (e.code === 'ENOENT') return 'cannot read: no such file'
  if (e.code === 'EISDIR') return 'cannot read: is a directory'
  if (e.code === 'EACCES') return 'cannot read: permission denied'
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) return `gzip: ${e.message}`
  if (e.message === 'unexpected end of file') return 'gzip: truncated (unexpected end of file)'
  return `cannot read: ${e.message}`
}

/**
 * Open `path` ("-" for `stdin`) for reading records. Read errors, including
 * a corrupt or truncated gzip stream, surface as {@link InputError} naming
 * the input when the bytes are iterated.
 *
 * @example
 * ```ts
 * const input = await openInput('shard-00.jsonl.gz', process.stdin)
 * for await (const chunk of input.bytes) process.stdout.write(chunk) // decompressed
 * ```
 */
export async function openInput(path: string, stdin: Readable): Promise<OpenedInput> {
  const name = path === '-' ? '<stdin>' : path
  let size: number | undefined
  if (path !== '-') {
    try {
      const s = await stat(path)
      if (s.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
      if (s.isFile()) size = s.size
    } catch (err) {
      throw new InputError(describeReadError(err), name)
    }
  }
  const raw: Readable = path === '-' ? stdin : createReadStream(path)
  const counter = { bytes: 0 }
  return { name, bytes: decompressed(raw, name, counter, path !== '-'), size, consumed: () => counter.bytes }
}

async function* decompressed(raw: Readable, name: string, counter: { bytes: number }, owned: boolean): AsyncGenerator<Buffer> {
  try {
    const it = (raw as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]()
    // Enough bytes to see the gzip magic (stdin may come a byte at a time).
    const head: Buffer[] = []
    let headSize = 0
    let done = false
    while (headSize < GZIP_MAGIC.length) {
      const next = await it.next()
      if (next.done === true) {
        done = true
        break
      }
      const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value
      counter.bytes += buf.length
      head.push(buf)
      headSize += buf.length
    }
    const first = Buffer.concat(head, headSize)
    const rest = async function* (): AsyncGenerator<Buffer> {
      if (first.length > 0) yield first
      if (done) return
      for (;;) {
        const next = await it.next()
        if (next.done === true) return
        const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value
        counter.bytes += buf.length
        yield buf
      }
    }
    if (first[0] !== GZIP_MAGIC[0] || first[1] !== GZIP_MAGIC[1]) {
      yield* rest()
      return
    }
    // Concatenated gzip members (as `cat a.gz b.gz` makes) decompress as one stream.
    const gunzip = pipeline(rest(), createGunzip(), () => {
      // Errors reach the loop below through the destroyed gunzip stream.
    })
    for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk
  } catch (err) {
    if (err instanceof InputError) throw err
    throw new InputError(describeReadError(err), name)
  } finally {
    // A consumer that stops early (--on-error fail) must not leave the file open.
    if (owned) raw.destroy()
  }
}
