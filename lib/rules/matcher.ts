import type { Document, Line } from '../document.js'
import { foldKey, labelKey } from '../text/fold.js'
import type { MatchSpec } from './types.js'

/** A compiled MatchSpec: answers "does this rule recognise line i?" */
export type LineMatcher = (line: Line, doc: Document) => string | null

// What may follow a prefix phrase: "READ MORE: ...", "Related - ...", "WATCH | ...".
const PREFIX_SEPARATOR = /^\s*(?:[:|»>›-]|$)/

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
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
  const patterns = (spec.patterns ?? []).map((p) => {
    try {
      return new RegExp(p, spec.caseSensitive ? 'u' : 'iu')
    } catch (err) {
      throw new Error(`invalid pattern ${JSON.stringify(p)}: ${(err as Error).message}`)
    }
  })
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
      } else if (mode === 'prefix') {
        const label = line.key.replace(/^[\s\-*•·▪►▶»>|]+/u, '')
        for (const p of phrases) {
          if (label.startsWith(p) && PREFIX_SEPARATOR.test(label.slice(p.length))) return `starts with "${p}"`
        }
      } else if (contains) {
        const m = contains.exec(line.key)
        if (m) return `contains "${m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}"`
      }
    }
    for (const [k, re] of patterns.entries()) {
      const m = re.exec(line.folded)
      if (m) return `pattern ${k + 1} matched "${m[0].trim().slice(0, 60)}"`
    }
    return null
  }
}
