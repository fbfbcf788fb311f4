import type { Document, Line } from '../document.js'
import { documentStopwords, lineStopwords, type LineStopwords } from './stopwords.js'
import type { Vocabulary } from './vocabulary.js'
import { TextMemo } from '../text/memo.js'

/** What page detection looks at in one line, on top of the core line features. */
export interface PageLine {
  readonly line: Line
  /** Share of the line's words that are stopwords of the document's language (0 without a list). */
  readonly stopwords: number
  /** Reads like running text: long enough, sentence-shaped, enough function words. */
  readonly prose: boolean
  /** Part of a cookie or consent notice. */
  readonly cookie: boolean
  /** A menu, button or footer label ("Home", "Sign in", "Privacy policy"). */
  readonly chromeLabel: boolean
  /** Several items on one line, split by | • › · or runs of spaces: a nav bar or breadcrumb. */
  readonly linkRow: boolean
  /** Short line inside a run of at least MENU_RUN short lines: a menu or link list. */
  readonly inMenuRun: boolean
}

/** Thresholds of text page detection; together so they are tuned in one place. */
export const PAGE = {
  /** Prose has at least this many words... */
  proseMinWords: 10,
  /** ...and ends like a sentence unless it has at least this many... */
  proseAnyWords: 20,
  /** ...and at least this share of stopwords (when the language has a list)... */
  proseMinStopwords: 0.2,
  /**
   * ...or, for a sentence of at least proseAnyWords words, this share: a news
   * lead full of names and scores ("Chennai, Dec 31 - National grasscourt
   * champion and wild card entry Vishnu Vardhan lost 1-6, 2-6 against ...")
   * has few function words but is the article all the same.
   */
  proseLongMinStopwords: 0.1,
  /** Lines of at most this many words that do not end a sentence are short. */
  shortMaxWords: 5,
  /** This many short lines in a row are a menu run. */
  menuRun: 4,
  /** A table row is a nav bar's when it holds at least this many filled cells (and no digits). */
  navCells: 5,
  /**
   * A line of at least this many words that ends no sentence needs one
   * sentence end inside per this many words to be prose: a form's options
   * run into one line ("Select Movie 27 Dresses 30 Days of Night ..."), an
   * index of 2,000 stock names, is words without sentences.
   */
  runOnWords: 150,
  /**
   * A CJK line without a closing stop is prose when it has at least this
   * many words (Intl.Segmenter's) and reads as running text: a clause break
   * inside (a space or a comma) and a function character (的, 了, 是, ...).
   * Blogs and captions in Chinese often break lines at clauses with no stop
   * at the end; menus of category names have no function characters, and a
   * line with a URL or a link target is not counted (its path splits into
   * words), nor one with two or more colons (a post's "label: value"
   * fields).
   */
  cjkClauseWords: 15,
  /**
   * ...and when at most this share of it is link text (known only where the
   * input said which words were links: markdown). A teaser is a linked
   * headline and the first clauses of its story cut off with no stop
   * ("光明:挑战消费者 光明早就建立的一套危机处理系统，可能建立的太早了。高高", a
   * quarter link text), and a forum's thread list is a link and a sentence
   * per item; an article's own line with a linked name holds a twentieth.
   */
  cjkClauseMaxLinkShare: 0.15,
  /** A line whose text is at least this share link text is the page's links, not its prose (markdown: see linkShare of pageLines). */
  linkHeavy: 0.5,
} as const

