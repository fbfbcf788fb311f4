import type { Document } from '../document.js'
import { PAGE, type PageLine } from './features.js'
import { contentWords, paragraphWords, sharedCount, stopwordsOf } from '../text/topic.js'

/** Which lines of a whole page are its article, and why the others are not. */
export interface MainContent {
  /** One entry per line: true for lines of the article region. */
  readonly keep: readonly boolean[]
  /** Why each removed non-blank line was taken for page chrome, by line index. */
  readonly reasons: ReadonlyMap<number, string>
  /** Why the region was widened beyond the best run, when it was (see {@link FALLBACK}). */
  readonly fallback?: string
}

/** What only a markdown view knows about a page's lines, by line index. */
export interface PageView {
  /** The share of each line that was link text. */
  readonly linkShare?: (i: number) => number
  /** The page's headline, its one <h1>: the run under it may take the region (see {@link HEADLINE_RUN}). */
  readonly headline?: number
  /** Which lines were headings. */
  readonly isHeading?: (i: number) => boolean
  /** Lines of lists the article introduces itself (lib/page/article-lists.ts): they weigh as its text, not as a menu. */
  readonly articleList?: ReadonlySet<number>
}

/** Lines the core rules recognise as the end of an article on a page. */
export interface EndMarkers {
  /** Comment sections and legal footers: the article region never crosses them. */
  readonly stop: ReadonlySet<number>
  /** The comment-section cues among them: after one, nothing more is looked at. */
  readonly comments: ReadonlySet<number>
  /** Lines any line rule recognises (bylines, timestamps, labels): never the headline. */
  readonly ruled: ReadonlySet<number>
  /** Tail cues (related stories, paywalls): the article region ends there. */
  readonly end: ReadonlySet<number>
}

/** Prose words an article has before an end marker counts as its end. */
const ARTICLE_MIN_WORDS = 50

/**
 * Never lose the article: when the best run holds less than `minShare` of
 * the page's prose (before any comment section) and that prose is at least
 * `minWords`, the run is widened, nearest prose line first and never across
 * a wall, until it holds `widenShare` of it; of the widened part only prose
 * and subheadings between prose lines are kept. A page whose article is split by a long ad block or
 * a menu run in the middle must not come out as its first part alone.
 */
const FALLBACK = {
  minShare: 0.3,
  minWords: 150,
  // What is added is prose only, so the widening may go far: to most of the page's prose.
  widenShare: 0.9,
} as const

/** A line that counts as the page's prose for {@link FALLBACK}. */
function freeProse(p: PageLine): boolean {
  return p.prose && !p.inMenuRun && !p.cookie && !p.line.blank
}

/**
 * A comment-section cue stops the search for the article unless one unbroken
 * block of prose below it holds more than this many times the best run
 * above it. Posts in a thread are cut apart by name and time lines, so a
 * thread rarely holds such a block; a story under a sidebar's "Latest
 * comments" box does.
 */
const STORY_AFTER_COMMENTS = 3

/** Lines above the article's first paragraph searched for its headline. */
const HEADLINE_WINDOW = 6

/**
 * What one line says about being inside the article: running text for it
 * (by its words), cookie notices, menu labels, link rows and menu runs
 * against it, other short lines slightly against it.
 */
function weight(p: PageLine): number {
  const l = p.line
  if (l.blank) return 0
  if (p.cookie) return -2 * Math.max(5, l.words)
  if (p.prose && !p.inMenuRun) return l.words
  if (p.chromeLabel || p.linkRow) return -3
  if (p.inMenuRun) return -2
  return l.words >= 6 ? -0.5 : -1
}

/**
 * A teaser's paragraph counts for this share of its words. Listings of
 * other stories (a headline, then one paragraph of its story, again and
 * again) hold more prose than a short article beside them, and took the
 * region from it; an article's own paragraphs follow one another.
 */
const TEASER_WEIGHT = 0.3
/** Headline-and-paragraph pairs in a row that make a listing of teasers (two is an article with subheadings often enough). */
const TEASER_MIN_PAIRS = 3
/** A teaser's headline: a short line that is not prose, of this many words. */
const TEASER_HEADLINE_WORDS = { min: 3, max: 20 } as const

