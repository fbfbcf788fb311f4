import type { Document, Line } from '../document.js'
import { foldKey, labelKey } from '../text/fold.js'
import type { MatchSpec } from './types.js'

/** A compiled MatchSpec: answers "does this rule recognise line i?" */
export type LineMatcher = (line: Line, doc: Document) => string | null

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface CompiledPattern {
  re: RegExp
  /** Test on the lower-case key instead of the folded text. */
  onKey: boolean
}

/**
 * Case-insensitive matching with the `i` flag under `u` is some fifty times
 * slower in V8 than a plain match, and patterns run on every line. A
 * pattern written without upper-case letters (outside escapes) and without
 * case classes (\p{Lu}) matches the same on the lower-cased line without
 * `i`, so that is how it runs; only the others pay for `iu`.
 */
function compilePattern(source: string, caseSensitive: boolean): CompiledPattern {
  const literal = source.replace(/\\p\{[^}]*\}|\\./g, '')
  const onKey = !caseSensitive && !/[A-Z]/.test(literal) && !/\\[pP]\{L[ul]/.test(source)
  try {
    return { re: new RegExp(source, caseSensitive || onKey ? 'u' : 'iu'), onKey }
  } catch (err) {
    throw new Error(`invalid pattern ${JSON.stringify(source)}: ${(err as Error).message}`)
  }
}

const NEVER = { test: (): boolean => false }
const ALWAYS = { test: (): boolean => true }

/**
 * One regex that fails when every pattern of a group fails: a line is
 * scanned once per rule rather than once per pattern, and the patterns are
 * run one by one only on a hit, to say which matched. Patterns with
 * backreferences cannot be joined (their group numbers would shift).
 */
function screen(group: CompiledPattern[]): { test(s: string): boolean } {
  if (group.length === 0) return NEVER
  if (group.some((p) => /\\[1-9]|\\k</.test(p.re.source))) return ALWAYS
  return new RegExp(group.map((p) => `(?:${p.re.source})`).join('|'), group[0]?.re.flags)
}

/**
 * Compile phrases and patterns once. Throws a plain Error naming the bad
 * pattern; the config loader wraps it with the file and rule id.
 */
export function compileMatcher(spec: MatchSpec): LineMatcher {
  const mode = spec.match ?? 'line'
  const phrases = (spec.phrases ?? []).map((p) => (mode === 'line' ? labelKey(p) : foldKey(p)))
  const phraseSet = new Set(phrases)
  const contains = mode === 'contains' && phrases.length > 0
    ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?:$|[^\\p{L}\\p{N}])`, 'u')
    : null
  const patterns = (spec.patterns ?? []).map((p) => compilePattern(p, spec.caseSensitive === true))
  const keyScreen = screen(patterns.filter((p) => p.onKey))
  const foldedScreen = screen(patterns.filter((p) => !p.onKey))
  const prefix = mode === 'prefix' && phrases.length > 0
    // Leading decoration includes brackets ("[READ MORE] ...") and a folded
    // guillemet ("» Read more: ..." folds to '" read more'); a closing
    // bracket counts as the separator.
    ? new RegExp(`^(?:[\\s\\-*•·▪►▶»>|[(]|"\\s)*(${phrases.map(escapeRegExp).join('|')})\\s*(?:[:|»>›\\])-]|$)`, 'u')
    : null
  const maxWords = spec.maxWords ?? Infinity
  const zone = spec.zone ?? 'any'

  return (line, doc) => {
    if (line.blank || line.words > maxWords) return null
    if (zone === 'head' && doc.bodyStart !== -1 && line.index >= doc.bodyStart) return null
    if (zone === 'body' && (doc.bodyStart === -1 || line.index < doc.bodyStart)) return null
    if (zone === 'tail' && line.index < doc.lines.length / 2) return null
    if (phrases.length > 0) {
      if (mode === 'line') {
        if (phraseSet.has(line.label)) return `"${line.label}"`
      } else if (prefix) {
        const m = prefix.exec(line.key)
        if (m) return `starts with "${m[1] ?? ''}"`
      } else if (contains) {
        const m = contains.exec(line.key)
        if (m) return `contains "${m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}"`
      }
    }
    if (!keyScreen.test(line.key) && !foldedScreen.test(line.folded)) return null
    for (const [k, { re, onKey }] of patterns.entries()) {
      const m = re.exec(onKey ? line.key : line.folded)
      if (m) return `pattern ${k + 1} matched "${m[0].trim().slice(0, 60)}"`
    }
    return null
  }
}
