/**
 * What the build works out ahead of time (scripts/precompile.js writes it
 * beside the compiled library): the hash of the bundled rules file it
 * validated, and the screens read from the syntax of every bundled pattern.
 * A command that cleans one small file would otherwise spend most of its
 * time validating rules.json against its schema and parsing regexes.
 * Missing or unreadable (running from the sources, or a build without it),
 * nothing is known and everything is worked out as before.
 */
import { readFileSync } from 'node:fs'

/** A screen as JSON holds it (maxTokens null for Infinity); see match/prefilter.ts. */
export interface StoredScreen {
  first: number[] | null
  starts: string[] | null
  last: number[] | null
  needles: string[] | null
  maxTokens: number | null
}

export interface Precompiled {
  /** sha256 of rules.json and rules.schema.json as validated by the build. */
  rulesHash?: string
  /** Screens by `${flags}/${source}` of each bundled pattern's regex. */
  screens?: Record<string, StoredScreen>
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
