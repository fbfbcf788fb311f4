/**
 * What a UTF-16 code unit beyond ASCII is, for loops that read a line one
 * unit at a time. News text is mostly ASCII words between typographic
 * punctuation (curly quotes, dashes, no-break spaces): a loop can take such
 * a line in its stride if it knows those units are no part of a word,
 * rather than handing the whole line to a Unicode regex. Each unit is read
 * from the Unicode tables (the regex) the first time it is met, then kept.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Per code unit: 0 not read yet, 1 separator, 2 letter or digit (or half of a surrogate pair). */
const kinds = new Uint8Array(0x10000)

/**
 * Is the unit a separator: neither a letter nor a digit (`[\p{L}\p{N}]`),
 * nor half of a surrogate pair (whose character only the pair says)?
 * Lower-casing keeps a separator a single separator (the circled letters Ⓐ
 * are symbols, and lower-case to symbols), so a loop may read it before or
 * after `toLowerCase()` alike.
 *
 * @example
 * ```ts
 * isSeparatorUnit(0x2019) // => true: ’
 * isSeparatorUnit(0xe9)   // => false: é
 * ```
 */
export function isSeparatorUnit(unit: number): boolean {
  let kind = kinds[unit]
  if (kind === 0 || kind === undefined) {
    const surrogate = unit >= 0xd800 && unit <= 0xdfff
    kind = surrogate || WORD_CHAR.test(String.fromCharCode(unit)) ? 2 : 1
    kinds[unit] = kind
  }
  return kind === 1
}
