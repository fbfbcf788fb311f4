import { SHAPE, type Document, type Line } from '../document.js'
import { lineRule } from './line-pattern.js'
import { THREAD, readsAsThread } from './comment-thread.js'
import { readsAsOtherStories } from './other-stories.js'
import { Scanner, type LineAnswers } from '../match/index.js'
import type { CueRuleSpec, Proposal, Rule, RuleContext } from './types.js'
import { LastSlot } from '../text/memo.js'

const DEFAULT_LISTING_MAX_WORDS = 20
const DEFAULT_LISTING_MARKERS = ['timestamps', 'listing-source', 'byline', 'listing-counter']
/** A headline ending in a full stop ("Must. Eat. Everything.") has at most this many words. */
const SHORT_HEADLINE_WORDS = 10
/** An outlet's name on a source line of a listing has at most this many words. */
const SOURCE_NAME_MAX_WORDS = 5
/** A question or exclamation headline has at most this many words. */
const QUESTION_HEADLINE_WORDS = 20
/** A paragraph this long, set off by a blank line under a headline, is the article resuming. */
const RESUMING_PARAGRAPH_WORDS = 15
/** Ends in a full stop (optionally closed by a quote or bracket), not an ellipsis. */
const FULL_STOP = /(?<!\.)\.["')\]]*$/u

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
export function cueRule(spec: CueRuleSpec, scanner = new Scanner()): Rule[] {
  // The cue line and the cut ask the same question of each line: one question, one column of answers.
  const answers = scanner.add(spec)
  const cueLine = lineRule({ ...spec, kind: 'line' }, scanner, answers)
  return [{ ...cueLine, kind: 'cue', family: spec.family ?? 'related', titleBelow: spec.titleBelow === true }, cueCut(spec, answers)]
}

/**
 * Comment headings per document whose tail is read as a thread: each read
 * walks to the end, and a long thread holds a heading-like line every few
 * posts; a thread is found at its first headings.
 */
const THREAD_TRIES = 4

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
      let coveredTo = -1
      const reasons = answers(doc)
      const reading = readingOf(doc, ctx)
      let threadTries = 0
      const { sources } = reading
      for (const line of doc.lines) {
        if (line.index <= coveredTo) continue
        const why = reasons[line.index] ?? null
        if (why === null) continue
        const last = doc.lines.length - 1
        // Article prose words above each line, summed once per document: a
        // long comment thread holds a cue every few lines, and summing above
        // each of them would make the rule quadratic.
        const before = (reading.before ??= proseWordsBefore(doc, ctx))
        const proseBefore = before[line.index] ?? 0
        const tail = cut === 'tail' ? tailIsCruft(doc, ctx, line.index, proseBefore, listingMarkers, sources) : false
        if (tail !== false) {
          // A listing that names its stories' sources or times is what the cue said it was, however much prose its teasers hold.
          out.push({ rule: spec.id, action: 'remove', from: line.index, to: last, reason: `${why}; cut to the end`, ...(tail === 'listing' ? { strong: true } : {}) })
          break
        }
        if (cut === 'tail' && spec.thread === true && proseBefore >= THREAD.minArticleWords && threadTries++ < THREAD_TRIES && readsAsThread(doc, ctx, line.index, proseBefore, (i) => reasons[i] != null)) {
          out.push({ rule: spec.id, action: 'remove', from: line.index, to: last, reason: `${why}; a thread of comments below, cut to the end` })
          break
        }
        if (cut === 'tail' && spec.stories === true && readsAsOtherStories(doc, ctx, line.index, proseBefore)) {
          out.push({ rule: spec.id, action: 'remove', from: line.index, to: last, reason: `${why}; other stories below, cut to the end` })
          break
        }
        const end = listingEnd(doc, ctx, line.index, proseBefore === 0, listingMaxWords)
        if (proseBefore > 0 && end > line.index && nextIsProse(doc, ctx, end) && !listsStories(doc, ctx, line.index, end)) {
          // Inside the article, a list the article goes on after ("Our picks" over
          // products and prices, "Qualified teams:" over names) is article content:
          // kept, cue included, so no later rule takes it either.
          out.push({ rule: spec.id, action: 'keep', from: line.index, to: end, reason: 'a list inside the article' })
          coveredTo = end
          continue
        }
        out.push({ rule: spec.id, action: 'remove', from: line.index, to: end, reason: `${why}; cue and its listing` })
        coveredTo = end
      }
      return out
    },
  }
}

