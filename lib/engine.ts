import { segment, type Document, type Line } from './document.js'
import type { Proposal, Rule, RuleContext } from './rules/types.js'
import { narrow, type Region } from './region.js'
import { stripBom } from './text/decode.js'

/** One removed range in the report: 1-based, inclusive line numbers of the input. */
export interface Removal {
  rule: string
  family: string
  /** First removed line, 1-based. */
  from: number
  /** Last removed line, 1-based, inclusive. */
  to: number
  reason: string
  /** The removed lines, as given (blank lines inside the range included). */
  lines: string[]
}

/** What a cleaning run did to one document. */
export interface CleanReport {
  /** The clean text. */
  text: string
  removals: Removal[]
  linesIn: number
  linesOut: number
  /** Set when a guard overrode the rules, e.g. "kept everything: the rules would have emptied the document". */
  guard?: string
}

/** Per-document options of a run. */
export interface RunOptions {
  /** Where the document comes from (e.g. its domain): rules scoped with `sources` apply only to their own. */
  source?: string
}

// Scoped rules are resolved once per rule list and source, not once per
// document; sources no rule names share the list of unscoped rules.
interface Scoped {
  unscoped: readonly Rule[]
  named: ReadonlySet<string>
  bySource: Map<string, readonly Rule[]>
}
const scopedCache = new WeakMap<readonly Rule[], Scoped | null>()

/**
 * The rules that apply to a document from `source`: the unscoped ones, and
 * those scoped to it with their scope resolved (so the list can be passed
 * on to any face, which then applies it whole). Without a source, scoped
 * rules never apply.
 */
export function rulesFor(rules: readonly Rule[], source: string | undefined): readonly Rule[] {
  let scoped = scopedCache.get(rules)
  if (scoped === undefined) {
    const named = new Set(rules.flatMap((r) => [...(r.sources ?? [])]))
    scoped = rules.some((r) => r.sources !== undefined)
      ? { unscoped: rules.filter((r) => r.sources === undefined), named, bySource: new Map() }
      : null
    scopedCache.set(rules, scoped)
  }
  if (scoped === null) return rules
  if (source === undefined || !scoped.named.has(source)) return scoped.unscoped
  let active = scoped.bySource.get(source)
  if (active === undefined) {
    active = rules.filter((r) => r.sources === undefined || r.sources.has(source)).map((r) => (r.sources === undefined ? r : { ...r, sources: undefined }))
    scoped.bySource.set(source, active)
  }
  return active
}

/**
 * Run the rules over a document and resolve their proposals into one
 * verdict per line. Rules run stage by stage; each stage sees the removals
 * of the stages before it (so structure rules can build on line rules).
 * Guards live here, once: "keep" proposals (the headline) win over
 * removals, and a document is never emptied.
 */
export function run(text: string, allRules: readonly Rule[], options: RunOptions = {}): CleanReport {
  return runOn(segment(stripBom(text)), allRules, options)
}

const stageCache = new WeakMap<readonly Rule[], number[]>()

/** The stages of a rule list in order, worked out once per list (not per document). */
function stagesOf(rules: readonly Rule[]): number[] {
  let stages = stageCache.get(rules)
  if (stages === undefined) {
    stages = [...new Set(rules.map((r) => r.stage))].sort((a, b) => a - b)
    stageCache.set(rules, stages)
  }
  return stages
}

/** Who removed a line: the rule (or region stage) credited in the report, and why (exported for the markdown stage, which reports whole blocks). */
export interface Owner {
  id: string
  family: string
  reason: string
  /** Lines the credited proposal covered: a line several rules remove is credited to the widest. */
  span: number
}

/** What the rules decided about a document, before guards and render. */
export interface Verdicts {
  /** The removed lines, each with the removal it is credited to. */
  readonly owner: ReadonlyMap<number, Owner>
  /**
   * The proposals of stage 0 (the line rules and cue lines, each on its
   * own, before any removal): what the line rules recognise in the
   * document. Whole-page detection reads its end markers here.
   */
  readonly firstStage: ReadonlyArray<readonly [Rule, Proposal]>
  /** Set when the prose guard undid the weak removals (see {@link GUARD}). */
  readonly guard?: string
  /**
   * Lines a series rule gave back (lib/rules/series.ts): the heads and cells
   * of a list the document keeps. Whole-page detection counts them as the
   * article's own list, as it counts them before they came back: not as
   * short lines of a page.
   */
  readonly restored: ReadonlySet<number>
}

/**
 * Run the rules stage by stage and resolve their proposals into one verdict
 * per line: "keep" proposals (the headline) win over removals; a line
 * several rules remove is credited to the widest removal.
 */
