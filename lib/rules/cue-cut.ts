import { LONG_LINE_WORDS, type Document, type Line } from '../document.js'
import { lineRule } from './line-pattern.js'
import { compileMatcher, everyLine, type LineAnswers } from './matcher.js'
import type { CueRuleSpec, Proposal, Rule, RuleContext } from './types.js'

const DEFAULT_LISTING_MAX_WORDS = 20
const DEFAULT_LISTING_MARKERS = ['timestamps', 'listing-source', 'byline']

/**
 * kind "cue": a heading such as "Related Articles" or "Sign up to read this
 * article" that owns what follows it.
 *
 * With cut "tail" it removes everything to the end, but only when what
 * follows is cruft-shaped; otherwise (and with cut "block") it removes the
 * cue and the listing directly below it, stopping at the first line of prose.
 * That guard is what keeps an article that merely continues after a stray
 * cue-like line.
 *
 * The cue line itself is removed early, with the line rules, so the header
 * rule never mistakes a cue ("Already a subscriber? Sign in") for a
 * headline; the cut runs after the header rule, so it cannot take the
 * headline the header rule protects.
 */
export function cueRule(spec: CueRuleSpec): Rule[] {
  // The cue line and the cut ask the same question of each line: answer it once per document.
  const answers = everyLine(compileMatcher(spec), true)
  const cueLine = lineRule({ ...spec, kind: 'line' }, answers)
  return [{ ...cueLine, kind: 'cue', family: spec.family ?? 'related' }, cueCut(spec, answers)]
}

function cueCut(spec: CueRuleSpec, answers: LineAnswers): Rule {
  const listingMaxWords = spec.listingMaxWords ?? DEFAULT_LISTING_MAX_WORDS
  const listingMarkers = new Set(spec.listingMarkers ?? DEFAULT_LISTING_MARKERS)
  const cut = spec.cut ?? 'block'
  return {
    id: spec.id,
    kind: 'cue',
    family: spec.family ?? 'related',
    description: spec.description ?? '',
    stage: 2,
    apply(doc, ctx) {
      const out: Proposal[] = []
      let tail: TailFacts | undefined
      let coveredTo = -1
      const reasons = answers(doc)
      for (const line of doc.lines) {
        if (line.index <= coveredTo) continue
        const why = reasons[line.index] ?? null
        if (why === null) continue
        const last = doc.lines.length - 1
        if (cut === 'tail' && (tail ??= new TailFacts(doc, ctx, listingMarkers)).isCruft(line.index)) {
          out.push({ rule: spec.id, action: 'remove', from: line.index, to: last, reason: `${why}; cut to the end` })
          break
        }
        const end = listingEnd(doc, ctx, line.index, listingMaxWords)
        out.push({ rule: spec.id, action: 'remove', from: line.index, to: end, reason: `${why}; cue and its listing` })
        coveredTo = end
      }
      return out
    },
  }
}

function isProseLine(line: Line, ctx: RuleContext): boolean {
  return line.prose && !ctx.marked.has(line.index)
}

/**
 * Last line of the listing that starts after the cue at `cue`: entries run
 * until the first prose line. A lone first entry right above prose is the
 * title of what follows (a cue sitting over the headline), not a listing.
 */
function listingEnd(doc: Document, ctx: RuleContext, cue: number, maxWords: number): number {
  let end = cue
  let entries = 0
  for (let i = cue + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]
    if (line === undefined) break
    if (line.blank) continue
    const marked = ctx.marked.has(i)
    const entry = marked || line.bullet || (!isProseLine(line, ctx) && line.words <= maxWords)
    if (!entry) break
    if (!marked && entries === 0 && nextIsProse(doc, ctx, i)) break
    if (!marked) entries++
    end = i
  }
  return end
}

function nextIsProse(doc: Document, ctx: RuleContext, after: number): boolean {
  for (let i = after + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]
    if (line === undefined) return false
    if (line.blank || ctx.marked.has(i)) continue
    return line.prose
  }
  return false
}

/**
 * Is everything after the cue something other than the article going on?
 *
 * Never when no article prose stands before the cue. Otherwise every prose
 * line after it must read as a teaser of a listing: right below a listing
 * marker (a source or time line), a headline, or another teaser. Prose that
 * follows a widget or anything else is the article resuming, and then the
 * cue only takes its own listing. Given that, the tail is cruft when it
 * holds no prose, when it has listing markers, or when it lists several
 * headlines whose teasers are no longer than the article before the cue.
 *
 * A document can hold a cue every few lines (a long comment thread), so the
 * sums and the "prose below a widget" test are prefix and suffix tables
 * built once, and each cue is answered in constant time.
 */
class TailFacts {
  private readonly doc: Document
  private readonly ctx: RuleContext
  /** Article prose lines (unremoved prose) before line i. */
  private readonly proseLinesBefore: number[]
  /** From line i to the end: prose lines, short unremoved lines, listing-marker lines. */
  private readonly proseLinesAfter: number[]
  private readonly headings: number[]
  private readonly markers: number[]
  /** From line i to the end: is there a prose line right below a widget (the next non-blank line above it)? */
  private readonly proseBelowWidget: boolean[]
  /** First non-blank line from i on, or -1. */
  private readonly nextNonBlank: number[]
  private readonly kinds: Array<'blank' | 'marker' | 'widget' | 'prose' | 'heading'>
  /** Words of article prose before line i; counted only when a cue needs it (long paragraphs are slow to count). */
  private proseWordsBefore: number[] | undefined
  private lowBefore: { words: number[]; long: number[] } | undefined

