import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../config/paths.js'
import type { PageLine } from './features.js'

/** The evidence the mode decision rests on, for --explain and tests. */
export interface PageEvidence {
  nonBlank: number
  menuRunLines: number
  chromeLabels: number
  linkRows: number
  cookieLines: number
  proseLines: number
  /** Non-blank lines above the first prose line (all of them when there is none): pages open with menus, extracted articles with a headline. */
  firstProse: number
  /** Words of the prose lines, and of all lines. */
  proseWords: number
  words: number
  /** Non-blank lines below the last prose line: pages close with footers and link lists. */
  afterProse: number
  /** Lines of at most five words: menus, labels and links are short. */
  shortLines: number
  /**
   * Lines that carry on the sentence of the line above: they open in lower
   * case under a line that ends without closing punctuation. Text wrapped at
   * a fixed width (a mail, a plain-text page, an extractor's copy of one) is
   * full of them; menus, labels and teasers open in capitals.
   */
  continuationLines: number
  /**
   * Page-only signs (labels, link rows, cookie lines) among all the lines,
   * those the rules removed included: the gate of the decision. The rest of
   * the evidence counts what the rules leave.
   */
  pageOnlySigns: number
  /**
   * Non-blank lines above the first paragraph of at least
   * {@link DECIDE.openingWords} words that the rules keep, counted over the
   * whole document, removed lines included (all of them when there is
   * none): an extracted article opens with its headline over its first
   * paragraph, a page with menus, banners and labels.
   */
  opening: number
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
  /**
   * A document in which at least this share of the non-blank lines carry on
   * the sentence above is running text wrapped at a width: it reads as one
   * article and is never a page. On the dev split every extractor output so
   * wrapped that the decision took for a page lost most of its article to
   * the region (14,000 article words in nine documents, against 1,700 words
   * of cruft the region removed in all such documents).
   */
  wrappedShare: 0.5,
  /**
   * A document whose first or second line is a paragraph of at least
   * `openingWords` words (not a cookie notice) opens as an article, and is
   * never a page. Extractors' output (Readability with its title line,
   * trafilatura, jusText) opens so; a page's text opens with menus, and
   * where it opens with a banner ("Up to 30% off ... Shop Now!", "We may earn
   * money when you click on our links"), the banner is short. On the dev
   * splits the region had cut whole introductions from such extractor
   * outputs (a comparison of cloud services lost its first 16 paragraphs);
   * with this gate mean line F1 on extractor outputs rose (WCXB Readability
   * 0.897 -> 0.902 together with the series rules) and page texts were
   * unchanged (bench/eval-lines.js --by form).
   */
  openingLines: 1,
  openingWords: 25,
} as const

/** Count the signs of a whole page among the lines of a document. */
export function pageEvidence(lines: readonly PageLine[]): PageEvidence {
  const e = { nonBlank: 0, menuRunLines: 0, chromeLabels: 0, linkRows: 0, cookieLines: 0, proseLines: 0, firstProse: -1, proseWords: 0, words: 0, afterProse: 0, shortLines: 0, continuationLines: 0, pageOnlySigns: 0, opening: opening(lines, () => true) }
  let previous: PageLine | undefined
  for (const p of lines) {
    if (p.line.blank) continue
    if (previous !== undefined && continues(previous.line.folded, p.line.folded)) e.continuationLines++
    previous = p
    const words = Math.min(p.line.words, 200)
    e.words += words
    if (p.inMenuRun) e.menuRunLines++
    if (p.chromeLabel) e.chromeLabels++
    if (p.linkRow) e.linkRows++
    if (p.cookie) e.cookieLines++
    if (p.line.words <= 5) e.shortLines++
    if (p.prose) {
      if (e.firstProse === -1) e.firstProse = e.nonBlank
      e.proseLines++
      e.proseWords += words
      e.afterProse = 0
    } else e.afterProse++
    e.nonBlank++
  }
  if (e.firstProse === -1) e.firstProse = e.nonBlank
  e.pageOnlySigns = e.chromeLabels + e.linkRows + e.cookieLines
  return e
}

/** Non-blank lines above the first paragraph that opens an article (see {@link PageEvidence.opening}); `kept` says which lines the rules left. */
function opening(lines: readonly PageLine[], kept: (p: PageLine) => boolean): number {
  let above = 0
  for (const p of lines) {
    if (p.line.blank) continue
    if (p.prose && !p.cookie && !p.inMenuRun && p.line.words >= DECIDE.openingWords && kept(p)) return above
    above++
  }
  return above
}