/** The paragraphs of runs of at least {@link TEASER_MIN_PAIRS} teasers: headline, paragraph, headline, paragraph, ... */
function teaserLines(lines: readonly PageLine[]): Set<number> {
  const out = new Set<number>()
  const shown = lines.filter((p) => !p.line.blank)
  const headline = (p: PageLine | undefined): boolean =>
    p !== undefined && !p.prose && p.line.words >= TEASER_HEADLINE_WORDS.min && p.line.words <= TEASER_HEADLINE_WORDS.max
  let k = 0
  while (k + 1 < shown.length) {
    let j = k
    while (j + 1 < shown.length && headline(shown[j]) && shown[j + 1]?.prose === true) j += 2
    const pairs = (j - k) / 2
    if (pairs >= TEASER_MIN_PAIRS) for (let m = k + 1; m < j; m += 2) out.add(shown[m]?.line.index ?? -1)
    k = pairs > 0 ? j : k + 1
  }
  return out
}

/** A line whose text is at least this share link text is the page's links, not its prose. */
export const LINK_HEAVY = PAGE.linkHeavy

/**
 * The weight of a line at least half link text (known only where the input
 * said which words were links: markdown): its words, none at half link
 * text, against the region above, prose-shaped or not. An archive grid
 * ("2012 J F M A ...") or a paragraph of linked teasers outweighed a short
 * article beside it by its words, or cost the region no more than a short
 * line; an article's own paragraph with a few links keeps its weight.
 */
function linkWeight(p: PageLine, share: number): number {
  return Math.max(1, p.line.words) * (1 - 2 * share)
}

function reason(p: PageLine): string {
  if (p.cookie) return 'cookie or consent notice'
  if (p.chromeLabel) return 'menu or button label'
  if (p.linkRow) return 'row of links'
  if (p.inMenuRun) return 'menu-like run of short lines'
  return 'outside the main content'
}

/**
 * Find the article in a whole page of text: the run of lines whose weights
 * add up to the most (a maximum-sum segment: prose lines pull it wide,
 * menus, link rows and cookie notices push its ends in), widened upwards to
 * the headline just above it. What lies between the headline and the first
 * paragraph (bylines, dates, share buttons) is left to the core rules.
 *
 * What only a markdown view knows comes in `view` (see {@link PageView});
 * text and HTML pass none of it.
 *
 * @example
 * ```ts
 * const doc = segment(page)
 * const { keep } = mainContent(doc, pageLines(doc, defaultVocabulary()))
 * ```
 */
