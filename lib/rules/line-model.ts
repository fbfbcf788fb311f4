import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../config/paths.js'
import { LIST_INTRO, type Document, type Line } from '../document.js'
import { TextMemo } from '../text/memo.js'
import { isSeparatorUnit } from '../text/units.js'
import type { ModelRuleSpec, Proposal, Rule, RuleContext } from './types.js'

/**
 * kind "model": a line model learned from real documents (the dev split of
 * the corpus bench/build-corpus.js builds), for the cruft no named family
 * describes: menu labels, widget titles, stray teasers, bylines in house
 * styles no pattern knows.
 *
 * It runs last and only reads what the rules left: a short line that is not
 * prose, whose shape, neighbours, place and words say "cruft" with a
 * probability of at least the rule's threshold, is removed. Prose is never
 * a candidate, so the model cannot eat a paragraph; what it can take is a
 * short line (a subheading, at worst), which is why the threshold is high.
 * The weights, the vocabulary and the threshold are data (line-model.json),
 * written by bench/train-line-model.js.
 */

/** The inputs, in the order of the model's weights; the trainer checks the names. */
export const LINE_MODEL_FEATURES = [
  'atMostTwoWords', 'logWords', 'endsSentence', 'headlineShaped', 'nameShaped', 'bullet', 'repeated',
  'aboveBody', 'belowLastProse', 'position',
  'previousRemoved', 'nextRemoved', 'previousProse', 'nextProse',
  'logShortRun', 'shortRunRemovedShare', 'removedNearby',
  'digitShare', 'upperShare', 'hasUrl', 'hasSeparators', 'endsInColon',
  'allCaps', 'capitalisedShare', 'hasHandle', 'hasCopyright',
  'startsLowerCase', 'hasClausePunctuation', 'hasQuotes',
  'vocabularyMax', 'vocabularyMin', 'vocabularyMean', 'vocabularyCoverage',
] as const

/** What the trained model is: bench/train-line-model.js writes it. */
export interface LineModel {
  features: string[]
  /** Standardisation of each input: (x - mean) / scale. */
  mean: number[]
  scale: number[]
  weights: number[]
  bias: number
  /** Log-odds of "cruft" for words seen often enough in the training lines. */
  vocabulary: Record<string, number>
  /** Lines with more words than this are never candidates. */
  maxWords: number
  /** Default threshold (a rule may set its own). */
  threshold: number
}

