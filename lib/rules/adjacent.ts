import { LIST_INTRO, type Document, type Line } from '../document.js'
import type { AdjacentRuleSpec, Proposal, Rule, RuleContext } from './types.js'

const DEFAULT_MAX_WORDS = 12

/**
 * kind "adjacent": in a document that sets its paragraphs apart with blank
 * lines, a short line sitting directly above or below (no blank line
 * between) a line that one of the `of` rules removed goes with it.
 *
 * Why structure rather than wording: a photo caption often has no words of
 * its own that say "caption" ("Supporters gather outside the building");
 * what gives it away is the credit line glued to it ("(Photo by X/Getty
 * Images)", "© Provided by X"). Only short non-prose lines qualify, never a
 * paragraph, and above the body never the first kept line (the title);
 * the headline stays protected by the header rule, and the rule does not chain (it looks at earlier stages' removals
 * only, not at its own).
 *
 * With `minRun` it takes runs instead: see {@link runsRule}.
 */
export function adjacentRule(spec: AdjacentRuleSpec): Rule {
  const maxWords = spec.maxWords ?? DEFAULT_MAX_WORDS
  const of = new Set(spec.of)
  const base = {
    id: spec.id,
    kind: 'adjacent' as const,
    family: spec.family ?? 'other',
    description: spec.description ?? '',
    // After line rules (it builds on their removals), beside the header rule (whose keep of the headline wins).
    stage: 1,
  }
  if (spec.minRun !== undefined) return { ...base, apply: runsRule(spec.id, of, maxWords, spec.minRun) }
  return {
    ...base,
    apply(doc, ctx) {
      const out: Proposal[] = []
      const byOf = (i: number): boolean => {
        const by = ctx.markedBy.get(i)
        return by !== undefined && of.has(by)
      }
      // Where paragraphs are not set apart by blank lines (extractor output,
      // most scraped text), every line is glued to its neighbours, so gluing
      // says nothing. On the real corpora in that layout (bench/eval-lines.js
      // on the dev splits of corpus2 and WCXB) the lines this took beside a
      // credit were article three times in four: subheadings, product
      // names, spec lines, prices over an image's credit. There it takes
      // nothing; the credit line itself still goes.
      if (!blankLineLayout(doc)) return out
      // Above the body only below some kept line: the first kept line of a
      // document is its title, whatever sits next to it.
      let keptAbove = false
      for (const line of doc.lines) {
        if (line.blank || ctx.marked.has(line.index)) continue
        const first = !keptAbove
        keptAbove = true
        if (line.prose || line.words > maxWords || doc.bodyStart === -1) continue
        if (line.index < doc.bodyStart && first) continue
        const i = line.index
        if (byOf(i - 1) || byOf(i + 1)) {
          out.push({ rule: spec.id, action: 'remove', from: i, to: i, reason: 'short line glued to a removed credit line' })
        }
      }
      return out
    },
  }
}

/** Share of non-blank lines followed by a blank line from which a document sets its paragraphs apart with blank lines. */
const BLANK_LINE_LAYOUT_SHARE = 0.4

/** Does the document set its paragraphs apart with blank lines? */
function blankLineLayout(doc: Document): boolean {
  let followed = 0
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    if (!(doc.lines[i]?.blank ?? true) && (doc.lines[i + 1]?.blank ?? false)) followed++
  }
  return followed >= BLANK_LINE_LAYOUT_SHARE * doc.nonBlank
}

/**
 * `minRun`: a run of at least `minRun` name-shaped lines ("Kyiv", "RUSSIA",
 * "Black Sea"; "Jane Smith", "Tom Reed") glued above or below a line an `of`
 * rule removed ("Source: ISW", "Political Editor") goes with it: the labels
 * of an embedded map, a stack of author names. Only in the body; a run
 * stops at a blank line, a removed line, a bullet or anything not a short
 * name, and a run under a line ending in a colon is a list the article
 * introduced ("Teams that have qualified:"), so it stays.
 */
function runsRule(id: string, of: ReadonlySet<string>, maxWords: number, minRun: number): (doc: Document, ctx: RuleContext) => Proposal[] {
  const member = (line: Line | undefined, ctx: RuleContext, bodyStart: number): line is Line =>
    line !== undefined && !line.blank && line.index > bodyStart && !ctx.marked.has(line.index) &&
    !line.prose && !line.bullet && line.words <= maxWords && line.nameShaped
  return (doc, ctx) => {
    const out: Proposal[] = []
    if (doc.bodyStart === -1) return out
    const taken = new Set<number>()
    const push = (from: number, to: number): void => {
      if (to - from + 1 < minRun || taken.has(from)) return
      for (let i = from; i <= to; i++) taken.add(i)
      out.push({ rule: id, action: 'remove', from, to, reason: `${to - from + 1} short name lines glued to a removed line` })
    }
    for (const [i, by] of ctx.markedBy) {
      if (!of.has(by)) continue
      let from = i
      while (member(doc.lines[from - 1], ctx, doc.bodyStart)) from--
      const intro = doc.lines[from - 1]
      if (from < i && !(intro !== undefined && !intro.blank && LIST_INTRO.test(intro.folded))) push(from, i - 1)
      let to = i
      while (member(doc.lines[to + 1], ctx, doc.bodyStart)) to++
      if (to > i) push(i + 1, to)
    }
    out.sort((a, b) => a.from - b.from)
    return out
  }
}
