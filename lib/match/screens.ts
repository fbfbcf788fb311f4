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
  return keyOf(re.flags, re.source)
}

const keyOf = (flags: string, source: string): string => `${flags}/${source}`

/** The screen the build stored under `key`, if any. */
function storedAt(key: string): Screen | undefined {
  const stored = precompiled().screens?.[key]
  return stored === undefined ? undefined : fromStore(stored)
}

export function storeScreen(screen: Screen): StoredScreen {
  return { ...screen, maxTokens: Number.isFinite(screen.maxTokens) ? screen.maxTokens : null }
}

function fromStore(stored: StoredScreen): Screen {
  return { ...stored, maxTokens: stored.maxTokens ?? Infinity }
}

/**
 * The stored screen of the regex `new RegExp(source, flags)` would make,
 * without making it (undefined when the build stored none). The store names
 * a regex by its `source` as V8 prints it, which is the text it was given
 * unless that is empty or holds a slash or a line break (printed escaped).
 * A screen found means the build compiled that very regex.
 */
export function storedScreen(source: string, flags: string): Screen | undefined {
  if (source === '' || /[/\n\r\u2028\u2029]/.test(source)) return undefined
  return storedAt(keyOf(flags, source))
}

export function screenFor(re: RegExp): Screen {
  return storedAt(screenKey(re)) ?? screenOf(re)
}
