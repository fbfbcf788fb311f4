/**
 * `cleanup learn`: learn a corpus's own boilerplate and write it as rules.
 *
 * Template lines (app prompts, section labels, sign-offs, widget labels)
 * recur across many documents of one source; article text does not. Per
 * group of documents (a source, or the whole corpus), lines are normalised
 * and counted; those that pass the thresholds and the guards (not a copy
 * of one syndicated story, not some document's own headline or first
 * paragraph) become line rules, or cue rules when they head listings. The
 * rules are then tried on the corpus with the engine itself, and any rule
 * that would remove a document's headline or first paragraph is dropped.
 */
import { compileRules, type RuleEntry, type RuleSet, type RulesFile } from '../config/load.js'
import { defaultRules } from '../config/defaults.js'
import { run } from '../engine.js'
import type { Rule, RuleSpec } from '../rules/types.js'
import { findCue } from './blocks.js'
import { countLines, type LineStats } from './count.js'
import { allocateId, emitRule, IdAllocator, type EmitContext, type Learned } from './emit.js'
import { articleLines, articleRoles, headTemplates, isInsideArticle, isLeadIn, isSyndicated, meetsThresholds, type ArticleRole } from './guards.js'
import { hasPlaceholder, isLearnable, readable } from './normalise.js'
import { profileDocument, Vocabulary, type DocProfile, type LearnDocument, type LineProfile } from './profile.js'

export type { LearnDocument } from './profile.js'

/** Options of {@link learnRules}. */
export interface LearnOptions {
  /** Learn per source (documents' `source`), scoping each rule to its source; documents without one are not learned from. Default false: one group. */
  bySource?: boolean
  /** A line must occur in at least this many documents of its group (default 3). */
  minDocs?: number
  /** ...and in at least this share of them (default 0.2). */
  minShare?: number
  /** Example document ids per rule (default 3). */
  examples?: number
  /** The rules the learned ones will run on top of (default: the bundled rules): lines they already remove everywhere are not learned. `false` learns from nothing. */
  base?: RuleSet | false
}

export const LEARN_DEFAULTS = { minDocs: 3, minShare: 0.2, examples: 3 } as const

/** Why a recurring line was not learned. */
export type RejectReason = 'syndicated' | 'article-line' | 'inside-article' | 'covered-by-cue' | 'no-pattern' | 'removes-article-text'

/** A recurring line the guards kept out of the rules, for review. */
export interface Rejection {
  source: string | undefined
  line: string
  documents: number
  reason: RejectReason
}

/** What learning saw and did. */
export interface LearnSummary {
  documents: number
  /** Groups learned from (sources, or 1). */
  groups: number
  /** With bySource: documents without a source, not learned from. */
  unsourced: number
  lineRules: number
  cueRules: number
  /** Recurring lines the base rules already remove everywhere. */
  known: number
  rejected: Rejection[]
}

/** Bound on verification rounds: each round only removes or demotes rules, so it settles fast. */
const MAX_ROUNDS = 4

/**
 * Learn rules from documents. Pure: documents in, a rules file (the schema
 * of rules.json) and a summary out.
 *
 * @example
 * ```ts
 * import { learnRules, ruleSetFrom, clean } from 'cleanup'
 * const { rules } = learnRules(pages.map((text, i) => ({ id: `page-${i}`, text })))
 * const learned = ruleSetFrom([{ source: 'learned', rules }])
 * clean(pages[0], { rules: learned })
 * ```
 */
