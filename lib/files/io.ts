/**
 * Reading an input whole (with a size guard) and writing a file whole or not
 * at all: the file I/O every face that touches files shares.
 */
import { chmodSync, closeSync, createReadStream, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { InputError } from '../errors.js'

/** A read error as the one line a user is told. */
function cannotRead(err: unknown, source: string): InputError {
  const e = err as NodeJS.ErrnoException
  const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message
  return new InputError(`cannot read: ${why}`, source)
}

function overLimit(maxBytes: number, source: string): InputError {
  return new InputError(`document is over the limit of ${maxBytes} bytes (--max-bytes)`, source)
}

/**
 * A regular file (what most inputs are), read in one call: its size, known
 * before reading, is checked against maxBytes first. Anything else (a FIFO,
 * a device, a directory, a file that cannot be opened) gives undefined and
 * is read as a stream, which says what is wrong. A stream of a small file
 * costs more than cleaning it (open, stat and read as separate callbacks,
 * a chunk array), and a folder of documents is thousands of small files.
 */
function readRegularFile(path: string, maxBytes: number): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return undefined
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return undefined
    if (stat.size > maxBytes) throw overLimit(maxBytes, path)
    // To the end of the file, which may have grown since the stat: the limit is checked again.
    const bytes = readFileSync(fd)
    if (bytes.length > maxBytes) throw overLimit(maxBytes, path)
    return bytes
  } catch (err) {
    throw err instanceof InputError ? err : cannotRead(err, path)
  } finally {
    closeSync(fd)
  }
}

/**
 * Read a whole input, refusing it as soon as it passes maxBytes so a huge
 * or endless input never fills memory.
 */
export async function readInput(path: string, stdin: Readable, maxBytes: number): Promise<Buffer> {
  const source = path === '-' ? '<stdin>' : path
  const whole = path === '-' ? undefined : readRegularFile(path, maxBytes)
  if (whole !== undefined) return whole
  const stream = path === '-' ? stdin : createReadStream(path)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      size += buf.length
      if (size > maxBytes) {
        if (path !== '-') stream.destroy()
        throw overLimit(maxBytes, source)
      }
      chunks.push(buf)
    }
  } catch (err) {
    throw err instanceof InputError ? err : cannotRead(err, source)
  }
  return Buffer.concat(chunks, size)
}

/**
 * Write a file whole or not at all: a temporary sibling renamed into place
 * (with `mode`, when given: an in-place edit keeps the file's permissions).
 * The calls are synchronous: a folder job writes one file after another,
 * and three promise round trips through the thread pool cost more than the
 * write of a small document.
 */
export function writeAtomic(path: string, data: string, mode?: number): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    writeFileSync(tmp, data)
    if (mode !== undefined) chmodSync(tmp, mode)
    renameSync(tmp, path)
    return Promise.resolve()
  } catch (err) {
    rmSync(tmp, { force: true })
    return Promise.reject(err instanceof Error ? err : new Error(String(err)))
  }
}
