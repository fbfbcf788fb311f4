/**
 * What learning keeps of each document: its non-blank lines as ids of
 * their normalised form, with the shape features the engine computes
 * (lib/document.ts), so that positions and zones learned here mean what
 * they mean when the learned rules run.
 */
import type { RuleSet } from '../config/load.js'
import { segment } from '../document.js'
import { run } from '../engine.js'
import type { Rule } from '../rules/types.js'
import { stripBom } from '../text/decode.js'
import { fold, labelOfKey } from '../text/fold.js'
import { normaliseKey, slotOf } from './normalise.js'

/** One document to learn from. */
export interface LearnDocument {
  /** Names the document in a learned rule's examples (a file path, a record id). */
  id: string
  text: string
  /** Its source (e.g. a domain): rules are learned per source and scoped to it. */
  source?: string
}

/** A non-blank line of a profiled document. */
export interface LineProfile {
  /** 0-based line number in the document. */
  readonly index: number
  /** Id of the normalised line in the vocabulary. */
  readonly norm: number
  /** Id of the line as a one-word-slot template ("filed under <word>"), or -1. */
  readonly slot: number
  readonly words: number
  readonly prose: boolean
  readonly headlineShaped: boolean
  readonly nameShaped: boolean
  readonly bullet: boolean
  /** The rule of the base rules (the defaults) that removes this line, if any. */
  readonly knownBy: string | undefined
  /**
   * The base rule that has removed this line before cue cuts run (line
   * rules, cue lines, the header rule): what a learned cue sees as marked.
   */
  readonly earlyBy: string | undefined
}

/** A document as learning sees it. */
export interface DocProfile {
  readonly id: string
  readonly text: string
  readonly source: string | undefined
  /** Lines in the document, blank ones included (what the engine's zones count). */
  readonly lineCount: number
  /** The engine's first prose line (-1 when none): where zone "head" ends. */
  readonly bodyStart: number
  readonly lines: readonly LineProfile[]
  /** Which story the document carries: the id of its longest prose line (copies of one story share it), or -1 - position. */
  readonly story: number
}

/** Slot templates are short labels: "Filed under Politics", "Trending in Science". */
const SLOT_MIN_WORDS = 3
const SLOT_MAX_WORDS = 8

/** How many raw spellings of a line are kept, to check that its pattern matches them. */
const MAX_VARIANTS = 40

/** Normalised lines, interned: documents hold ids, the vocabulary holds each text once. */
export class Vocabulary {
  private readonly ids = new Map<string, number>()
  readonly norms: string[] = []
  /** Distinct fold keys seen for each id (up to MAX_VARIANTS). */
  readonly variants: string[][] = []
  /** The first spelling seen, as written, and its label with case kept (a readable phrase). */
  readonly samples: Array<{ text: string; label: string }> = []
  /** For slot templates: the words seen in the slot. */
  readonly slotWords = new Map<number, Set<string>>()

  intern(norm: string, key: string, text: string): number {
    let id = this.ids.get(norm)
    if (id === undefined) {
      id = this.norms.length
      this.ids.set(norm, id)
      this.norms.push(norm)
      this.variants.push([key])
      this.samples.push({ text: text.trim(), label: labelOfKey(fold(text)) })
      return id
    }
    const seen = this.variants[id]
    if (seen !== undefined && seen.length < MAX_VARIANTS && !seen.includes(key)) seen.push(key)
    return id
  }

  /** Intern a slot template, remembering the word this line had in the slot. */
  internSlot(key: string, word: string, lineKey: string, text: string): number {
    const id = this.intern(key, lineKey, text)
    const words = this.slotWords.get(id) ?? new Set<string>()
    words.add(word)
    this.slotWords.set(id, words)
    return id
  }

  norm(id: number): string {
    return this.norms[id] ?? ''
  }
}

/** Cue cuts run in stage 2 (lib/rules/cue-cut.ts); what the stages before it remove is what they see. */
const CUE_STAGE = 2
const early = new WeakMap<RuleSet, Rule[]>()
function earlyRules(base: RuleSet): Rule[] {
  let rules = early.get(base)
  if (rules === undefined) {
    rules = base.rules.filter((r) => r.stage < CUE_STAGE)
    early.set(base, rules)
  }
  return rules
}

/**
 * Profile one document: segment it as the engine does, normalise each
 * line, and note which lines the base rules already remove (a template
 * line the defaults handle everywhere needs no learned rule).
 */
export function profileDocument(doc: LearnDocument, vocab: Vocabulary, base: RuleSet | undefined, position: number): DocProfile {
  const text = stripBom(doc.text)
  const parsed = segment(text)
  const knownBy = new Map<number, string>()
  const earlyBy = new Map<number, string>()
  if (base !== undefined) {
    const options = doc.source === undefined ? {} : { source: doc.source }
    for (const r of run(text, base.rules, options).removals) for (let i = r.from - 1; i < r.to; i++) knownBy.set(i, r.rule)
    for (const r of run(text, earlyRules(base), options).removals) for (let i = r.from - 1; i < r.to; i++) earlyBy.set(i, r.rule)
  }
  const lines: LineProfile[] = []
  let longest: LineProfile | undefined
  for (const l of parsed.lines) {
    if (l.blank) continue
    const norm = normaliseKey(l.key)
    const slot = !l.prose && l.words >= SLOT_MIN_WORDS && l.words <= SLOT_MAX_WORDS ? slotOf(norm) : undefined
    const profile: LineProfile = {
      index: l.index,
      norm: vocab.intern(norm, l.key, l.text),
      slot: slot === undefined ? -1 : vocab.internSlot(slot.key, slot.word, l.key, l.text),
      words: l.words,
      prose: l.prose,
      headlineShaped: l.headlineShaped,
      nameShaped: l.nameShaped,
      bullet: l.bullet,
      knownBy: knownBy.get(l.index),
      earlyBy: earlyBy.get(l.index),
    }
    lines.push(profile)
    if (l.prose && (longest === undefined || l.words > longest.words)) longest = profile
  }
  return {
    id: doc.id,
    text,
    source: doc.source,
    lineCount: parsed.lines.length,
    bodyStart: parsed.bodyStart,
    lines,
    story: longest?.norm ?? -1 - position,
  }
}
