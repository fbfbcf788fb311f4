/**
 * Related-stories sections that have no container of their own.
 *
 * A page often ends its article with a heading the text rules know as a
 * related-stories cue ("Also on HuffPost:", "More stories", "You may also
 * like") and then a slideshow or a list of teasers as plain siblings of the
 * article's paragraphs, or inside a box whose class is only a doubtable word
 * ("promo"). When that box holds more prose than the article (a slideshow
 * told in long captions), the box looks like the article's wrapper and is
 * kept with it. The heading says what follows; as a comment-section heading
 * does (comment-sections.ts), it walls off the rest of the element holding
 * it (or holding its wrapper, when the heading ends that wrapper) as one
 * strong chrome region.
 *
 * A cue-like heading over the story itself is no wall: the section must
 * not open with a paragraph of unlinked prose, and no unbroken run of prose
 * in it may outweigh the article above (as the comment wall checks).
 */
import { blockWords, type ChromeFlag, type HtmlBlock } from './blocks.js'
import { COMMENT_SECTION, defaultCommentRules, isAfterWithin, sectionStart, type CommentRules } from './comment-sections.js'

/** Thresholds of the related-stories wall; together so they are tuned in one place. */
export const RELATED_SECTION = {
  /** A cue heading has at most this many words. */
  headingMaxWords: 12,
  /** The heading closes an article only after at least this many words of prose outside strong chrome. */
  minProseBefore: 50,
  /** No wall when one unbroken run of prose blocks below the heading holds more than this many times the prose above... */
  storyAfterHeading: 3,
  /** ... and at least this share of the section's prose. */
  storyShare: 0.5,
  /** At least this share of the section's words sit in a doubtable chrome box the heading is outside of. */
  minBoxedShare: 0.5,
  /**
   * ... or it holds at least this many teasers (a linked headline over a paragraph), their
   * summaries most of its prose, and at most maxTeaserProse times the prose of the article above
   * (a round-up of other blogs under "Around the blogosphere" is the post itself).
   */
  minTeasers: 3,
  maxTeaserProse: 2,
} as const

/**
 * Mark the blocks of related-stories sections that open with a cue heading
 * and have no strong label of their own: each becomes one strong chrome
 * region, as a "related" class would make it.
 *
 * @example
 * ```ts
 * const walled = markRelatedSections(blocks) // blocks from pageBlocks(), in document order
 * walled.filter((b) => b.flagged.some((f) => f.reason.startsWith('after the related-stories')))
 * ```
 */
export function markRelatedSections(blocks: readonly HtmlBlock[], rules: CommentRules = defaultCommentRules()): HtmlBlock[] {
  if (rules.related === undefined) return blocks as HtmlBlock[]
  const wordsOf = (b: HtmlBlock): number => blockWords(b.text)
  const strong = (b: HtmlBlock): boolean => b.flagged.some((f) => f.strong)
  const isProse = (b: HtmlBlock): boolean => wordsOf(b) >= COMMENT_SECTION.proseMinWords && b.linkChars * 3 < b.chars
  const linkedHeadline = (b: HtmlBlock): boolean => b.linkChars >= 0.9 * b.chars && wordsOf(b) >= 2 && wordsOf(b) <= 20
  const headingLike = (b: HtmlBlock): boolean => b.kind === 'heading' || (b.kind !== 'item' && b.linkChars < COMMENT_SECTION.headingMaxLinkShare * b.chars)
  // Only headings that can open a wall go to the rules (matching every short line of a page costs
  // a few percent of extraction): after enough prose.
  const before: number[] = []
  let sum = 0
  for (const b of blocks) {
    before.push(sum)
    if (!strong(b) && isProse(b)) sum += wordsOf(b)
  }
  const candidates = blocks.filter((b) => headingLike(b) && !strong(b) && wordsOf(b) <= RELATED_SECTION.headingMaxWords && (before[b.index] ?? 0) >= RELATED_SECTION.minProseBefore)
  if (candidates.length === 0) return blocks as HtmlBlock[]
  const cues = [...rules.related(candidates.map((b) => b.text))].map((i) => candidates[i] as HtmlBlock).sort((a, b) => a.index - b.index)
  if (cues.length === 0) return blocks as HtmlBlock[]
  const out = blocks.slice()
  let proseBefore = 0
  let next = 0
  for (const heading of cues) {
    for (; next < heading.index; next++) {
      const b = blocks[next] as HtmlBlock
      if (!strong(b) && isProse(b)) proseBefore += wordsOf(b)
    }
    if (proseBefore < RELATED_SECTION.minProseBefore || strong(out[heading.index] as HtmlBlock)) continue
    const start = sectionStart(heading.element)
    let end = heading.index + 1
    while (end < out.length && isAfterWithin((out[end] as HtmlBlock).element, start)) end++
    const section = out.slice(heading.index + 1, end).filter((b) => b.element !== heading.element)
    // The story itself under a cue-like heading: it opens with a paragraph, or one run of prose outweighs the article above.
    const first = section[0]
    if (first === undefined || (isProse(first) && !strong(first))) continue
    let run = 0
    let longest = 0
    let sectionProse = 0
    for (const b of section) {
      run = isProse(b) ? run + wordsOf(b) : 0
      if (isProse(b)) sectionProse += wordsOf(b)
      longest = Math.max(longest, run)
    }
    if (longest > RELATED_SECTION.storyAfterHeading * proseBefore && longest >= RELATED_SECTION.storyShare * sectionProse) continue
    // The heading confirms a label the extraction would doubt: most of what follows sits in a
    // chrome-shaped box ("promo", "widget") the heading is not in. Unlabelled lists under such a
    // heading are left to the text rules, which cut them as listings.
    const inBox = (b: HtmlBlock): boolean => b.flagged.some((f) => !f.strong && !heading.flagged.some((g) => g.element === f.element))
    const boxed = section.reduce((n, b) => n + (inBox(b) ? wordsOf(b) : 0), 0)
    const all = section.reduce((n, b) => n + wordsOf(b), 0)
    // Or it names what a flat list below it shows: linked headlines over summaries (teasers
    // written as siblings of the article's paragraphs, which markTeasers cannot tell from them),
    // not far more prose in all than the article above.
    let teasers = 0
    let summaries = 0
    section.forEach((b, i) => {
      const summary = section[i + 1]
      if (linkedHeadline(b) && summary !== undefined && isProse(summary)) {
        teasers++
        summaries += wordsOf(summary)
      }
    })
    const teaserList = teasers >= RELATED_SECTION.minTeasers && summaries >= 0.5 * sectionProse && sectionProse <= RELATED_SECTION.maxTeaserProse * proseBefore
    if (boxed < RELATED_SECTION.minBoxedShare * all && !teaserList) continue
    const flag: ChromeFlag = { element: heading.element, reason: `after the related-stories heading "${heading.text}"`, strong: true }
    for (const b of [heading, ...section]) out[b.index] = { ...(out[b.index] as HtmlBlock), flagged: [...(out[b.index] as HtmlBlock).flagged, flag] }
  }
  return out
}
