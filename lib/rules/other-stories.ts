/**
 * Does the text under a related-stories heading read as other stories?
 * Aggregators hang whole stories under "Related Articles" or "More
 * Stories": each a headline over paragraphs of its own. The cue alone
 * cannot cut them, because it stops at prose (an article may run on under
 * a stray cue-like line), and the teaser test cannot either, because a
 * story's paragraphs run on like an article's.
 *
 * What gives them away is what they are about. Under the heading, every
 * item (a headline and the paragraphs under it) must share few of its
 * content words with the article above: an article's own later sections
 * return to its names and subject, another story does not. The cut is weak:
 * stories that outweigh the article above them trip the engine's prose
 * guard, which keeps the document and says so (flag, don't gut).
 */
import type { Document, Line } from '../document.js'
import { contentWords, paragraphWords, sharedCount, sharedShare, stopwordsOf } from '../text/topic.js'
import type { RuleContext } from './types.js'

/**
 * Thresholds of the other-stories shape, tuned on the dev split together;
 * the dev split holds no block of one-line teasers, so `maxOneOffShare`,
 * `minInformativeShare` and `trailerMaxWords` are set by the tests'
 * aggregator blocks and left every dev line as it was.
 */
export const OTHER_STORIES = {
  /** Article prose above the heading: with less, there is no topic to compare with. */
  minArticleWords: 50,
  /**
   * An item shares at most this share of its content words with the article
   * above. Unrelated stories share almost none (0 to 0.05 on our fixtures);
   * an article running on under an inline "Related article" box shares a
   * tenth to a fifth even when only two paragraphs stand above the box.
   */
  maxSharedShare: 0.1,
  /**
   * An item that shares none of the words the article returns to (found in
   * two of its paragraphs) may share up to this share of one-off words: a
   * teaser of a dozen words that happens to say "officials" or "residents"
   * once is still another story.
   */
  maxOneOffShare: 0.2,
  /** An item holds at most this many paragraphs: listings carry a story's first paragraphs, never the rest of it. */
  maxItemParagraphs: 3,
  /**
   * An item's paragraphs hold at least this many content words, or its share
   * says nothing: such an item neither shows nor rules out other stories (a
   * one-line teaser, "The 24-year-old was arrested Monday"; a one-line
   * sign-off under a promoted headline, which is the article's).
   */
  minItemWords: 8,
  /** At least this share of the items must say enough to be compared, and at least one must. */
  minInformativeShare: 0.5,
  /** A short line under an item's paragraphs is its source or time ("Yahoo Finance", "2 hours ago"): at most this many words. */
  trailerMaxWords: 4,
} as const

interface Item {
  lines: Line[]
  /** Prose lines under the headline (none yet: the lines after the headline are its byline). */
  paragraphs: number
}

/**
 * The items below the cue at `cue`: each opens with a headline-shaped line
 * (not prose, at least three words) and holds the prose under it. Lines an
 * earlier rule removed (a time or source line) are passed over; a prose
 * line before any headline, or a short line that is no headline inside a
 * body, means the text is not a run of stories.
 */
function itemsBelow(doc: Document, ctx: RuleContext, cue: number): Item[] | undefined {
  const items: Item[] = []
  let current: Item | undefined
  for (let i = cue + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]
    if (line === undefined || line.blank || ctx.marked.has(i)) continue
    if (line.prose || (line.endsSentence && current !== undefined && current.paragraphs === 0)) {
      // A short sentence under a headline is a one-line teaser ("The 24-year-old was arrested Monday.").
      if (current === undefined) return undefined
      current.lines.push(line)
      current.paragraphs++
    } else if (line.headlineShaped && line.words >= 3) {
      current = { lines: [line], paragraphs: 0 }
      items.push(current)
    } else if (line.nameShaped && current !== undefined && current.paragraphs === 0) {
      // A byline under an item's headline.
      current.lines.push(line)
    } else if (current !== undefined && current.paragraphs > 0 && line.words <= OTHER_STORIES.trailerMaxWords) {
      // The item's source or time under its teaser; it ends the item.
      current.lines.push(line)
      current = undefined
    } else return undefined
  }
  return items
}

/** Is everything below the cue at `cue` other stories (see the module comment)? */
export function readsAsOtherStories(doc: Document, ctx: RuleContext, cue: number, proseBefore: number): boolean {
  if (proseBefore < OTHER_STORIES.minArticleWords) return false
  const items = itemsBelow(doc, ctx, cue)
  if (items === undefined || items.length === 0 || items.some((it) => it.paragraphs === 0 || it.paragraphs > OTHER_STORIES.maxItemParagraphs)) return false
  const paragraphs = doc.lines
    .slice(0, cue)
    .filter((l) => l.prose && !ctx.marked.has(l.index))
    .map((l) => l.text)
  const stop = stopwordsOf(paragraphs)
  const { all: article, recurring } = paragraphWords(paragraphs, stop)
  const informative = items
    .map((it) =>
      contentWords(
        it.lines
          .filter((l) => l.prose || l.endsSentence)
          .map((l) => l.text)
          .join('\n'),
        stop,
      ),
    )
    .filter((words) => words.size >= OTHER_STORIES.minItemWords)
  if (informative.length === 0 || informative.length < items.length * OTHER_STORIES.minInformativeShare) return false
  return informative.every((words) => {
    const share = sharedShare(words, article)
    return share <= OTHER_STORIES.maxSharedShare || (share <= OTHER_STORIES.maxOneOffShare && sharedCount(words, recurring) === 0)
  })
}
