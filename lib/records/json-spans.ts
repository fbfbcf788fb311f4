/**
 * Where the values of a JSON object's top-level members sit in its source
 * text. Lets a record line be rewritten by splicing in the new value of one
 * member, so every other member passes through byte for byte: a 64-bit id,
 * `1.0`, `"\u00e9"` or the original key order are never re-encoded.
 *
 * The scanner trusts its input: call it only on text `JSON.parse` has
 * accepted as an object. It jumps from quote to quote with `indexOf`, so a
 * long string member costs a few native scans, not a loop per character.
 */

/** One top-level member: the span of its value in the source, end exclusive. */
export interface MemberSpan {
  start: number
  end: number
  /** How many times the key occurs (JSON.parse keeps the last; so does this). */
  count: number
}

/** The spans of the wanted keys, where the object closes, and whether it has members. */
export interface ObjectSpans {
  members: Map<string, MemberSpan>
  /** Index of the closing brace. */
  close: number
  empty: boolean
}

const QUOTE = 34 // "
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const COMMA = 44

function skipSpace(s: string, i: number): number {
  let c = s.charCodeAt(i)
  while (c === 32 || c === 9 || c === 13 || c === 10) c = s.charCodeAt(++i)
  return i
}

/** Index just past the string literal opening at `i`. */
function endOfString(s: string, i: number): number {
  let from = i + 1
  for (;;) {
    const q = s.indexOf('"', from)
    if (q === -1) return s.length // not reached on valid JSON
    // The quote is escaped when an odd number of backslashes stands before it.
    let slashes = 0
    while (s.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return q + 1
    from = q + 1
  }
}

/** Index just past the JSON value starting at `i`. */
function endOfValue(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c === QUOTE) return endOfString(s, i)
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0
    let j = i
    while (j < s.length) {
      const d = s.charCodeAt(j)
      if (d === QUOTE) {
        j = endOfString(s, j)
        continue
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--
        if (depth === 0) return j + 1
      }
      j++
    }
    return j
  }
  // Number, true, false, null: up to the next separator.
  let j = i
  for (;;) {
    const d = s.charCodeAt(j)
    if (Number.isNaN(d) || d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d === 32 || d === 9 || d === 13 || d === 10) return j
    j++
  }
}

/**
 * Locate the values of `keys` among the top-level members of a JSON object.
 *
 * @example
 * ```ts
 * const line = '{"id":1,"text":"Hello"}'
 * const { members } = objectSpans(line, ['text'])
 * line.slice(members.get('text')!.start, members.get('text')!.end) // '"Hello"'
 * ```
 */
export function objectSpans(s: string, keys: readonly string[]): ObjectSpans {
  const members = new Map<string, MemberSpan>()
  let i = skipSpace(s, 0) + 1 // past "{"
  i = skipSpace(s, i)
  if (s.charCodeAt(i) === CLOSE_BRACE) return { members, close: i, empty: true }
  for (;;) {
    const keyEnd = endOfString(s, i)
    const raw = s.slice(i + 1, keyEnd - 1)
    const key = raw.includes('\\') ? (JSON.parse(s.slice(i, keyEnd)) as string) : raw
    i = skipSpace(s, skipSpace(s, keyEnd) + 1) // past ":"
    const end = endOfValue(s, i)
    if (keys.includes(key)) {
      const seen = members.get(key)
      members.set(key, { start: i, end, count: (seen?.count ?? 0) + 1 })
    }
    i = skipSpace(s, end)
    if (s.charCodeAt(i) !== COMMA) return { members, close: i, empty: false }
    i = skipSpace(s, i + 1)
  }
}
