/**
 * The needle automata of the bundled rules, built by `npm run build`
 * (scripts/precompile.js) and read back by a run instead of built again.
 *
 * Building the automaton of the bundled rules' strings (some 20,000 states,
 * a table of a million cells) was about 35 ms of every process that cleans
 * anything: a tenth of `cleanup FILE` on a small file, and paid again by
 * every worker thread. Its tables are typed arrays, so the build writes them
 * to one binary file (dist/lib/needles.bin) and a run reads them in one call.
 *
 * An automaton is found by its signature: every string set it was built
 * from, in order, so a rule set that differs in any way (a user's rules
 * file) builds its own, as before. A missing file, one written on a machine
 * of the other byte order, or an unknown signature all mean "build it".
 *
 * Layout: a 4-byte little-endian length, that many bytes of JSON (the
 * byte order and, per automaton, its signature, scalars and where each of
 * its arrays lies), then the arrays, each starting at a multiple of 8.
 */
import { readFileSync, writeFileSync } from 'node:fs'

/** The tables of one automaton (lib/match/needles.ts), as stored. */
export interface AutomatonTables {
  readonly width: number
  readonly begin: number
  readonly columns: Uint8Array
  readonly delta: Int16Array | Int32Array
  readonly fail: Int32Array
  /** The groups ending at state s are outGroups[outStart[s] .. outStart[s + 1]). */
  readonly outStart: Int32Array
  readonly outGroups: Int32Array
  /** Trie edges on units above ASCII: key state * 0x10000 + unit, and the state it leads to. */
  readonly wideKeys: Float64Array
  readonly wideStates: Int32Array
}

type TypedArray = Uint8Array | Int16Array | Int32Array | Float64Array
const ARRAYS = ['columns', 'delta', 'fail', 'outStart', 'outGroups', 'wideKeys', 'wideStates'] as const
type ArrayName = (typeof ARRAYS)[number]
const TYPES = { Uint8Array, Int16Array, Int32Array, Float64Array }
type TypeName = keyof typeof TYPES

interface StoredEntry {
  signature: string
  width: number
  begin: number
  arrays: Record<ArrayName, { type: TypeName; offset: number; length: number }>
}

interface Header {
  littleEndian: boolean
  automata: StoredEntry[]
}

export const AUTOMATA_URL = new URL('../needles.bin', import.meta.url)

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const align = (n: number): number => Math.ceil(n / 8) * 8

/** Write the automata to `path` (the build does, once). */
export function writeAutomata(path: string | URL, automata: ReadonlyArray<{ signature: string; tables: AutomatonTables }>): void {
  let offset = 0
  const chunks: TypedArray[] = []
  const entries = automata.map(({ signature, tables }): StoredEntry => {
    const arrays = {} as StoredEntry['arrays']
    for (const name of ARRAYS) {
      const array: TypedArray = tables[name]
      arrays[name] = { type: array.constructor.name as TypeName, offset, length: array.length }
      chunks.push(array)
      offset = align(offset + array.byteLength)
    }
    return { signature, width: tables.width, begin: tables.begin, arrays }
  })
  const header = Buffer.from(JSON.stringify({ littleEndian: LITTLE_ENDIAN, automata: entries } satisfies Header))
  const bodyStart = align(4 + header.length)
  const file = Buffer.alloc(bodyStart + offset)
  file.writeUInt32LE(header.length, 0)
  header.copy(file, 4)
  entries.forEach((entry, k) => {
    for (const [n, name] of ARRAYS.entries()) {
      const array = chunks[k * ARRAYS.length + n] as TypedArray
      Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(file, bodyStart + entry.arrays[name].offset)
    }
  })
  writeFileSync(path, file)
}

let stored: Map<string, AutomatonTables> | undefined

/** The automata stored in a file by their signatures (none when it is missing or of the other byte order). */
export function readAutomata(path: string | URL): Map<string, AutomatonTables> {
  const found = new Map<string, AutomatonTables>()
  let file: Buffer
  try {
    file = readFileSync(path)
  } catch {
    return found
  }
  const headerLength = file.readUInt32LE(0)
  const header = JSON.parse(file.toString('utf8', 4, 4 + headerLength)) as Header
  if (header.littleEndian !== LITTLE_ENDIAN) return found
  // Typed arrays need aligned offsets: a Buffer can start anywhere in its ArrayBuffer.
  const start = file.byteOffset + align(4 + headerLength)
  // (readFileSync's buffer is never shared memory.)
  const buffer = (start % 8 === 0 ? file.buffer : new Uint8Array(file.subarray(start - file.byteOffset)).buffer) as ArrayBuffer
  const base = start % 8 === 0 ? start : 0
  for (const entry of header.automata) {
    const view = (name: ArrayName): TypedArray => {
      const { type, offset, length } = entry.arrays[name]
      return new TYPES[type](buffer, base + offset, length)
    }
    found.set(entry.signature, {
      width: entry.width,
      begin: entry.begin,
      columns: view('columns') as Uint8Array,
      delta: view('delta') as Int16Array | Int32Array,
      fail: view('fail') as Int32Array,
      outStart: view('outStart') as Int32Array,
      outGroups: view('outGroups') as Int32Array,
      wideKeys: view('wideKeys') as Float64Array,
      wideStates: view('wideStates') as Int32Array,
    })
  }
  return found
}

/** The stored tables of the automaton with this signature, if the build made it. */
export function storedAutomaton(signature: string): AutomatonTables | undefined {
  return (stored ??= readAutomata(AUTOMATA_URL)).get(signature)
}

/**
 * Called with every automaton built (not read from the store) while set:
 * how the build collects the bundled rules' automata.
 */
export let onAutomatonBuilt: ((signature: string, tables: AutomatonTables) => void) | undefined

export function recordBuiltAutomata(record: ((signature: string, tables: AutomatonTables) => void) | undefined): void {
  onAutomatonBuilt = record
}
