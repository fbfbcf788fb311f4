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
import type { RuleEntry, RuleSet, RulesFile } from '../config/load.js'
import { defaultRules } from '../config/defaults.js'
import { coveredByCues, findCue, settleCues } from './blocks.js'
import { countLines, type LineStats } from './count.js'
import { IdAllocator, type EmitContext } from './emit.js'
import type { Learned, RejectReason } from './findings.js'

export type { RejectReason } from './findings.js'
import { verifyRules } from './verify.js'
import { articleLines, articleRoles, headTemplates, isInsideArticle, isLeadIn, isSyndicated, meetsThresholds } from './guards.js'
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
  const covered = coveredByCues(fresh, (item) => item.stats.maxWords <= 5 || hasPlaceholder(ctx.vocab.norm(item.stats.norm)))
  for (const item of covered) reject(summary, ctx, item.stats, 'covered-by-cue')
  const items = fresh.filter((item) => !covered.has(item))
  items.sort((a, b) => rank(a) - rank(b) || b.stats.docs.length - a.stats.docs.length || ctx.vocab.norm(a.stats.norm).localeCompare(ctx.vocab.norm(b.stats.norm)))
  return verifyRules(items, docs, roles, ctx, base, (item, reason) => reject(summary, ctx, item.stats, reason))
}

/** A normalised line without a leading list counter ("<n>. ", "<n>) "). */
function withoutCounter(norm: string): string {
  return norm.replace(/^\uE004[.)]? /u, '')
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
