/**
 * What the build works out ahead of time (scripts/precompile.js writes it
 * beside the compiled library): the hashes of the bundled files it
 * validated against their schemas (rules.json, extraction.json), and the
 * screens read from the syntax of every bundled pattern. A command that
 * cleans one small file would otherwise spend most of its time compiling
 * the schemas and parsing regexes.
 * Missing or unreadable (running from the sources, or a build without it),
 * nothing is known and everything is worked out as before.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

/** A screen as JSON holds it (maxTokens null for Infinity); see match/prefilter.ts. */
export interface StoredScreen {
  first: number[] | null
  starts: string[] | null
  last: number[] | null
  needles: string[] | null
  maxTokens: number | null
}

export interface Precompiled {
  /** By file name: sha256 of a bundled file and its schema, as the build validated them (and compiled each rule of rules.json). */
  validated?: Record<string, string>
  /** Screens by `${flags}/${source}` of each bundled pattern's regex. */
  screens?: Record<string, StoredScreen>
  /** By source of each bundled pattern: whether a loop in it holds a choice (match/engines.ts). */
  choiceInLoop?: Record<string, boolean>
  /** By `${flags}/${source}` of each bundled pattern's regex on V8: its line cap (null for none), see match/line-caps.ts. */
  lineCaps?: Record<string, number | null>
  /** By `${flags}/${source}` of each bundled pattern on the linear engine: the longest line V8 tests it on first (null for any), see match/engines.ts. */
  linearScreenCaps?: Record<string, number | null>
  /** The stopword lists the page features use, by language code, lower-cased (page/stopwords.ts). */
  stopwords?: Record<string, string[]>
}

export const PRECOMPILED_URL = new URL('./precompiled.json', import.meta.url)

let loaded: Precompiled | undefined

export function precompiled(): Precompiled {
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readFileSync(PRECOMPILED_URL, 'utf8')) as Precompiled
    } catch {
      loaded = {}
    }
  }
  return loaded
}

/** sha256 of a data file and the schema it is validated against. */
export function validationHash(dataPath: string, schemaPath: string): string {
  return createHash('sha256').update(readFileSync(dataPath)).update('\0').update(readFileSync(schemaPath)).digest('hex')
}

/** Did the build validate this very file against this very schema? (Edited since, it must be validated again.) */
export function validatedByBuild(dataPath: string, schemaPath: string): boolean {
  const stored = precompiled().validated?.[basename(dataPath)]
  return stored !== undefined && stored === validationHash(dataPath, schemaPath)
}
