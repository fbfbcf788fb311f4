import { adjacentRule } from './adjacent.js'
import { cueRule } from './cue-cut.js'
import { footerRule } from './footer-zone.js'
import { headerRule } from './header-zone.js'
import { seriesRule } from './series.js'
import { lineRule } from './line-pattern.js'
import { modelRule } from './line-model.js'
import { Scanner } from '../match/index.js'
import type { InputKind, Rule, RuleSpec } from './types.js'

/** The rule kinds a rules file can instantiate. A new kind is one file plus one entry here. */
export const RULE_KINDS = ['line', 'keep', 'cue', 'header', 'footer', 'adjacent', 'series', 'model'] as const

/**
 * Compile one rule spec into the rules that carry it out (a cue is two: its
 * line, and its cut). Throws on a bad pattern (the loader adds file and id).
 * Rules of one list share `scanner`, which answers all their line questions in one pass (see lib/match/).
 */
export function compileRule(spec: RuleSpec, scanner = new Scanner()): Rule[] {
  let rules = compileKind(spec, scanner)
  const endsArticle = spec.endsArticle ?? (spec.kind === 'cue' && spec.cut === 'tail' ? 'end' : undefined)
  if (endsArticle !== undefined) rules = rules.map((r) => ({ ...r, endsArticle }))
  if (spec.pageSign === true) rules = rules.map((r) => ({ ...r, pageSign: true }))
  if (spec.formats !== undefined) {
    const formats: ReadonlySet<InputKind> = new Set(spec.formats)
    rules = rules.map((r) => ({ ...r, formats }))
  }
  if (spec.sources === undefined) return rules
  const sources: ReadonlySet<string> = new Set(spec.sources)
  return rules.map((r) => ({ ...r, sources }))
}

/**
 * Line and adjacent rules read a line's own text (or its glued neighbour's),
 * so their evidence is strong by nature; a cue's cut and the zones remove
 * what merely follows or surrounds a sign, and are strong only where the
 * rules file says so (`strong: true`). The prose guard (engine.ts) undoes
 * weak removals when they would take much of a document's prose.
 */
function compileKind(spec: RuleSpec, scanner: Scanner): Rule[] {
  const weak = spec.strong !== true
  switch (spec.kind) {
    case 'line':
    case 'keep':
      return [lineRule(spec, scanner)]
    case 'cue': {
      const [line, cut] = cueRule(spec, scanner)
      return [line, { ...cut, weak }].filter((r): r is Rule => r !== undefined)
    }
    case 'header':
      return [{ ...headerRule(spec, scanner), weak }]
    case 'footer':
      return [{ ...footerRule(spec), weak }]
    case 'adjacent':
      return [adjacentRule(spec)]
    case 'series':
      return [seriesRule(spec, scanner)]
    case 'model':
      return [modelRule(spec)]
  }
}
