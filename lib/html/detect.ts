import { utf16Encoding } from '../text/decode.js'

/**
 * Is this document HTML rather than text? Decided from its start, as a
 * browser's MIME sniffing does: after a BOM and white space the document
 * must open with markup (`<`), and an HTML tag, doctype or comment must
 * appear within the first kilobyte. A scraped article that merely quotes a
 * tag somewhere stays text.
 *
 * @example
 * ```ts
 * looksLikeHtml('<!DOCTYPE html><html><body><p>Hi</p></body></html>')  // true
 * looksLikeHtml('Storm hits coast\nThe <b> tag makes text bold.\n')    // false
 * ```
 */
export function looksLikeHtml(input: string | Uint8Array): boolean {
  // Bytes are looked at as Latin-1: markup is ASCII in every encoding the sniffer handles but
  // UTF-16, which is read as such when it opens with its byte-order mark.
  const utf16 = typeof input === 'string' ? undefined : utf16Encoding(input)
  const head = typeof input === 'string' ? input.slice(0, 1024) : utf16 !== undefined ? new TextDecoder(utf16).decode(input.subarray(0, 2048)) : Buffer.from(input.subarray(0, 1024)).toString('latin1')
  const start = head.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*/, '')
  if (!start.startsWith('<')) return false
  return /<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|article|section|main|header|nav|table|span|a|h[1-6]|ul|ol|br|img|!--)[\s/>]/i.test(start)
}