export function learnRules(documents: Iterable<LearnDocument>, options: LearnOptions = {}): { rules: RulesFile; summary: LearnSummary } {
  const minDocs = Math.max(2, options.minDocs ?? LEARN_DEFAULTS.minDocs)
  const minShare = options.minShare ?? LEARN_DEFAULTS.minShare
  const examples = options.examples ?? LEARN_DEFAULTS.examples
  const base = options.base === false ? undefined : (options.base ?? defaultRules())
  const vocab = new Vocabulary()
  const groups = new Map<string | undefined, DocProfile[]>()
  const summary: LearnSummary = { documents: 0, groups: 0, unsourced: 0, lineRules: 0, cueRules: 0, known: 0, rejected: [] }

  for (const doc of documents) {
    summary.documents++
    const source = options.bySource === true ? doc.source : undefined
    if (options.bySource === true && source === undefined) {
      summary.unsourced++
      continue
    }
    const profile = profileDocument({ ...doc, ...(source === undefined ? {} : { source }) }, vocab, base, summary.documents)
    const group = groups.get(source)
    if (group === undefined) groups.set(source, [profile])
    else group.push(profile)
  }

  const ids = new IdAllocator()
  const entries: RuleEntry[] = []
  const sortedGroups = [...groups].sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
  for (const [source, docs] of sortedGroups) {
    summary.groups++
    const ctx: EmitContext = { vocab, docs, source, ids, idOf: new Map(), examples }
    entries.push(...learnGroup(docs, ctx, { minDocs, minShare }, base, summary))
  }
  summary.lineRules = entries.filter((e) => e.kind === 'line').length
  summary.cueRules = entries.filter((e) => e.kind === 'cue').length
  const scope = options.bySource === true ? `${summary.groups} sources` : 'one group'
  return {
    rules: {
      description: `Learned by cleanup learn from ${summary.documents} documents (${scope}; min documents ${minDocs}, min share ${minShare}). Review before use: each rule gives what it matched, its support, position and example documents.`,
      rules: entries,
    },
    summary,
  }
}

function reject(summary: LearnSummary, ctx: EmitContext, s: LineStats, reason: RejectReason): void {
  summary.rejected.push({ source: ctx.source, line: ctx.vocab.samples[s.norm]?.text ?? readable(ctx.vocab.norm(s.norm)), documents: s.docs.length, reason })
}

const POSITION_ORDER = { header: 0, inline: 1, footer: 2 } as const

function learnGroup(docs: DocProfile[], ctx: EmitContext, thresholds: { minDocs: number; minShare: number }, base: RuleSet | undefined, summary: LearnSummary): RuleEntry[] {
  const stats = countLines(docs)
  const chrome = headTemplates(docs, stats, thresholds.minDocs)
  const roles = articleRoles(docs, chrome)
  const article = articleLines(docs, roles)
  // A listing may number the headlines it cross-references ("2. Storm hits coast").
  const articleText = new Set([...article].map((id) => ctx.vocab.norm(id)))

  const unique = (norm: number): boolean => (stats.get(norm)?.docs.length ?? 0) === 1
  const template = (l: LineProfile): boolean => l.knownBy !== undefined || (stats.get(l.norm)?.docs.length ?? 0) >= thresholds.minDocs
  const inside = { minDocs: thresholds.minDocs, minShare: Math.min(1, 2 * thresholds.minShare) }
  /** Why a recurring line (or slot template) is not boilerplate, if it is not. */
  const guard = (s: LineStats, members: readonly number[]): RejectReason | undefined => {
    if (!meetsThresholds(s, docs.length, inside) && isInsideArticle(s, docs, unique, template)) return 'inside-article'
    const colon = members.some((m) => (ctx.vocab.variants[m] ?? []).some((key) => /:\s*$/.test(key)))
    if (members.some((m) => article.has(m) || articleText.has(withoutCounter(ctx.vocab.norm(m)))) || isLeadIn(s, docs, colon, unique, template)) return 'article-line'
    if (isSyndicated(s, docs)) return 'syndicated'
    return undefined
  }
  let kept: Learned[] = []
  for (const s of stats.values()) {
    if (!meetsThresholds(s, docs.length, thresholds) || !isLearnable(ctx.vocab.norm(s.norm))) continue
    const why = guard(s, [s.norm])
    if (why === undefined) kept.push({ stats: s })
    else reject(summary, ctx, s, why)
  }
  kept = learnSlots(docs, kept, thresholds, guard, ctx, summary)

  const learnedNorms = new Set(kept.flatMap((k) => [k.stats.norm, ...(k.slot?.members ?? [])]))
  // What a learned cue's cut will see as already removed: base removals before the cut, and learned lines.
  const marked = (l: { earlyBy: string | undefined; norm: number }): boolean => l.earlyBy !== undefined || learnedNorms.has(l.norm)
  const recurs = (l: { norm: number }): boolean => (stats.get(l.norm)?.docs.length ?? 0) >= 2
  for (const item of kept) {
    const cue = findCue(item.stats, docs, marked, recurs)
    if (cue !== undefined) item.cue = cue
  }
  settleCues(kept, docs)
  // A line the base rules remove everywhere needs no rule, unless it heads
  // listings they leave behind (a bundled label that is this corpus's cue).
  const fresh = kept.filter((item) => {
    const known = item.stats.known === item.stats.occurrences.length
    if (known && item.cue === undefined) summary.known++
    return !known || item.cue !== undefined
  })
  const items = dropCovered(fresh, docs, ctx, summary)
  items.sort((a, b) => rank(a) - rank(b) || b.stats.docs.length - a.stats.docs.length || ctx.vocab.norm(a.stats.norm).localeCompare(ctx.vocab.norm(b.stats.norm)))
  return verify(items, docs, roles, ctx, base, summary)
}