export function resolve(doc: Document, allRules: readonly Rule[], options: RunOptions = {}): Verdicts {
  const rules = rulesFor(allRules, options.source)
  const stages = stagesOf(rules)
  const marked = new Set<number>()
  const markedBy = new Map<number, string>()
  const titleCues = new Set<number>()
  const protectedLines = new Set<number>()
  const owner = new Map<number, Owner>()
  let firstStage: Array<[Rule, Proposal]> = []
  // Lines some strong rule (one that read the line itself, or a cut the rules file trusts) removed.
  const strong = new Set<number>()
  const restored = new Set<number>()

  for (const stage of stages) {
    const proposals: Array<[Rule, Proposal]> = []
    // One context per stage, a snapshot (see RuleContext): the sets change only once every rule of the stage ran.
    const ctx: RuleContext = { marked, markedBy, titleCues, kept: protectedLines }
    for (const rule of rules) {
      if (rule.stage !== stage) continue
      for (const p of rule.apply(doc, ctx)) proposals.push([rule, p])
    }
    if (stage === 0) firstStage = proposals
    for (const [rule, p] of proposals) {
      // One credit per proposal, shared by the lines it wins: a cut to the
      // end covers thousands of lines, each of which had its own copy.
      const span = p.to - p.from + 1
      let credit: Owner | undefined
      for (let i = p.from; i <= p.to; i++) {
        if (p.action === 'keep') {
          if (rule.kind === 'series' && marked.has(i)) restored.add(i)
          protectedLines.add(i)
          marked.delete(i)
          markedBy.delete(i)
          titleCues.delete(i)
          owner.delete(i)
        } else if (!protectedLines.has(i)) {
          marked.add(i)
          if (rule.weak !== true || p.strong === true) strong.add(i)
          if (!markedBy.has(i)) markedBy.set(i, p.rule)
          if (rule.titleBelow === true) titleCues.add(i)
          // A line several rules remove is credited to the widest removal (a
          // cut to the end over the timestamp inside it), so --explain shows
          // one range rather than fragments.
          const previous = owner.get(i)
          if (previous === undefined || span > previous.span) owner.set(i, (credit ??= { id: rule.id, family: rule.family, reason: p.reason, span }))
        }
      }
    }
  }
  const guard = proseGuard(doc, strong, owner)
  return guard === undefined ? { owner, firstStage, restored } : { owner, firstStage, restored, guard }
}

/** When the prose guard steps in; together so they are tuned in one place. */
export const GUARD = {
  /**
   * Weak removals (cuts and zones without `strong`) may take at most this
   * share of a document's prose words (lines shaped like running text).
   * Past it the document falls back to the strong removals alone: a cut
   * that would take most of an article more likely misread the article
   * than found that much cruft. Comment sections and paywalls, which do
   * outweigh short articles, are strong cues in rules.json.
   */
  maxWeakProseShare: 0.5,
} as const

/**
 * The one "do no harm" guard over the rules' verdicts: when weak removals
 * would take more than {@link GUARD.maxWeakProseShare} of the prose, undo
 * them all (strong removals stay) and say so. Returns the guard's note.
 */
function proseGuard(doc: Document, strong: ReadonlySet<number>, owner: Map<number, Owner>): string | undefined {
  let prose = 0
  let weakProse = 0
  for (const l of doc.lines) {
    if (!l.prose) continue
    prose += l.words
    if (owner.has(l.index) && !strong.has(l.index)) weakProse += l.words
  }
  if (prose === 0 || weakProse <= GUARD.maxWeakProseShare * prose) return undefined
  for (const i of [...owner.keys()]) if (!strong.has(i)) owner.delete(i)
  return `fallback: cuts and zones would have removed ${Math.round((100 * weakProse) / prose)}% of the prose; only line rules and strong cues applied`
}

/** Options of {@link runOn}. */
export interface RunOnOptions extends RunOptions {
  /** Lines a stage before the rules excluded (whole-page detection): the rules see only the region, the report lists the rest under the region's rule. */
  region?: Region
  /** Verdicts already resolved for this document with these rules (not with a region), so they are not worked out twice. */
  verdicts?: Verdicts
}

