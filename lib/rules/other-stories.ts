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
import { contentWords, sharedShare, stopwordsOf } from '../text/topic.js'
import type { RuleContext } from './types.js'

/** Thresholds of the other-stories shape, tuned on the dev split together. */
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
  /** An item holds at most this many paragraphs: listings carry a story's first paragraphs, never the rest of it. */
  maxItemParagraphs: 3,
  /** An item's paragraphs hold at least this many content words, or its share says nothing (a one-line sign-off under a promoted headline is the article's). */
  minItemWords: 8,
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
    if (line.prose) {
      if (current === undefined) return undefined
      current.lines.push(line)
      current.paragraphs++
    } else if (line.headlineShaped && line.words >= 3) {
      current = { lines: [line], paragraphs: 0 }
      items.push(current)
    } else if (line.nameShaped && current !== undefined && current.paragraphs === 0) {
      // A byline under an item's headline.
      current.lines.push(line)
    } else return undefined
  }
  return items
}

/** Is everything below the cue at `cue` other stories (see the module comment)? */
export function readsAsOtherStories(doc: Document, ctx: RuleContext, cue: number, proseBefore: number): boolean {
  if (proseBefore < OTHER_STORIES.minArticleWords) return false
  const items = itemsBelow(doc, ctx, cue)
  if (items === undefined || items.length === 0 || items.some((it) => it.paragraphs === 0 || it.paragraphs > OTHER_STORIES.maxItemParagraphs)) return false
  const above = doc.lines
    .slice(0, cue)
    .filter((l) => l.prose && !ctx.marked.has(l.index))
    .map((l) => l.text)
    .join('\n')
  const stop = stopwordsOf(above)
  const article = contentWords(above, stop)
  return items.every((it) => {
    const words = contentWords(
      it.lines
        .filter((l) => l.prose)
        .map((l) => l.text)
        .join('\n'),
      stop,
    )
    return words.size >= OTHER_STORIES.minItemWords && sharedShare(words, article) <= OTHER_STORIES.maxSharedShare
  })
}