const TOKEN = /[\p{L}\p{N}]+/gu
const LETTER = /\p{L}/gu
const UPPER = /\p{Lu}/gu
const DIGIT = /\p{N}/gu
const URL = /https?:|www\.|\.(?:com|org|net)\b/iu
const SEPARATORS = /\s[|•·»›]\s/u
const COLON_END = /:\s*$/u
const HANDLE = /[@#][\p{L}\p{N}_]/u
const COPYRIGHT = /©|\(c\)/iu
const LOWER_START = /^\s*\p{Ll}/u
const CLAUSE = /[,;]/u
const QUOTES = /["“”«»]/u
const CAPITALISED = /^\p{Lu}/u

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0

/** What the model reads from a line's text alone (its place and neighbours aside), in the order of the inputs. */
interface TextInputs {
  readonly letters: number
  readonly upper: number
  readonly digits: number
  readonly tokens: number
  readonly capitalised: number
  /** URL, SEPARATORS, COLON_END, HANDLE, COPYRIGHT, LOWER_START, CLAUSE, QUOTES: 1 or 0 each. */
  readonly flags: readonly [number, number, number, number, number, number, number, number]
  /** vocabularyMax, vocabularyMin, vocabularyMean, vocabularyCoverage. */
  readonly vocabulary: readonly [number, number, number, number]
}

/** A line's words (runs of \p{L} and \p{N}), how many of them start with a capital (\p{Lu}), and its letters, capitals and digits. */
export interface WordCounts {
  readonly tokens: string[]
  readonly capitalised: number
  readonly letters: number
  readonly upper: number
  readonly digits: number
}

/**
 * The {@link WordCounts} of a line: in one loop when its letters and
 * digits are all ASCII, whatever its punctuation (curly quotes and dashes
 * are separators to the Unicode classes too; see lib/text/units.ts), as
 * \p{L} is then A-Z and a-z, \p{Lu} A-Z and \p{N} 0-9; by the Unicode
 * classes otherwise.
 *
 * @example
 * ```ts
 * wordCounts('“Read more” — 3 stories')
 * // => { tokens: ['Read', 'more', '3', 'stories'], capitalised: 1, letters: 15, upper: 1, digits: 1 }
 * ```
 */
export function wordCounts(text: string): WordCounts {
  const ascii = asciiWordCounts(text)
  if (ascii !== undefined) return ascii
  const tokens = text.match(TOKEN) ?? []
  return { tokens, capitalised: tokens.filter((w) => CAPITALISED.test(w)).length, letters: count(text, LETTER), upper: count(text, UPPER), digits: count(text, DIGIT) }
}

/** {@link wordCounts} of a line whose letters and digits are all ASCII; undefined for any other line. */
function asciiWordCounts(text: string): WordCounts | undefined {
  const tokens: string[] = []
  let capitalised = 0
  let letters = 0
  let upper = 0
  let digits = 0
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    // One step past the end closes the last word.
    const c = i < text.length ? text.charCodeAt(i) : 0x20
    const capital = c >= 0x41 && c <= 0x5a
    const small = c >= 0x61 && c <= 0x7a
    if (capital || small || (c >= 0x30 && c <= 0x39)) {
      if (start === -1) {
        start = i
        if (capital) capitalised++
      }
      if (capital) upper++
      if (capital || small) letters++
      else digits++
      continue
    }
    if (c >= 0x80 && !isSeparatorUnit(c)) return undefined
    if (start !== -1) {
      tokens.push(text.slice(start, i))
      start = -1
    }
  }
  return { tokens, capitalised, letters, upper, digits }
}

function textInputs(text: string, vocabulary: Readonly<Record<string, number>>): TextInputs {
  const { tokens, capitalised, letters, upper, digits } = wordCounts(text)
  const scores: number[] = []
  const seen = new Set<string>()
  for (const t of tokens) {
    const w = t.toLowerCase()
    if (seen.has(w)) continue
    seen.add(w)
    // An own property only: "constructor" or "__proto__" would find the
    // object's prototype, and a NaN score would take the line as cruft.
    const s = Object.hasOwn(vocabulary, w) ? vocabulary[w] : undefined
    if (typeof s === 'number') scores.push(s)
  }
  const sum = scores.reduce((a, b) => a + b, 0)
  const flag = (re: RegExp): number => (re.test(text) ? 1 : 0)
  const flags = [flag(URL), flag(SEPARATORS), flag(COLON_END), flag(HANDLE), flag(COPYRIGHT), flag(LOWER_START), flag(CLAUSE), flag(QUOTES)] as const
  return {
    letters,
    upper,
    digits,
    tokens: tokens.length,
    capitalised,
    flags,
    vocabulary: [
      scores.length > 0 ? Math.max(...scores) : 0,
      scores.length > 0 ? Math.min(...scores) : 0,
      scores.length > 0 ? sum / scores.length : 0,
      scores.length / Math.max(1, seen.size),
    ],
  }
}

/**
 * Text inputs kept by line text, one memo per vocabulary: the settling
 * passes ask about the same lines again, and the trainer's vocabularies
 * differ from the bundled one.
 */
const textMemos = new WeakMap<Readonly<Record<string, number>>, TextMemo<TextInputs>>()

function textInputsOf(text: string, vocabulary: Readonly<Record<string, number>>): TextInputs {
  let memo = textMemos.get(vocabulary)
  if (memo === undefined) {
    memo = new TextMemo()
    textMemos.set(vocabulary, memo)
  }
  return memo.get(text, (t) => textInputs(t, vocabulary))
}

/** Per document: for each line, the run of non-prose, non-blank lines it sits in (its length and how many of them the rules removed). */
function shortRuns(doc: Document, marked: ReadonlySet<number>): { length: Int32Array; removed: Int32Array } {
  const n = doc.lines.length
  const length = new Int32Array(n)
  const removed = new Int32Array(n)
  let start = 0
  const close = (end: number): void => {
    let len = 0
    let rem = 0
    for (let j = start; j < end; j++) {
      if (doc.lines[j]?.blank === false) {
        len++
        if (marked.has(j)) rem++
      }
    }
    for (let j = start; j < end; j++) {
      length[j] = len
      removed[j] = rem
    }
  }
  for (let i = 0; i < n; i++) {
    if (doc.lines[i]?.prose === true) {
      close(i)
      start = i + 1
    }
  }
  close(n)
  return { length, removed }
}

/** Everything the inputs of one document's lines share, worked out once. */
export interface LineModelContext {
  readonly doc: Document
  readonly marked: ReadonlySet<number>
  /** The last prose line no rule removed, or -1. */
  readonly lastProse: number
  readonly runs: { length: Int32Array; removed: Int32Array }
}

export function lineModelContext(doc: Document, marked: ReadonlySet<number>): LineModelContext {
  let lastProse = -1
  for (const l of doc.lines) if (l.prose && !marked.has(l.index)) lastProse = l.index
  return { doc, marked, lastProse, runs: shortRuns(doc, marked) }
}

function neighbour(doc: Document, at: number, step: 1 | -1): Line | undefined {
  for (let j = at + step; j >= 0 && j < doc.lines.length; j += step) {
    const l = doc.lines[j]
    if (l !== undefined && !l.blank) return l
  }
  return undefined
}

/** The model's inputs for line `at`, in the order of {@link LINE_MODEL_FEATURES}. */
export function lineModelInputs(c: LineModelContext, at: number, vocabulary: Readonly<Record<string, number>>): number[] {
  const { doc, marked } = c
  const line = doc.lines[at] as Line
  const previous = neighbour(doc, at, -1)
  const next = neighbour(doc, at, 1)
  const t = textInputsOf(line.text, vocabulary)
  const { letters, upper, digits, flags: f, vocabulary: v } = t
  let nearby = 0
  for (let j = Math.max(0, at - 3); j <= Math.min(doc.lines.length - 1, at + 3); j++) if (j !== at && marked.has(j)) nearby++
  const run = c.runs.length[at] ?? 0
  return [
    line.words <= 2 ? 1 : 0,
    Math.log1p(line.words),
    line.endsSentence ? 1 : 0,
    line.headlineShaped ? 1 : 0,
    line.nameShaped ? 1 : 0,
    line.bullet ? 1 : 0,
    line.repeats > 1 ? 1 : 0,
    doc.bodyStart >= 0 && at < doc.bodyStart ? 1 : 0,
    c.lastProse >= 0 && at > c.lastProse ? 1 : 0,
    at / Math.max(1, doc.lines.length - 1),
    previous !== undefined && marked.has(previous.index) ? 1 : 0,
    next !== undefined && marked.has(next.index) ? 1 : 0,
    previous?.prose === true ? 1 : 0,
    next?.prose === true ? 1 : 0,
    Math.log1p(run),
    run > 0 ? (c.runs.removed[at] ?? 0) / run : 0,
    nearby / 6,
    digits / Math.max(1, letters + digits),
    upper / Math.max(1, letters),
    f[0], f[1], f[2],
    letters > 3 && upper / letters > 0.8 ? 1 : 0,
    t.capitalised / Math.max(1, t.tokens),
    f[3], f[4], f[5], f[6], f[7],
    v[0], v[1], v[2], v[3],
  ]
}

/** Is line `at` one the model may judge: short, not prose, not blank, not already removed? */
export function isCandidate(line: Line, marked: ReadonlySet<number>, maxWords: number): boolean {
  return !line.blank && !line.prose && !marked.has(line.index) && line.words <= maxWords
}

/** Probability that the line is cruft. */
export function cruftProbability(model: LineModel, inputs: readonly number[]): number {
  let z = model.bias
  for (let i = 0; i < inputs.length; i++) z += (model.weights[i] ?? 0) * (((inputs[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] || 1))
  return 1 / (1 + Math.exp(-z))
}

let bundled: LineModel | undefined

/** The bundled line-model.json, read once per process; its feature list must be the code's. */
export function bundledLineModel(): LineModel {
  if (bundled === undefined) {
    const model = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'line-model.json'), 'utf8')) as LineModel
    if (model.features.join(',') !== LINE_MODEL_FEATURES.join(',')) {
      throw new Error('line-model.json was trained on other features than lib/rules/line-model.ts computes: retrain it (bench/train-line-model.js)')
    }
    bundled = model
  }
  return bundled
}