export function mainContent(doc: Document, lines: readonly PageLine[], markers: EndMarkers = { stop: new Set(), comments: new Set(), ruled: new Set(), end: new Set() }, view: PageView = {}): MainContent {
  const { linkShare, headline: pageHeadline, isHeading, articleList } = view
  // Comment sections and legal footers are walls the region never crosses;
  // past a comment section, once an article-sized region was seen before it,
  // nothing more is considered: long comment threads must not outweigh a
  // short article. Unless one unbroken block of prose further down dwarfs
  // that region: then the "comments" were a sidebar's latest-comments box
  // above the story (see STORY_AFTER_COMMENTS).
  let best = 0
  let bestFrom = -1
  let bestTo = -1
  let sum = 0
  let from = -1
  let scanned = lines.length // lines looked at (a comment section ends the look)
  let blockBelow: number[] | undefined // computed once, for the first comment cue met
  const teasers = teaserLines(lines)
  const lineWeight = (i: number, p: PageLine): number => {
    // An item of a list the article introduces is its text: short lines in a run, but no menu.
    if (articleList?.has(i) === true && !p.cookie) return p.line.words
    const share = linkShare?.(i) ?? 0
    return share >= LINK_HEAVY && !p.cookie ? linkWeight(p, share) : weight(p) * (teasers.has(i) ? TEASER_WEIGHT : 1)
  }
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i]
    if (p === undefined) break
    if (markers.stop.has(i)) {
      if (markers.comments.has(i) && best >= ARTICLE_MIN_WORDS && ((blockBelow ??= longestProseBlockBelow(lines))[i] ?? 0) <= STORY_AFTER_COMMENTS * best) {
        scanned = i
        break
      }
      from = -1
      continue
    }
    if (p.line.blank) continue
    const w = lineWeight(i, p)
    if (from === -1 || sum <= 0) {
      sum = w
      from = i
    } else sum += w
    if (sum > best) {
      best = sum
      bestFrom = from
      bestTo = i
    }
  }
  if (bestFrom === -1) return { keep: doc.lines.map(() => true), reasons: new Map() }

  // The page's own headline (a markdown page's one <h1>) says where its article is: the run under it wins
  // when it holds a fair share of what the best run holds elsewhere (a gallery, a sidebar's blurb, a comment).
  let given = -1
  if (pageHeadline !== undefined && (pageHeadline < bestFrom || pageHeadline > bestTo)) {
    const under = runUnder(lines, pageHeadline, Math.min(scanned, lines.length), markers.stop, lineWeight)
    if (under !== undefined && under.sum >= HEADLINE_RUN.minShare * best) {
      bestFrom = under.from
      bestTo = under.to
      given = pageHeadline
    }
  } else if (pageHeadline !== undefined && pageHeadline > bestFrom) {
    // Inside the best run: what stands above the headline is no part of its article (a sidebar's teaser, a
    // standfirst of another story) when it is short, and it goes; a long part above is the article's own
    // (the page's <h1> was a section of it), and stays.
    let above = 0
    let below = 0
    for (let i = bestFrom; i <= bestTo; i++) {
      const p = lines[i]
      if (p === undefined || p.line.blank || i === pageHeadline) continue
      if (i < pageHeadline) above += lineWeight(i, p)
      else below += lineWeight(i, p)
    }
    if (above < HEADLINE_RUN.maxAbove && above < below) {
      bestFrom = pageHeadline + 1
      given = pageHeadline
    }
  }

  const widened = widen(lines, bestFrom, bestTo, scanned, new Set([...markers.stop, ...markers.end]))

  bestTo = endAtCue(lines, bestFrom, bestTo, markers.end, teasers)

  // The headline: the longest headline-shaped line among the few just above the body (in markdown, see below).
  let seen = 0
  let headline = -1
  let heading = -1
  for (let i = bestFrom - 1; i >= 0 && seen < HEADLINE_WINDOW; i--) {
    const p = lines[i]
    if (p === undefined || p.line.blank) continue
    const l = p.line
    // Menus and labels between headline and body do not use up the search window.
    if (p.cookie || p.chromeLabel || p.linkRow || (p.inMenuRun && l.words < 4) || l.words <= 2) continue
    seen++
    if (markers.ruled.has(i)) continue
    if (l.headlineShaped && l.words >= 4 && (headline === -1 || l.words > (lines[headline]?.line.words ?? 0))) headline = i
    if (isHeading?.(i) === true && l.words >= 3 && heading === -1) heading = i
  }
  // A markdown page's headline is a heading: one nearer the text than the longest headline-shaped line
  // (a layout table's row, a site's slogan above it) is the headline, and what lies above it is not kept.
  if (heading > headline) headline = heading
  const start = given !== -1 ? given : headline === -1 ? bestFrom : headline

  const keep = doc.lines.map((_, i) => i >= start && i <= bestTo)
  if (widened !== undefined) {
    // The added part gives its prose, and a short line only between two
    // prose lines (a subheading), not the boxes of links that split the article.
    const prose = (i: number, step: number): boolean => {
      for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]?.line.blank !== true) return freeProse(lines[j] as PageLine)
      return false
    }
    lines.forEach((p, i) => {
      if (i < widened.from || i > widened.to || (i >= start && i <= bestTo)) return
      const chrome = p.cookie || p.chromeLabel || p.linkRow || p.inMenuRun
      keep[i] = p.line.blank || freeProse(p) || (!chrome && prose(i, -1) && prose(i, 1))
    })
  }
  const reasons = new Map<number, string>()
  lines.forEach((p, i) => {
    if (!keep[i] && !p.line.blank) reasons.set(i, reason(p))
  })
  return { keep, reasons, ...(widened !== undefined ? { fallback: widened.why } : {}) }
}

/** How the run under a page's headline may take the region from the best run (see {@link runUnder}). */
const HEADLINE_RUN = {
  /** It needs at least this share of the best run's weight. */
  minShare: 0.3,
  /** When the best run holds the headline, the lines above it leave the run when they weigh less than this (100 words of prose; on dev what went so weighed at most 90, what stayed 188 or more). */
  maxAbove: 100,
} as const