/**
 * What every cue rule of a stage works out alike about a document: the
 * article prose above each line and the listing's source lines, each a walk
 * over the whole document. Kept for the last document and context asked
 * about (a context is a snapshot, see RuleContext), so the stage's cue
 * rules, which run one after the other, walk it once between them rather
 * than once each (five cut to the end in the bundled rules). One slot (see
 * LastSlot), not a WeakMap by document.
 */
interface Reading {
  before: number[] | undefined
  readonly sources: SourceLines
}

const readings = new LastSlot<[Document, RuleContext], Reading>()

function readingOf(doc: Document, ctx: RuleContext): Reading {
  return readings.get([doc, ctx], () => ({ before: undefined, sources: new SourceLines(doc, ctx) }))
}

/** For each line, the words of article prose (prose no earlier rule removed) above it. */
function proseWordsBefore(doc: Document, ctx: RuleContext): number[] {
  const sums = new Array<number>(doc.lines.length)
  let total = 0
  for (const line of doc.lines) {
    sums[line.index] = total
    if (isProseLine(line, ctx)) total += line.words
  }
  return sums
}

function isProseLine(line: Line, ctx: RuleContext): boolean {
  return line.prose && !ctx.marked.has(line.index)
}

/**
 * Last line of the listing that starts after the cue at `cue`: entries run
 * until the first prose line. Above the article, the entry right above
 * prose is the title of what follows (a cue sitting over the headline), not
 * the listing's.
 */
function listingEnd(doc: Document, ctx: RuleContext, cue: number, inHead: boolean, maxWords: number): number {
  // Only above the article (inHead) can a cue sit over its headline; in the
  // body the line under a "Read more" is always the promoted story's title.
  let end = cue
  let entries = 0
  for (let i = cue + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]
    if (line === undefined) break
    if (line.blank) continue
    // The headline an earlier stage vouched for, and all below it, is the article's, not the listing's.
    if (ctx.kept.has(i)) break
    // Code is short lines too, but no listing of tags or stories holds a brace or ends a statement.
    if (CODE_LINE.test(line.text)) break
    const marked = ctx.marked.has(i)
    const entry = marked || line.bullet || (!isProseLine(line, ctx) && line.words <= maxWords && !resumes(line, entries)) ||
      (questionHeadline(line) && line.words <= maxWords && gluedBelow(doc, i) && gluedAbove(doc, i))
    if (!entry) break
    // Above the article, the entry right above its first paragraph is its
    // title, however many entries came before (a promotion's items over a
    // headline the header rule could not name): losing it costs more than
    // keeping a listing's last entry. A bulleted entry is never a title.
    if (!marked && inHead && !line.bullet && nextIsProse(doc, ctx, i)) break
    if (!marked) entries++
    end = i
  }
  return end
}

/** A line of code: one that opens or closes a block, or ends a statement ("enum Role {", "}", "return x;"). */
const CODE_LINE = /[{};]\s*$|^\s*[})\]]/u

/** Label-and-value entries ("Best overall: X") and entries ending in a price ("..., £79"): list items, not other stories' headlines. */
const NOT_A_HEADLINE = /:\s|[£$€¥]\s?\d[\d.,]*$/u
/**
 * A columnist's teaser, "Jane Smith: Why the budget fight was always
 * coming": a person's name (two or three capitalised words) over a
 * headline of five words or more is another story, not a label and value.
 */
