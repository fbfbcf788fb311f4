import type { PageLine } from './features.js'

/** The evidence the mode decision rests on, for --explain and tests. */
export interface PageEvidence {
  nonBlank: number
  menuRunLines: number
  chromeLabels: number
  linkRows: number
  cookieLines: number
  proseLines: number
}

/** How much evidence makes a whole page; together so they are tuned in one place. */
export const DECIDE = {
  /** A cookie notice and at least this many chrome lines. */
  cookieWithChrome: 3,
  /** Or at least this many chrome lines (menu runs, labels, link rows)... */
  chromeLines: 12,
  /** ...making up at least this share of the non-blank lines. */
  chromeShare: 0.25,
  /** Or at least this many menu or button labels. */
  chromeLabels: 6,
  /** Or at least this many lines the rules leave... */
  manyLines: 20,
  /** ...of which less than this share is prose: an article is mostly paragraphs, a page mostly teasers, labels and links. */
  proseShare: 0.45,
  /**
   * The two shape-only signs (many short lines, runs of them) also fit
   * articles made of lists: a results round-up, tour dates, a schedule.
   * They count only beside at least this many signs that only pages carry:
   * menu or button labels, link rows, cookie notices.
   */
  pageOnlySigns: 2,
} as const

/** Count the signs of a whole page among the lines of a document. */
export function pageEvidence(lines: readonly PageLine[]): PageEvidence {
  const e = { nonBlank: 0, menuRunLines: 0, chromeLabels: 0, linkRows: 0, cookieLines: 0, proseLines: 0 }
  for (const p of lines) {
    if (p.line.blank) continue
    e.nonBlank++
    if (p.inMenuRun) e.menuRunLines++
    if (p.chromeLabel) e.chromeLabels++
    if (p.linkRow) e.linkRows++
    if (p.cookie) e.cookieLines++
    if (p.prose) e.proseLines++
  }
  return e
}

/**
 * Is this a whole page (menus, link lists, cookie notices around the
 * article) rather than an article with some cruft? Conservative on
 * purpose: an article the core rules already handle must never be taken
 * for a page, so only strong evidence counts: a cookie notice next to
 * menu lines, many menu or button labels, menu runs and link rows
 * making up a large share of the lines, or many lines of which less than
 * half are prose (an article is mostly paragraphs).
 *
 * @example
 * ```ts
 * const doc = segment(text)
 * isWholePage(pageEvidence(pageLines(doc, defaultVocabulary())))
 * ```
 */
export function isWholePage(e: PageEvidence): boolean {
  const chrome = e.menuRunLines + e.linkRows
  if (e.cookieLines > 0 && chrome + e.chromeLabels >= DECIDE.cookieWithChrome) return true
  if (e.chromeLabels >= DECIDE.chromeLabels) return true
  // A document with no label, link row or cookie notice reads as one article, however list-shaped.
  if (e.chromeLabels + e.linkRows + e.cookieLines < DECIDE.pageOnlySigns) return false
  if (e.nonBlank >= DECIDE.manyLines && e.proseLines < DECIDE.proseShare * e.nonBlank) return true
  return chrome >= DECIDE.chromeLines && chrome >= DECIDE.chromeShare * e.nonBlank
}