/** A normalised line without a leading list counter ("<n>. ", "<n>) "). */
function withoutCounter(norm: string): string {
  return norm.replace(/^\uE004[.)]? /u, '')
}

/**
 * One cue per listing. Deciding from the most widespread cue down (the
 * heading of a page's listing is on every page, the source names in its
 * entries vary), then from the top of the documents down, a cue line that
 * mostly sits inside the listing of a cue kept before it (a source or time
 * line of an entry, a second heading) is a line of that listing, not its
 * head: it stays a line rule, and marks entries for the cue that owns them.
 */
function settleCues(items: Learned[], docs: readonly DocProfile[]): void {
  const depth = (c: Learned): number => {
    const spots = c.stats.occurrences.map((o) => o.at / Math.max(1, docs[o.doc]?.lines.length ?? 1))
    return spots.reduce((a, b) => a + b, 0) / Math.max(1, spots.length)
  }
  const cues = items.filter((i) => i.cue !== undefined).sort((a, b) => b.stats.docs.length - a.stats.docs.length || depth(a) - depth(b))
  const kept: Array<Map<number, Array<{ from: number; to: number }>>> = []
  for (const c of cues) {
    let nested = 0
    for (const o of c.stats.occurrences) {
      if (kept.some((byDoc) => (byDoc.get(o.doc) ?? []).some((r) => o.at >= r.from && o.at <= r.to))) nested++
    }
    if (nested * 2 >= c.stats.occurrences.length) {
      delete c.cue
      continue
    }
    const byDoc = new Map<number, Array<{ from: number; to: number }>>()
    for (const r of c.cue?.regions ?? []) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r])
    kept.push(byDoc)
  }
}

/**
 * Templates with one changing word ("Filed under Politics", "... Science"):
 * when the variants together pass the thresholds and the guards, and some
 * variant would not on its own, one rule takes them all (its slot matches
 * the words seen) in place of the variants' own rules.
 */
function learnSlots(docs: readonly DocProfile[], kept: Learned[], thresholds: { minDocs: number; minShare: number }, guard: (s: LineStats, members: readonly number[]) => RejectReason | undefined, ctx: EmitContext, summary: LearnSummary): Learned[] {
  const keptNorms = new Set(kept.map((k) => k.stats.norm))
  const slots: Learned[] = []
  for (const s of countLines(docs, (l) => l.slot).values()) {
    if (!meetsThresholds(s, docs.length, thresholds)) continue
    const members = [...new Set(s.occurrences.map((o) => docs[o.doc]?.lines[o.at]?.norm ?? -1))].filter((m) => m >= 0)
    if (members.length < 2 || members.every((m) => keptNorms.has(m))) continue
    const why = guard(s, members)
    if (why !== undefined) {
      reject(summary, ctx, s, why)
      continue
    }
    const words = members.map((m) => /(\S+)$/u.exec(ctx.vocab.norm(m))?.[1] ?? '').filter((w) => w !== '')
    slots.push({ stats: s, slot: { members, words } })
  }
  const covered = new Set(slots.flatMap((k) => k.slot?.members ?? []))
  return [...kept.filter((k) => !covered.has(k.stats.norm)), ...slots]
}