/**
 * The lines the model removes from a document, given what the rules removed.
 * Each candidate goes when its probability reaches the threshold, unless it
 * sits inside a list: with candidate neighbours right above and below it in
 * the same run of short lines, both of which stay, it is one item of a list
 * the article holds (a city that often names an outlet in menus), and the
 * model never takes one item out of a list. A run under a kept line ending
 * in a colon ("Results:", "Teams that have qualified:") is a list the article
 * introduced, and the model takes nothing from it. Blank lines do not end a
 * run: where paragraphs are set apart by blank lines, so are list items.
 */
export function modelRemovals(c: LineModelContext, model: LineModel, threshold: number): Array<{ at: number; p: number }> {
  const { doc, marked } = c
  const out: Array<{ at: number; p: number }> = []
  let run: Array<{ at: number; p: number }> = []
  // Whether the current run sits under a kept lead-in ending in a colon.
  let introduced = false
  // The last kept non-blank line seen: what a new run sits under.
  let lastKept: Line | undefined
  const flush = (): void => {
    if (!introduced) {
      run.forEach((r, i) => {
        if (r.p < threshold) return
        const above = run[i - 1]
        const below = run[i + 1]
        if (above !== undefined && below !== undefined && above.p < threshold && below.p < threshold) return
        out.push(r)
      })
    }
    run = []
    introduced = false
  }
  for (const line of doc.lines) {
    if (line.blank) continue
    if (line.prose || line.tableRow) {
      // A table row is one record of a table the article holds (a scoreboard, results): the model takes none.
      flush()
    } else if (isCandidate(line, marked, model.maxWords)) {
      if (run.length === 0) introduced = lastKept !== undefined && LIST_INTRO.test(lastKept.folded)
      run.push({ at: line.index, p: cruftProbability(model, lineModelInputs(c, line.index, model.vocabulary)) })
      // A lead-in ends its run: the lines under it are the run it introduces.
      if (LIST_INTRO.test(line.folded)) flush()
    }
    if (!marked.has(line.index)) lastKept = line
  }
  flush()
  return out
}

export function modelRule(spec: ModelRuleSpec, model?: LineModel): Rule {
  return {
    id: spec.id,
    kind: 'model',
    family: spec.family ?? 'model',
    description: spec.description ?? '',
    // After every other rule: it reads their removals as evidence.
    stage: 4,
    // Statistical evidence about a line's surroundings, not the line's own words alone: the prose guard may undo it.
    weak: true,
    apply(doc: Document, ctx: RuleContext): Proposal[] {
      const m = model ?? bundledLineModel()
      const removals = modelRemovals(lineModelContext(doc, ctx.marked), m, spec.threshold ?? m.threshold)
      return removals.map(({ at, p }) => ({ rule: spec.id, action: 'remove', from: at, to: at, reason: `line model: cruft with p=${p.toFixed(2)}` }))
    },
  }
}
