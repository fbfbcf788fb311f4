/**
 * The screen of a pattern's regex (prefilter.ts): stored by the build for
 * the bundled patterns (lib/precompiled.ts), read from the syntax for any
 * other. Both come from the same code, so the answers are the same; a test
 * checks that every stored screen is the one the syntax gives.
 */
import { precompiled, type StoredScreen } from '../precompiled.js'
import { screenOf, type Screen } from './prefilter.js'

/** How a regex is named in the store: its flags and source. */
export function screenKey(re: RegExp): string {
  return `${re.flags}/${re.source}`
}

export function storeScreen(screen: Screen): StoredScreen {
  return { ...screen, maxTokens: Number.isFinite(screen.maxTokens) ? screen.maxTokens : null }
}

function fromStore(stored: StoredScreen): Screen {
  return { ...stored, maxTokens: stored.maxTokens ?? Infinity }
}

export function screenFor(re: RegExp): Screen {
  const stored = precompiled().screens?.[screenKey(re)]
  return stored === undefined ? screenOf(re) : fromStore(stored)
}
