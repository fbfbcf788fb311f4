/**
 * Reading an input whole (with a size guard) and writing a file whole or not
 * at all: the file I/O every face that touches files shares.
 */
import { createReadStream } from 'node:fs'
import { chmod, rename, writeFile, rm } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { InputError } from '../errors.js'

/**
 * Read a whole input, refusing it as soon as it passes maxBytes so a huge
 * or endless input never fills memory.
 */
export async function readInput(path: string, stdin: Readable, maxBytes: number): Promise<Buffer> {
  const source = path === '-' ? '<stdin>' : path
  const stream = path === '-' ? stdin : createReadStream(path)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      size += buf.length
      if (size > maxBytes) {
        if (path !== '-') stream.destroy()
        throw new InputError(`document is over the limit of ${maxBytes} bytes (--max-bytes)`, source)
      }
      chunks.push(buf)
    }
  } catch (err) {
    if (err instanceof InputError) throw err
    const e = err as NodeJS.ErrnoException
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message
    throw new InputError(`cannot read: ${why}`, source)
  }
  return Buffer.concat(chunks, size)
}

/** Write a file whole or not at all: a temporary sibling renamed into place (with `mode`, when given: an in-place edit keeps the file's permissions). */
export async function writeAtomic(path: string, data: string, mode?: number): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    await writeFile(tmp, data)
    if (mode !== undefined) await chmod(tmp, mode)
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

