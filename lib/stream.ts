import { transform } from 'through2'
import type { Transform } from 'readable-stream'
import { InputError } from './errors.js'
import { cleanDocument, PIPELINE_DEFAULTS, type CleanDocumentOptions } from './pipeline.js'

/**
 * The options of {@link cleanDocument}: `source` selects source-scoped
 * rules, `name` names the input in error messages, `maxBytes` refuses a
 * document as soon as it grows past the limit.
 */
export type CleanStreamOptions = CleanDocumentOptions

/**
 * A Transform for one document: bytes or strings in, clean text out, through
 * the same {@link cleanDocument} as `clean()` with the same options.
 *
 * Cleaning needs the whole document (the tail decides what a cue cuts), so
 * the stream buffers raw bytes and decodes once at the end. Decoding the
 * bytes whole, rather than chunk by chunk, is what makes a multi-byte
 * character split across chunks (even 1-byte chunks) come out the same as
 * an unsplit one, and lets invalid UTF-8 be refused rather than replaced.
 * The size guard fires as soon as the limit is passed, not after buffering it all.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs'
 * import { pipeline } from 'node:stream/promises'
 * await pipeline(createReadStream('page.txt'), createCleanStream(), process.stdout)
 * ```
 */
export function createCleanStream(options: CleanStreamOptions = {}): Transform {
  const maxBytes = options.maxBytes ?? PIPELINE_DEFAULTS.maxBytes
  const chunks: Buffer[] = []
  let size = 0
  return transform(
    function (chunk: Buffer | string, _enc, callback) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
      size += buf.length
      if (size > maxBytes) {
        callback(new InputError(`document is over the limit of ${maxBytes} bytes (--max-bytes)`, options.name))
        return
      }
      chunks.push(buf)
      callback()
    },
    function (this: Transform, callback: (err?: Error | null) => void) {
      try {
        const out = cleanDocument(Buffer.concat(chunks, size), options).text
        if (out !== '') this.push(out)
        callback()
      } catch (err) {
        callback(err as Error)
      }
    },
  )
}
