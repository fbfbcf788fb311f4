import { segment, type Document, type Line } from './document.js'
import type { Proposal, Rule } from './rules/types.js'
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

/** {@link run} on a document already segmented (callers that look at the lines too segment once). */
export function runOn(doc: Document, allRules: readonly Rule[], options: RunOptions = {}): CleanReport {
  const rules = rulesFor(allRules, options.source)
  const stages = stagesOf(rules)
  const marked = new Set<number>()
  const markedBy = new Map<number, string>()
  const titleCues = new Set<number>()
  const protectedLines = new Set<number>()
  const owner = new Map<number, { rule: Rule; reason: string; span: number }>()

  for (const stage of stages) {
    const proposals: Array<[Rule, Proposal]> = []
    for (const rule of rules) {
      if (rule.stage !== stage) continue
      for (const p of rule.apply(doc, { marked, markedBy, titleCues })) proposals.push([rule, p])
    }
    for (const [rule, p] of proposals) {
      for (let i = p.from; i <= p.to; i++) {
        if (p.action === 'keep') {
          protectedLines.add(i)
          marked.delete(i)
          markedBy.delete(i)
          titleCues.delete(i)
          owner.delete(i)
        } else if (!protectedLines.has(i)) {
          marked.add(i)
          if (!markedBy.has(i)) markedBy.set(i, p.rule)
          if (rule.titleBelow === true) titleCues.add(i)
          // A line several rules remove is credited to the widest removal (a
          // cut to the end over the timestamp inside it), so --explain shows
          // one range rather than fragments.
          const span = p.to - p.from + 1
          const previous = owner.get(i)
          if (previous === undefined || span > previous.span) owner.set(i, { rule, reason: p.reason, span })
        }
      }
    }
  }

  const keep = doc.lines.map((l) => !marked.has(l.index))
  let guard: string | undefined
  if (doc.nonBlank > 0 && !doc.lines.some((l) => !l.blank && keep[l.index])) {
    guard = 'kept everything: the rules would have emptied the document'
    keep.fill(true)
    owner.clear()
  }
  const { text: out, lines: linesOut } = renderLines(doc, keep)
  return {
    text: out,
    removals: guard ? [] : collectRemovals(doc, owner),
    linesIn: doc.lines.length,
    linesOut,
    ...(guard ? { guard } : {}),
  }
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

function collectRemovals(doc: Document, owner: ReadonlyMap<number, { rule: Rule; reason: string }>): Removal[] {
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
    if (current !== undefined && current.rule === o.rule.id && current.reason === o.reason) {
      // current.to is 1-based, so it is the 0-based index of the line after the range.
      for (let i = current.to; i <= line.index; i++) current.lines.push(doc.lines[i]?.text ?? '')
      current.to = line.index + 1
      continue
    }
    current = { rule: o.rule.id, family: o.rule.family, from: line.index + 1, to: line.index + 1, reason: o.reason, lines: [line.text] }
    removals.push(current)
  }
  return removals
}
