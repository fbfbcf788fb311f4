import type { Document } from '../document.js'
import type { MatchSpec } from '../match/index.js'

export type { MatchSpec, Zone } from '../match/index.js'

interface RuleSpecBase {
  /** Stable identifier: what --explain prints and what user files override. */
  id: string
  /** Cruft family, for reports and colouring. */
  family?: string
  description?: string
  /** false disables a bundled rule. */
  enabled?: boolean
  /**
   * Apply only to documents from these sources (e.g. domains, as given to
   * `clean(text, { source })` or read from a record's source field); a rule
   * without it applies to every document, and a scoped rule never applies to
   * a document whose source is unknown. `cleanup learn --source-field` writes it.
   */
  sources?: string[]
  /**
   * Apply only to documents of these input formats (default: all). A rule
   * that recognises by shape alone what markup marks (a caption, a story
   * listing) is for text, where the markup is gone: in HTML the extraction
   * already read it, and the same shapes there are the article's list items.
   */
  formats?: InputKind[]
  /**
   * What a line this rule recognises means for whole-page detection:
   * "stop" (a legal footer) and "comments" (a comment section) are walls the
   * article region never crosses, and nothing after a comment section is
   * looked at; "end" (a related-stories or paywall cue) ends the region once
   * the article has begun. Cue rules with cut "tail" default to "end".
   */
  endsArticle?: EndsArticle
  /**
   * The lines this rule removes still count as signs of a whole page when
   * the page decision weighs what the rules leave. A consent banner is
   * removed wherever it stands, yet it is the surest sign that a text is a
   * whole page's; without it the page's menus, which no rule knows, stayed.
   */
  pageSign?: boolean
  /** Learned rules: how many documents showed the line, and their share of the source. Informational. */
  support?: LearnedSupport
  /** Learned rules: where the line sat in those documents. Informational. */
  position?: 'header' | 'footer' | 'inline'
  /** Learned rules: ids of a few documents that showed the line, for review. Informational. */
  examples?: string[]
  /**
   * Cue cuts and zones: the removals stand even when a document would lose
   * much of its prose (the prose guard keeps strong removals and undoes the
   * rest). Line and adjacent rules are always strong.
   */
  strong?: boolean
}

/** See {@link RuleSpecBase.endsArticle}. */
export type EndsArticle = 'stop' | 'comments' | 'end'

/** The input formats a document is read as (see `formats`). */
export type InputKind = 'text' | 'markdown' | 'html'

/** How much of a corpus backs a learned rule. */
export interface LearnedSupport {
  /** Documents that hold the line (any variant). */
  documents: number
  /** Those documents as a share (0-1) of the source's documents (of the corpus without sources). */
  share: number
}

/** Removes each line that matches. */
export interface LineRuleSpec extends RuleSpecBase, MatchSpec {
  kind: 'line'
}

/** Keeps each line that matches: article text that shares a shape with cruft (a dateline on its own line). */
export interface KeepRuleSpec extends RuleSpecBase, MatchSpec {
  kind: 'keep'
}

/** A cue line (e.g. "Related Articles") that removes itself and what follows it. */
export interface CueRuleSpec extends RuleSpecBase, MatchSpec {
  kind: 'cue'
  /** "tail": cut to the end when what follows is cruft-shaped, else fall back to "block". "block": the cue and the listing after it. */
  cut?: 'tail' | 'block'
  /** Entries of a listing have at most this many words. */
  listingMaxWords?: number
  /** Ids of rules whose lines mark entries of a story listing (source and time lines). */
  listingMarkers?: string[]
  /** With cut "tail": the tail is also cut when it reads as a thread of comments, posts under author or time lines (lib/rules/comment-thread.ts). */
  thread?: boolean
  /** With cut "tail": the tail is also cut when it reads as other stories, each a headline over paragraphs sharing few words with the article (lib/rules/other-stories.ts). */
  stories?: boolean
  /** The line under this cue is its own title (a video title under "Video", a banner under "WEATHER ALERT"), never the article's headline. */
  titleBelow?: boolean
}

/**
 * Chrome above the headline and bylines/timestamps between it and the body.
 * The header's `phrases` and `patterns` name lines that are never the
 * headline whatever their shape (bylines, datelines, navigation links,
 * comment counts); they are not removed for matching.
 */
