/**
 * The substring screens of all the rules of one rule list, answered in one
 * scan per line.
 *
 * Each pattern (and each "contains" phrase list) can only match a line that
 * holds one of a few literal strings (prefilter.ts finds them). Asked rule by
 * rule, that is one regex alternation per rule run over the same line: with
 * the bundled rules a dozen scans of each short line, and most of the
 * engine's time. Here every such string of every rule goes into one
 * Aho-Corasick automaton (a trie whose failure links let one left-to-right
 * pass find every string that occurs, overlapping ones included), so a line
 * is read once and each screen is an array lookup afterwards.
 *
 * Strings are compared as UTF-16 code units, like `String#includes`.
 */
import type { Line } from '../document.js'

/** A set of strings registered with a table: a line passes it when it holds at least one of them. */
export interface NeedleGroup {
  readonly side: 'key' | 'folded'
  readonly id: number
}

/** Code units below this get a dense transition table; others follow the trie and its failure links. */
const DENSE = 128

/** The automaton over one text of the line (its key or its folded text). */
class Automaton {
  /** delta[state * DENSE + unit]: the next state for a unit below DENSE. */
  private readonly delta: Int32Array
  private readonly children: Array<Map<number, number>>
  private readonly fail: Int32Array
  /** Groups ending at each state (its own strings and those of its failure chain); null when none. */
  private readonly outputs: Array<Int32Array | null>
  private readonly groupCount: number

  constructor(groups: readonly (readonly string[])[]) {
    this.groupCount = groups.length
    const children: Array<Map<number, number>> = [new Map<number, number>()]
    const own: number[][] = [[]]
    groups.forEach((needles, g) => {
      for (const needle of needles) {
        let s = 0
        for (let i = 0; i < needle.length; i++) {
          const u = needle.charCodeAt(i)
          let next = children[s]?.get(u)
          if (next === undefined) {
            next = children.length
            children.push(new Map<number, number>())
            own.push([])
            children[s]?.set(u, next)
          }
          s = next
        }
        own[s]?.push(g)
      }
    })
    const n = children.length
    const fail = new Int32Array(n)
    const delta = new Int32Array(n * DENSE)
    const outputs = new Array<Int32Array | null>(n).fill(null)
    const merged: Array<Set<number>> = own.map((gs) => new Set(gs))
    // Breadth first, so a state's failure target (a shorter string) is complete before it.
    const order: number[] = [0]
    for (let k = 0; k < order.length; k++) {
      const s = order[k] ?? 0
      const kids = children[s] ?? new Map<number, number>()
      for (const [u, next] of kids) {
        let f = s === 0 ? -1 : (fail[s] ?? 0)
        while (f >= 0 && children[f]?.has(u) !== true) f = f === 0 ? -1 : (fail[f] ?? 0)
        const target = f < 0 ? 0 : (children[f]?.get(u) ?? 0)
        fail[next] = target
        for (const g of merged[target] ?? []) merged[next]?.add(g)
        order.push(next)
      }
      for (let u = 0; u < DENSE; u++) {
        const direct = kids.get(u)
        delta[s * DENSE + u] = direct ?? (s === 0 ? 0 : (delta[(fail[s] ?? 0) * DENSE + u] ?? 0))
      }
      const gs = merged[s]
      if (gs !== undefined && gs.size > 0) outputs[s] = Int32Array.from(gs)
    }
    this.children = children
    this.fail = fail
    this.delta = delta
    this.outputs = outputs
  }

  /** Which groups `text` holds a string of: hits[group] is 1 for those. */
  scan(text: string): Uint8Array {
    const hits = new Uint8Array(this.groupCount)
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i)
      s = u < DENSE ? (this.delta[s * DENSE + u] ?? 0) : this.step(s, u)
      const out = this.outputs[s]
      if (out !== null && out !== undefined) for (let k = 0; k < out.length; k++) hits[out[k] ?? 0] = 1
    }
    return hits
  }

  private step(state: number, unit: number): number {
    for (let s = state; ; s = this.fail[s] ?? 0) {
      const next = this.children[s]?.get(unit)
      if (next !== undefined) return next
      if (s === 0) return 0
    }
  }
}

/** The groups of one side and the answers for the lines asked lately. */
class Side {
  private readonly groups: string[][] = []
  private readonly ids = new Map<string, number>()
  private automaton: Automaton | undefined
  // Answers by line index, each with the line it was computed for: a slot
  // answers only for that very line, so lines of other documents never see
  // it, and the arrays never hold more than the longest document's lines.
  private lines: Array<Line | undefined> = []
  private hits: Array<Uint8Array | undefined> = []

  constructor(private readonly text: (line: Line) => string) {}

  group(needles: readonly string[]): number {
    const name = [...new Set(needles)].sort().join('\u0000')
    let id = this.ids.get(name)
    if (id === undefined) {
      id = this.groups.length
      this.groups.push([...new Set(needles)])
      this.ids.set(name, id)
      // The automaton changes: answers computed without the new group are dropped.
      this.automaton = undefined
      this.lines = []
      this.hits = []
    }
    return id
  }

  has(id: number, line: Line): boolean {
    let hits = this.lines[line.index] === line ? this.hits[line.index] : undefined
    if (hits === undefined) {
      this.automaton ??= new Automaton(this.groups)
      hits = this.automaton.scan(this.text(line))
      this.lines[line.index] = line
      this.hits[line.index] = hits
    }
    return hits[id] === 1
  }
}

/**
 * One table per compiled rule list: the rules register the string sets
 * they screen lines with, and ask whether a line holds one of a set.
 *
 * @example
 * ```ts
 * const table = new NeedleTable()
 * const credit = table.group(['getty', 'reuters'], 'key')
 * table.has(credit, segment('Photo: Getty\n').lines[0]) // => true
 * ```
 */
export class NeedleTable {
  private readonly key = new Side((line) => line.key)
  private readonly folded = new Side((line) => line.folded)

  /** Register a set of strings (an empty set never passes), searched in the line's key or its folded text. */
  group(needles: readonly string[], side: 'key' | 'folded'): NeedleGroup {
    return { side, id: (side === 'key' ? this.key : this.folded).group(needles) }
  }

  /** Does the line hold at least one string of the group? */
  has(group: NeedleGroup, line: Line): boolean {
    return (group.side === 'key' ? this.key : this.folded).has(group.id, line)
  }
}
