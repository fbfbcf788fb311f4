/**
 * Trying learned rules on the corpus they were learned from, with the
 * engine itself: the last guard. Whatever the counting and the guards
 * missed, a rule that removes some document's headline or first paragraph
 * when the whole rule set runs is caught here.
 */
import type { RuleEntry, RuleSet } from '../config/load.js'
import { compileRules } from '../config/load.js'
import { PAGE_RULE } from '../page/stage.js'
import { cleanDocument } from '../pipeline.js'
import type { RuleSpec } from '../rules/types.js'
import { allocateId, emitRule, type EmitContext } from './emit.js'
import type { Learned, RejectReason } from './findings.js'
import type { ArticleRole } from './guards.js'
import type { DocProfile } from './profile.js'

/** Bound on verification rounds: each round only demotes or drops rules, so it settles fast. */
const MAX_ROUNDS = 4

/**
 * Emit the rules and run them over the group, on top of the base rules. A
 * rule that removes a document's headline or first paragraph is demoted (a
 * tail cue to a block cue, a block cue to a line rule) or, as a line rule,
 * dropped, and the rest is tried again; after the last round, whatever
 * still offends is dropped.
 */
export function verifyRules(items: readonly Learned[], docs: readonly DocProfile[], roles: readonly ArticleRole[], ctx: EmitContext, base: RuleSet | undefined, reject: (item: Learned, reason: RejectReason) => void): RuleEntry[] {
  let current = [...items]
  for (let round = 1; ; round++) {
    for (const item of current) allocateId(item, ctx)
    const emitted: Array<[Learned, RuleEntry]> = []
    for (const item of current) {
      const entry = emitRule(item, ctx)
      if (entry === undefined) reject(item, 'no-pattern')
      else emitted.push([item, entry])
    }
    if (emitted.length === 0) return []
    // The base rules are compiled already; learned ids never clash with theirs, so the learned ones go after them.
    const specs = emitted.map(([, e]) => e as RuleSpec)
    const rules: RuleSet = { specs: [...(base?.specs ?? []), ...specs], rules: [...(base?.rules ?? []), ...compileRules(specs)] }
    const offenders = offendingRules(docs, roles, rules, new Set(emitted.map(([, e]) => e.id)))
    if (offenders.size === 0) return emitted.map(([, e]) => e)
    const last = round >= MAX_ROUNDS
    const next: Learned[] = []
    for (const [item, entry] of emitted) {
      if (!offenders.has(entry.id)) next.push(item)
      else if (!last && item.cue?.cut === 'tail') next.push({ ...item, cue: { ...item.cue, cut: 'block' } })
      else if (!last && item.cue !== undefined) next.push(withoutCue(item))
      else reject(item, 'removes-article-text')
    }
    if (last) return emitted.filter(([, e]) => !offenders.has(e.id)).map(([, e]) => e)
    current = next
  }
}

/** The same learned line as a line rule (a slot template keeps its slot). */
function withoutCue(item: Learned): Learned {
  return item.slot === undefined ? { stats: item.stats } : { stats: item.stats, slot: item.slot }
}

/** Learned rules that remove a document's headline or first paragraph when the whole rule set runs. */
function offendingRules(docs: readonly DocProfile[], roles: readonly ArticleRole[], rules: RuleSet, learned: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  docs.forEach((doc, d) => {
    const role = roles[d]
    if (role === undefined) return
    const guarded = [role.headline, role.lede].map((at) => doc.lines[at]).filter((l): l is NonNullable<typeof l> => l !== undefined && l.knownBy === undefined)
    if (guarded.length === 0) return
    // The documents are cleaned as the cleaner will clean them (the learner reads lines of text, so never as HTML).
    const report = cleanDocument(doc.text, { rules, format: 'text', ...(doc.source === undefined ? {} : { source: doc.source }) })
    const firedHere = new Set(report.removals.map((r) => r.rule).filter((id) => learned.has(id)))
    for (const r of report.removals) {
      // Whole-page detection's own removals are no rule's doing.
      if (r.rule === PAGE_RULE) continue
      if (!guarded.some((l) => l.index >= r.from - 1 && l.index <= r.to - 1)) continue
      // A base rule that now removes article text does so because learned rules changed its view of the document.
      for (const id of learned.has(r.rule) ? [r.rule] : firedHere) out.add(id)
    }
  })
  return out
}
