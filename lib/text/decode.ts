import { InputError } from '../errors.js'

/** Default size guard: larger inputs are almost certainly not one article. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const

export interface DecodeOptions {
  /** Refuse documents larger than this many bytes. */
  maxBytes?: number
  /** Names the input in error messages (a file path, "<stdin>", "record 12"). */
  source?: string
}

/**
 * Bytes to text. Refuses binary (NUL bytes) and invalid UTF-8 instead of
 * guessing, because a cleaner that silently mangles encodings loses text.
 * A UTF-8 byte-order mark is dropped. UTF-16 is read when, and only when,
 * the bytes open with its byte-order mark (FF FE little-endian, FE FF
 * big-endian): its NUL bytes are then part of the characters.
 */
export function decodeDocument(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const { maxBytes = DEFAULT_MAX_BYTES, source } = options
  if (bytes.length > maxBytes) {
    throw new InputError(`document is ${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes)`, source)
  }
  const utf16 = utf16Encoding(bytes)
  if (utf16 !== undefined) return decodeUtf16(bytes, utf16, source)
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError(`binary input: NUL byte at offset ${nul}`, source)
  }
  let start = 0
  if (bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) start = 3
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start))
  } catch {
    throw new InputError(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes, start)}`, source)
  }
}

/** Locate the first malformed sequence so the error can point at it. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (len === 0) return i
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    i += len
  }
  return i
}

/** Strings given to the library may still carry a BOM; drop it the same way. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** "utf-16le" or "utf-16be" when the bytes open with that byte-order mark. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', source: string | undefined): string {
  if (bytes.length % 2 !== 0) throw new InputError(`invalid ${encoding.toUpperCase()}: odd number of bytes`, source)
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new InputError(`invalid ${encoding.toUpperCase()} (an unpaired surrogate)`, source)
  }
  const nul = text.indexOf('\0')
  if (nul !== -1) throw new InputError(`binary input: NUL character at character ${nul}`, source)
  return text
}
