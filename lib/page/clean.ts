import type { RuleSet } from '../config/load.js'
import { defaultRules } from '../config/defaults.js'
import { segment, type Document } from '../document.js'
import { render, run, runOn, type CleanReport, type Removal } from '../engine.js'
import { stripBom } from '../text/decode.js'
import { isWholePage, pageEvidence, type PageEvidence } from './detect.js'
import { mainContent, type EndMarkers } from './extract.js'
import { pageLines } from './features.js'
import { defaultVocabulary, type Vocabulary } from './vocabulary.js'

/** How a text document is treated: decided per document (auto), or forced. */
export type CleanMode = 'auto' | 'article' | 'page'

/** Options for cleaning text in a mode. */
export interface CleanTextOptions {
  rules?: RuleSet
  /** "auto" (default) decides per document; "article" runs the core rules only; "page" finds the article in a whole page first. */
  mode?: CleanMode
  vocabulary?: Vocabulary
}

/** A cleaning report that also says how the document was treated. */
export interface ModeReport extends CleanReport {
  /** "page" when main-content detection ran, else "article". */
  mode: 'article' | 'page'
  /** The signs of a whole page that the decision counted (absent when the mode was forced to article, or when too few lines were left for any sign to count). */
  evidence?: PageEvidence
}

/** The rule id page-mode removals are reported under. */
export const PAGE_RULE = 'page-chrome'

/**
 * Clean one text document in the given mode. In "auto" mode an article
 * (the core rules' job) comes out exactly as the core rules leave it; only
 * a document with strong signs of a whole page (see `isWholePage`) goes
 * through main-content detection first, and then the core rules run on the
 * article region. Either way lines are only deleted, never edited.
 *
 * @example
 * ```ts
 * const { text, mode } = cleanTextWithReport(scrapedPage)
 * ```
 */
export function cleanTextWithReport(text: string, options: CleanTextOptions = {}): ModeReport {
  const rules = (options.rules ?? defaultRules()).rules
  const mode = options.mode ?? 'auto'
  const input = stripBom(text)
  if (mode === 'article') return { ...run(input, rules), mode: 'article' }
  const doc = segment(input)
  let article: CleanReport | undefined
  const removed = new Set<number>()
  if (mode === 'auto') {
    // Evidence counts only what the core rules leave: an article whose
    // share rows, tag lists and widgets the rules already recognise is an
    // article with cruft, not a page; page mode is for chrome no rule knows.
    article = runOn(doc, rules)
    for (const r of article.removals) for (let i = r.from - 1; i < r.to; i++) removed.add(i)
  }
  if (article !== undefined && !mayBePage(doc, removed)) return { ...article, mode: 'article' }
  const lines = pageLines(doc, options.vocabulary ?? defaultVocabulary())
  let evidence = pageEvidence(lines)
  if (article !== undefined) {
    evidence = pageEvidence(lines.filter((p) => !removed.has(p.line.index)))
    if (!isWholePage(evidence)) return { ...article, mode: 'article', evidence }
  }

  const { keep: region, reasons } = mainContent(doc, lines, endMarkers(doc, options.rules ?? defaultRules()))
  // The core rules run on the article region alone, so their header and
  // tail logic sees the article's own top and end; their removals are
  // mapped back to the page's line numbers.
  const { text: sub, origin } = excerpt(doc, region)
  const report = run(sub, rules)
  const keep = [...region]
  const removals: Removal[] = []
  if (report.guard === undefined) {
    for (const r of report.removals) {
      const from = origin[r.from - 1] ?? 0
      const to = origin[r.to - 1] ?? from
      for (let i = from; i <= to; i++) keep[i] = false
      removals.push({ ...r, from: from + 1, to: to + 1, lines: doc.lines.slice(from, to + 1).map((l) => l.text) })
    }
  }
  removals.push(...pageRemovals(doc, reasons))
  removals.sort((a, b) => a.from - b.from)
  const out = render(doc, keep)
  return {
    text: out,
    removals,
    linesIn: doc.lines.length,
    linesOut: out === '' ? 0 : out.split('\n').length - 1,
    mode: 'page',
    evidence,
    ...(report.guard !== undefined ? { guard: `article region: ${report.guard}` } : {}),
  }
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
 * What the core line rules see in a whole page: where an article ends
 * (comment-section cues and legal footers stop it, other cut-to-the-end
 * cues end it) and which lines they recognise at all (never a headline).
 * The rules' own data says it, so a user's rules file moves these too.
 */
function endMarkers(doc: Document, ruleSet: RuleSet): EndMarkers {
  const tailCues = new Set(ruleSet.specs.filter((s) => s.kind === 'cue' && s.cut === 'tail').map((s) => s.id))
  const stop = new Set<number>()
  const comments = new Set<number>()
  const ruled = new Set<number>()
  const end = new Set<number>()
  const ctx = { marked: new Set<number>(), markedBy: new Map<number, string>(), titleCues: new Set<number>() }
  for (const rule of ruleSet.rules) {
    if (rule.stage !== 0) continue
    const isStop = rule.family === 'legal' || (rule.kind === 'cue' && rule.family === 'comments')
    const isEnd = rule.kind === 'cue' && tailCues.has(rule.id)
    for (const p of rule.apply(doc, ctx)) {
      for (let i = p.from; i <= p.to; i++) {
        ruled.add(i)
        if (isStop) stop.add(i)
        else if (isEnd) end.add(i)
        if (isStop && rule.family === 'comments') comments.add(i)
      }
    }
  }
  return { stop, comments, ruled, end }
}

/** The kept lines as a text of their own (a removed gap holding a blank line leaves one), with each line's index in the page. */
function excerpt(doc: Document, keep: readonly boolean[]): { text: string; origin: number[] } {
  const out: string[] = []
  const origin: number[] = []
  let gapBlank = -1
  let gap = false
  for (const l of doc.lines) {
    if (!keep[l.index]) {
      gap = true
      if (l.blank && gapBlank === -1) gapBlank = l.index
      continue
    }
    if (gap && gapBlank !== -1 && out.length > 0 && !l.blank) {
      out.push('')
      origin.push(gapBlank)
    }
    gap = false
    gapBlank = -1
    out.push(l.text)
    origin.push(l.index)
  }
  return { text: out.length === 0 ? '' : out.join('\n') + '\n', origin }
}

/** Page-chrome removals as report ranges: runs of removed lines with the same reason (blank lines inside a run belong to it). */
function pageRemovals(doc: Document, reasons: ReadonlyMap<number, string>): Removal[] {
  const out: Removal[] = []
  let current: Removal | undefined
  for (const l of doc.lines) {
    const why = reasons.get(l.index)
    if (why === undefined) {
      if (!(l.blank && current !== undefined)) current = undefined
      continue
    }
    if (current !== undefined && current.reason === why) {
      for (let i = current.to; i <= l.index; i++) current.lines.push(doc.lines[i]?.text ?? '')
      current.to = l.index + 1
      continue
    }
    current = { rule: PAGE_RULE, family: 'page', from: l.index + 1, to: l.index + 1, reason: why, lines: [l.text] }
    out.push(current)
  }
  return out
}