const BYLINED_HEADLINE = /^(?!(?:Best|Top|Most|Our|The|Editor's|Price|Fee|Venue|Where|When|What|Who|Why|How)\b)\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){1,2}: \p{Lu}\S*(?: \S+){4,}$/u
/** Another story's headline has at least this many words; list items (names, places, scores) are shorter. */
const STORY_HEADLINE_MIN_WORDS = 5

/** A list has at least this many items; one line under a cue is a widget's, not the article's. */
const ARTICLE_LIST_MIN_ITEMS = 2

/**
 * Do the entries between the cue and `end` have the shape of a listing of
 * other stories (or of a widget): a line another rule removed among them,
 * fewer than two entries, or a majority of headline-length entries that
 * are not label-and-value items?
 */
function listsStories(doc: Document, ctx: RuleContext, cue: number, end: number): boolean {
  let entries = 0
  let headlines = 0
  for (let i = cue + 1; i <= end; i++) {
    const line = doc.lines[i]
    if (line === undefined || line.blank) continue
    if (ctx.marked.has(i)) return true
    entries++
    if (line.words >= STORY_HEADLINE_MIN_WORDS && (!NOT_A_HEADLINE.test(line.folded) || BYLINED_HEADLINE.test(line.folded))) headlines++
  }
  return entries < ARTICLE_LIST_MIN_ITEMS || headlines * 2 > entries
}

/**
 * A short sentence under two or more headlines is the article resuming
 * ("Elsewhere, the roads were clear by noon."): listing entries are
 * headlines, which rarely end in a full stop, and a teaser belongs to one
 * headline, not to a list of them.
 */
function resumes(line: Line, headlinesAbove: number): boolean {
  // A full stop only: headlines end in "?" and "!" often enough ("How to Keep Your Brows in Place!").
  return headlinesAbove >= 2 && line.words >= 5 && !line.bullet && FULL_STOP.test(line.folded)
}

/**
 * A long question headline ("Does Easy Monetary Policy Enrich the Financial
 * Sector?") is prose-shaped; directly over a source or time line it is a
 * listing entry all the same. A full stop at the end still makes it prose.
 */
function headlineOverMarker(doc: Document, ctx: RuleContext, at: number, listingMarkers: ReadonlySet<string>): boolean {
  const line = doc.lines[at]
  if (line === undefined || line.words > SHAPE.headlineMaxWords) return false
  // Teasers sit over source lines too; they are longer than a headline with a full stop.
  if (FULL_STOP.test(line.folded) && line.words > SHORT_HEADLINE_WORDS) return false
  const next = doc.lines[at + 1]
  const by = next === undefined ? undefined : ctx.markedBy.get(next.index)
  return by !== undefined && listingMarkers.has(by)
}

/**
 * "Could the Next Planetary Rover Come from Canada?" is prose-shaped by
 * length and its question mark, yet it is a headline: no full stop, short.
 * Taken as a listing entry only when glued to the cue or entry above and
 * to the next line, never when set off by blank lines like a paragraph.
 */
function questionHeadline(line: Line): boolean {
  return line.words <= QUESTION_HEADLINE_WORDS && /[?!]["')\]]*$/u.test(line.folded)
}

/** The line right above is not blank (the line belongs to the block above it). */
function gluedBelow(doc: Document, at: number): boolean {
  return at > 0 && doc.lines[at - 1]?.blank === false
}

/** The line right below exists and is not blank. */
function gluedAbove(doc: Document, at: number): boolean {
  return doc.lines[at + 1]?.blank === false
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
 */
function tailIsCruft(doc: Document, ctx: RuleContext, cue: number, proseBefore: number, listingMarkers: ReadonlySet<string>, sources: SourceLines): 'listing' | 'cruft' | false {
  if (proseBefore === 0) return false

  let proseAfter = 0
  let headings = 0
  let markers = 0
  let previous: 'cue' | 'marker' | 'heading' | 'teaser' | 'widget' = 'cue'
  // Headlines in a row since the last marker or teaser (outlet names and short labels aside).
  let run = 0
  let bulletAbove = false
  for (let i = cue + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]
    if (line === undefined || line.blank) continue
    const by = ctx.markedBy.get(i)
    if (sourceShaped(line, ctx) && sources.isSource(i, cue)) {
      previous = 'marker'
      markers++
      run = 0
    } else if (by !== undefined) {
      previous = listingMarkers.has(by) ? 'marker' : 'widget'
      if (previous === 'marker') markers++
      run = 0
    } else if ((line.prose && !headlineOverMarker(doc, ctx, i, listingMarkers) && !(gluedBelow(doc, i) && (previous === 'cue' || previous === 'marker') && questionHeadline(line))) || resumes(line, run)) {
      if (previous === 'cue' || previous === 'widget') return false
      // A teaser is one paragraph under its headline; paragraphs running on
      // (a story under its own headline and byline) are an article, never a
      // listing, whatever markers stand above them.
      if (previous === 'teaser') return false
      // A teaser belongs to one headline; running text under a list of
      // several (a bulleted "Trending now" box) is the article resuming.
      if (run >= 2) return false
      // Bulleted entries carry no teasers: running text under one is the article.
      if (previous === 'heading' && bulletAbove) return false
      // Without source or time lines to say "listing", a teaser sits right
      // under its headline; a full paragraph set off by a blank line is the
      // article (a one-line slogan such as a terminal ad is not).
      if (previous === 'heading' && markers === 0 && doc.lines[i - 1]?.blank === true && line.words >= RESUMING_PARAGRAPH_WORDS) return false
      proseAfter += line.words
      previous = 'teaser'
      run = 0
    } else {
      // Any short unmarked line: listings truncate headlines ("...") and name their sources.
      headings++
      if (!line.nameShaped && line.words >= 4) run++
      previous = 'heading'
      bulletAbove = line.bullet
    }
  }
  if (markers > 0) return 'listing'
  if (proseAfter === 0) return 'cruft'
  return headings >= 2 && proseAfter <= proseBefore ? 'cruft' : false
}

/** A listing names its sources at least this many times before its lines count as source lines. */
const SOURCE_LINES_MIN = 2

/**
 * Listings often name each story's outlet on a plain line of its own ("Liverpool
 * Echo" over a headline over its teaser) with nothing that marks it as a source.
 * The shape says it: a short name-shaped line, then a headline, then a
 * paragraph. Seen at least twice after a cue, those name lines are the
 * listing's source lines; once could be a subheading of the article.
 * Found once per document (when a walk first meets a name line), so a
 * document with many cues is not scanned once per cue.
 */
class SourceLines {
  private found: number[] | undefined
  private readonly set = new Set<number>()

  constructor(
    private readonly doc: Document,
    private readonly ctx: RuleContext,
  ) {}

  /** Is line `at` one of at least SOURCE_LINES_MIN source lines below the cue at `cue`? */
  isSource(at: number, cue: number): boolean {
    const found = (this.found ??= this.scan())
    if (!this.set.has(at)) return false
    // found is ascending: count those below the cue.
    let lo = 0
    let hi = found.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((found[mid] ?? 0) > cue) hi = mid
      else lo = mid + 1
    }
    return found.length - lo >= SOURCE_LINES_MIN
  }

  private scan(): number[] {
    const { doc, ctx } = this
    const next = (from: number): Line | undefined => {
      for (let i = from + 1; i < doc.lines.length; i++) {
        const line = doc.lines[i]
        if (line === undefined) return undefined
        if (!line.blank) return ctx.marked.has(i) ? undefined : line
      }
      return undefined
    }
    const found: number[] = []
    for (const line of doc.lines) {
      if (!sourceShaped(line, ctx)) continue
      const headline = next(line.index)
      if (headline === undefined || headline.nameShaped || headline.words < 3 || (headline.prose && !questionHeadline(headline))) continue
      const teaser = next(headline.index)
      if (teaser?.prose === true && !questionHeadline(teaser)) {
        found.push(line.index)
        this.set.add(line.index)
      }
    }
    return found
  }
}

/** Could be a listing's source line: a short unremoved name, not prose. */
function sourceShaped(line: Line, ctx: RuleContext): boolean {
  return !line.blank && !ctx.marked.has(line.index) && !line.prose && line.words <= SOURCE_NAME_MAX_WORDS && line.nameShaped
}
