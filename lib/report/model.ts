/**
 * The data of an audit report: aggregates over every document of a
 * cleaning run, plus a bounded sample of documents to show line by line.
 * Documents stream through {@link ReportBuilder.add} one at a time and are
 * dropped unless the sample keeps them, so a corpus of any size needs
 * memory for the aggregates and the sample only.
 */
import type { RuleSet } from '../config/load.js'
import type { CleanReport } from '../engine.js'
import { FLAG_KINDS, FLAGS, isLongProse, type FlagKind } from './flags.js'
import { Reservoir } from './reservoir.js'

/** A rule as the report names it. */
export interface RuleInfo {
  id: string
  family: string
}

/** What one rule did over the whole corpus. */
export interface RuleStats extends RuleInfo {
  /** Documents it removed at least one line from. */
  docs: number
  /** Lines it removed (a range's blank lines included, as --explain counts them). */
  lines: number
  /** Removed lines shaped like long article prose (see FLAGS.longProseWords). */
  proseLines: number
  /** Documents with such a line. */
  proseDocs: number
  /** Compare only: lines this rule removed that the other rule set kept. */
  exclusive: number
}

/** One removed range, without its text (the sample keeps the document's lines). */
export interface RemovalView {
  rule: string
  family: string
  /** 1-based, inclusive. */
  from: number
  to: number
  reason: string
}

/** What one rule set did to a sampled document. */
export interface DocRun {
  bytesOut: number
  linesOut: number
  /** Share of the document's bytes removed, 0..1. */
  share: number
  removals: RemovalView[]
  guard?: string
}

/** A sampled document: its lines and what each rule set removed. */
export interface DocView {
  /** 0-based position in the input order. */
  ordinal: number
  source: string
  bytesIn: number
  linesIn: number
  lines: string[]
  a: DocRun
  /** The --compare rule set's run. */
  b?: DocRun
  /** Lines removed by one set and not the other (compare only). */
  onlyA?: number
  onlyB?: number
  flags: FlagKind[]
}

/** Totals of one rule set over the corpus. */
export interface SetSummary {
  /** Where the rules came from, e.g. "bundled rules.json + my.json". */
  label: string
  bytesOut: number
  linesOut: number
  /** Documents with at least one removal. */
  docsWithRemovals: number
  /** Documents where the never-empty guard kept everything. */
  guarded: number
  /** Every rule of the set, the ones that never fired too. */
  rules: RuleStats[]
}

export interface FlagSummary {
  count: number
  /** The first few documents flagged (sources), bounded. */
  examples: string[]
}

export interface RefusedInput {
  source: string
  reason: string
}

/** Everything the HTML and text renderers show. */
export interface ReportData {
  version: string
  inputs: string[]
  documents: number
  bytesIn: number
  linesIn: number
  a: SetSummary
  b?: SetSummary
  /** Compare only: lines removed by one set and not the other, and documents where the sets differ. */
  diff?: { linesOnlyA: number; linesOnlyB: number; docsDiffer: number }
  flags: Record<FlagKind, FlagSummary>
  refused: { count: number; examples: RefusedInput[] }
  /** The sampled documents, in input order. */
  sample: DocView[]
  maxDocs: number
}

/** A rule set and how the report names it. */
export interface NamedRuleSet {
  label: string
  rules: RuleSet
}

export interface BuilderOptions {
  a: NamedRuleSet
  b?: NamedRuleSet
  /** Keep at most this many documents to show; the aggregates count them all. */
  maxDocs: number
  /** Seed of the sampling, so the same corpus gives the same report. */
  seed?: number
  /** How many flagged / refused sources to list. */
  maxExamples?: number
}

