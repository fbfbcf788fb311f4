/**
 * Writing learned lines as rules a person can review: the same schema as
 * rules.json, one rule per learned line or cue, each saying what it
 * matched, how often, where and in which documents.
 */
import type { RuleEntry } from '../config/load.js'
import { labelKey } from '../text/fold.js'
import type { Learned } from './findings.js'
import { positionOf, zoneOf } from './count.js'
import { hasPlaceholder, patternFor, readable } from './normalise.js'
import type { DocProfile, Vocabulary } from './profile.js'

/** Lines over this many words are matched by pattern: the engine compares phrases only on shorter labels. */
const PHRASE_MAX_WORDS = 24
/** Cue rules' default listing markers (lib/rules/cue-cut.ts), kept when a learned cue adds its own. */
const DEFAULT_LISTING_MARKERS = ['timestamps', 'listing-source', 'byline']

/** A short, stable, readable id part from a line: "More from The Bugle" -> "more-from-the-bugle". */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/<([a-z]+)>/g, '$1')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const cut = s.length <= max ? s : s.slice(0, max).replace(/-[^-]*$/, '')
  return cut === '' ? 'line' : cut
}

/** Allocates unique rule ids within one rules file. */
export class IdAllocator {
  private readonly used = new Set<string>()
  take(base: string): string {
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`
    this.used.add(id)
    return id
  }
}

/**
 * How the rule recognises the line: a phrase when the line has no varying
 * part (readable, and matched the way bundled phrases are), else an
 * anchored pattern. Either way it must match every spelling the corpus
 * showed; a line it cannot match that way is not emitted.
 */
function matchFor(norm: string, item: Learned, vocab: Vocabulary): { phrases: string[] } | { patterns: string[] } | undefined {
  const { stats, slot } = item
  const label = vocab.samples[stats.norm]?.label ?? norm
  if (!hasPlaceholder(norm) && stats.maxWords <= PHRASE_MAX_WORDS && labelKey(label) === norm) return { phrases: [label] }
  const pattern = patternFor(norm, slot?.words)
  const re = new RegExp(pattern, 'u')
  return (vocab.variants[stats.norm] ?? []).every((key) => re.test(key)) ? { patterns: [pattern] } : undefined
}

export interface EmitContext {
  vocab: Vocabulary
  docs: readonly DocProfile[]
  source: string | undefined
  ids: IdAllocator
  /** Ids already given to learned lines (cues name the learned lines inside their listings as markers). */
  idOf: Map<number, string>
  examples: number
}

/** Reserve the id of a learned line before the rules are written, so cues can refer to it. */
export function allocateId(item: Learned, ctx: EmitContext): string {
  const existing = ctx.idOf.get(item.stats.norm)
  if (existing !== undefined) return existing
  const prefix = ctx.source === undefined ? 'learned' : `learned.${slug(ctx.source, 30)}`
  const id = ctx.ids.take(`${prefix}.${slug(readable(ctx.vocab.norm(item.stats.norm)))}`)
  ctx.idOf.set(item.stats.norm, id)
  return id
}

/** The rules-file entry for a learned line or cue, or undefined when no pattern matches all its spellings. */
export function emitRule(item: Learned, ctx: EmitContext): RuleEntry | undefined {
  const { stats, cue } = item
  const norm = ctx.vocab.norm(stats.norm)
  const match = matchFor(norm, item, ctx.vocab)
  if (match === undefined) return undefined
  const position = positionOf(stats)
  const zone = zoneOf(position)
  const documents = stats.docs.length
  const share = Math.round((documents / ctx.docs.length) * 1000) / 1000
  const sample = ctx.vocab.samples[stats.norm]?.text ?? norm
  const shape = item.slot === undefined ? readable(norm) : readable(norm).replace('<word>', `{${[...item.slot.words].sort().join('|')}}`)
  const variants = (ctx.vocab.variants[stats.norm]?.length ?? 1) > 1 ? ` and variants (${shape})` : ''
  const where = ctx.source === undefined ? 'documents' : `${ctx.source} documents`
  const zoneText = position === 'inline' ? 'inline' : `${position} zone`
  const what = cue === undefined ? '' : cue.cut === 'tail' ? '; heads a listing that runs to the end' : '; heads a listing'
  const markers = cue === undefined ? [] : [...cue.markerNorms].map((n) => ctx.idOf.get(n)).filter((id): id is string => id !== undefined)
  const cueFields = cue === undefined ? {} : { cut: cue.cut, listingMarkers: [...new Set([...DEFAULT_LISTING_MARKERS, ...[...cue.markerRules].sort(), ...markers.sort()])] }
  const entry = {
    id: allocateId(item, ctx),
    kind: cue === undefined ? 'line' : 'cue',
    family: 'learned',
    description: `Learned: "${sample.length > 80 ? `${sample.slice(0, 77)}...` : sample}"${variants} in ${documents} of ${ctx.docs.length} ${where} (${Math.round(share * 100)}%), ${zoneText}${what}.`,
    ...(ctx.source === undefined ? {} : { sources: [ctx.source] }),
    ...match,
    ...(zone === 'any' ? {} : { zone }),
    ...cueFields,
    support: { documents, share },
    position,
    examples: stats.docs.slice(0, ctx.examples).map((d) => ctx.docs[d]?.id ?? String(d)),
  } as RuleEntry
  return entry
}