  constructor(doc: Document, ctx: RuleContext, listingMarkers: ReadonlySet<string>) {
    this.doc = doc
    this.ctx = ctx
    const n = doc.lines.length
    this.kinds = doc.lines.map((line) => {
      if (line.blank) return 'blank'
      const by = ctx.markedBy.get(line.index)
      if (by !== undefined) return listingMarkers.has(by) ? 'marker' : 'widget'
      return line.prose ? 'prose' : 'heading'
    })
    this.proseLinesBefore = new Array<number>(n + 1).fill(0)
    for (let i = 0; i < n; i++) {
      const line = doc.lines[i]
      this.proseLinesBefore[i + 1] = (this.proseLinesBefore[i] ?? 0) + (line !== undefined && isProseLine(line, ctx) ? 1 : 0)
    }
    this.proseLinesAfter = new Array<number>(n + 1).fill(0)
    this.headings = new Array<number>(n + 1).fill(0)
    this.markers = new Array<number>(n + 1).fill(0)
    this.proseBelowWidget = new Array<boolean>(n + 1).fill(false)
    this.nextNonBlank = new Array<number>(n + 1).fill(-1)
    // Walking up, `below` is the nearest non-blank line under the current one.
    for (let i = n - 1; i >= 0; i--) {
      const kind = this.kinds[i]
      this.proseLinesAfter[i] = (this.proseLinesAfter[i + 1] ?? 0) + (kind === 'prose' ? 1 : 0)
      this.headings[i] = (this.headings[i + 1] ?? 0) + (kind === 'heading' ? 1 : 0)
      this.markers[i] = (this.markers[i + 1] ?? 0) + (kind === 'marker' ? 1 : 0)
      this.nextNonBlank[i] = kind === 'blank' ? (this.nextNonBlank[i + 1] ?? -1) : i
      const below = this.nextNonBlank[i + 1] ?? -1
      const proseBelowThis = kind === 'widget' && below !== -1 && this.kinds[below] === 'prose'
      this.proseBelowWidget[i] = (this.proseBelowWidget[i + 1] ?? false) || proseBelowThis
    }
  }

  isCruft(cue: number): boolean {
    // Prose lines have words, so "no prose words" is "no prose lines".
    if ((this.proseLinesBefore[cue] ?? 0) === 0) return false
    // Prose right under the cue, or anywhere right under a widget, is the article resuming.
    const first = this.nextNonBlank[cue + 1] ?? -1
    if (first !== -1 && (this.kinds[first] === 'prose' || (this.proseBelowWidget[first] ?? false))) return false
    if ((this.proseLinesAfter[cue + 1] ?? 0) === 0 || (this.markers[cue + 1] ?? 0) > 0) return true
    if ((this.headings[cue + 1] ?? 0) < 2) return false
    // Teasers after the cue are no longer than the article before it. A long
    // paragraph counts at least LONG_LINE_WORDS; most cues are decided by that
    // bound, and only the others count their long paragraphs to the end.
    const low = this.bounds()
    const total = low.words[low.words.length - 1] ?? 0
    const longTotal = low.long[low.long.length - 1] ?? 0
    const before = low.words[cue] ?? 0
    const after = total - (low.words[cue + 1] ?? 0)
    const longBefore = low.long[cue] ?? 0
    const longAfter = longTotal - (low.long[cue + 1] ?? 0)
    if (longAfter === 0 && after <= before) return true
    if (longBefore === 0 && after > before) return false
    const words = this.wordsBefore()
    return (words[words.length - 1] ?? 0) - (words[cue + 1] ?? 0) <= (words[cue] ?? 0)
  }

  /** Before line i: article prose words, counting a long paragraph as LONG_LINE_WORDS; and how many long paragraphs. */
  private bounds(): { words: number[]; long: number[] } {
    if (this.lowBefore === undefined) {
      const words = [0]
      const long = [0]
      for (const line of this.doc.lines) {
        const prose = isProseLine(line, this.ctx)
        const isLong = prose && line.moreWordsThan(LONG_LINE_WORDS - 1)
        words.push((words[words.length - 1] ?? 0) + (!prose ? 0 : isLong ? LONG_LINE_WORDS : line.words))
        long.push((long[long.length - 1] ?? 0) + (isLong ? 1 : 0))
      }
      this.lowBefore = { words, long }
    }
    return this.lowBefore
  }

  private wordsBefore(): number[] {
    if (this.proseWordsBefore === undefined) {
      const sums = [0]
      for (const line of this.doc.lines) sums.push((sums[sums.length - 1] ?? 0) + (isProseLine(line, this.ctx) ? line.words : 0))
      this.proseWordsBefore = sums
    }
    return this.proseWordsBefore
  }
}
