/**
 * The line questions of one rule list, answered in one pass over a document.
 *
 * Most lines of an article are prose that no rule recognises, and asking
 * each of some hundred rules about each line was most of the engine's time.
 * Here each question is reduced to a gate (the cheap things a line must
 * show before it can match: a phrase label, or a string from the needle
 * table, which reads the line once for every rule), and the gates are
 * turned around: a line is scanned once, and the strings and label it
 * shows name the few questions worth asking. Only those meet their regexes.
 * The answers are the same as asking every question about every line (a
 * test checks this on every bundled rule).
 *
 * A question's answer depends on the line's text alone, but for its zone
 * (a question is asked only about lines in it), so answers are kept by
 * text, with the zones they were asked for: the pipeline's settling
 * passes (which clean a document's output again) and lines that recur
 * across a corpus's documents (a site's boilerplate) are answered without
 * a second scan.
 */
import type { Document, Line } from '../document.js'
import { NeedleTable } from './needles.js'
import { TextMemo } from '../text/memo.js'
import { compileQuestion, inZone, MAX_MATCH_CHARS, type PreparedQuestion, type Question } from './question.js'
import type { MatchSpec, Zone } from './spec.js'

/** A question's answers for every line of a document: the reason, or null where it does not match. */
export type LineAnswers = (doc: Document) => ReadonlyArray<string | null>

/**
 * Answers kept by line text (a TextMemo, lib/text/memo.ts): texts of at most MEMO_MAX_CHARS (longer lines
 * are prose too long for most questions and rarely recur), at most
 * MEMO_MAX_TEXTS of them and MEMO_BUDGET_CHARS in all (a few megabytes:
 * a kept line can hold its whole document in memory), after which the memo
 * starts over.
 */
const MEMO_MAX_TEXTS = 50_000
const MEMO_MAX_CHARS = 2_000
const MEMO_BUDGET_CHARS = 4_000_000
const newMemo = (): TextMemo<TextAnswers> => new TextMemo<TextAnswers>(MEMO_MAX_TEXTS, MEMO_MAX_CHARS, MEMO_BUDGET_CHARS)

/**
 * The questions a line's text answers yes to (question numbers and
 * reasons, alternating), of the questions whose zone is among `zones`.
 * A text met again in another part of a document (the settling pass moves
 * the body's start) has the questions of the zones not asked yet added.
 */
interface TextAnswers {
  readonly zones: number
  readonly answers: ReadonlyArray<number | string>
}

/**
 * A zone as a bit, so that a line's zones are one number. A question is
 * asked only about lines in its zone: the header questions (a quarter of
 * all asked) need not read the body's lines.
 */
const ZONE_BITS: Readonly<Record<Zone, number>> = { any: 1, head: 2, body: 4, tail: 8 }

/** The zones a line is in, as bits. */
function zonesOf(line: Line, doc: Document): number {
  let bits = ZONE_BITS.any
  for (const zone of ['head', 'body', 'tail'] as const) if (inZone(zone, line, doc)) bits |= ZONE_BITS[zone]
  return bits
}

/** No answer, asked of these zones: one shared value per set of zones. */
const NONE: readonly TextAnswers[] = Array.from({ length: 16 }, (_, zones) => ({ zones, answers: [] }))

/** The questions, turned around: which to ask about a line, from what it shows. */
interface Plan {
  readonly questions: readonly PreparedQuestion[]
  /** Each question's zone, as its bit. */
  readonly zoneBits: readonly number[]
  readonly always: readonly number[]
  readonly byLabel: ReadonlyMap<string, readonly number[]>
  /** Questions of each needle group, by side and group id. */
  readonly byGroup: { readonly key: ReadonlyArray<readonly number[]>; readonly folded: ReadonlyArray<readonly number[]> }
  /** Lines with more words than this hold no label any question knows. */
  readonly labelMaxWords: number
  /** Lines with more words than this are asked nothing by the questions with needle groups on that side. */
  readonly groupMaxWords: { readonly key: number; readonly folded: number }
}

/**
 * The one interface to matching: a rule list registers each rule's
 * MatchSpec and reads its column of the answers.
 *
 * @example
 * ```ts
 * const scanner = new Scanner()
 * const answers = scanner.add({ phrases: ['advertisement'] })
 * answers(segment('Advertisement\nThe storm came.\n')) // => ['"advertisement"', null]
 * ```
 */
export class Scanner {
  private readonly questions: Question[] = []
  private needles = new NeedleTable()
  private plan: Plan | undefined
  private memo = newMemo()
  // The answers for the last document: the rules of a list ask in turn about the same document.
  private doc: Document | undefined
  private columns: Array<Array<string | null>> = []
  // Questions already taken for the line being asked about (a question can be named by several of its strings).
  private taken = new Int32Array(0)
  private stamp = 0

  /**
   * Compile a spec's question (throws a plain Error naming a bad pattern)
   * and register it; the function returned gives its answers for a
   * document. Nothing else is built before a document is asked about, so a
   * list compiled and never used (the main thread of a worker pool, or a
   * rules file checked for errors) costs no more.
   */
  add(spec: MatchSpec): LineAnswers {
    const k = this.questions.length
    this.questions.push(compileQuestion(spec))
    // The plan and the answers kept were made without this question.
    this.plan = undefined
    this.doc = undefined
    this.memo = newMemo()
    return (doc) => this.answers(doc)[k] ?? []
  }

