import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fold } from '../../lib/text/fold.js'
import { ROOT } from './pairs.js'

/** A bundled rule as rules.json spells it (the fields the pattern tests read). */
export interface BundledRule {
  id: string
  patterns?: string[]
  phrases?: string[]
  caseSensitive?: boolean
  match?: 'line' | 'prefix' | 'contains'
}

export const bundledRules = (JSON.parse(readFileSync(join(ROOT, 'rules.json'), 'utf8')) as { rules: BundledRule[] }).rules

/** Deterministic pseudo-random numbers for generated test inputs. */
export function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return s / 2 ** 32
  }
}

/**
 * Folded lines to run patterns on: the seeds', every bundled phrase, and
 * mixtures of phrases, the patterns' own words and symbols, names, times and
 * brackets, so that generated lines reach the patterns' branches.
 */
export function patternProbeLines(count: number): string[] {
  const next = random(7)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T
  const dir = join(ROOT, 'seeds')
  const seeds = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
  const phrases = bundledRules.flatMap((r) => r.phrases ?? [])
  const vocabulary = [...new Set(bundledRules.flatMap((r) => r.patterns ?? []).flatMap((p) => p.match(/[a-z]{2,}|[()|·•#:,./©-]/gi) ?? []))]
  const extras = ['Jane Smith', '12:30', '5 min', '2024', 'Getty Images', 'A', '(', ')']
  const out = [...seeds, ...phrases]
  for (let i = 0; i < count; i++) {
    const parts: string[] = []
    const n = 1 + Math.floor(next() * 8)
    for (let k = 0; k < n; k++) {
      const r = next()
      parts.push(r < 0.5 ? pick(vocabulary) : r < 0.7 ? pick(phrases) : r < 0.85 ? pick(extras) : pick(seeds).slice(0, 40))
    }
    let line = parts.join(next() < 0.8 ? ' ' : '')
    if (next() < 0.3) line = line.charAt(0).toUpperCase() + line.slice(1)
    out.push(line)
  }
  return out.map(fold)
}