function rank(item: Learned): number {
  const s = item.stats
  const position = s.head === s.occurrences.length ? 'header' : s.tail === s.occurrences.length ? 'footer' : 'inline'
  return POSITION_ORDER[position]
}

/**
 * Lines found only inside learned listings (a linked story's headline or
 * teaser) go with their cue; keeping them as rules of their own would fill
 * the file with headlines. Short lines and timestamps stay: they are the
 * source and time lines that mark listing entries.
 */
function dropCovered(kept: Learned[], docs: readonly DocProfile[], ctx: EmitContext, summary: LearnSummary): Learned[] {
  const inCue = new Map<number, Array<{ from: number; to: number }>>()
  for (const item of kept) {
    for (const r of item.cue?.regions ?? []) {
      const list = inCue.get(r.doc) ?? []
      list.push(r)
      inCue.set(r.doc, list)
    }
  }
  return kept.filter((item) => {
    if (item.cue !== undefined) return true
    const s = item.stats
    if (s.maxWords <= 5 || hasPlaceholder(ctx.vocab.norm(s.norm))) return true
    const covered = s.occurrences.every((o) => (inCue.get(o.doc) ?? []).some((r) => o.at >= r.from && o.at <= r.to))
    if (covered && docs.length > 0) reject(summary, ctx, s, 'covered-by-cue')
    return !covered
  })
}

/**
 * Emit the rules and try them on the group with the engine, over the base
 * rules. A rule that removes some document's headline or first paragraph
 * is demoted (a tail cue to a block cue, a block cue to a line rule) or,
 * as a line rule, dropped; then the rest is tried again.
 */
function verify(items: Learned[], docs: readonly DocProfile[], roles: readonly ArticleRole[], ctx: EmitContext, base: RuleSet | undefined, summary: LearnSummary): RuleEntry[] {
  let current = items
  for (let round = 0; ; round++) {
    for (const item of current) allocateId(item, ctx)
    const emitted: Array<[Learned, RuleEntry]> = []
    for (const item of current) {
      const entry = emitRule(item, ctx)
      if (entry === undefined) reject(summary, ctx, item.stats, 'no-pattern')
      else emitted.push([item, entry])
    }
    if (round >= MAX_ROUNDS || emitted.length === 0) return emitted.map(([, e]) => e)
    // The base rules are compiled already; learned ids never clash with theirs, so the learned ones go after them.
    const rules = [...(base?.rules ?? []), ...compileRules(emitted.map(([, e]) => e as RuleSpec))]
    const offenders = offendingRules(docs, roles, rules, new Set(emitted.map(([, e]) => e.id)))
    if (offenders.size === 0) return emitted.map(([, e]) => e)
    const next: Learned[] = []
    for (const [item, entry] of emitted) {
      if (!offenders.has(entry.id)) next.push(item)
      else if (item.cue?.cut === 'tail') next.push({ ...item, cue: { ...item.cue, cut: 'block' } })
      else if (item.cue !== undefined) next.push({ stats: item.stats })
      else reject(summary, ctx, item.stats, 'removes-article-text')
    }
    current = next
  }
}

/** Learned rules that remove a document's headline or first paragraph when the whole rule set runs. */
function offendingRules(docs: readonly DocProfile[], roles: readonly ArticleRole[], rules: readonly Rule[], learned: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  docs.forEach((doc, d) => {
    const role = roles[d]
    if (role === undefined) return
    const guarded = [role.headline, role.lede].map((at) => doc.lines[at]).filter((l): l is NonNullable<typeof l> => l !== undefined && l.knownBy === undefined)
    if (guarded.length === 0) return
    const report = run(doc.text, rules, doc.source === undefined ? {} : { source: doc.source })
    const firedHere = new Set(report.removals.map((r) => r.rule).filter((id) => learned.has(id)))
    for (const r of report.removals) {
      if (!guarded.some((l) => l.index >= r.from - 1 && l.index <= r.to - 1)) continue
      // A base rule that now removes article text does so because learned rules changed its view of the document.
      for (const id of learned.has(r.rule) ? [r.rule] : firedHere) out.add(id)
    }
  })
  return out
}