export interface HeaderRuleSpec extends RuleSpecBase, Pick<MatchSpec, 'phrases' | 'patterns' | 'match' | 'caseSensitive'> {
  kind: 'header'
  /** Only look at headers with at most this many non-blank lines before the body. */
  maxLines?: number
  /** A headline has at least this many words. */
  headlineMinWords?: number
  /**
   * Last words of a newspaper's, station's or wire's name ("Star", "Times",
   * "Zeitung"): a name-shaped line ending in one stays a name (a byline or
   * the outlet) however many of its words the body repeats.
   */
  outletWords?: string[]
}

/** Unknown short widget lines trailing below a recognised tail widget. */
export interface FooterRuleSpec extends RuleSpecBase {
  kind: 'footer'
  /** Lines with more words than this are never treated as chrome. */
  maxWords?: number
  /**
   * Ids of rules whose removed lines never open the zone: their lines also
   * stand inside articles (a photo credit, a date), so the short lines under
   * one may be the article's own (a table written one cell per line).
   */
  notOpenedBy?: string[]
}

/** A short line glued (no blank line between) to a line another rule removed, e.g. a caption above its credit. */
export interface AdjacentRuleSpec extends RuleSpecBase {
  kind: 'adjacent'
  /** Ids of the rules whose removed lines take their short neighbours along. */
  of: string[]
  /** Neighbours with more words than this are never removed. */
  maxWords?: number
  /** Take runs of at least this many glued name-shaped lines (map labels, a stack of author names) instead of one neighbour. */
  minRun?: number
}

/**
 * Lines the `of` rules removed that recur through a list the document keeps,
 * each over a kept line (an events calendar's dates, a table's numbers):
 * given back (lib/rules/series.ts). The match options say which of those
 * lines may come back.
 */
export interface SeriesRuleSpec extends RuleSpecBase, MatchSpec {
  kind: 'series'
  /** Ids of the rules whose removed lines may come back. */
  of: string[]
  /** Give back only when at least this many such lines each sit over a kept line (default 3). */
  minItems?: number
}

/** The learned line model (lib/rules/line-model.ts; its data is line-model.json). */
export interface ModelRuleSpec extends RuleSpecBase {
  kind: 'model'
  /** Remove a candidate line when the model's probability of cruft is at least this (default: the model's own). */
  threshold?: number
}

/** One entry of a rules file. */
export type RuleSpec = LineRuleSpec | KeepRuleSpec | CueRuleSpec | HeaderRuleSpec | FooterRuleSpec | AdjacentRuleSpec | SeriesRuleSpec | ModelRuleSpec

/** A rule's verdict on a range of lines (0-based, inclusive). */
export interface Proposal {
  rule: string
  action: 'remove' | 'keep'
  from: number
  to: number
  reason: string
  /**
   * The evidence for this removal is strong even though the rule is weak
   * (a cut to the end over a listing whose source or time lines say what it
   * is): the prose guard leaves it standing.
   */
  strong?: boolean
}

/**
 * What a rule sees besides the document: removals proposed in earlier
 * stages. A context is a snapshot: its sets do not change while rules read
 * it (the engine makes one per stage and applies the stage's proposals
 * after all its rules ran), so rules of a stage may share what they work
 * out from one context and document (lib/rules/cue-cut.ts does).
 */
export interface RuleContext {
  readonly marked: ReadonlySet<number>
  /** Which rule first removed each marked line (by id). */
  readonly markedBy: ReadonlyMap<number, string>
  /** Marked lines that are cue headings whose next line is their own title (rules with `titleBelow`). */
  readonly titleCues: ReadonlySet<number>
  /** Lines an earlier stage vouched for (the headline the header rule found, a dateline): a later cut stops at them. */
  readonly kept: ReadonlySet<number>
}

/** A compiled rule: pure, deterministic, no I/O. */
export interface Rule {
  readonly id: string
  readonly kind: RuleSpec['kind']
  readonly family: string
  readonly description: string
  /** When set, the rule applies only to documents from these sources. */
  readonly sources?: ReadonlySet<string>
  /** When set, the rule applies only to documents of these input formats. */
  readonly formats?: ReadonlySet<InputKind>
  /** Rules run stage by stage; a stage sees the removals of the stages before it. */
  readonly stage: number
  /** A cue whose next line is its own title, not the headline (see CueRuleSpec.titleBelow). */
  readonly titleBelow?: boolean
  /** Removes what surrounds a sign rather than the sign itself, without `strong`: undone by the prose guard (engine.ts). */
  readonly weak?: boolean
  /** What a line it recognises means for whole-page detection (see RuleSpec endsArticle). */
  readonly endsArticle?: EndsArticle
  /** Its removed lines still count as page evidence (see RuleSpec pageSign). */
  readonly pageSign?: boolean
  apply(doc: Document, ctx: RuleContext): Proposal[]
}
