/**
 * Does the text under a comment-section heading read as a thread of
 * comments? Extractors keep threads whole (jusText keeps nearly every
 * post), and the heading alone cannot cut them: a cue stops at prose,
 * because "0 comments" also stands in a post's meta line above its story.
 * What a thread has and an article's sections do not is its rhythm: each
 * post is one or two short paragraphs under a header (the author's name,
 * "Byron says:", "Posted by: tj at October 29, 2012 06:10 PM", "on
 * October 23, 2012 at 9:35 am"), over and over.
 */
import type { Document, Line } from '../document.js'
import type { RuleContext } from './types.js'
import { LastSlot } from '../text/memo.js'

/** Thresholds of the thread shape, tuned on the dev split together. */
export const THREAD = {
  /** Article prose above the heading: a heading in the post's meta line (above the story) has less. */
  minArticleWords: 50,
  /** Posts, each a header over text, that make a thread when a header says "says:", a time or "Posted by". */
  minPosts: 2,
  /** Posts under name lines alone (no time or "says:" anywhere): a subheaded article has names too. */
  minNamePosts: 3,
  /**
   * Under name lines alone, the heading has at least this many words (or a
   * count): a bare "Discussion" also heads a paper's own section, and the
   * author-name lines of its references over their citations look like
   * posts under names.
   */
  minNameHeadingWords: 2,
  /** Under name lines alone, a post holds at most this many lines of text on average; an article's sections run longer. */
  maxNamePostLines: 2,
  /** A header line has at most this many words. */
  headerMaxWords: 12,
  /**
   * Text under the heading in one unbroken run of more than this many times
   * the article above is a story under a sidebar's "Latest comments" box.
   */
  storyRatio: 3,
  /**
   * Without headers (jusText drops the short name and time lines), a thread
   * shows in its posts' openings: at least this many of the first
   * `replyWindow` lines of text under the heading read as replies ("Hi
   * Tim,", "Thanks for the post", "@Jamie", "Great article", "your book").
   * A story has one now and then; a thread has them every few lines.
   */
  minReplies: 3,
  replyWindow: 20,
} as const

/** A header that names a post's author or time by its words: "says:", "wrote:", "Posted by", a clock time (with am/pm or seconds: "35:12" is a citation's volume and page), "Reply". */
const HEADER_WORDS = /(?:\b(?:says|said|wrote|writes|replied|commented)\s*:?\s*$|^posted by\b|^by\s|\b\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}:\d{2}\b|\b(?:reply|permalink|report abuse|link to comment|quote)\s*$)/iu

/** A line that opens as a reply to the post or to another reader: a greeting, thanks, an @handle, praise of the post, or "your post/book". */
const REPLY = /^(?:(?:hi|hey|hello|dear|howdy)\b[^.!?]{0,30}[,!:\u2014\u2013-]|(?:thanks|thank you|thx)\b(?: so much| very much| again)?(?: for\b|[,.!]|$)|@[\p{L}\p{N}_]|(?:great|nice|excellent|awesome|wonderful|fantastic|brilliant|interesting|informative|amazing|lovely|insightful|helpful)\s+(?:post|article|piece|write-?up|blog|read|job|work|points?|tips?|list|summary|overview)\b)|\b(?:your|ur) (?:post|article|blog|piece|books?|writing|column|podcast)\b/iu

/** A heading that counts no comments ("Comments (0)", "0 comments", "No responses") heads none: on a blog's front page it ends a post, and the next post follows. */
const NO_COMMENTS = /(?:^|[\s(])0(?:[\s):]|$)|\bno (?:comments?|responses?|replies|thoughts?)\b/iu

/** Rules whose lines are a post's header when they stand over a comment's text. */
const HEADER_RULES = new Set(['timestamps', 'byline', 'comment-widgets', 'listing-source', 'comment-form'])

type Kind = 'header' | 'name' | 'text' | 'other'