/**
 * The run of lines just under line `h` (a page's headline) whose weights add
 * up to the most, its sum and its lines; undefined when none adds up to more
 * than nothing. It never crosses a wall (`stop`) or goes past `end`.
 */
function runUnder(lines: readonly PageLine[], h: number, end: number, stop: ReadonlySet<number>, weightOf: (i: number, p: PageLine) => number): { sum: number; from: number; to: number } | undefined {
  let sum = 0
  let best = 0
  let from = -1
  let to = -1
  for (let i = h + 1; i < end; i++) {
    if (stop.has(i)) break
    const p = lines[i]
    if (p === undefined || p.line.blank) continue
    if (from === -1) from = i
    sum += weightOf(i, p)
    if (sum > best) {
      best = sum
      to = i
    }
  }
  return to === -1 ? undefined : { sum: best, from, to }
}

/**
 * A cue for related stories does not end the region when it stands above a
 * block of prose more than this many times all the prose before it (1.5, tuned on dev): what
 * ran before was a sidebar (a blog's intro, a poll, comment snippets) and
 * the story is still to come.
 */
const STORY_AFTER_CUE = 1.5

/**
 * A cue does not end the region either when the run below it, down to the
 * run's end, holds more than this many times the prose above it in
 * paragraphs that are no teasers (2, tuned on dev). A newsletter's sections
 * or a long article whose parts are cut apart by "Read more" and "top"
 * lines never form one unbroken block, yet they are most of the page's
 * prose; a listing's teasers do not count, and a comment thread is behind a
 * wall of its own.
 */
const PROSE_AFTER_CUE = 2

/**
 * Where the region [from, to] ends: at the first related-stories or paywall
 * cue once the article has begun (50 words of prose), unless the cue stands
 * above the page's story (see {@link STORY_AFTER_CUE}) or above most of the
 * run's prose (see {@link PROSE_AFTER_CUE}). The story is measured as one
 * unbroken block of prose paragraphs, so a comment thread, whose posts are
 * cut apart by name, score and reply lines, does not count as one however
 * long it runs.
 */
function endAtCue(lines: readonly PageLine[], from: number, to: number, end: ReadonlySet<number>, teasers: ReadonlySet<number>): number {
  let prose = 0
  // A cue's proposal marks the whole tail it would cut; once the story was
  // found below it, the lines of that tail are not cues of their own.
  let overStory = false
  let blockBelow: number[] | undefined // computed once, for the first cue met
  let proseAfter: number[] | undefined // likewise
  for (let i = from; i <= to; i++) {
    if (!end.has(i)) overStory = false
    else if (!overStory && prose >= ARTICLE_MIN_WORDS) {
      const story = ((blockBelow ??= longestProseBlockBelow(lines, to))[i] ?? 0) > STORY_AFTER_CUE * prose
      if (!story && ((proseAfter ??= proseBelow(lines, to, teasers))[i] ?? 0) <= PROSE_AFTER_CUE * prose && !topicGoesOn(lines, from, i, to, teasers)) return i - 1
      overStory = true
    }
    if (lines[i]?.prose === true) prose += lines[i]?.line.words ?? 0
  }
  return to
}

/**
 * A box of links in the middle of an article ("Related Content:" over two
 * teasers) with the article's next sections under it. The paragraphs below
 * the cue keep returning to the article's own subject: of the first
 * {@link TOPIC_BELOW.paragraphs} paragraphs of at least
 * {@link TOPIC_BELOW.minWords} words below it (teasers' paragraphs aside),
 * at least {@link TOPIC_BELOW.share} share {@link TOPIC_BELOW.minShared} or
 * more of the words that recur in the prose above. Other stories under a
 * cue share the words every story uses, and few of the article's own. The
 * box between the cue and the first such paragraph holds at most `maxBox`
 * lines, and at most `maxGap` other lines (a subheading) stand between two
 * paragraphs: a teaser listing has a "Read more" and a headline there.
 */
const TOPIC_BELOW = { paragraphs: 6, minParagraphs: 3, minWords: 15, share: 0.8, minShared: 2, maxBox: 4, maxGap: 1 } as const

