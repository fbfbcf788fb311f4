/**
 * The matchers of one rule list, answered in one pass over a document.
 *
 * Most lines of an article are prose that no rule recognises. Asking each
 * of some fifty rules about each line, even when every rule says no
 * quickly, was most of the engine's time. Here, once the list has seen
 * enough lines to be worth indexing, each matcher is reduced to a gate: the
 * cheap things a line must show before it can match (a phrase label, or a
 * string from the needle table, which reads the line once for every rule).
 * A document is then walked once: each line is scanned once, each rule's
 * gate is a few array reads, and only lines past a gate meet the rule's
 * regexes. The answers are the same as asking every matcher about every
 * line (a test checks this on every bundled rule).
 */
import type { Document } from '../document.js'
import { MAX_MATCH_CHARS, type Gate, type Matcher } from './matcher.js'
import { NeedleTable } from './needles.js'

/** Non-blank lines a rule list answers the plain way before it builds its index. */
export const LINES_BEFORE_INDEX = 1000

/** A matcher's answers for every line of a document: the reason, or null where it does not match. */
export type LineAnswers = (doc: Document) => ReadonlyArray<string | null>

/**
 * One per compiled rule list: line and cue rules register their matchers
 * and read their column of the answers.
 *
 * @example
 * ```ts
 * const set = new MatcherSet()
 * const answers = set.add(compileMatcher({ phrases: ['advertisement'] }, set.needles))
 * answers(segment('Advertisement\nThe storm came.\n')) // => ['"advertisement"', null]
 * ```
 */
export class MatcherSet {
  /** The needle table the set's matchers register their strings with. */
  readonly needles = new NeedleTable()
  private readonly matchers: Matcher[] = []
  private gates: Gate[] | undefined
  private linesSeen = 0
  // The answers for the last document: the rules of a list ask in turn about the same document.
  private doc: Document | undefined
  private columns: Array<Array<string | null>> = []

  /**
   * `linesBeforeIndex` 0 gates from the first document; Infinity never does.
   * Either way nothing is built before a document is asked about, so a
   * list compiled and never used (the main thread of a worker pool) costs
   * no index.
   */
  constructor(private readonly linesBeforeIndex = LINES_BEFORE_INDEX) {}

  /** Register a matcher; the function returned gives its answers for a document. */
  add(matcher: Matcher): LineAnswers {
    const k = this.matchers.length
    this.matchers.push(matcher)
    // A matcher added after the switch gets its gate at once.
    if (this.gates !== undefined) this.gates.push(matcher.index())
    this.doc = undefined
    return (doc) => this.answers(doc)[k] ?? []
  }

  private answers(doc: Document): ReadonlyArray<ReadonlyArray<string | null>> {
    if (doc === this.doc) return this.columns
    if (this.gates === undefined && this.linesSeen >= this.linesBeforeIndex) {
      // Every matcher switches at once, so the needle table's automaton is built once.
      this.gates = this.matchers.map((m) => m.index())
    }
    const n = doc.lines.length
    const columns = this.matchers.map(() => new Array<string | null>(n).fill(null))
    if (this.gates === undefined) this.askAll(doc, columns)
    else this.askGated(doc, columns, this.gates)
    this.doc = doc
    this.columns = columns
    return columns
  }

  private askAll(doc: Document, columns: Array<Array<string | null>>): void {
    for (const line of doc.lines) {
      if (line.blank) continue
      this.linesSeen++
      this.matchers.forEach((m, k) => {
        const column = columns[k]
        if (column !== undefined) column[line.index] = m.match(line, doc)
      })
    }
  }

  private askGated(doc: Document, columns: Array<Array<string | null>>, gates: readonly Gate[]): void {
    const needles = this.needles
    for (const line of doc.lines) {
      // No rule matches a line of a megabyte (see MAX_MATCH_CHARS): not even its gates are worth reading it for.
      if (line.blank || line.text.length > MAX_MATCH_CHARS) continue
      for (let k = 0; k < gates.length; k++) {
        const gate = gates[k]
        if (gate === undefined || line.moreWordsThan(gate.maxWords)) continue
        let ask = gate.always || (gate.labels !== null && !line.moreWordsThan(gate.labelMaxWords) && gate.labels.has(line.label))
        for (let g = 0; !ask && g < gate.groups.length; g++) {
          const group = gate.groups[g]
          // The table scans each text of the line once, for every rule's groups together.
          ask = group !== undefined && needles.has(group, line)
        }
        const column = columns[k]
        if (ask && column !== undefined) column[line.index] = this.matchers[k]?.match(line, doc) ?? null
      }
    }
  }
}
