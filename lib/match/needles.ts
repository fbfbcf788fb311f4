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
import { onAutomatonBuilt, storedAutomaton, type AutomatonTables } from './automaton-store.js'

/** Where a group's strings are looked for: anywhere in the text, or at its start. */
export type NeedleAt = 'anywhere' | 'start'

/** A set of strings registered with a table: a line passes it when it holds (or starts with) at least one of them. */
export interface NeedleGroup {
  readonly side: 'key' | 'folded'
  readonly id: number
}

/** Code units below this get a dense transition table; others follow the trie and its failure links. */
const DENSE = 128

/**
 * A mark put before the strings a text must start with: a scan begins as if
 * the text were preceded by it, so such a string matches only at the start.
 * A noncharacter; a text that holds one only gets a needless question.
 */
const START = '\uffff'

/**
 * Strings are cut to this many code units: a text holding a string holds
 * its start, so the condition stays necessary, and the trie (and its
 * transition table) stays small enough for the processor's caches.
 */
export const MAX_NEEDLE_UNITS = 12

/**
 * Lower-casing a text maps each character of `s` one for one and
 * regardless of context: ASCII, and characters without case (bullets,
 * dashes, ©). A letter such as Σ lower-cases by context (a final sigma).
 */
function lowersAlike(s: string): boolean {
  for (const c of s) if (c.charCodeAt(0) >= DENSE && (c.toLowerCase() !== c || c.toUpperCase() !== c)) return false
  return true
}

/** Marks groups as found for the current line: `stamps[group] === mark`, so nothing is cleared between lines. */
interface Marks {
  stamps: Int32Array
  mark: number
  /** The groups found in the current line, each once: the scanner asks only their rules. */
  found: number[]
}

/** A trie in flat arrays: state 0 is the root; each state's children are a linked list. */
class Trie {
  private readonly units: Int32Array
  private readonly parents: Int32Array
  private readonly firstChild: Int32Array
  private readonly sibling: Int32Array
  size = 1

  constructor(capacity: number) {
    this.units = new Int32Array(capacity)
    this.parents = new Int32Array(capacity)
    this.firstChild = new Int32Array(capacity).fill(-1)
    this.sibling = new Int32Array(capacity).fill(-1)
  }

  first(s: number): number {
    return this.firstChild[s] ?? -1
  }

  next(c: number): number {
    return this.sibling[c] ?? -1
  }

  unit(c: number): number {
    return this.units[c] ?? 0
  }

  parent(c: number): number {
    return this.parents[c] ?? 0
  }

  /** The child of `s` along `u`, or -1. */
  child(s: number, u: number): number {
    for (let c = this.first(s); c !== -1; c = this.next(c)) if (this.units[c] === u) return c
    return -1
  }

  childOrAdd(s: number, u: number): number {
    const found = this.child(s, u)
    if (found !== -1) return found
    const c = this.size++
    this.units[c] = u
    this.parents[c] = s
    this.sibling[c] = this.first(s)
    this.firstChild[s] = c
    return c
  }

  /** Where the automaton goes from `state` on `u`, following failure links (while it is built). */
  go(fail: Int32Array, state: number, u: number): number {
    for (let s = state; ; s = fail[s] ?? 0) {
      const c = this.child(s, u)
      if (c !== -1) return c
      if (s === 0) return 0
    }
  }
}

