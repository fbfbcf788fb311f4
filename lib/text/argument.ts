/**
 * The document argument of the library's faces, checked before any work:
 * `clean(undefined)` should say what it wanted, not fail deep inside the
 * decoder with "Cannot read properties of undefined".
 */

/**
 * Throw a TypeError naming the function and what it got unless `text` is a
 * string or bytes.
 *
 * @example
 * ```ts
 * checkDocument(undefined, 'clean') // throws TypeError: clean(text): text must be a string or a Uint8Array, not undefined
 * ```
 */
export function checkDocument(text: unknown, fn: string): asserts text is string | Uint8Array {
  if (typeof text === 'string' || text instanceof Uint8Array) return
  const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text === 'object' ? `an object (${Object.prototype.toString.call(text).slice(8, -1)})` : typeof text
  throw new TypeError(`${fn}(text): text must be a string or a Uint8Array, not ${got}`)
}
