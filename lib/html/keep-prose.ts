import type { CleanReport, Removal } from '../engine.js'
import type { Rule } from '../rules/types.js'
import type { ExtractedLine } from './extract.js'

/** Which text-rule removals the page's structure overrules (extraction.json `html.keepProse`). */
export interface ProseVeto {
  /** Kinds of text rules (e.g. `header`) that never remove a prose paragraph of the extracted article... */
  readonly ruleKinds: ReadonlySet<string>
  /** ... of at least this many words, with a sentence end. */
  readonly minWords: number
}

const SENTENCE_END = /[.!?]["”’)\]]*(?:\s|$)/u

/**
 * Text rules were made for scraped text, where a line's shape is all there
 * is to go on. After HTML extraction a line is known to be a block of the
 * article container, and some removals by shape are wrong for it: the
 * header zone (made for the site chrome above a scraped article, which
 * extraction has already dropped) takes paragraphs for "repeated header
 * lines" or the header's end. Removals by the given rule kinds of a single
 * prose line of the article are undone; other rules, and cuts (paywalls,
 * comment sections, related blocks), stand.
 *
 * @example
 * ```ts
 * const report = keepArticleProse(run(extraction.text, rules), extraction.text, extraction.lines, rules, { ruleKinds: new Set(['header']), minWords: 12 })
 * ```
 */
export function keepArticleProse(report: CleanReport, text: string, lines: readonly ExtractedLine[], rules: readonly Rule[], veto: ProseVeto): CleanReport {
  if (veto.ruleKinds.size === 0 || report.removals.length === 0) return report
  const kindOf = new Map(rules.map((r) => [r.id, r.kind]))
  const source = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')
  const vetoed = (r: Removal): boolean => {
    if (r.from !== r.to || !veto.ruleKinds.has(kindOf.get(r.rule) ?? '')) return false
    const line = lines[r.from - 1]
    return line !== undefined && line.prose && line.words >= veto.minWords && SENTENCE_END.test(source[r.from - 1] ?? '')
  }
  const removals = report.removals.filter((r) => !vetoed(r))
  if (removals.length === report.removals.length) return report
  const gone = new Set<number>()
  for (const r of removals) for (let i = r.from; i <= r.to; i++) gone.add(i)
  const out = source.filter((_, i) => !gone.has(i + 1))
  return { ...report, removals, text: out.length === 0 ? '' : out.join('\n') + '\n', linesOut: out.length }
}