/** {@link run} on a document already segmented (callers that look at the lines too segment once). */
export function runOn(doc: Document, allRules: readonly Rule[], options: RunOnOptions = {}): CleanReport {
  const { region } = options
  if (region === undefined) return report(doc, options.verdicts ?? resolve(doc, allRules, options))

  // The rules see the region as a document of its own (its own top and end);
  // their verdicts are mapped back to the document's line numbers.
  const narrowed = narrow(doc, region.keep)
  const verdicts = resolve(narrowed.doc, allRules, options)
  const emptied = emptiedBy(narrowed.doc, verdicts.owner)
  const guard = emptied ?? verdicts.guard
  const owner = new Map<number, Owner>()
  if (emptied === undefined) {
    for (const [j, o] of verdicts.owner) {
      const i = narrowed.origin[j]
      if (i !== undefined && narrowed.own[j] === true) owner.set(i, o)
    }
  }
  for (const [i, reason] of region.reasons) owner.set(i, { id: region.rule, family: region.family, reason, span: 0 })
  const keep = doc.lines.map((l) => region.keep[l.index] === true && !owner.has(l.index))
  return rendered(doc, keep, owner, guard === undefined ? undefined : `${region.name}: ${guard}`)
}

/** The guard that keeps a document from being emptied: its message when the verdicts would remove every non-blank line. */
export function emptiedBy(doc: Document, owner: ReadonlyMap<number, Owner>): string | undefined {
  if (doc.nonBlank > 0 && !doc.lines.some((l) => !l.blank && !owner.has(l.index))) return 'kept everything: the rules would have emptied the document'
  return undefined
}

/** Guards, render and report of a document's verdicts. */
function report(doc: Document, verdicts: Verdicts): CleanReport {
  const emptied = emptiedBy(doc, verdicts.owner)
  const guard = emptied ?? verdicts.guard
  const owner = emptied === undefined ? verdicts.owner : new Map<number, Owner>()
  return rendered(doc, doc.lines.map((l) => !owner.has(l.index)), owner, guard)
}

/** The report of a document rendered with `keep`: its text, the removals `owner` credits, the guard's note. */
function rendered(doc: Document, keep: readonly boolean[], owner: ReadonlyMap<number, Owner>, guard: string | undefined): CleanReport {
  const { text, lines: linesOut } = renderLines(doc, keep)
  return { text, removals: collectRemovals(doc, owner), linesIn: doc.lines.length, linesOut, ...(guard !== undefined ? { guard } : {}) }
}

/**
 * Write the kept lines with the document's own layout. Blank lines between
 * two kept lines stay as they were when nothing between them was removed;
 * where a removal left a gap, the gap becomes one blank line if it held any
 * blank line, else a plain line break. No leading or trailing blank lines,
 * one final line terminator.
 */
export function render(doc: Document, keep: readonly boolean[]): string {
  return renderLines(doc, keep).text
}

/** {@link render}, and how many lines it wrote (no line holds a line break, so that is the count of parts). */
function renderLines(doc: Document, keep: readonly boolean[]): { text: string; lines: number } {
  // Each kept line with its own terminator (doc.eols, in a file mixing CRLF and LF) or the document's.
  const parts: string[] = []
  const ends = doc.eols
  const withEnd = (line: Line): string => line.text + (ends?.[line.index] ?? doc.eol)
  let gapBlanks: Line[] = []
  let gapRemoved = false
  for (const line of doc.lines) {
    if (!keep[line.index]) {
      gapRemoved = true
      if (line.blank) gapBlanks.push(line)
      continue
    }
    if (line.blank) {
      gapBlanks.push(line)
      continue
    }
    if (parts.length > 0) {
      if (!gapRemoved) parts.push(...gapBlanks.map(withEnd))
      else if (gapBlanks[0] !== undefined) parts.push(withEnd(gapBlanks[0]))
    }
    parts.push(withEnd(line))
    gapBlanks = []
    gapRemoved = false
  }
  return { text: parts.join(''), lines: parts.length }
}

export function collectRemovals(doc: Document, owner: ReadonlyMap<number, Owner>): Removal[] {
  const removals: Removal[] = []
  let current: Removal | undefined
  for (const line of doc.lines) {
    const o = owner.get(line.index)
    if (o === undefined) {
      // A blank line inside a removed range belongs to it; it does not split the range.
      if (line.blank && current !== undefined) continue
      current = undefined
      continue
    }
    if (current !== undefined && current.rule === o.id && current.reason === o.reason) {
      // current.to is 1-based, so it is the 0-based index of the line after the range.
      for (let i = current.to; i <= line.index; i++) current.lines.push(doc.lines[i]?.text ?? '')
      current.to = line.index + 1
      continue
    }
    current = { rule: o.id, family: o.family, from: line.index + 1, to: line.index + 1, reason: o.reason, lines: [line.text] }
    removals.push(current)
  }
  return removals
}
