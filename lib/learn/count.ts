/**
 * Counting recurring lines within one group of documents (one source, or
 * the whole corpus): in how many documents each normalised line occurs,
 * and where.
 */
import type { DocProfile, LineProfile } from './profile.js'

/** Where a line may sit, in the engine's own zones (see MatchSpec.zone). */
export type Position = 'header' | 'footer' | 'inline'

/** One occurrence of a normalised line: which document (index in the group) and which of its non-blank lines. */
export interface Occurrence {
  readonly doc: number
  /** Index into the document's `lines` (non-blank lines). */
  readonly at: number
}

/** What the corpus says about one normalised line within a group. */
export interface LineStats {
  readonly norm: number
  /** Documents (indexes into the group, ascending) holding the line. */
  readonly docs: number[]
  readonly occurrences: Occurrence[]
  /** Occurrences above the document's first prose line (the engine's "head" zone). */
  head: number
  /** Occurrences in the second half of the document (the engine's "tail" zone). */
  tail: number
  /** Occurrences the base rules already remove. */
  known: number
  /** Most words of any occurrence. */
  maxWords: number
  /** Some occurrence is prose-shaped. */
  prose: boolean
}

/** In the engine's head zone: before the first prose line (everywhere when there is none). */
export function inHead(doc: DocProfile, line: LineProfile): boolean {
  return doc.bodyStart === -1 || line.index < doc.bodyStart
}

/** In the engine's tail zone: the second half of the document's lines. */
export function inTail(doc: DocProfile, line: LineProfile): boolean {
  return line.index >= doc.lineCount / 2
}

/**
 * Count every normalised line of a group: documents, occurrences, zones.
 * `by` picks what is counted: the normalised line (default), or its
 * one-word-slot template.
 */
export function countLines(docs: readonly DocProfile[], by: (line: LineProfile) => number = (l) => l.norm): Map<number, LineStats> {
  const stats = new Map<number, LineStats>()
  docs.forEach((doc, d) => {
    doc.lines.forEach((line, at) => {
      const id = by(line)
      if (id < 0) return
      let s = stats.get(id)
      if (s === undefined) {
        s = { norm: id, docs: [], occurrences: [], head: 0, tail: 0, known: 0, maxWords: 0, prose: false }
        stats.set(id, s)
      }
      if (s.docs[s.docs.length - 1] !== d) s.docs.push(d)
      s.occurrences.push({ doc: d, at })
      if (inHead(doc, line)) s.head++
      if (inTail(doc, line)) s.tail++
      if (line.knownBy !== undefined) s.known++
      s.maxWords = Math.max(s.maxWords, line.words)
      s.prose ||= line.prose
    })
  })
  return stats
}

/** Where a line sat: header or footer when every occurrence was there, else inline. */
export function positionOf(s: LineStats): Position {
  if (s.head === s.occurrences.length) return 'header'
  if (s.tail === s.occurrences.length) return 'footer'
  return 'inline'
}

/** The matching zone that covers every occurrence of a position. */
export function zoneOf(position: Position): 'head' | 'tail' | 'any' {
  return position === 'header' ? 'head' : position === 'footer' ? 'tail' : 'any'
}