function topicGoesOn(lines: readonly PageLine[], from: number, cue: number, to: number, teasers: ReadonlySet<number>): boolean {
  const above: string[] = []
  for (let i = from; i < cue; i++) {
    const p = lines[i]
    if (p !== undefined && freeProse(p) && !teasers.has(i)) above.push(p.line.text)
  }
  const below: string[] = []
  let box = 0 // the box's lines between the cue and the first paragraph below it
  let gap = 0 // other lines since the last paragraph: a subheading, never a teaser's "Read more" and next headline
  for (let i = cue + 1; i <= to && below.length < TOPIC_BELOW.paragraphs; i++) {
    const p = lines[i]
    if (p === undefined || p.line.blank) continue
    if (freeProse(p) && !teasers.has(i) && p.line.words >= TOPIC_BELOW.minWords) {
      below.push(p.line.text)
      gap = 0
    } else if (below.length === 0) {
      if (++box > TOPIC_BELOW.maxBox) return false
    } else if (++gap > TOPIC_BELOW.maxGap) break
  }
  if (below.length < TOPIC_BELOW.minParagraphs) return false
  const stop = stopwordsOf(above)
  const { recurring } = paragraphWords(above, stop)
  const onTopic = below.filter((text) => sharedCount(contentWords(text, stop), recurring) >= TOPIC_BELOW.minShared).length
  return onTopic >= TOPIC_BELOW.share * below.length
}

/** For each line i, the words of free prose lines in (i, to] that are not teasers' paragraphs, in one pass up from `to`. */
function proseBelow(lines: readonly PageLine[], to: number, teasers: ReadonlySet<number>): number[] {
  const below = new Array<number>(lines.length).fill(0)
  let words = 0
  for (let i = to; i > 0; i--) {
    const p = lines[i]
    if (p !== undefined && freeProse(p) && !teasers.has(i)) words += p.line.words
    below[i - 1] = words
  }
  return below
}

/** The run of prose lines `run` words long, extended by line `p`: a blank line leaves it, a prose line adds its words, any other line breaks it. */
function extendRun(run: number, p: PageLine | undefined): number {
  if (p === undefined || p.line.blank) return run
  return freeProse(p) ? run + p.line.words : 0
}

/**
 * For each line, the words of the longest run of prose lines below it and
 * no further than line `to` (see {@link extendRun}), in one pass up from
 * `to`: one array answers every cue of a page.
 */
function longestProseBlockBelow(lines: readonly PageLine[], to = lines.length - 1): number[] {
  const below = new Array<number>(lines.length).fill(0)
  let longest = 0
  let run = 0
  for (let i = to; i > 0; i--) {
    run = extendRun(run, lines[i])
    longest = Math.max(longest, run)
    below[i - 1] = longest
  }
  return below
}

/**
 * The span the best run [from, to] is widened to when it holds too little of
 * the page's prose (see {@link FALLBACK}), or undefined when it holds enough.
 * Only lines before `end` count; walls (`stop`: comment sections, legal
 * footers, related-stories and paywall cues) are never crossed.
 */
function widen(lines: readonly PageLine[], from: number, to: number, end: number, stop: ReadonlySet<number>): { from: number; to: number; why: string } | undefined {
  let total = 0
  let inRun = 0
  for (let i = 0; i < end; i++) {
    const p = lines[i]
    if (p === undefined || stop.has(i) || !freeProse(p)) continue
    total += p.line.words
    if (i >= from && i <= to) inRun += p.line.words
  }
  if (total < FALLBACK.minWords || inRun >= FALLBACK.minShare * total) return undefined
  let a = from
  let b = to
  let held = inRun
  const next = (i: number, step: number): number => {
    for (let j = i + step; j >= 0 && j < end; j += step) {
      if (stop.has(j)) return -1
      const p = lines[j]
      if (p !== undefined && freeProse(p)) return j
    }
    return -1
  }
  while (held < FALLBACK.widenShare * total) {
    const up = next(a, -1)
    const down = next(b, 1)
    if (up === -1 && down === -1) break
    const j = down === -1 || (up !== -1 && a - up < down - b) ? up : down
    held += lines[j]?.line.words ?? 0
    if (j < a) a = j
    else b = j
  }
  if (held < FALLBACK.minShare * total) return undefined // walls keep the rest apart: the best run stays as it is
  return { from: a, to: b, why: `the best run of lines held ${inRun} of the page's ${total} words of prose: widened to lines ${a + 1}-${b + 1} with ${held}` }
}