const ROW_SEPARATORS = /\s[|•·›»/]\s|\s{3,}|\t/g
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu
/** A clause break inside a CJK line (a space, a full-width or ASCII comma, an enumeration comma, a semicolon or colon) with text on both sides. */
const CJK_CLAUSE_BREAK = /\S[\s\uff0c\u3001\uff1b\uff1a,;:]+\S/u
/** A URL or a markdown link target in a line: its path and query split into many "words" (a forum's "send a message" image link read as a sentence). */
const URL_OR_LINK = /https?:\/\/|\]\(/u
/** Colons of "label: value" fields; two or more in a line make it a post's or a page's metadata ("楼层： 第 6 楼 时间：2005-09-15 作者：..."). */
const LABEL_COLON = /[:\uff1a]/gu
/** Function characters of running Chinese text; category names in a menu carry none. */
const CJK_FUNCTION = /[的了是在也不就都而着與与和很到把被讓让]/u

const SENTENCE_END = /[.!?。！？]["'”’)\]]*(?=\s)/gu

/** A long line with (almost) no sentence end inside it (see PAGE.runOnWords). */
function runOn(text: string, words: number): boolean {
  if (words < PAGE.runOnWords) return false
  return (text.match(SENTENCE_END)?.length ?? 0) < words / PAGE.runOnWords
}

function isShort(l: Line): boolean {
  return !l.blank && l.words <= PAGE.shortMaxWords && !l.endsSentence
}

/**
 * Page features of every line of a document. The stopword list is the
 * language's that covers most of the document's longer lines. `linkShare`
 * gives the share of a line's text that was link text, where the input told
 * (a markdown view); text and HTML pass none.
 */
export function pageLines(doc: Document, vocab: Vocabulary, linkShare?: (i: number) => number): PageLine[] {
  const linkHeavy = linkShare === undefined ? undefined : (i: number): boolean => linkShare(i) >= PAGE.linkHeavy
  // Each line's words, counted per stopword list (kept by text: the settling passes see most lines again).
  const counts: Array<LineStopwords | undefined> = doc.lines.map((l) => (l.blank ? undefined : lineStopwords(l.text)))
  // The language is read from text, not from link text (markdown tells them apart): an archive grid's
  // "2012 J F M A ..." made a page Portuguese, and its English paragraphs no prose.
  const sample = linkHeavy === undefined ? counts : counts.map((c, i) => (linkHeavy(i) ? undefined : c))
  const { stop, density: densityOf } = documentStopwords(sample, (i) => doc.lines[i]?.text ?? '')
  const noWords: LineStopwords = { count: 0, hits: [] }

  // Runs of short lines (blank lines do not break a run: menus are often spaced out).
  const inRun = new Array<boolean>(doc.lines.length).fill(false)
  let runStart = -1
  let runLength = 0
  const close = (end: number): void => {
    if (runLength >= PAGE.menuRun) for (let k = runStart; k < end; k++) if (!doc.lines[k]?.blank) inRun[k] = true
    runStart = -1
    runLength = 0
  }
  doc.lines.forEach((l, i) => {
    if (l.blank) return
    if (isShort(l)) {
      if (runStart === -1) runStart = i
      runLength++
    } else close(i)
  })
  close(doc.lines.length)

  const memo = textMemoOf(vocab)
  return doc.lines.map((line, i): PageLine => {
    const ws = counts[i] ?? noWords
    const { cjk, cookie, separators, cjkStop, cjkClauses } = line.blank ? BLANK : memo.get(line.text, () => textFeatures(line, vocab))
    const density = densityOf(ws)
    const wordsOrCjk = cjk > ws.count ? cjk / 3 : line.words
    const linkRow = separators >= 2 && !line.endsSentence && density < PAGE.proseMinStopwords
    const inMenuRun = inRun[i] ?? false
    const sentence = wordsOrCjk >= PAGE.proseMinWords &&
      (line.endsSentence || (wordsOrCjk >= PAGE.proseAnyWords && !runOn(line.text, wordsOrCjk)) || cjkStop)
    const stopwords = stop.size === 0 || cjk > ws.count || density >= PAGE.proseMinStopwords ||
      (line.endsSentence && wordsOrCjk >= PAGE.proseAnyWords && density >= PAGE.proseLongMinStopwords)
    // CJK text broken into lines at its clauses, with no stop at their ends (see PAGE.cjkClauseWords), that is no teaser.
    const clauses = cjkClauses && cjk > ws.count && line.words >= PAGE.cjkClauseWords && !linkRow && !inMenuRun &&
      (linkShare?.(i) ?? 0) <= PAGE.cjkClauseMaxLinkShare
    const prose = !line.blank && !cookie && ((sentence && stopwords) || clauses)
    return {
      line,
      stopwords: density,
      prose,
      cookie,
      chromeLabel: !line.blank && line.words <= 4 && vocab.chromeLabels.has(line.label),
      linkRow,
      inMenuRun,
    }
  })
}

/** A table row's filled cells past the first when it reads as a nav bar laid out as a table: at least PAGE.navCells of them, no digits. */
function navCells(folded: string): number {
  // A data row ("| Tamim Iqbal | c Styris b Mason | 13 |") or a header row is the article's table, not a nav bar.
  if (/\d/u.test(folded)) return 0
  const cells = folded.split('|').filter((c) => c.trim() !== '').length
  return cells >= PAGE.navCells ? cells - 1 : 0
}

/** What page features read from a line's text alone (its folded text and key follow from it). */
interface TextFeatures {
  /** CJK characters. */
  readonly cjk: number
  readonly cookie: boolean
  /** Item separators (ROW_SEPARATORS) in the folded text. */
  readonly separators: number
  /** The folded text ends in a full-width sentence stop. */
  readonly cjkStop: boolean
  /** The text reads as running CJK text without a stop at its end: a clause break inside and a function character (see PAGE.cjkClauseWords). */
  readonly cjkClauses: boolean
}

const BLANK: TextFeatures = { cjk: 0, cookie: false, separators: 0, cjkStop: false, cjkClauses: false }

function textFeatures(line: Line, vocab: Vocabulary): TextFeatures {
  return {
    cjk: line.text.match(CJK)?.length ?? 0,
    cookie: mayHoldCookie(vocab, line.key),
    separators: line.tableRow ? navCells(line.folded) : (line.folded.match(ROW_SEPARATORS)?.length ?? 0),
    cjkStop: /[。！？]$/u.test(line.folded),
    cjkClauses: CJK_CLAUSE_BREAK.test(line.folded) && CJK_FUNCTION.test(line.folded) && !URL_OR_LINK.test(line.folded) && (line.folded.match(LABEL_COLON) ?? []).length < 2,
  }
}

/**
 * Text features kept by line text, one memo per vocabulary (its cookie
 * phrases): the settling passes see most lines again, and a second pass
 * spent a sixth of its time on these regexes.
 */
const textMemos = new WeakMap<Vocabulary, TextMemo<TextFeatures>>()

function textMemoOf(vocab: Vocabulary): TextMemo<TextFeatures> {
  let memo = textMemos.get(vocab)
  if (memo === undefined) {
    memo = new TextMemo()
    textMemos.set(vocab, memo)
  }
  return memo
}

/** Does a line's key hold a cookie phrase? The phrases as plain substrings first (a far cheaper search), then the Unicode word boundaries. */
function mayHoldCookie(vocab: Vocabulary, key: string): boolean {
  return (vocab.cookieScreen === undefined || vocab.cookieScreen.test(key)) && vocab.cookie.test(key)
}