/** Build the automaton's tables for the groups' strings (a trie, its failure links and a transition table). */
function buildTables(groups: ReadonlyArray<{ needles: readonly string[]; at: NeedleAt }>): AutomatonTables {
  // The trie in flat arrays (a state's edges are a list of its children), sized for the
  // worst case of no shared prefixes: building it allocates no object per state.
  let capacity = 1
  for (const { needles } of groups) for (const needle of needles) capacity += needle.length + 1
  const trie = new Trie(capacity)
  const own = new Map<number, number[]>()
  const columns = new Uint8Array(DENSE)
  let width = 1
  groups.forEach(({ needles, at }, g) => {
    for (const bare of needles) {
      const needle = at === 'start' ? START + bare : bare
      let s = 0
      for (let i = 0; i < needle.length; i++) {
        const u = needle.charCodeAt(i)
        if (u < DENSE && columns[u] === 0) columns[u] = width++
        s = trie.childOrAdd(s, u)
      }
      const mine = own.get(s)
      if (mine === undefined) own.set(s, [g])
      else mine.push(g)
    }
  })
  const n = trie.size
  const fail = new Int32Array(n)
  // Two bytes a cell while the states fit (the table is read once per character, so smaller is faster).
  const delta = n < 0x8000 ? new Int16Array(n * width) : new Int32Array(n * width)
  const outputs = new Array<Int32Array | null>(n).fill(null)
  // Breadth first, so a state's failure target (a shorter string) is complete before it.
  const order = new Int32Array(n)
  let queued = 1
  for (let k = 0; k < queued; k++) {
    const s = order[k] ?? 0
    const row = s * width
    const f = fail[s] ?? 0
    // A state goes where its failure state goes, but along its own edges: copy that row, then set them.
    if (s !== 0) delta.copyWithin(row, f * width, f * width + width)
    for (let c = trie.first(s); c !== -1; c = trie.next(c)) {
      const u = trie.unit(c)
      if (u < DENSE) delta[row + (columns[u] ?? 0)] = c
    }
    // The groups ending here: its own strings' and those of its failure chain (complete: shorter).
    const inherited = s === 0 ? null : (outputs[f] ?? null)
    const mine = own.get(s)
    outputs[s] = mine === undefined ? inherited : Int32Array.from(new Set([...mine, ...(inherited ?? [])]))
    for (let c = trie.first(s); c !== -1; c = trie.next(c)) {
      const u = trie.unit(c)
      fail[c] = s === 0 ? 0 : u < DENSE ? (delta[f * width + (columns[u] ?? 0)] ?? 0) : trie.go(fail, f, u)
      order[queued++] = c
    }
  }
  // Only now are the outputs of every state known: flag the transitions into states that have some.
  // (A byte per state to test: the table has a million cells, read before the loop is optimised.)
  const ends = new Uint8Array(n)
  for (let s = 0; s < n; s++) if (outputs[s] !== null) ends[s] = 1
  for (let i = 0; i < delta.length; i++) {
    const target = delta[i] as number
    if (ends[target] === 1) delta[i] = ~target
  }
  // The outputs in two flat arrays (the store holds typed arrays, not one array per state).
  const outStart = new Int32Array(n + 1)
  for (let s = 0; s < n; s++) outStart[s + 1] = (outStart[s] ?? 0) + (outputs[s]?.length ?? 0)
  const outGroups = new Int32Array(outStart[n] ?? 0)
  for (let s = 0; s < n; s++) if (outputs[s]) outGroups.set(outputs[s] as Int32Array, outStart[s])
  // Only the edges the scan cannot find in `delta` are kept.
  const wideKeys: number[] = []
  const wideStates: number[] = []
  for (let c = 1; c < n; c++) {
    if (trie.unit(c) < DENSE) continue
    wideKeys.push(trie.parent(c) * 0x10000 + trie.unit(c))
    wideStates.push(c)
  }
  const begin = Math.max(0, trie.child(0, START.charCodeAt(0)))
  return { width, begin, columns, delta, fail, outStart, outGroups, wideKeys: Float64Array.from(wideKeys), wideStates: Int32Array.from(wideStates) }
}

/** The automaton over one text of the line (its key or its folded text). */
class Automaton {
  /** Column of each ASCII code unit in `delta`; 0 for units no string holds (they lead back to the root). */
  private readonly columns: Uint8Array
  private readonly width: number
  /**
   * delta[state * width + column]: the next state for an ASCII unit, as
   * ~state (negative) when that state ends a string, so the scan loop reads
   * one array per character.
   */
  private readonly delta: Int16Array | Int32Array
  /** Trie edges on units above ASCII, keyed state * 0x10000 + unit (the ASCII ones are all in `delta`). */
  private readonly wide: Map<number, number>
  private readonly fail: Int32Array
  /** Groups ending at each state (its own strings and those of its failure chain): outGroups[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array
  private readonly outGroups: Int32Array
  /** Where a scan begins: after the start mark, so strings registered with it match only at the start. */
  private readonly begin: number

  constructor(tables: AutomatonTables) {
    this.columns = tables.columns
    this.width = tables.width
    this.delta = tables.delta
    this.fail = tables.fail
    this.outStart = tables.outStart
    this.outGroups = tables.outGroups
    this.begin = tables.begin
    this.wide = new Map()
    for (let k = 0; k < tables.wideKeys.length; k++) this.wide.set(tables.wideKeys[k] as number, tables.wideStates[k] as number)
  }

