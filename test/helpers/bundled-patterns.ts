// The patterns of the bundled rules.json that run on V8 (no loop in them
// holds a choice): what the linear-time tests iterate over.
import { readFileSync } from 'node:fs'
import { DEFAULT_RULES_PATH } from '../../lib/config/paths.js'
import type { RulesFile } from '../../lib/config/load.js'
import { choiceInLoop } from '../../lib/match/engines.js'
import { parsePattern } from '../../lib/match/linear.js'
import { patternRegExps } from '../../lib/match/patterns.js'

export interface BundledPattern {
  /** The id of the rule that holds it. */
  rule: string
  source: string
  /** The RegExp the engine compiles from it (its flags name it in precompiled.json). */
  re: RegExp
}

export function bundledV8Patterns(): BundledPattern[] {
  return bundledPatterns(false)
}

/** The bundled patterns with a choice in a loop: they run on the linear engine, tested first on V8 up to their cap. */
export function bundledLinearPatterns(): BundledPattern[] {
  return bundledPatterns(true)
}

function bundledPatterns(nested: boolean): BundledPattern[] {
  const file = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  const out: BundledPattern[] = []
  for (const rule of file.rules) {
    const spec = rule as { patterns?: string[]; caseSensitive?: boolean }
    const sources = spec.patterns ?? []
    patternRegExps(sources, spec.caseSensitive === true).forEach((re, k) => {
      const source = sources[k] ?? ''
      if (choiceInLoop(parsePattern(source, 'u')) === nested) out.push({ rule: rule.id, source, re })
    })
  }
  return out
}
