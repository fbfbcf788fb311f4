import { transform } from 'through2'
import type { Transform } from 'readable-stream'
import { InputError } from './errors.js'
import { DEFAULT_MAX_BYTES, decodeDocument } from './text/decode.js'
import type { RuleSet } from './config/load.js'
import { defaultRules } from './config/defaults.js'
import { cleanHtmlWithReport } from './html/clean.js'
import type { CleanReport } from './engine.js'
import { htmlOrText } from './text/empty.js'
import { looksLikeHtml } from './html/detect.js'
import { cleanTextWithReport, type CleanMode } from './page/clean.js'

export interface CleanStreamOptions {
  /** Rules to apply; defaults to the bundled rules. */
  rules?: RuleSet
  /** Refuse a document larger than this many bytes (default 10 MiB). */
  maxBytes?: number
  /** Names the input in error messages. */
  source?: string
  /** Text treatment: "auto" (default) decides per document; "article" or "page" forces one. */
  mode?: CleanMode
  /** "auto" (default) recognises HTML from the content; "text" or "html" forces one. */
  format?: 'auto' | 'text' | 'html'
}

/**
 * A Transform for one document: bytes or strings in, clean text out.
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const chunks: Buffer[] = []
  let size = 0
  return transform(
    function (chunk: Buffer | string, _enc, callback) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
      size += buf.length
      if (size > maxBytes) {
        callback(new InputError(`document is over the limit of ${maxBytes} bytes (--max-bytes)`, options.source))
        return
      }
      chunks.push(buf)
      callback()
    },
    function (this: Transform, callback: (err?: Error | null) => void) {
      try {
        const bytes = Buffer.concat(chunks, size)
        const source = options.source ? { source: options.source } : {}
        const rules = options.rules ?? defaultRules()
        const format = options.format ?? 'auto'
        const asText = (): CleanReport => cleanTextWithReport(decodeDocument(bytes, { maxBytes, ...source }), { rules, mode: options.mode ?? 'auto' })
        // An HTML reading that empties a document with text falls back to text (auto) or errors (html): lib/text/empty.ts.
        const out = format === 'html' || (format === 'auto' && looksLikeHtml(bytes))
          ? htmlOrText(bytes, format === 'html', () => cleanHtmlWithReport(bytes, { rules, maxBytes, ...source }), asText, options.source).text
          : asText().text
        if (out !== '') this.push(out)
        callback()
      } catch (err) {
        callback(err as Error)
      }
    },
  )
}