  /** Mark the groups `text` holds a string of. */
  scan(text: string, marks: Marks): void {
    // Locals, not fields, in the loop that runs once per character.
    const { delta, outStart, outGroups, columns, width } = this
    const { stamps, mark, found } = marks
    let s = this.begin
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i)
      let next: number
      if (u < DENSE) {
        next = delta[s * width + (columns[u] as number)] as number
        if (next >= 0) {
          s = next
          continue
        }
        next = ~next
      } else {
        next = this.step(s, u)
      }
      s = next
      const end = outStart[s + 1] as number
      for (let k = outStart[s] as number; k < end; k++) {
        const g = outGroups[k] as number
        if (stamps[g] !== mark) {
          stamps[g] = mark
          found.push(g)
        }
      }
    }
  }

  private step(state: number, unit: number): number {
    for (let s = state; ; s = this.fail[s] ?? 0) {
      const next = this.wide.get(s * 0x10000 + unit)
      if (next !== undefined) return next
      if (s === 0) return 0
    }
  }
}

/**
 * The automaton for these groups: the build's (automaton-store.ts) when it
 * made one for exactly these strings, else built here.
 */
function automatonFor(groups: ReadonlyArray<{ needles: readonly string[]; at: NeedleAt }>): Automaton {
  const signature = JSON.stringify(groups)
  const stored = storedAutomaton(signature)
  if (stored !== undefined) return new Automaton(stored)
  const tables = buildTables(groups)
  onAutomatonBuilt?.(signature, tables)
  return new Automaton(tables)
}

/** The groups of one side, and which of them the line asked about last holds. */
class Side {
  private readonly groups: Array<{ needles: string[]; at: NeedleAt }> = []
  private readonly ids = new Map<string, number>()
  private automaton: Automaton | undefined
  // The answers for one line at a time: the engine asks every rule about a
  // line before it moves on, so the last line is the one asked about again.
  private current: Line | undefined
  private marks: Marks = { stamps: new Int32Array(0), mark: 0, found: [] }

  constructor(private readonly text: (line: Line) => string) {}

  group(needles: readonly string[], at: NeedleAt): number {
    const strings = [...new Set(needles.map((n) => n.slice(0, MAX_NEEDLE_UNITS)))]
    const name = `${at}\u0000${[...strings].sort().join('\u0000')}`
    let id = this.ids.get(name)
    if (id === undefined) {
      id = this.groups.length
      this.groups.push({ needles: strings, at })
      this.ids.set(name, id)
      // The automaton changes: answers computed without the new group are dropped.
      this.automaton = undefined
      this.current = undefined
    }
    return id
  }

  has(id: number, line: Line): boolean {
    if (line !== this.current) this.scan(line)
    return this.marks.stamps[id] === this.marks.mark
  }

  found(line: Line): readonly number[] {
    if (this.groups.length === 0) return []
    if (line !== this.current) this.scan(line)
    return this.marks.found
  }

  get size(): number {
    return this.groups.length
  }

  private scan(line: Line): void {
    if (this.automaton === undefined) {
      this.automaton = automatonFor(this.groups)
      this.marks = { stamps: new Int32Array(this.groups.length), mark: 0, found: [] }
    }
    // A new mark makes every earlier stamp stale; after 2^31 lines the stamps start over.
    if (this.marks.mark === 0x7fffffff) this.marks = { stamps: new Int32Array(this.groups.length), mark: 0, found: [] }
    this.marks.mark++
    this.marks.found = []
    this.automaton.scan(this.text(line), this.marks)
    this.current = line
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

  /**
   * Register a set of strings (an empty set never passes), searched in the
   * line's key or its folded text, anywhere in it or at its start.
   */
  group(needles: readonly string[], side: 'key' | 'folded', at: NeedleAt = 'anywhere'): NeedleGroup {
    // The key is the folded text lower-cased, so a string of the folded text is, lower-cased, in the
    // key when its characters lower-case one for one: a weaker condition, still necessary, that
    // spares a second scan of the line. Other strings stay with the folded text.
    if (side === 'folded' && needles.every(lowersAlike)) side = 'key'
    const strings = side === 'key' && needles.some((n) => /[A-Z]/.test(n)) ? needles.map((n) => n.toLowerCase()) : needles
    return { side, id: (side === 'key' ? this.key : this.folded).group(strings, at) }
  }

  /** Does the line hold (or start with) at least one string of the group? */
  has(group: NeedleGroup, line: Line): boolean {
    return (group.side === 'key' ? this.key : this.folded).has(group.id, line)
  }

  /** The ids of the groups of one side that the line holds a string of (one scan of that text of the line). */
  found(side: 'key' | 'folded', line: Line): readonly number[] {
    return (side === 'key' ? this.key : this.folded).found(line)
  }

  /** How many groups one side has. */
  groups(side: 'key' | 'folded'): number {
    return (side === 'key' ? this.key : this.folded).size
  }
}
