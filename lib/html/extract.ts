import { lazy } from '../lazy.js'
import { isTag, type AnyNode, type Element } from 'domhandler'
import { stopwordDensity, stopwordsFor, words } from '../page/stopwords.js'
import { defaultVocabulary, type Vocabulary } from '../page/vocabulary.js'
import { labelKey } from '../text/fold.js'
import { inHiddenBox, pageBlocks, type BlockKind, type ChromeFlag, type HtmlBlock } from './blocks.js'
import { commentAnchors, markCommentSections, type CommentRules } from './comment-sections.js'
import { dateLine, datedLink, WIRE_MIN_ITEMS, wireItem } from './dated-links.js'
import { figureLabel, inListOfSentences, isInside, LINK_LIST, titledColumn } from './container-parts.js'
import { pageMetadata, type PageMetadata } from './metadata.js'
import { markRelatedSections } from './related-sections.js'
import { closeRunawayTitle } from './runaway-title.js'
import { heaviestElement, listingContainer } from './listing-page.js'
import { headlineSection, type AnchorBlock } from './short-post.js'
import { pageWideWords } from './page-wide-labels.js'
import { leadAway, LISTICLE_AWAY_SHARE, ownSites } from './listicle-items.js'

/** The HTML parser, loaded with the first page (see lazy.ts). */
const cheerio = lazy<typeof import('cheerio/slim')>('cheerio/slim')

/** Options for reading an article out of HTML. */
export interface ExtractHtmlOptions {
  /** Vocabularies of chrome tags, roles and class words; defaults to the bundled extraction.json. */
  vocabulary?: Vocabulary
  /** Which heading texts open a comment section; defaults to the bundled rules' comment-section cues. */
  commentRules?: CommentRules
}

/** The article found in a page, before the text rules run. */
export interface HtmlExtraction {
  /** Headline first, then one line per block element of the article. */
  text: string
  metadata: PageMetadata
  /** The headline put first, when one was found. */
  headline?: string
  /** Blocks in the page, and blocks kept. */
  blocks: number
  kept: number
  /**
   * Why the chosen container was widened, when it was: it held far less of
   * the page's prose than the page has outside comments and sidebars, so the
   * article would have been lost (said by `--explain`).
   */
  fallback?: string
}

/** Thresholds of the block scoring; together so they are tuned in one place. */
const SCORE = {
  /** A block with at least this many words (or CJK characters / 3) can be prose. */
  proseMinWords: 12,
  /** Prose has at least this share of stopwords (when the language has a list). */
  proseMinStopwords: 0.15,
  /** Prose has less than this share of its characters inside links. */
  proseMaxLinks: 0.34,
  /** Blocks with at least this share inside links are link lists. */
  linkList: LINK_LIST,
  /** A chrome-shaped container holding at least this share of the page's prose is the article after all. */
  chromeMaxProseShare: 0.6,
  /** Below this share of the page's prose in the chosen container, chrome labels are doubted. */
  minProseShare: 0.15,
  /** What a short non-prose block costs the container holding it. */
  shortCost: 1,
  /** An h1 that does not repeat the page title is the headline only within this many blocks before the article. */
  headlineMaxGap: 12,
  /** A strong label that is the innermost label of at least this share of the page's prose may be a mislabelled wrapper. */
  wrapperMinShare: 0.3,
  /**
   * What one chrome region (a comment thread, a sidebar) costs a container
   * holding it at most, in words: enough to keep the article's container
   * from reaching out over it, not so much that a long comment thread under
   * a short article makes one paragraph of it look like the whole article.
   */
  chromeRegionCost: 40,
  /**
   * Doubting labels that hold most of the prose must find a container with
   * this many times the prose trusting them kept, and trusting them must have
   * kept less than doubtMaxKept words: an article of that length with a long
   * "promo" box of bank profiles is an article with a box, while a one-line
   * teaser beside a gallery told in captions, or an ASP.NET <form> around the
   * article beside three teasers, is not (dev: 3 pages from 0-0.43 F1 to
   * 0.77-0.97, one 12-word post lost to its footer).
   */
  doubtGain: 2,
  doubtMaxKept: 200,
  /** A mostly linked paragraph with at most this many links is a linked sentence, not a link list. */
  linkedSentenceMaxLinks: 3,
  /** A mostly linked block with at least this many words per link, and this many words outside its links, is content (describedLink). */
  describedLinkWords: 8,
  describedOwnWords: 7,
  /** A block of at least this many words is written only once. */
  repeatMinWords: 6,
} as const

/**
 * Never lose the article: when the chosen container holds less than
 * `minShare` of the prose the page has outside strong chrome (comments,
 * related stories, sidebars) and teasers, and that prose is at least
 * `minWords`, the container is widened to its nearest ancestor that holds
 * `widenShare` of it (a Readability-style merge of the container's prose
 * siblings: a page that splits its article over sibling divs, or a wrong
 * region that happened to weigh more than the article's first part).
 * Tuned on the site-split dev half (bench/prepare-html-data.js): at 0.6/0.8
 * it fires on 14 of 1,428 pages, 10 better (most from under 0.1 F1), 2 worse.
 * A floor of 150 words kept it off short pages, where a wrong region is as
 * common (11 dev pages changed at 25 words: 8 better, 5 of them from under
 * 0.25 F1, 2 worse; mean F1 +0.0024).
 * A container under the headline is not widened: it fired on 17 dev pages,
 * and the 3 of them where the headline sat in (or right beside) the chosen
 * container lost precision to a side column (0.25-0.62 F1, 0.60-1.0 without
 * the widening); the other 14 are unchanged.
 */