/** Does `line` carry on the sentence of `above`: a lower-case start under a line with no closing punctuation? */
function continues(above: string, line: string): boolean {
  return /^\p{Ll}/u.test(line) && !/[.!?:;"'\u201D\u2019)\]]$/u.test(above)
}

/**
 * The evidence of `kept` lines, with the page-only signs counted over `all`
 * lines (see PageEvidence.pageOnlySigns). Lines in `notOpening` (page signs
 * a rule removed, such as a consent dialog's sentence) never open the article.
 */
export function pageEvidenceOf(kept: readonly PageLine[], all: readonly PageLine[], notOpening: ReadonlySet<number> = new Set()): PageEvidence {
  const e = pageEvidence(kept)
  let signs = 0
  for (const p of all) if (!p.line.blank && (p.chromeLabel || p.linkRow || p.cookie)) signs++
  e.pageOnlySigns = signs
  const keptLines = new Set(kept.map((p) => p.line.index))
  e.opening = opening(all, (p) => keptLines.has(p.line.index) && !notOpening.has(p.line.index))
  return e
}

/**
 * The page decision's model: logistic regression over {@link pageFeatures},
 * trained by bench/train-page-decision.js on the real corpus's dev split
 * (documents where page mode scored better than article mode are pages),
 * shipped as data in page-decision.json.
 */
export interface PageModel {
  features: string[]
  mean: number[]
  scale: number[]
  weights: number[]
  bias: number
  /** Page mode when the model's probability reaches this (set high: a misread article costs more than a page left whole). */
  threshold: number
  /** The model reads the features and every product of two of them (see {@link modelInputs}): signs that matter together, such as many short lines and little prose. */
  quadratic?: boolean
}

/** The vector a model reads: the features, and with `quadratic` their pairwise products after them. */
export function modelInputs(features: readonly number[], quadratic: boolean): number[] {
  if (!quadratic) return [...features]
  const out = [...features]
  for (let a = 0; a < features.length; a++) for (let b = a; b < features.length; b++) out.push((features[a] ?? 0) * (features[b] ?? 0))
  return out
}

/** The features the model reads, in the order of {@link PageModel.features}. */
export const PAGE_FEATURES = ['logLines', 'menuRunShare', 'logLabels', 'linkRowShare', 'cookie', 'proseShare', 'logFirstProse', 'proseWordShare', 'logMenuRun', 'logLinkRows', 'logAfterProse', 'shortShare'] as const

/** The evidence as the model's feature vector. */
export function pageFeatures(e: PageEvidence): number[] {
  const n = Math.max(1, e.nonBlank)
  return [
    Math.log1p(e.nonBlank),
    e.menuRunLines / n,
    Math.log1p(e.chromeLabels),
    e.linkRows / n,
    e.cookieLines > 0 ? 1 : 0,
    e.proseLines / n,
    Math.log1p(e.firstProse),
    e.proseWords / Math.max(1, e.words),
    Math.log1p(e.menuRunLines),
    Math.log1p(e.linkRows),
    Math.log1p(e.afterProse),
    e.shortLines / n,
  ]
}

/** The model's probability that a document with this evidence is a whole page. */
export function pageProbability(e: PageEvidence, model: PageModel = defaultPageModel()): number {
  const x = modelInputs(pageFeatures(e), model.quadratic === true)
  let z = model.bias
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * (((x[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] || 1))
  return 1 / (1 + Math.exp(-z))
}

let bundledModel: PageModel | undefined

/** The bundled page-decision.json, read once per process. */
export function defaultPageModel(): PageModel {
  bundledModel ??= JSON.parse(readFileSync(join(PACKAGE_ROOT, 'page-decision.json'), 'utf8')) as PageModel
  return bundledModel
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
export function isWholePage(e: PageEvidence, model: PageModel = defaultPageModel()): boolean {
  return pageDecision(e, model).page
}

/** The whole-page decision and, for --explain, why. */
export function pageDecision(e: PageEvidence, model: PageModel = defaultPageModel()): { page: boolean; why: string } {
  // A document with no label, link row or cookie notice reads as one article, however list-shaped.
  if (e.pageOnlySigns < DECIDE.pageOnlySigns) return { page: false, why: 'fewer than two signs only pages carry' }
  if (e.nonBlank > 0 && e.continuationLines >= DECIDE.wrappedShare * e.nonBlank) return { page: false, why: `running text wrapped at a width: ${e.continuationLines} of ${e.nonBlank} lines carry on the sentence above` }
  if (e.opening <= DECIDE.openingLines) return { page: false, why: `opens as an article: a paragraph of ${DECIDE.openingWords} words or more ${e.opening === 0 ? 'first' : 'under its first line'}` }
  if (cookieBesideChrome(e)) return { page: true, why: 'a cookie notice beside menu lines' }
  const p = pageProbability(e, model)
  if (p >= model.threshold) return { page: true, why: `whole-page probability ${p.toFixed(2)} >= ${model.threshold}` }
  // The shape signs, behind the gate above: on the dev split they find most
  // whole-page texts the model (held to a low rate on extractor outputs)
  // leaves, at no cost in mean line F1 on extractor outputs.
  const shape = shapeSigns(e)
  if (shape !== undefined) return { page: true, why: shape }
  return { page: false, why: `whole-page probability ${p.toFixed(2)} < ${model.threshold}, and no shape of a page` }
}

/**
 * A cookie notice beside menu lines: pages carry them, articles never do
 * (the real corpus is older than consent banners, so the model cannot know).
 */
export function cookieBesideChrome(e: PageEvidence): boolean {
  return e.cookieLines > 0 && e.menuRunLines + e.linkRows + e.chromeLabels >= DECIDE.cookieWithChrome
}

/** The shape signs of a whole page (menu and label counts, a low share of prose), or undefined. */
export function shapeSigns(e: PageEvidence): string | undefined {
  const chrome = e.menuRunLines + e.linkRows
  if (e.chromeLabels >= DECIDE.chromeLabels) return `${e.chromeLabels} menu or button labels`
  if (e.nonBlank >= DECIDE.manyLines && e.proseLines < DECIDE.proseShare * e.nonBlank) return `${e.proseLines} of ${e.nonBlank} lines prose`
  if (chrome >= DECIDE.chromeLines && chrome >= DECIDE.chromeShare * e.nonBlank) return `${chrome} menu-run lines and link rows`
  return undefined
}