  private answers(doc: Document): ReadonlyArray<ReadonlyArray<string | null>> {
    if (doc === this.doc) return this.columns
    const plan = (this.plan ??= this.prepare())
    const n = doc.lines.length
    // Most questions match no line of a document: they share one column of nulls, and a
    // question gets its own on its first answer (a column per question was most of the
    // garbage on a document of 100k short lines).
    const none = new Array<string | null>(n).fill(null)
    const columns = new Array<Array<string | null>>(this.questions.length).fill(none)
    for (const line of doc.lines) {
      // No question matches a line of a megabyte (see MAX_MATCH_CHARS): not even its gates are worth reading it for.
      if (line.blank || line.text.length > MAX_MATCH_CHARS) continue
      const zones = zonesOf(line, doc)
      const { answers } = this.textAnswers(line, plan, zones)
      for (let a = 0; a < answers.length; a += 2) {
        const k = answers[a] as number
        // Answers kept for the text may be of questions of other zones (the text stood elsewhere before).
        if (((plan.zoneBits[k] ?? 0) & zones) === 0) continue
        let column = columns[k]
        if (column === none || column === undefined) {
          column = new Array<string | null>(n).fill(null)
          columns[k] = column
        }
        column[line.index] = answers[a + 1] as string
      }
    }
    this.doc = doc
    this.columns = columns
    return columns
  }

  /** The answers of the questions of `zones` (and maybe of others) about the line's text. */
  private textAnswers(line: Line, plan: Plan, zones: number): TextAnswers {
    const known = this.memo.get(line.text, () => this.ask(line, plan, zones))
    const missing = zones & ~known.zones
    if (missing === 0) return known
    const more = this.ask(line, plan, missing)
    const both = { zones: known.zones | missing, answers: [...known.answers, ...more.answers] }
    this.memo.replace(line.text, both)
    return both
  }

  /** Ask the questions of `zones` that the line's label and strings name (and those without a gate), in list order. */
  private ask(line: Line, plan: Plan, zones: number): TextAnswers {
    const { questions, zoneBits } = plan
    const stamp = ++this.stamp
    const asked: number[] = []
    const takeOne = (k: number): void => {
      if (this.taken[k] === stamp) return
      this.taken[k] = stamp
      if (((zoneBits[k] ?? 0) & zones) === 0) return
      const gate = questions[k]?.gate
      if (gate !== undefined && !line.moreWordsThan(gate.maxWords)) asked.push(k)
    }
    const take = (ks: readonly number[] | undefined): void => {
      if (ks !== undefined) for (const k of ks) takeOne(k)
    }
    // A question without a gate is asked about every line its ungated patterns can match by
    // their word bound; on longer lines only its strings or label can name it, below.
    for (const k of plan.always) if (!line.moreWordsThan(questions[k]?.gate.alwaysMaxWords ?? Infinity)) takeOne(k)
    if (plan.byLabel.size > 0 && !line.moreWordsThan(plan.labelMaxWords)) {
      const ks = plan.byLabel.get(line.label)
      if (ks !== undefined) take(ks.filter((k) => !line.moreWordsThan(questions[k]?.gate.labelMaxWords ?? 0)))
    }
    for (const side of ['key', 'folded'] as const) {
      if (line.moreWordsThan(plan.groupMaxWords[side])) continue
      for (const g of this.needles.found(side, line)) take(plan.byGroup[side][g])
    }
    const none = NONE[zones] ?? { zones, answers: [] }
    if (asked.length === 0) return none
    const answers: Array<number | string> = []
    for (const k of asked) {
      const reason = questions[k]?.match(line) ?? null
      if (reason !== null) answers.push(k, reason)
    }
    return answers.length === 0 ? none : { zones, answers }
  }

  /** Prepare every question against one needle table and turn the gates around. */
  private prepare(): Plan {
    this.needles = new NeedleTable()
    const questions = this.questions.map((q) => q.prepare(this.needles))
    const always: number[] = []
    const byLabel = new Map<string, number[]>()
    const byGroup = { key: [] as number[][], folded: [] as number[][] }
    const groupMaxWords = { key: -1, folded: -1 }
    let labelMaxWords = -1
    questions.forEach(({ gate }, k) => {
      if (gate.always) always.push(k)
      if (gate.labels !== null) {
        labelMaxWords = Math.max(labelMaxWords, gate.labelMaxWords)
        for (const label of gate.labels) {
          const ks = byLabel.get(label)
          if (ks === undefined) byLabel.set(label, [k])
          else ks.push(k)
        }
      }
      for (const group of gate.groups) {
        const ks = (byGroup[group.side][group.id] ??= [])
        if (!ks.includes(k)) ks.push(k)
        groupMaxWords[group.side] = Math.max(groupMaxWords[group.side], gate.maxWords)
      }
    })
    this.taken = new Int32Array(questions.length)
    const zoneBits = this.questions.map((q) => ZONE_BITS[q.zone])
    return { questions, zoneBits, always, byLabel, byGroup, labelMaxWords, groupMaxWords }
  }
}