const FALLBACK = {
  minShare: 0.6,
  minWords: 25,
  widenShare: 0.8,
  /**
   * A container beside the headline (both in one parent) counts as under it while the parent
   * holds at most this share of the container's prose besides (a short article split in two
   * parts around a link box, the headline over the first, is still widened).
   */
  besideHeadline: 0.2,
  /** A container away from the headline gives way to the headline's section when that holds at least this share of its prose. */
  headlineSectionShare: 0.5,
} as const

/**
 * Containers that are one block of text: when the search ends on one, its
 * parent is the article (dev: always lifting beat lifting only while the
 * parent kept 0, 0.3 or 0.6 of the paragraph's weight; adding li, headings,
 * pre, blockquote or span changed nothing).
 */
const LONE_BLOCK_TAGS: ReadonlySet<string> = new Set(['p'])

/** Shapes of story teasers (see markTeasers). */
const TEASER = {
  /** A linked headline: at least this share of its text in links, at most this many words. */
  headlineLinks: 0.9,
  headlineMaxWords: 20,
  /** A summary has at most this many words. */
  summaryMaxWords: 60,
  /** Teasers come in lists of at least this many under one parent. */
  minRepeats: 3,
  /** A teaser alone under its parent (each in a card of its own) joins those of an ancestor at most this many levels up. */
  wrapperLevels: 2,
  /** Linked headlines over paragraphs in the article's own column, after an intro of this many words, are the article's items. */
  introMinWords: 25,
  /** ... and such cards are story teasers when at least this share carry a date line of at most dateLineMaxWords words. */
  cardMinDated: 0.5,
  dateLineMaxWords: 8,
  /** ... making up at least this share of the prose under that parent. */
  minProseShare: 0.5,
  /**
   * A summary that ends in a link with one of these labels ("... Full Story")
   * under a linked headline is a teaser on its own: the two together say
   * "this is a pointer to a story elsewhere", however few the teasers are.
   */
  /**
   * A page whose teasers hold at least indexMinWords words, and whose other prose (outside
   * strong chrome) is under indexMaxOtherShare of that, is an index: its teasers are kept.
   */
  indexMinWords: 100,
  indexMaxOtherShare: 0.25,
  readMoreLabels: ['full story', 'read more', 'read full story', 'read the full story', 'continue reading', 'more', 'read on', 'story'],
} as const

const READ_MORE: ReadonlySet<string> = new Set(TEASER.readMoreLabels)