/** A line's kind when no rule removed it: what its own text says. */
function ownKind(line: Line): Kind {
  if (line.words <= THREAD.headerMaxWords && !line.endsSentence && HEADER_WORDS.test(line.folded)) return 'header'
  if (line.nameShaped && line.words <= 4) return 'name'
  if (line.prose || line.words > 6) return 'text'
  return 'other'
}

/**
 * The last document's {@link ownKind}s, filled as lines are read. Every
 * comment heading of a document (up to a few per cue rule) reads the lines
 * below it to the end, so without this a long document's lines were each
 * tested against the header words once per heading. One slot, as the cue
 * rules' shared reading (cue-cut.ts): the headings of a document are read
 * one after the other.
 */
const ownKinds = new LastSlot<[Document], Array<Kind | undefined>>()

function kindOf(doc: Document, line: Line, by: string | undefined): Kind {
  if (by !== undefined) return HEADER_RULES.has(by) ? 'header' : 'other'
  const kinds = ownKinds.get([doc], () => new Array<Kind | undefined>(doc.lines.length))
  return (kinds[line.index] ??= ownKind(line))
}

/** Lines after a recurring heading searched for text that would make it a post's footer. */
const RECURRING_CUE_REACH = 4

/** A count heading's words with its number blanked ("comments (#)"), or undefined for a heading without a number. */
function shapeOfCount(line: Line): string | undefined {
  return /\d/u.test(line.key) ? line.key.replace(/\d[\d,.]*/gu, '#') : undefined
}

/** Is there running text among the `reach` non-blank lines after line `at`? */
function textWithin(doc: Document, at: number, reach: number): boolean {
  let seen = 0
  for (let i = at + 1; i < doc.lines.length && seen < reach; i++) {
    const line = doc.lines[i]
    if (line === undefined || line.blank) continue
    seen++
    if (line.prose) return true
  }
  return false
}

/**
 * True when the lines after the cue at `cue` read as a comment thread (see
 * the module comment) and never hold a story: no unbroken run of text over
 * {@link THREAD.storyRatio} times the `proseBefore` words of the article.
 */
export function readsAsThread(doc: Document, ctx: RuleContext, cue: number, proseBefore: number, isCue: (i: number) => boolean): boolean {
  if (proseBefore < THREAD.minArticleWords || NO_COMMENTS.test(doc.lines[cue]?.folded ?? '')) return false
  let namePosts = 0
  let headerPosts = 0
  let textLines = 0
  let replies = 0
  let run = 0
  let longestRun = 0
  let above: Kind | undefined
  const heading = doc.lines[cue]
  const countShape = heading === undefined ? undefined : shapeOfCount(heading)
  for (let i = cue + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]
    if (line === undefined || line.blank) continue
    // A count heading again, in the same words, over more text ("Comments
    // (0)", then "Comments (1)", under each post of a blog's front page)
    // ends posts, not a thread: a thread is counted once.
    if (countShape !== undefined && isCue(i) && textLines > 0 && shapeOfCount(line) === countShape && textWithin(doc, i, RECURRING_CUE_REACH)) return false
    const kind = kindOf(doc, line, ctx.markedBy.get(i))
    if (kind === 'text') {
      if (above === 'header' || above === 'name') {
        if (above === 'header') headerPosts++
        else namePosts++
      }
      textLines++
      if (textLines <= THREAD.replyWindow && REPLY.test(line.folded)) replies++
      run += line.words
      longestRun = Math.max(longestRun, run)
    } else if (kind === 'header' || kind === 'name') run = 0
    // A short line inside a post ("Thanks", "Joe,") neither starts a post nor breaks the text.
    if (kind !== 'other') above = kind
  }
  // Posts that open as replies make a thread without headers, however long the text runs unbroken.
  if (replies >= THREAD.minReplies) return true
  if (longestRun > THREAD.storyRatio * proseBefore) return false
  if (headerPosts >= 1 && headerPosts + namePosts >= THREAD.minPosts) return true
  const named = heading !== undefined && (heading.words >= THREAD.minNameHeadingWords || countShape !== undefined)
  return named && namePosts >= THREAD.minNamePosts && textLines <= THREAD.maxNamePostLines * namePosts
}
