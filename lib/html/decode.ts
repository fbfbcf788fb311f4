import { lazy } from '../lazy.js'
import { InputError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'

// Charset sniffing and decoding, loaded with the first page given as bytes (see lazy.ts).
const sniffer = lazy<typeof import('encoding-sniffer/sniffer')>('encoding-sniffer/sniffer')
const iconv = lazy<typeof import('iconv-lite')>('iconv-lite')

/** How HTML bytes are turned into text. */
export interface HtmlDecodeOptions {
  /** Use this encoding (a WHATWG label such as "shift_jis") instead of sniffing. */
  encoding?: string
  /** The charset a transport declared (an HTTP Content-Type header's charset). */
  transportEncoding?: string
  /** Refuse pages larger than this many bytes (default 10 MiB). */
  maxBytes?: number
  /** Names the input in error messages. */
  source?: string
}

/** Which encoding a page was decoded with, and why. */
export interface SniffedEncoding {
  encoding: string
  /** "user", "bom", "utf-8" (the bytes are valid UTF-8), or "declared-or-default" (meta charset, XML declaration, transport, else GB18030 for undeclared double-byte Chinese, else windows-1252). */
  how: 'user' | 'bom' | 'utf-8' | 'declared-or-default'
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes)
    return true
  } catch {
    return false
  }
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe)
}

/**
 * Decide the encoding of an HTML page. A byte-order mark wins, as in
 * browsers. Next, bytes that are valid UTF-8 are UTF-8 whatever the page
 * declares: legacy single-byte text is practically never valid UTF-8 once
 * it holds a non-ASCII byte, while pages re-saved as UTF-8 under a stale
 * `<meta charset=iso-8859-1>` are common in crawls. Otherwise the HTML
 * sniffing algorithm (encoding-sniffer: meta charset, XML declaration,
 * transport label) decides; with nothing declared, bytes that all pair up
 * as GBK are GB18030, else windows-1252, the web's default.
 *
 * @example
 * ```ts
 * sniffHtmlEncoding(Buffer.from('<meta charset="shift_jis"><p>\x82\xa0</p>', 'latin1'))
 * // => { encoding: 'Shift_JIS', how: 'declared-or-default' }
 * ```
 */
export function sniffHtmlEncoding(bytes: Uint8Array, options: HtmlDecodeOptions = {}): SniffedEncoding {
  if (options.encoding !== undefined) return { encoding: options.encoding, how: 'user' }
  if (hasBom(bytes)) return { encoding: sniffer().getEncoding(bytes), how: 'bom' }
  if (isUtf8(bytes)) return { encoding: 'UTF-8', how: 'utf-8' }
  const { Sniffer, ResultType } = sniffer()
  const sniffed = new Sniffer({
    // The standard prescans 1024 bytes; real pages often declare later, after long comments or scripts.
    maxBytes: 4096,
    ...(options.transportEncoding !== undefined ? { transportLayerEncodingLabel: options.transportEncoding } : {}),
  })
  sniffed.write(bytes)
  if (sniffed.resultType === ResultType.DEFAULT && isDoubleByteChinese(bytes)) return { encoding: 'GB18030', how: 'declared-or-default' }
  return { encoding: sniffed.encoding, how: 'declared-or-default' }
}

/**
 * Whether undeclared bytes that are not UTF-8 read as GBK/GB18030 Chinese:
 * every non-ASCII byte is part of a valid lead/trail pair, and nearly all
 * pairs are two high bytes (GB2312's hanzi and punctuation are). Windows-1252
 * text fails: its accented letters stand alone between ASCII letters,
 * spaces and punctuation ("Straße", "niños"), so their pairs end in an ASCII
 * byte or do not pair at all. (Pages saved in GBK without a meta charset are
 * common in older Chinese crawls; read as windows-1252 they are mojibake.)
 */
function isDoubleByteChinese(bytes: Uint8Array): boolean {
  let pairs = 0
  let high = 0
  let stray = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b < 0x80) continue
    const t = bytes[i + 1]
    // GBK: lead 0x81-0xFE, trail 0x40-0xFE but 0x7F (GB18030's four-byte forms are rare in pages).
    if (b < 0x81 || b > 0xfe || t === undefined || t < 0x40 || t === 0x7f || t > 0xfe) {
      stray++
      continue
    }
    pairs++
    if (t >= 0x80) high++
    i++
  }
  return pairs >= MIN_GBK_PAIRS && high >= MIN_HIGH_TRAIL_SHARE * pairs && stray <= MAX_STRAY_SHARE * pairs
}

/**
 * Share of lone high bytes allowed beside the pairs: a title cut to
 * "...", mid-character, leaves one (a dev page of 2,814 pairs had 2 and
 * came out as mojibake). Latin text still fails on its low trail bytes.
 */
const MAX_STRAY_SHARE = 0.01

/** Share of GBK pairs whose trail byte is high too: GB2312 text is all such pairs, Latin text almost none. */
const MIN_HIGH_TRAIL_SHARE = 0.9

/** Double-byte pairs needed to call a page GBK: a few words of Chinese, not one stray symbol. */
const MIN_GBK_PAIRS = 20

/**
 * HTML bytes to text, decoded from the declared or sniffed charset (see
 * {@link sniffHtmlEncoding}). A string is returned as it is. Refuses binary
 * input (NUL bytes outside UTF-16) and pages over the size limit.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * const html = decodeHtml(readFileSync('page.html'))
 * ```
 */
export function decodeHtml(input: string | Uint8Array, options: HtmlDecodeOptions = {}): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const { maxBytes = DEFAULT_MAX_BYTES, source } = options
  if (input.length > maxBytes) {
    throw new InputError(`document is ${input.length} bytes, over the limit of ${maxBytes} (--max-bytes)`, source)
  }
  const { encoding } = sniffHtmlEncoding(input, options)
  if (!iconv().encodingExists(encoding)) throw new InputError(`unknown character encoding "${encoding}"`, source)
  let text = iconv().decode(Buffer.from(input.buffer, input.byteOffset, input.byteLength), encoding)
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    // Crawled pages carry the odd stray NUL (browsers drop them); a file full of them is not a page.
    const count = text.split('\u0000').length - 1
    if (count > Math.max(16, text.length / 1000)) throw new InputError(`binary input: ${count} NUL characters, the first at offset ${nul}`, source)
    text = text.replaceAll('\u0000', '')
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