/** Whether a block ends with a "Full Story" / "Read more" link. */
function endsWithReadMore(block: HtmlBlock): boolean {
  let last: Element | undefined
  const walk = (n: AnyNode): void => {
    if (!isTag(n)) return
    if (n.name === 'a') last = n
    for (const c of n.children) walk(c)
  }
  walk(block.element)
  if (last === undefined) return false
  const text = (n: AnyNode): string => (isTag(n) ? n.children.map(text).join('') : 'data' in n ? String(n.data) : '')
  const label = text(last).replace(/\s+/g, ' ').trim()
  const key = label.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').trim()
  return label !== '' && READ_MORE.has(key) && block.text.endsWith(label)
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu

interface Scored {
  block: HtmlBlock
  words: number
  linkShare: number
  prose: boolean
  weight: number
  chrome: boolean
  /** A story teaser: a short summary under a linked headline, one of a list of such. */
  teaser?: boolean
  /** A line of a news wire list's item (a headline link, its source and date): never a linked sentence of the article. */
  wireItem?: boolean
  /** A listicle item's linked title (it leads away from the site, to the thing the item is about): kept. */
  itemTitle?: boolean
}

/**
 * A news wire list (a headline link, then "Source | date" on its own line, under a "Breaking
 * News" heading beside the article) is a link list, though its date lines carry no link: every
 * line of such an element (`wireItem`) counts as fully linked, when at least WIRE_MIN_ITEMS
 * of them stand back to back under one parent (one alone, "<a>Ann Lee</a><br>Associated Press |
 * Mon, Jan 14 2008", is the story's byline, and stays as the text rules judge it).
 */
function markWireItems(scored: Scored[]): void {
  // Items in document order, each the lines of one element; a list is a run of them back to back
  // under one parent (a byline of the same shape above the story, or a heading between, starts anew).
  let list: Scored[][] = []
  const close = (): void => {
    if (list.length >= WIRE_MIN_ITEMS) for (const run of list) for (const s of run) {
      s.linkShare = 1
      s.wireItem = true
    }
    list = []
  }
  for (let i = 0; i < scored.length; ) {
    let j = i + 1
    while (j < scored.length && scored[j]?.block.element === scored[i]?.block.element) j++
    const run = scored.slice(i, j)
    if (!wireItem(run.map((s) => s.block))) close()
    else {
      const last = list[list.length - 1]?.[0]
      if (last !== undefined && last.block.element.parent !== run[0]?.block.element.parent) close()
      list.push(run)
    }
    i = j
  }
  close()
}

/** Word count that also works for scripts written without spaces. */
function wordCount(text: string, ws: readonly string[]): number {
  const cjk = text.match(CJK)?.length ?? 0
  return cjk > ws.length ? Math.round(cjk / 3) : ws.length
}

function linkedParagraph(s: Scored): boolean {
  return s.block.kind === 'paragraph' && s.linkShare >= SCORE.linkList && s.words >= SCORE.proseMinWords && s.block.links <= SCORE.linkedSentenceMaxLinks
}

/**
 * A mostly linked block whose links are long descriptions and that says something of its own
 * besides (a deal list's "<a>2TB portable drive for $161.99 with free shipping at Dell</a>
 * (normally $180 - use coupon code ...)", a reading list's "<a>title</a> by author, on ..."):
 * content of the article's, where a menu's or a related list's links are a few words each,
 * with at most a date beside them. Kept inside the container (dev: 10 pages better, R706
 * 0.47 -> 0.85, none worse; at 5 words of its own 14 better and 4 worse: promos, teasers).
 */
function describedLink(s: Scored): boolean {
  return s.linkShare >= SCORE.linkList && s.block.links >= 1 && s.words >= SCORE.describedLinkWords * s.block.links && s.words * (1 - s.linkShare) >= SCORE.describedOwnWords
}

/**
 * Weigh each block (prose for, link lists and chrome against) and return
 * the element whose blocks weigh most: a maximum-subtree search where every
 * block adds its weight to each of its ancestors.
 */
function chooseContainer(scored: Scored[], realChrome: (flag: ChromeFlag) => boolean): Element | undefined {
  // What each chrome region (the outermost real chrome element) has cost so far: its blocks cost their words up to chromeRegionCost in all.
  const regionCost = new Map<Element, number>()
  for (const s of scored) {
    let region: ChromeFlag | undefined
    for (const f of s.block.flagged) if (realChrome(f)) region = f
    s.chrome = region !== undefined
    if (region !== undefined) {
      const spent = regionCost.get(region.element) ?? 0
      s.weight = -Math.max(0, Math.min(Math.max(2, s.words), SCORE.chromeRegionCost - spent))
      regionCost.set(region.element, spent - s.weight)
    }
    // A long paragraph that is mostly one link (a linked sentence in a post) is no link list: neutral.
    else if (linkedParagraph(s) || s.itemTitle === true) s.weight = 0
    else if (s.teaser === true) s.weight = -Math.max(2, s.words)
    else if (s.linkShare >= SCORE.linkList) s.weight = -Math.max(2, s.words)
    else if (s.prose) s.weight = s.words * (1 - s.linkShare)
    else if (s.block.kind === 'heading') s.weight = 0
    else s.weight = -SCORE.shortCost
  }
  return heaviestElement(scored.map((s) => ({ element: s.block.element, weight: s.weight })))
}

/** The nearest element holding both. */
function commonAncestor(a: Element, b: Element): Element | undefined {
  const seen = new Set<Element>()
  for (let n: Element | null = a; n !== null && isTag(n); n = n.parent as Element | null) seen.add(n)
  for (let n: Element | null = b; n !== null && isTag(n); n = n.parent as Element | null) if (seen.has(n)) return n
  return undefined
}

/**
 * Mark story teasers: lists of "linked headline, then a one-paragraph
 * summary" (headline lists with dek lines in sidebars and under articles).
 * A summary is one prose block between two linked headlines, or after the
 * last; it is a teaser only when the pattern repeats under one parent, so
 * an article whose headline is a link is not one.
 */
function markTeasers(scored: Scored[], ownSite: ReadonlySet<string>): void {
  const linkedHeadline = (s: Scored | undefined): boolean =>
    s !== undefined && s.linkShare >= TEASER.headlineLinks && s.words >= 2 && s.words <= TEASER.headlineMaxWords && !/[.,;:]$/.test(s.block.text)
  const groups = new Map<Element, Scored[]>()
  const headOf = new Map<Scored, Scored>()
  const titles = new Map<Element, Scored[]>()
  const columnOf = new Map<Scored, Element>()
  for (let i = 1; i < scored.length; i++) {
    const s = scored[i] as Scored
    const head = scored[i - 1]
    if (!s.prose || !linkedHeadline(head)) continue
    // A longer summary is one of the list's only beside short ones (see below).
    const long = s.words > TEASER.summaryMaxWords
    if (!long && endsWithReadMore(s.block)) {
      s.teaser = true
      continue
    }
    const next = scored[i + 1]
    const both = commonAncestor((head as Scored).block.element, s.block.element)
    const key = (both?.parent as Element | null) ?? both
    if (key === undefined || key === null) continue
    // More prose after the summary: no teaser, but if the list is a listicle's, still one of its item titles.
    if (next !== undefined && !linkedHeadline(next) && next.prose) {
      const listed = titles.get(key)
      if (listed === undefined) titles.set(key, [head as Scored])
      else listed.push(head as Scored)
      continue
    }
    const g = groups.get(key) ?? []
    g.push(s)
    groups.set(key, g)
    headOf.set(s, head as Scored)
    if (both !== undefined) columnOf.set(s, both)
  }
  // And only where the teasers are most of the prose under their parent: linked
  // phrases between paragraphs of an article do not make its paragraphs teasers.
  const { groups: lists, joined } = wrappedItems(groups)
  for (const [key, g] of lists) {
    // The pattern is made by short summaries; a longer one in the same list (a
    // category index whose one entry runs to 64 words) is one of them, not the article.
    if (g.filter((s) => s.words <= TEASER.summaryMaxWords).length < TEASER.minRepeats) continue
    // Titles that lead away from the site, each over a sentence of the writer's, are a listicle's items.
    const said = g.filter((s) => /[.!?…]["'”’)\]]*$/.test(s.block.text)).length
    const heads = g.map((s) => headOf.get(s) as Scored)
    if ((said >= LISTICLE_AWAY_SHARE * g.length && leadAway(heads.map((h) => h.block.element), ownSite)) || inArticleColumn(scored, g, heads, columnOf)) {
      for (const h of [...heads, ...(titles.get(key) ?? [])]) h.itemTitle = true
      continue
    }
    const teaserWords = g.reduce((n, s) => n + s.words, 0)
    const proseWords = scored.reduce((n, s) => n + (s.prose && isInside(s.block.element, key) ? s.words : 0), 0)
    if (teaserWords < TEASER.minProseShare * proseWords) continue
    // Cards joined from their wrappers are story teasers only when most carry a date (a hub
    // page's topic cards, each a linked title over a line, are its content).
    if (joined.has(key) && g.filter((s) => datedCard(scored, cardOf(s.block.element, key))).length < TEASER.cardMinDated * g.length) continue
    for (const s of g) s.teaser = true
  }
}

/**
 * Whether linked headlines and their paragraphs stand in the article's own column: every
 * paragraph a direct child of one element that also holds, directly and before the first
 * headline, an intro of the writer's (a video compilation's "Poker Chip Trays" link over the
 * writer's paragraph about it, for each of ten projects). A box of teasers has a column of
 * its own, or wraps each teaser.
 */
function inArticleColumn(scored: readonly Scored[], g: readonly Scored[], heads: readonly Scored[], columnOf: ReadonlyMap<Scored, Element>): boolean {
  const column = columnOf.get(g[0] as Scored)
  if (column === undefined || !g.every((s) => columnOf.get(s) === column && s.block.element.parent === column)) return false
  const first = Math.min(...heads.map((h) => h.block.index))
  const intro = scored.reduce((n, s) => n + (s.prose && s.teaser !== true && s.block.index < first && s.block.element.parent === column ? s.words : 0), 0)
  return intro >= TEASER.introMinWords
}

/** The child of `list` that holds `el` (a card of a list of cards). */
function cardOf(el: Element, list: Element): Element {
  let n = el
  while (n.parent !== null && n.parent !== list && isTag(n.parent)) n = n.parent
  return n
}

/** Whether a card holds a date line ("Dec 19, 2025", "<a>Airlines</a> Dec 19, 2025"): a story's teaser. */
function datedCard(scored: readonly Scored[], card: Element): boolean {
  return scored.some((s) => s.words <= TEASER.dateLineMaxWords && isInside(s.block.element, card) && dateLine(s.block))
}

/**
 * Teasers each in a wrapper of their own, one level deeper than a list item (a card's
 * `<div class="post-item"><div class="copy"><h3><a>…</a></h3><p>…</p></div></div>`, a slider's
 * `<div class="swiper-slide"><div class="article-item">…`), come one to a parent: such a
 * parent's teasers join those of the nearest ancestor, at most `wrapperLevels` up, that holds
 * enough of them to make a list.
 */
function wrappedItems(groups: Map<Element, Scored[]>): { groups: Map<Element, Scored[]>; joined: Set<Element> } {
  const short = (g: readonly Scored[]): number => g.filter((s) => s.words <= TEASER.summaryMaxWords).length
  const ancestors = (el: Element): Element[] => {
    const out: Element[] = []
    for (let n = el.parent; n !== null && isTag(n) && out.length < TEASER.wrapperLevels; n = n.parent) out.push(n)
    return out
  }
  const lonely = [...groups].filter(([, g]) => short(g) < TEASER.minRepeats)
  const counts = new Map<Element, number>()
  for (const [key, g] of lonely) for (const a of ancestors(key)) counts.set(a, (counts.get(a) ?? 0) + short(g))
  const out = new Map<Element, Scored[]>()
  const joined = new Set<Element>()
  for (const [key, g] of groups) {
    const home = short(g) < TEASER.minRepeats ? ancestors(key).find((a) => (counts.get(a) ?? 0) >= TEASER.minRepeats) ?? key : key
    if (home !== key) joined.add(home)
    const list = out.get(home)
    if (list === undefined) out.set(home, [...g])
    else list.push(...g)
  }
  return { groups: out, joined }
}

/**
 * The article written twice (a hidden print or mobile copy beside the
 * page's own) is written once: a block is dropped when it and a neighbour
 * repeat, word for word, a block written earlier and that block's
 * neighbour. A paragraph repeated on its own (a refrain) stays.
 */
function dropRepeatedRuns(kept: Scored[]): Scored[] {
  const first = new Map<string, number>()
  kept.forEach((s, i) => {
    if (!first.has(s.block.text)) first.set(s.block.text, i)
  })
  const text = (i: number): string | undefined => kept[i]?.block.text
  return kept.filter((s, i) => {
    const j = first.get(s.block.text) ?? i
    if (j === i || s.words < SCORE.repeatMinWords) return true
    for (const d of [-1, 1]) {
      const mine = kept[i + d]
      if (mine === undefined || j + d === i || mine.words < SCORE.repeatMinWords || mine.block.text === s.block.text) continue
      if (text(j + d) === mine.block.text) return false
    }
    return true
  })
}

/** Token overlap of two titles (share of the shorter one's words found in the other). */
function overlap(a: string, b: string): number {
  const wa = words(a)
  const wb = new Set(words(b))
  if (wa.length === 0 || wb.size === 0) return 0
  let n = 0
  for (const w of wa) if (wb.has(w)) n++
  return n / Math.min(wa.length, wb.size)
}

/** A `<title>` without its site name: the longest part around " | ", " - ", " — ", " :: ". */
function titleWithoutSite(title: string): string {
  const parts = title.split(/\s+[|–—:·•-]{1,2}\s+/)
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '')
}

/**
 * Find the article in a page: cut it into blocks, score each block
 * (length, stopword density, link density, chrome-shaped ancestors), pick
 * the element whose blocks score highest as the article container, and
 * write its blocks as text with the headline first.
 *
 * Scoring is a maximum-subtree search: prose counts for a container by its
 * words, link lists and chrome count against it, so the container that
 * wins holds the article and as little else as possible. Chrome-shaped
 * ancestors (by tag, role, class or id, from extraction.json) are trusted
 * only when they hold a minority of the page's prose, so one mislabelled
 * wrapper never costs the article.
 *
 * @example
 * ```ts
 * const { text, metadata } = extractHtml('<html><body><nav><a href="/">Home</a></nav><article><h1>Storm hits coast</h1><p>The storm arrived at dawn, and officials said the damage along the coast was severe but that no one was hurt.</p></article></body></html>')
 * // text => 'Storm hits coast\nThe storm arrived at dawn, ...\n'
 * ```
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtraction {
  const vocab = options.vocabulary ?? defaultVocabulary()
  const $ = cheerio().load(closeRunawayTitle(html))
  const metadata = pageMetadata($)
  const root = $.root()[0] as AnyNode
  const plain = pageBlocks(root, vocab)
  const blocks = markRelatedSections(markCommentSections(plain, options.commentRules, commentAnchors(root, plain)), options.commentRules)

  const tokens = blocks.map((b) => words(b.text))
  const sample: string[] = []
  for (const ws of tokens) if (ws.length >= 8 && sample.length < 3000) sample.push(...ws)
  let stop = stopwordsFor(sample)

  const isProse = (kind: BlockKind, text: string, ws: readonly string[], chars: number, linkChars: number): boolean => {
    const n = wordCount(text, ws)
    return kind !== 'heading' && n >= SCORE.proseMinWords && (chars === 0 ? 0 : linkChars / chars) < SCORE.proseMaxLinks &&
      (stop.size === 0 || n > ws.length || stopwordDensity(ws, stop) >= SCORE.proseMinStopwords)
  }
  const scored: Scored[] = blocks.map((block, i) => {
    const ws = tokens[i] ?? []
    const n = wordCount(block.text, ws)
    // A linked headline with only its date beside it is a link list's item, however long the date.
    const linkShare = datedLink(block) ? 1 : block.chars === 0 ? 0 : block.linkChars / block.chars
    const prose = isProse(block.kind, block.text, ws, block.chars, block.linkChars)
    return { block, words: n, linkShare, prose, weight: 0, chrome: false }
  })
  markWireItems(scored)
  // A stopword list that finds no prose anywhere was the wrong language (or
  // the page is in one without a list): judge by length and links alone.
  if (stop.size > 0 && !scored.some((s) => s.prose)) {
    stop = new Set()
    for (const s of scored) s.prose = isProse(s.block.kind, s.block.text, tokens[s.block.index] ?? [], s.block.chars, s.block.linkChars)
  }
  // Lines of one element split by <br> (verse, old pages that break
  // paragraphs with <br><br>) are judged together: short lines that read as
  // prose together are prose.
  for (let i = 0; i < scored.length; ) {
    let j = i + 1
    while (j < scored.length && scored[j]?.block.element === scored[i]?.block.element) j++
    if (j - i >= 2) {
      const run = scored.slice(i, j)
      const text = run.map((s) => s.block.text).join(' ')
      const ws = tokens.slice(i, j).flat()
      const chars = run.reduce((n, s) => n + s.block.chars, 0)
      const linkChars = run.reduce((n, s) => n + s.block.linkChars, 0)
      if (isProse(run[0]?.block.kind ?? 'other', text, ws, chars, linkChars)) for (const s of run) if (s.linkShare < SCORE.proseMaxLinks) s.prose = true
    }
    i = j
  }

  markTeasers(scored, ownSites($('a[href]').map((_, a) => $(a).attr('href') ?? '').get(), metadata.url))
  // A page of teasers and nothing else (a section front, a category index) has no article
  // elsewhere to lose them to: its teasers are its content, as Readability keeps them.
  const teaserWords = scored.reduce((n, s) => n + (s.teaser === true ? s.words : 0), 0)
  const otherProse = scored.reduce((n, s) => n + (s.prose && s.teaser !== true && !s.block.flagged.some((f) => f.strong) ? s.words : 0), 0)
  if (teaserWords >= TEASER.indexMinWords && otherProse < TEASER.indexMaxOtherShare * teaserWords) for (const s of scored) delete s.teaser

  // First trust every chrome-shaped ancestor. If that leaves the chosen
  // container with almost none of the page's prose, a wrapper of the article
  // was mislabelled (an ASP.NET <form>, a "share-tracking" class): then only
  // ancestors that hold a minority of the prose count as chrome.
  let proseWords = 0
  const proseIn = new Map<Element, number>()
  const proseByWord = new Map<string, number>()
  const flagOf = new Map<Element, ChromeFlag>()
  for (const s of scored) {
    if (!s.prose) continue
    proseWords += s.words
    for (const f of s.block.flagged) {
      proseIn.set(f.element, (proseIn.get(f.element) ?? 0) + s.words)
      flagOf.set(f.element, f)
    }
    // A class word counts once per block, however many of its ancestors carry it.
    for (const w of new Set(s.block.flagged.map((f) => f.word))) if (w !== undefined) proseByWord.set(w, (proseByWord.get(w) ?? 0) + s.words)
  }
  // Prose outside comment, related and sidebar regions: what a mislabelled
  // article wrapper is measured against (long comment threads must not make it look small).
  let proseOutsideStrong = 0
  for (const s of scored) if (s.prose && !s.block.flagged.some((f) => f.strong)) proseOutsideStrong += s.words
  const proseKept = (c: Element | undefined): number =>
    scored.reduce((n, s) => n + (s.prose && !s.chrome && c !== undefined && isInside(s.block.element, c) ? s.words : 0), 0)
  // A doubtable label is real chrome when what it labels holds a minority of
  // the page's prose: the element itself, and all elements with the same
  // class word together (a gallery's article is split over many "caption" divs).
  const limit = SCORE.chromeMaxProseShare * proseOutsideStrong
  // (When one element with the word holds that much itself, it alone is doubted: the article in
  // one "widget" of a blog does not make the sidebar's widgets content.)
  const widest = new Map<string, number>()
  for (const [el, n] of proseIn) {
    const f = flagOf.get(el)
    if (f?.word !== undefined) widest.set(f.word, Math.max(widest.get(f.word) ?? 0, n))
  }
  const minority = (f: ChromeFlag): boolean =>
    (proseIn.get(f.element) ?? 0) < limit && (f.word === undefined || (widest.get(f.word) ?? 0) >= limit || (proseByWord.get(f.word) ?? 0) < limit)
  // The heading that repeats the page title: the headline, and the anchor of a short post beside a longer notice.
  const title = metadata.title
  const titled = title === undefined ? [] : scored.filter((s) => s.block.kind === 'heading' && s.block.level <= 3 && s.words >= 1 && overlap(s.block.text, titleWithoutSite(title)) >= 0.6)
  // Of those, the one sharing most words with the title: a site-name h1 is
  // contained in "Site: Post title" but shares fewer words than the post's heading.
  const shared = (s: Scored): number => {
    const tw = new Set(words(title ?? ''))
    return words(s.block.text).filter((w) => tw.has(w)).length
  }
  const bestTitled = titled.reduce<Scored | undefined>((a, b) => (a === undefined || shared(b) > shared(a) ? b : a), undefined)
  let container = chooseContainer(scored, () => true)
  // Labels holding most of the prose are doubted when trusting them leaves
  // almost none of it, and also when doubting them finds a container with
  // several times the prose (a gallery's captions beside a one-line teaser)
  // while what trusting them kept is short.
  // The headline (the heading repeating the page's title) settles it when one reading's container
  // is near it and the other's is not: the article is under its headline, so a "promo" carousel of shipping
  // notices beside a short terms page is chrome, and a <header> wrapping a long post is not.
  // Near the headline: holding it, or beside it in an element with little other prose (all prose,
  // chrome or not: a terms page's one paragraph beside its headline's <div class="page__header">).
  const allProse = (c: Element): number => scored.reduce((n, s) => n + (s.prose && isInside(s.block.element, c) ? s.words : 0), 0)
  const nearHeadline = (c: Element | undefined): boolean => {
    if (c === undefined || bestTitled === undefined) return false
    const both = commonAncestor(bestTitled.block.element, c)
    return both !== undefined && (both === c || allProse(both) - allProse(c) <= FALLBACK.besideHeadline * allProse(c))
  }
  const trustedKept = proseKept(container)
  const doubted = scored.some((s) => s.prose && s.block.flagged.some((f) => !f.strong && !minority(f)))
  // What --explain says when labels had walled off the article (the report's fallback).
  let lostNote: string | undefined
  if (trustedKept < SCORE.minProseShare * proseWords || doubted) {
    const trusted = container
    const alternative = chooseContainer(scored, (f) => f.strong || minority(f))
    const found = proseKept(alternative)
    const headlineMoves = nearHeadline(alternative) && !nearHeadline(trusted)
    const headlineStays = nearHeadline(trusted) && !nearHeadline(alternative)
    if (trustedKept < SCORE.minProseShare * proseWords || (found >= SCORE.doubtGain * trustedKept && (trustedKept < SCORE.doubtMaxKept || headlineMoves) && !headlineStays)) {
      container = alternative
      if (trustedKept >= SCORE.minProseShare * proseWords && trustedKept >= SCORE.doubtMaxKept) {
        const labels = [...new Set(scored.flatMap((s) => (s.prose ? s.block.flagged.filter((f) => !f.strong && !minority(f)).map((f) => f.reason) : [])))].join(', ')
        lostNote = `the best-scoring container held ${trustedKept} of the page's ${proseWords} words of prose away from the headline: the labels on most of the prose (${labels}) are no chrome, as the headline's container shows: took <${alternative?.tagName ?? ''}> with ${found}`
      }
    } else container = chooseContainer(scored, () => true)
  }
  // Even a strong label is wrong when it wraps the article itself (a layout
  // class like "one-sidebar-right" or "ad-wallpaper" on the page wrapper):
  // such a wrapper is the innermost strong label of much of the page's prose,
  // far more than the page has outside strong labels. Only layout words
  // (extraction.json layoutWords) are doubted so: a "comments" label is never
  // wrong, however long the thread under a short article.
  // So is one around the headline, when the chosen container lies away from it (a newsletter
  // issue on the web, its headline and text in a "newsletter-wrapper", beside a wall of
  // subscribers' testimonials): there the wrapper need only outweigh the prose outside strong labels.
  const headlineBoxes = bestTitled === undefined || nearHeadline(container) ? [] : bestTitled.block.flagged.filter((f) => f.strong && f.word !== undefined && vocab.layoutWords.has(f.word)).map((f) => f.element)
  const headlineWrapper = (el: Element): boolean => headlineBoxes.some((box) => isInside(el, box))
  const lowKept = proseKept(container) < SCORE.minProseShare * proseWords
  if (lowKept || headlineBoxes.length > 0) {
    const own = new Map<Element, number>()
    // Prose under a content-kind label (a comment thread, a cookie notice) is no wrapper's: a long
    // thread inside a Genesis theme's "content-sidebar-wrap" does not make the post in it small.
    let threadProse = 0
    for (const s of scored) {
      const innermost = s.prose ? s.block.flagged.find((f) => f.strong) : undefined
      if (innermost?.word !== undefined && vocab.layoutWords.has(innermost.word)) own.set(innermost.element, (own.get(innermost.element) ?? 0) + s.words)
      else if (innermost !== undefined) threadProse += s.words
    }
    // (A box shown only on a click, a hidden "Republish this story" dialog, wraps no article.)
    const wrappers = [...own].filter(([el, n]) => n >= SCORE.wrapperMinShare * (proseWords - threadProse) && n >= (headlineWrapper(el) ? 1 : 2) * proseOutsideStrong && !inHiddenBox(el, vocab)).map(([el]) => el)
    // What holds a wrapper is no more chrome than the wrapper (nested "sidebar" layout divs).
    const wrapper = (f: ChromeFlag): boolean => wrappers.some((w) => isInside(w, f.element))
    const before = proseKept(container)
    // (Called to the headline's box, with no wrapper found, the choice made above stands.)
    if (lowKept || wrappers.length > 0) container = chooseContainer(scored, (f) => !wrapper(f) && (f.strong || minority(f)))
    const after = proseKept(container)
    if (wrappers.length > 0 && after > before) {
      const names = wrappers.map((w) => `<${w.tagName} class="${(w.attribs['class'] ?? w.attribs['id'] ?? '').trim()}">`).join(', ')
      lostNote = `the best-scoring container held ${before} of the page's ${proseWords} words of prose: the layout label of its wrapper (${names}) is no chrome: took <${container?.tagName ?? ''}> with ${after}`
    }
    // Still none of it: a doubtable word on nearly all the page's prose is the page builder's
    // (Elementor's "widget", AEM's "cmp"), on every box at every depth, and none of its boxes is chrome.
    const held = proseKept(container)
    const pageWide = held < SCORE.minProseShare * proseWords ? pageWideWords(scored.filter((s) => s.prose).map((s) => ({ words: s.words, flagged: s.block.flagged })), vocab) : new Set<string>()
    if (pageWide.size > 0) {
      const builder = (f: ChromeFlag): boolean => f.word !== undefined && pageWide.has(f.word)
      const alternative = chooseContainer(scored, (f) => !builder(f) && !wrapper(f) && (f.strong || minority(f)))
      const found = proseKept(alternative)
      if (found > held) {
        container = alternative
        lostNote = `the best-scoring container held ${held} of the page's ${proseWords} words of prose: the class words on most of it (${[...pageWide].join(', ')}) are the page builder's, not chrome: took <${alternative?.tagName ?? ''}> with ${found}`
      } else chooseContainer(scored, (f) => !wrapper(f) && (f.strong || minority(f))) // (the chrome marks of the choice kept)
    }
  }

  // A lone paragraph is never the article: Readability scores the parents of
  // paragraphs, not paragraphs. Short lines beside it (credits, a dateline,
  // lines split into divs) cost it its parent in the subtree search.
  while (container !== undefined && LONE_BLOCK_TAGS.has(container.name) && isTag(container.parent as AnyNode)) container = container.parent as Element

  const freeProse = (c: Element | undefined): number =>
    scored.reduce((n, s) => n + (s.prose && !s.chrome && s.teaser !== true && (c === undefined || isInside(s.block.element, c)) ? s.words : 0), 0)

  container = titledColumn(scored, container, bestTitled, freeProse)
  const anchorOf = (s: Scored): AnchorBlock => ({ element: s.block.element, index: s.block.index, words: s.words, content: !s.chrome && s.teaser !== true && s.block.kind !== 'heading' && s.linkShare < SCORE.linkList })
  // Whether the chosen container sits in a chrome-labelled box (a "sidebar", doubted because it held all the prose) that does not hold the headline.
  const chosenBox = container
  const inSideBox = chosenBox !== undefined && bestTitled !== undefined && scored.some((s) => isInside(s.block.element, chosenBox) && s.block.flagged.some((f) => isInside(chosenBox, f.element) && !isInside(bestTitled.block.element, f.element)))
  const section = headlineSection(scored.map(anchorOf), container, bestTitled === undefined ? undefined : anchorOf(bestTitled), freeProse(container), inSideBox)
  // The short notice set aside for the post is no prose the post must hold (else the fallback below would merge it back).
  const notice = section !== undefined ? container : undefined
  if (section !== undefined) container = section

  // Never lose the article: a container with little of the page's free prose is widened.
  // Moving the region off a short notice is said as a widening is (--explain, the report's fallback).
  let fallback: string | undefined = notice !== undefined && bestTitled !== undefined
    ? `the best-scoring container held ${freeProse(notice)} words of prose away from the headline "${bestTitled.block.text}": took the headline's <${(section as Element).tagName}> instead (a short post beside a longer notice)`
    : undefined
  if (lostNote !== undefined) fallback = fallback === undefined ? lostNote : `${lostNote}; then ${fallback}`
  const chosen = container
  const pageFree = freeProse(undefined) - (notice !== undefined ? freeProse(notice) : 0)
  const chosenFree = freeProse(chosen)
  // A container under the headline (the heading repeating the page title: in it, or beside it in
  // a parent that holds little other prose) holds the article: the rest of the page's prose is a
  // side column's (event blurbs, an archive), not the article's.
  const underHeadline = (c: Element): boolean => {
    if (bestTitled === undefined) return false
    const h = bestTitled.block.element
    const parent = c.parent as AnyNode | null
    return isInside(h, c) || (parent !== null && isTag(parent) && isInside(h, parent) && freeProse(parent) - freeProse(c) <= FALLBACK.besideHeadline * freeProse(c))
  }
  const holdsHeadline = container !== undefined && underHeadline(container)
  if (container !== undefined && !holdsHeadline && pageFree >= FALLBACK.minWords && chosenFree < FALLBACK.minShare * pageFree) {
    // Away from the headline: the headline's own section (its nearest ancestor with some prose),
    // when it does not hold the chosen container and has prose to compare, is the article (the
    // chosen container was a comment thread or a side column with a little more prose).
    let own: Element | null = bestTitled?.block.element ?? null
    while (own !== null && isTag(own) && freeProse(own) < FALLBACK.minWords) own = own.parent as Element | null
    if (own !== null && isTag(own) && !isInside(container, own) && freeProse(own) >= FALLBACK.headlineSectionShare * chosenFree) {
      fallback = (fallback !== undefined ? `${fallback}; then ` : '') + `the best-scoring container held ${chosenFree} of the page's ${pageFree} words of prose away from the headline: took the headline's <${own.tagName}> with ${freeProse(own)} instead`
      container = own
    }
  }
  if (container !== undefined && container === chosen && !holdsHeadline && pageFree >= FALLBACK.minWords && chosenFree < FALLBACK.minShare * pageFree) {
    let wider: Element | undefined = container
    while (wider !== undefined && freeProse(wider) < FALLBACK.widenShare * pageFree) wider = isTag(wider.parent as AnyNode) ? (wider.parent as Element) : undefined
    if (wider !== undefined) {
      fallback = (fallback !== undefined ? `${fallback}; then ` : '') + `the best-scoring container held ${chosenFree} of the page's ${pageFree} words of prose: widened to <${wider.tagName}> with ${freeProse(wider)}`
      container = wider
    }
  }

  const inContainer = scored.filter((s) => container !== undefined && isInside(s.block.element, container))
  // What the widening adds is merged whole, but for short lines repeated
  // between its parts (a box's "Updated every hour" after each paragraph).
  const added = (s: Scored): boolean => container !== chosen && chosen !== undefined && !isInside(s.block.element, chosen)
  const addedTimes = new Map<string, number>()
  for (const s of inContainer) if (added(s)) addedTimes.set(s.block.text, (addedTimes.get(s.block.text) ?? 0) + 1)
  const linkedItem = inListOfSentences(inContainer)
  let kept = inContainer.filter((s) => !s.chrome && s.teaser !== true && !figureLabel(s) && (s.linkShare < SCORE.linkList || (s.wireItem !== true && linkedParagraph(s)) || linkedItem.has(s) || describedLink(s) || s.itemTitle === true) && !(s.words <= 4 && vocab.chromeLabels.has(labelKey(s.block.text))) && (!added(s) || s.prose || (addedTimes.get(s.block.text) ?? 0) < 2))
  // No prose kept: the page's prose, wherever it is; but a short post found by its headline is all short lines by nature.
  if (!kept.some((s) => s.prose) && (section === undefined || kept.length === 0)) kept = scored.filter((s) => s.prose && !s.chrome)
  // No article anywhere (a table of contents, a directory of links): the page's main list is its content.
  const keptWords = kept.reduce((n, s) => n + s.words, 0)
  const listed = scored.map((s) => ({ element: s.block.element, words: s.words, flagged: s.block.flagged }))
  const listing = listingContainer(listed, freeProse(undefined), keptWords, vocab.layoutWords)
  if (listing !== undefined) {
    const { container: list, chrome } = listing
    kept = scored.filter((s, i) => isInside(s.block.element, list) && !chrome(listed[i] as (typeof listed)[number]) && !(s.words <= 4 && vocab.chromeLabels.has(labelKey(s.block.text))))
    fallback = (fallback !== undefined ? `${fallback}; then ` : '') + `the page has ${freeProse(undefined)} words of prose and the article held ${keptWords} words: took the page's main list, <${list.tagName}> with ${kept.reduce((n, s) => n + s.words, 0)} words`
  }
  kept = dropRepeatedRuns(kept)

  // Headline: the h1 that matches the page's title, else the one nearest above the article, else the title itself.
  const firstKept = kept[0]?.block.index ?? 0
  const h1s = scored.filter((s) => s.block.kind === 'heading' && s.block.level === 1 && s.words >= 1)
  // A heading of any of the top levels that repeats the page title (bestTitled, above) beats an
  // h1 that does not (blogs put the site name in the h1, the post title in an h2/h3).
  let headline: Scored | undefined =
    bestTitled ??
    // An h1 far above the article, not repeating the title, is the site's banner.
    [...h1s].reverse().find((s) => s.block.index <= firstKept && (title === undefined || firstKept - s.block.index <= SCORE.headlineMaxGap)) ??
    h1s.find((s) => kept.includes(s))
  if (headline === undefined) {
    const firstHeading = kept.find((s) => s.block.kind === 'heading')
    if (firstHeading !== undefined && title !== undefined && overlap(firstHeading.block.text, title) >= 0.6) headline = firstHeading
  }
  const headlineText = headline?.block.text ?? (title !== undefined ? titleWithoutSite(title) : undefined)
  const lines = kept.filter((s) => s !== headline && s.block.text !== headlineText).map((s) => s.block.text)
  if (headlineText !== undefined && headlineText !== '') lines.unshift(headlineText)
  return {
    text: lines.length === 0 ? '' : lines.join('\n') + '\n',
    metadata,
    ...(headlineText !== undefined && headlineText !== '' ? { headline: headlineText } : {}),
    blocks: blocks.length,
    kept: kept.length,
    ...(fallback !== undefined ? { fallback } : {}),
  }
}