/** Lines of a document the way the engine numbers them (a final terminator opens no line). */
export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = t.split(/\r?\n/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

function rulesOf(set: RuleSet): RuleInfo[] {
  const seen = new Map<string, RuleInfo>()
  for (const r of set.rules) if (!seen.has(r.id)) seen.set(r.id, { id: r.id, family: r.family })
  return [...seen.values()]
}

/** Per-line owner rule of a run: index = 0-based line, value = rule id or undefined. */
function ownerByLine(removals: readonly RemovalView[], lines: number): Array<string | undefined> {
  const owner = new Array<string | undefined>(lines)
  for (const r of removals) for (let i = r.from - 1; i < r.to; i++) owner[i] = r.rule
  return owner
}

class SetAggregate {
  bytesOut = 0
  linesOut = 0
  docsWithRemovals = 0
  guarded = 0
  readonly rules = new Map<string, RuleStats>()

  constructor(readonly label: string, rules: readonly RuleInfo[]) {
    for (const r of rules) this.rules.set(r.id, { ...r, docs: 0, lines: 0, proseLines: 0, proseDocs: 0, exclusive: 0 })
  }

  /** Count one document's run; returns whether a long prose line was removed. */
  add(report: CleanReport, bytesOut: number): boolean {
    this.bytesOut += bytesOut
    this.linesOut += report.linesOut
    if (report.removals.length > 0) this.docsWithRemovals++
    if (report.guard !== undefined) this.guarded++
    const fired = new Set<string>()
    const prose = new Set<string>()
    for (const r of report.removals) {
      let stats = this.rules.get(r.rule)
      if (stats === undefined) {
        stats = { id: r.rule, family: r.family, docs: 0, lines: 0, proseLines: 0, proseDocs: 0, exclusive: 0 }
        this.rules.set(r.rule, stats)
      }
      stats.lines += r.to - r.from + 1
      fired.add(r.rule)
      for (const line of r.lines) {
        if (isLongProse(line)) {
          stats.proseLines++
          prose.add(r.rule)
        }
      }
    }
    for (const id of fired) this.rules.get(id)!.docs++
    for (const id of prose) this.rules.get(id)!.proseDocs++
    return prose.size > 0
  }

  /** Credit a rule with a line the other set kept. */
  exclusive(rule: string): void {
    const stats = this.rules.get(rule)
    if (stats !== undefined) stats.exclusive++
  }

  summary(): SetSummary {
    const rules = [...this.rules.values()].sort((x, y) => y.lines - x.lines || y.docs - x.docs || x.id.localeCompare(y.id))
    return { label: this.label, bytesOut: this.bytesOut, linesOut: this.linesOut, docsWithRemovals: this.docsWithRemovals, guarded: this.guarded, rules }
  }
}

function docRun(report: CleanReport, bytesIn: number): DocRun {
  const bytesOut = Buffer.byteLength(report.text, 'utf8')
  return {
    bytesOut,
    linesOut: report.linesOut,
    share: bytesIn === 0 ? 0 : (bytesIn - bytesOut) / bytesIn,
    removals: report.removals.map(({ rule, family, from, to, reason }) => ({ rule, family, from, to, reason })),
    ...(report.guard !== undefined ? { guard: report.guard } : {}),
  }
}

/**
 * Aggregates documents one at a time and keeps a uniform random sample
 * of them (reservoir sampling, seeded) for the per-document view.
 *
 * @example
 * ```ts
 * const builder = new ReportBuilder({ a: { label: 'bundled rules.json', rules: defaultRules() }, maxDocs: 2000 })
 * for (const [source, text] of docs) builder.add(source, text, cleanWithReport(text))
 * const data = builder.finish({ version: '0.1.0', inputs: ['corpus/'] })
 * ```
 */
export class ReportBuilder {
  private documents = 0
  private bytesIn = 0
  private linesIn = 0
  private readonly a: SetAggregate
  private readonly b: SetAggregate | undefined
  private linesOnlyA = 0
  private linesOnlyB = 0
  private docsDiffer = 0
  private readonly flagCounts = new Map<FlagKind, FlagSummary>(FLAG_KINDS.map((k) => [k, { count: 0, examples: [] }]))
  /** Sources of documents nothing was removed from; whether that is suspicious is known only at the end. */
  private readonly untouched: FlagSummary = { count: 0, examples: [] }
  private readonly refused: { count: number; examples: RefusedInput[] } = { count: 0, examples: [] }
  private readonly sample: Reservoir<DocView>
  private readonly maxExamples: number

  constructor(private readonly options: BuilderOptions) {
    this.a = new SetAggregate(options.a.label, rulesOf(options.a.rules))
    this.b = options.b ? new SetAggregate(options.b.label, rulesOf(options.b.rules)) : undefined
    this.sample = new Reservoir(options.maxDocs, options.seed ?? 1)
    this.maxExamples = options.maxExamples ?? 20
  }

  private note(summary: FlagSummary, source: string): void {
    summary.count++
    if (summary.examples.length < this.maxExamples) summary.examples.push(source)
  }

  /**
   * Count one cleaned document. `text` is the input as given to the engine;
   * `a` is its report under the main rules, `b` under the --compare rules.
   */
  add(source: string, text: string, a: CleanReport, b?: CleanReport): void {
    if ((b === undefined) !== (this.b === undefined)) throw new Error('ReportBuilder.add: give a compare report exactly when the builder compares')
    const ordinal = this.documents++
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    const bytesIn = Buffer.byteLength(body, 'utf8')
    this.bytesIn += bytesIn
    this.linesIn += a.linesIn
    const runA = docRun(a, bytesIn)
    const prose = this.a.add(a, runA.bytesOut)
    const flags: FlagKind[] = []
    if (runA.share > FLAGS.mostRemovedShare) flags.push('most-removed')
    if (prose) flags.push('prose-removed')
    if (a.guard !== undefined) flags.push('guard')
    for (const f of flags) this.note(this.flagCounts.get(f)!, source)
    if (a.removals.length === 0) this.note(this.untouched, source)

    let runB: DocRun | undefined
    let onlyA = 0
    let onlyB = 0
    if (b !== undefined && this.b !== undefined) {
      runB = docRun(b, bytesIn)
      this.b.add(b, runB.bytesOut)
      const ownerA = ownerByLine(runA.removals, a.linesIn)
      const ownerB = ownerByLine(runB.removals, b.linesIn)
      for (let i = 0; i < a.linesIn; i++) {
        const ruleA = ownerA[i]
        const ruleB = ownerB[i]
        if (ruleA !== undefined && ruleB === undefined) {
          onlyA++
          this.a.exclusive(ruleA)
        } else if (ruleA === undefined && ruleB !== undefined) {
          onlyB++
          this.b.exclusive(ruleB)
        }
      }
      this.linesOnlyA += onlyA
      this.linesOnlyB += onlyB
      if (onlyA + onlyB > 0) this.docsDiffer++
    }

    // Build the view only when the reservoir would keep it: most documents of a large corpus are not sampled.
    this.sample.offer(() => ({
      ordinal,
      source,
      bytesIn,
      linesIn: a.linesIn,
      lines: splitLines(body),
      a: runA,
      ...(runB !== undefined ? { b: runB, onlyA, onlyB } : {}),
      flags,
    }))
  }

  /** Count an input that could not be cleaned (unreadable file, bad record). */
  refuse(source: string, reason: string): void {
    this.refused.count++
    if (this.refused.examples.length < this.maxExamples * 5) this.refused.examples.push({ source, reason })
  }

  /** The report data; call once, after the last document. */
  finish(meta: { version: string; inputs: string[] }): ReportData {
    // "Nothing removed" is suspicious only where most documents had cruft.
    const mostHadCruft = this.documents > 0 && this.a.docsWithRemovals / this.documents > FLAGS.nothingRemovedCorpusShare
    const sample = this.sample.items().sort((x, y) => x.ordinal - y.ordinal)
    if (mostHadCruft) {
      this.flagCounts.set('nothing-removed', this.untouched)
      for (const d of sample) if (d.a.removals.length === 0) d.flags.push('nothing-removed')
    }
    const flags = Object.fromEntries(FLAG_KINDS.map((k) => [k, this.flagCounts.get(k)!])) as Record<FlagKind, FlagSummary>
    return {
      version: meta.version,
      inputs: meta.inputs,
      documents: this.documents,
      bytesIn: this.bytesIn,
      linesIn: this.linesIn,
      a: this.a.summary(),
      ...(this.b ? { b: this.b.summary(), diff: { linesOnlyA: this.linesOnlyA, linesOnlyB: this.linesOnlyB, docsDiffer: this.docsDiffer } } : {}),
      flags,
      refused: this.refused,
      sample,
      maxDocs: this.options.maxDocs,
    }
  }
}
