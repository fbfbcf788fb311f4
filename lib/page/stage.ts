/**
 * The whole-page stage of the pipeline: decide whether a text document is a
 * whole page (menus, link rows, cookie notices around the article) and, if
 * so, hand the engine the article region. It only narrows the document; the
 * engine's one resolve and render do the rest.
 */
import type { Document } from '../document.js'
import { emptiedBy, type Verdicts } from '../engine.js'
import type { Region } from '../region.js'
import type { Rule } from '../rules/types.js'
import { isWholePage, pageEvidence, pageEvidenceOf, type PageEvidence } from './detect.js'
import { mainContent, type EndMarkers } from './extract.js'
import { pageLines } from './features.js'
import { articleLists } from './article-lists.js'
import { defaultVocabulary, type Vocabulary } from './vocabulary.js'

/** How a text document is treated: decided per document (auto), or forced. */
export type CleanMode = 'auto' | 'article' | 'page'

/** The rule id page-mode removals are reported under. */
export const PAGE_RULE = 'page-chrome'

/** What the stage decided. */
export interface PageDecision {
  /** "page" when main-content detection ran, else "article". */
  mode: 'article' | 'page'
  /** The signs of a whole page that the decision counted (absent when none were counted). */
  evidence?: PageEvidence
  /** With mode "page": the article region the rules are to see. */
  region?: Region
  /** With mode "page": why the region was widened, when the best run of lines held far less than the page's prose. */
  fallback?: string
}

/**
 * What a markdown view tells the page stage that its text cannot: for each
 * line (by its text), the share of it that was link text, and the page's
 * headline, its one level-1 heading. Text and HTML pass none.
 */
export interface ViewHints {
  readonly linkShare: ReadonlyMap<string, number>
  /** The text of the view line that was the document's only level-1 heading (not a link), if it had one. */
  readonly headline?: string
  /** The texts of the view lines that were headings. */
  readonly headings?: ReadonlySet<string>
}

/**
 * Decide the treatment of a document, given the verdicts the rules reach on
 * the whole of it. In "auto" mode the evidence counts only what the rules
 * leave: an article whose share rows, tag lists and widgets the rules
 * already recognise is an article with cruft, not a page; page mode is for
 * chrome no rule knows.
 *
 * @example
 * ```ts
 * const doc = segment(text)
 * const { mode, region } = pageStage(doc, resolve(doc, rules), 'auto')
 * ```
 */
export function pageStage(doc: Document, verdicts: Verdicts, mode: CleanMode, vocabulary?: Vocabulary, hints?: ViewHints): PageDecision {
  if (mode === 'article') return { mode: 'article' }
  // A guard that kept everything removed nothing: the evidence counts every line then.
  // Lines of rules marked pageSign (consent banners) count as the page's, removed or not.
  const signs = pageSignLines(verdicts)
  const removed: ReadonlySet<number> = mode === 'page' || emptiedBy(doc, verdicts.owner) !== undefined ? new Set() : new Set([...verdicts.owner.keys()].filter((i) => !signs.has(i)))
  if (mode === 'auto' && !mayBePage(doc, removed)) return { mode: 'article' }
  // The vocabulary (validated on first load) is read only for documents that may be pages.
  const linkShare = hints?.linkShare
  const shareOf = linkShare === undefined ? undefined : (i: number): number => linkShare.get(doc.lines[i]?.text ?? '') ?? 0
  const lines = pageLines(doc, vocabulary ?? defaultVocabulary(), shareOf)
  let evidence = pageEvidence(lines)
  // Lists the article introduces are its own, not a page's menus (lib/page/article-lists.ts).
  const lists = articleLists(doc, removed)
  // Lines a series rule gave back (an events calendar's dates) are a list the document keeps, as lists.lines are.
  const restored = verdicts.restored
  if (mode === 'auto') {
    // A page sign is never the article's opening paragraph: a consent dialog's long sentence at the top had
    // kept a whole page in article mode until the next pass, which no longer sees the removed dialog.
    evidence = pageEvidenceOf(lines.filter((p) => !removed.has(p.line.index) && !lists.lines.has(p.line.index) && !restored.has(p.line.index)), lines, signs)
    if (!isWholePage(evidence)) return { mode: 'article', evidence }
  }
  const headline = hints?.headline === undefined ? -1 : doc.lines.findIndex((l) => l.text === hints.headline)
  const headings = hints?.headings
  const view = {
    ...(shareOf !== undefined ? { linkShare: shareOf } : {}),
    ...(headline !== -1 ? { headline } : {}),
    ...(headings !== undefined ? { isHeading: (i: number): boolean => headings.has(doc.lines[i]?.text ?? '') } : {}),
    // Lists a sentence of the article introduces weigh as its text when the region is chosen.
    ...(lists.announced.size > 0 ? { articleList: lists.announced } : {}),
  }
  const { keep, reasons, fallback } = mainContent(doc, lines, endMarkers(verdicts.firstStage), view)
  return { mode: 'page', evidence, region: { keep, reasons, rule: PAGE_RULE, family: 'page', name: 'article region' }, ...(fallback !== undefined ? { fallback } : {}) }
}

/** The lines removed by rules marked `pageSign` (credited to them): they count as the page's, removed or not (see RuleSpec pageSign). */
function pageSignLines(verdicts: Verdicts): Set<number> {
  const signs = new Set<number>()
  for (const [rule, p] of verdicts.firstStage) {
    if (rule.pageSign !== true || p.action !== 'remove') continue
    for (let i = p.from; i <= p.to; i++) if (verdicts.owner.get(i)?.id === rule.id) signs.add(i)
  }
  return signs
}

/**
 * Cheap necessary condition for page evidence: every sign of a whole page
 * (menu runs, labels, link rows, a cookie notice beside chrome) needs at
 * least this many non-prose lines the rules left. Most articles have fewer
 * (a headline, a subhead), and skip the page features entirely: they are
 * the costliest part of the decision.
 */
const PAGE_MIN_CHROME_LINES = 3

function mayBePage(doc: Document, removed: ReadonlySet<number>): boolean {
  let chrome = 0
  for (const l of doc.lines) {
    if (!l.blank && !l.prose && !removed.has(l.index) && ++chrome >= PAGE_MIN_CHROME_LINES) return true
  }
  return false
}

/**
 * What the line rules see in a whole page, from their own proposals: where
 * an article ends (rules marked `endsArticle` "stop" or "comments" are
 * walls, "end" cues end it) and which lines they recognise at all (never a
 * headline). The rules' own data says it, so a user's rules file moves
 * these too.
 */
function endMarkers(firstStage: ReadonlyArray<readonly [Rule, { from: number; to: number; action: 'remove' | 'keep' }]>): EndMarkers {
  const stop = new Set<number>()
  const comments = new Set<number>()
  const ruled = new Set<number>()
  const end = new Set<number>()
  for (const [rule, p] of firstStage) {
    // A line a keep rule vouches for (a dateline) is article text, not a sign of chrome.
    if (p.action === 'keep') continue
    for (let i = p.from; i <= p.to; i++) {
      ruled.add(i)
      if (rule.endsArticle === 'stop' || rule.endsArticle === 'comments') stop.add(i)
      else if (rule.endsArticle === 'end') end.add(i)
      if (rule.endsArticle === 'comments') comments.add(i)
    }
  }
  return { stop, comments, ruled, end }
}
