import { fold, foldCounting, foldedWords, labelOfKey, plainWords } from './text/fold.js'
import { hasUnspacedScript, segmentedWords } from './text/words.js'
import { TextMemo } from './text/memo.js'

/**
 * One input line and the features rules look at, computed once per document
 * so rules never re-split or re-scan the text. On a line longer than
 * {@link LONG_LINE_WORDS} words the text features (folded, key, label, the
 * exact word count, the ending, repeats) are computed when first read: no
 * bundled rule looks at such a paragraph beyond its length.
 */
export interface Line {
  /** 0-based line number. */
  readonly index: number
  /** The line exactly as given, without its line terminator. */
  readonly text: string
  /** Quotes, dashes and spaces folded; case kept. Patterns match on this. */
  readonly folded: string
  /** `folded` in lower case. Phrases match on this. */
  readonly key: string
  /** `key` without bullets, counters and trailing punctuation: what a widget label says (lines up to 24 words; longer lines keep their key). */
  readonly label: string
  readonly blank: boolean
  /** Tokens that contain a letter or digit. */
  readonly words: number
  /** Ends like a sentence: . ! ? (optionally closed by a quote or bracket), not an ellipsis. */
  readonly endsSentence: boolean
  /** Looks like a paragraph of running text. */
  readonly prose: boolean
  /** Short line that does not end like a sentence: a headline, label or listing entry. */
  readonly headlineShaped: boolean
  /** One to five capitalised words and nothing else: a person's or outlet's name. */
  readonly nameShaped: boolean
  /** Starts with a list bullet. */
  readonly bullet: boolean
  /** A row of a text table, "| Tamim Iqbal | c Styris b Mason | 13 |", as extractors and converters write tables. */
  readonly tableRow: boolean
  /** How many lines of the document have the same key (1 when unique). */
  readonly repeats: number
  /** `words > n`, without counting a long paragraph to its end when n is small. */
  moreWordsThan(n: number): boolean
}

/** A document split into lines, with per-line features and a few whole-document facts. */
export interface Document {
  readonly lines: readonly Line[]
  /** The line terminator the document uses ("\r\n" if its first break is CRLF). */
  readonly eol: '\n' | '\r\n'
  /**
   * Each line's own terminator, when they differ (a file with both CRLF and
   * LF): kept lines keep theirs. Absent when every line uses `eol`.
   */
  readonly eols?: ReadonlyArray<'\n' | '\r\n'>
  /** Index of the first prose line, or -1 when there is none. */
  readonly bodyStart: number
  /** Index of the last non-blank line, or -1. */
  readonly lastNonBlank: number
  /** Number of non-blank lines. */
  readonly nonBlank: number
}

const BULLET = /^\s*(?:[-*•·▪►▶–—✓✔]|\d{1,2}[.)])\s+/u
const TABLE_ROW = /^\s*\|.*\|\s*$/u
/** A cell that only separates others: a pipe the writer escaped, a bullet, a dash. */
const SEPARATOR_CELL = /^(?:\\\||[•·\-/])$/u

/**
 * What a table row says when its cells are a layout, not a table: the one
 * filled cell of "|  | Blog Menu |  |" (how extractors write a layout
 * table), or the labels of a row whose cells are set apart by separator
 * cells ("| Print this Article | \\| | Email this Article |", a button bar
 * in cells), joined as a row of labels; a pipe escaped inside a cell
 * ("| Home \\| News \\| Sport |") is a pipe. Undefined for a row of data,
 * whose cells rules must not read as a row of labels.
 */
function layoutRowText(folded: string): string | undefined {
  const cells = folded.trim().split(/(?<!\\)\|/u).slice(1, -1).map((c) => c.trim())
  const filled = cells.filter((c) => c !== '' && !SEPARATOR_CELL.test(c))
  const unescape = (c: string): string => c.replace(/\\\|/gu, '|')
  if (filled.length === 1) return unescape(filled[0] ?? '')
  if (filled.length > 1 && filled.length < cells.filter((c) => c !== '').length) return filled.map(unescape).join(' | ')
  return undefined
}
// A name token is a capitalised word (NAME_WORD) or one of the particles; the word is
// checked as "capital first, then no character outside the class" rather than as
// /^\p{Lu}[\p{L}'’.-]*$/u, which on a token of megabytes overflows V8's backtracking stack.
const NAME_PARTICLE = /^(?:\p{Lu}\.|de|da|del|der|van|von|bin|al|la|le|du|of|and|&|,)$/u
const CAPITAL = /^\p{Lu}/u
const NOT_NAME_CHAR = /[^\p{L}'’.-]/u

function isNameToken(token: string): boolean {
  if (NAME_PARTICLE.test(token)) return true
  const capital = CAPITAL.exec(token)
  return capital !== null && !NOT_NAME_CHAR.test(token.slice(capital[0].length))
}

/** Lines longer than this are never compared as labels (no widget label is this long). */
const LABEL_MAX_WORDS = 24

/**
 * Lines with at least this many words are long: every shape is decided by
 * then (prose, not a headline, not a name, not a label), so their text
 * features wait until a rule asks. Above the largest bundled maxWords (70).
 */
export const LONG_LINE_WORDS = 71

/** Thresholds that decide line shapes; kept together so they are tuned in one place. */
export const SHAPE = {
  /** A sentence-ending line with at least this many words is prose. */
  proseMinWords: 8,
  /** Any line with at least this many words is prose, punctuation or not. */
  proseAnyWords: 25,
  /** Headline-shaped lines have at most this many words. */
  headlineMaxWords: 30,
} as const

/** A line ending in a colon introduces what follows ("Teams that have qualified:", "Results:"): a list under it is the article's. */
export const LIST_INTRO = /:["')\]]*$/u

// Sentence and clause stops, with the full-width and ideographic forms CJK text uses.
const SENTENCE_STOPS = new Set([0x2e, 0x21, 0x3f, 0x3002, 0xff01, 0xff1f, 0xff0e])
// A clause stop ends a fragment (not a headline): . : ; , but not ! or ?, which end headlines too.
const CLAUSE_STOPS = new Set([0x2e, 0x3a, 0x3b, 0x2c, 0x3002, 0xff0e, 0x3001, 0xff0c, 0xff1a, 0xff1b])
// Closing quotes and brackets that may follow a stop: ASCII, and the corner brackets and full-width parenthesis of CJK text.
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x300d, 0x300f, 0xff09, 0x201d, 0x2019, 0xbb])

/**
 * Ends like a sentence: . ! or ? followed only by closing quotes and
 * brackets, and not the end of an ellipsis ("..."). A scan back from the end
 * of the line; what /(?<!\.\.)[.!?]["')\]]*$/ says, without searching the line.
 */
function endsLikeSentence(folded: string): boolean {
  let j = folded.length
  for (let c = folded.charCodeAt(j - 1); CLOSERS.has(c); c = folded.charCodeAt(j - 1)) j--
  return isStop(folded, j - 1, false)
}

/** Ends in . : ; or , (and not in an ellipsis): a fragment rather than a headline. */
function endsInPunctuation(folded: string): boolean {
  return isStop(folded, folded.length - 1, true)
}

/** Is the character at `p` a sentence stop (or, with `clause`, . : ; ,) not preceded by two dots? */
function isStop(s: string, p: number, clause: boolean): boolean {
  if (p < 0) return false
  const c = s.charCodeAt(p)
  const stop = clause ? CLAUSE_STOPS.has(c) : SENTENCE_STOPS.has(c)
  return stop && !(p >= 2 && s.charCodeAt(p - 1) === 0x2e && s.charCodeAt(p - 2) === 0x2e)
}

/** Split on LF and CRLF (a lone CR stays inside its line), without a regex. */
function splitLines(text: string): string[] {
  const raw = text.split('\n')
  // The last piece has no LF after it, so a CR ending it is not part of a CRLF.
  for (let i = 0; i < raw.length - 1; i++) {
    const l = raw[i] ?? ''
    if (l.charCodeAt(l.length - 1) === 13) raw[i] = l.slice(0, -1)
  }
  return raw
}

function isNameShaped(folded: string, words: number): boolean {
  // The capital first: most lines fail it, before their tokens are cut out.
  if (words < 1 || words > 5 || !CAPITAL.test(folded) || /\d/.test(folded)) return false
  const tokens = folded.replace(/,/g, ' , ').split(' ').filter(Boolean)
  return tokens.every(isNameToken)
}

/**
 * How often each key occurs in one document, counted when first asked and
 * only among lines with as many words: two lines with the same key have the
 * same word count (lower-casing turns no letter or digit into anything
 * else; a test checks every code point). So asking about a short header
 * line hashes only the few lines of its length, never the paragraphs.
 */
class Repeats {
  private readonly lines: SegmentLine[] = []
  private byWords: Map<number, SegmentLine[]> | undefined
  private readonly counts = new Map<number, Map<string, number>>()

  add(line: SegmentLine): void {
    this.lines.push(line)
  }

  of(line: SegmentLine): number {
    if (line.blank) return 1
    if (this.byWords === undefined) {
      this.byWords = new Map()
      for (const l of this.lines) {
        const bucket = this.byWords.get(l.seen)
        if (bucket === undefined) this.byWords.set(l.seen, [l])
        else bucket.push(l)
      }
    }
    let counts = this.counts.get(line.seen)
    if (counts === undefined) {
      counts = new Map()
      for (const l of this.byWords.get(line.seen) ?? []) {
        const key = l.key
        if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      this.counts.set(line.seen, counts)
    }
    return counts.get(line.key) ?? 1
  }
}

/** A Line whose text features, on a long line, are computed when first read. */
class SegmentLine implements Line {
  readonly index: number
  readonly text: string
  readonly blank: boolean
  readonly prose: boolean
  readonly headlineShaped: boolean
  /** min(words, LONG_LINE_WORDS): exact below it. */
  readonly seen: number
  private readonly all: Repeats
  private foldedText: string | undefined
  private keyText: string | undefined
  private labelText: string | undefined
  private wordCount: number | undefined
  private ending: boolean | undefined
  private repeatCount: number | undefined
  private name: boolean | undefined
  private bulleted: boolean | undefined
  private row: boolean | undefined

  /**
   * `folded` and `key` are given for lines shorter than LONG_LINE_WORDS, undefined for long ones.
   * `wrapped`: the line is part of a paragraph hard-wrapped over several lines that reads as prose.
   */
  constructor(index: number, text: string, seen: number, folded: string | undefined, key: string | undefined, all: Repeats, wrapped = false) {
    this.index = index
    this.text = text
    this.seen = seen
    this.all = all
    if (folded === undefined || key === undefined) {
      this.blank = false
      this.prose = true
      this.headlineShaped = false
      this.name = false
      return
    }
    this.foldedText = folded
    this.keyText = key
    this.wordCount = seen
    this.blank = folded === ''
    this.ending = endsLikeSentence(folded)
    this.prose = (this.ending && seen >= SHAPE.proseMinWords) || seen >= SHAPE.proseAnyWords || wrapped
    this.headlineShaped = !this.blank && !this.prose && !endsInPunctuation(folded) && seen <= SHAPE.headlineMaxWords
  }

  // Names, labels and bullets matter to a few rules on a few lines: worked out when asked.

  get nameShaped(): boolean {
    return (this.name ??= isNameShaped(this.folded, this.seen))
  }

  get bullet(): boolean {
    return (this.bulleted ??= BULLET.test(this.text))
  }

  get tableRow(): boolean {
    return (this.row ??= TABLE_ROW.test(this.text))
  }

  get folded(): string {
    return (this.foldedText ??= fold(this.text))
  }

  get key(): string {
    return (this.keyText ??= this.folded.toLowerCase())
  }

  get label(): string {
    // Labels are short by nature; skipping long lines saves three regexes per paragraph.
    return (this.labelText ??= this.seen <= LABEL_MAX_WORDS ? labelOfKey(this.key) : this.key)
  }

  get words(): number {
    return (this.wordCount ??= hasUnspacedScript(this.text) ? segmentedWords(this.folded) : foldedWords(this.text))
  }

  get endsSentence(): boolean {
    return (this.ending ??= endsLikeSentence(this.folded))
  }

  get repeats(): number {
    return (this.repeatCount ??= this.all.of(this))
  }

  moreWordsThan(n: number): boolean {
    if (this.seen < LONG_LINE_WORDS || n < LONG_LINE_WORDS) return this.seen > n
    // No line has more than infinitely many words (a rule without maxWords): no need to count.
    return n !== Infinity && this.words > n
  }
}


/** A line that needs folding: its folded text (undefined past LONG_LINE_WORDS words) and its words. */
function foldedLine(lineText: string): { words: number; folded: string | undefined } {
  const f = foldCounting(lineText, LONG_LINE_WORDS)
  let words = f?.words ?? LONG_LINE_WORDS
  const folded = f?.folded
  // CJK and Thai are measured in Unicode words, not space-separated tokens
  // (counted on the folded text, so two lines with one key count alike).
  if (folded !== undefined && hasUnspacedScript(folded)) words = Math.max(words, segmentedWords(folded, LONG_LINE_WORDS))
  return { words, folded }
}

/** Folded lines kept by text: the settling passes segment most lines again (folding was an eighth of a second pass). */
const foldMemo = new TextMemo<{ words: number; folded: string | undefined }>()

/**
 * The texts of a Document's lines, as {@link segment} splits them, without
 * their features: for callers that only compare lines (mapping a pass's
 * output back to its input), which need not fold or measure anything.
 */
export function lineTexts(text: string): string[] {
  const raw = splitLines(text)
  // A final terminator does not open another line.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop()
  return raw
}

/** Split text into a Document. Accepts LF and CRLF; a lone BOM must already be stripped. */
export function segment(text: string): Document {
  const eol: '\n' | '\r\n' = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n'
  const raw = lineTexts(text)
  const eols = lineEndings(text, raw.length, eol)

  const n = raw.length
  // Per line: its words up to LONG_LINE_WORDS, and for shorter lines the folded text and key.
  const seen = new Array<number>(n)
  const foldedLines = new Array<string | undefined>(n)
  const keys = new Array<string | undefined>(n)
  for (let i = 0; i < n; i++) {
    const lineText = raw[i] ?? ''
    // Most lines need no folding: then one loop counts their words and the line is its own folded text.
    let words = plainWords(lineText, LONG_LINE_WORDS)
    let folded: string | undefined = lineText
    if (words < 0) ({ words, folded } = foldMemo.get(lineText, foldedLine))
    seen[i] = words
    if (words >= LONG_LINE_WORDS || folded === undefined) continue
    // A layout row says what its cells say (layoutRowText): rules read that, the output keeps the row.
    if (TABLE_ROW.test(folded)) folded = layoutRowText(folded) ?? folded
    foldedLines[i] = folded
    keys[i] = folded.toLowerCase()
  }

  const wrapped = wrappedProse(foldedLines, seen)
  let bodyStart = -1
  let lastNonBlank = -1
  let nonBlank = 0
  const all = new Repeats()
  const lines = new Array<Line>(n)
  for (let index = 0; index < n; index++) {
    const folded = foldedLines[index]
    const key = keys[index]
    const line = new SegmentLine(index, raw[index] ?? '', seen[index] ?? 0, folded, key, all, wrapped.has(index))
    all.add(line)
    if (!line.blank) {
      nonBlank++
      lastNonBlank = index
      if (line.prose && bodyStart === -1) bodyStart = index
    }
    lines[index] = line
  }
  return { lines, eol, ...(eols ? { eols } : {}), bodyStart, lastNonBlank, nonBlank }
}

/** A line that goes on in the next has at least this many words (menus and labels are shorter). */
const WRAP_MIN_WORDS = 5
const STARTS_LOWER = /^["'“‘(]?\p{Ll}/u

/**
 * Lines of paragraphs hard-wrapped over several lines (plain-text mail,
 * <pre> pages, CleanEval-style text): a line of at least WRAP_MIN_WORDS
 * words that does not end a sentence, followed directly by a line that
 * starts in lower case, goes on in it; so does any line of such a chain
 * (wrapping leaves one-word lines: "occasionally"). A chain starts like a
 * paragraph, not in lower case: pages set in lower case throughout ("sign
 * in to keep reading" over "subscribe for just £1 a week") do not chain. A chain of such lines that reads as
 * prose as a whole (enough words, ending a sentence, or long) makes each of
 * its lines prose, so a wrapped article is not taken for a page of short
 * lines. Bullets never continue a line.
 */
function wrappedProse(folded: ReadonlyArray<string | undefined>, seen: readonly number[]): Set<number> {
  const out = new Set<number>()
  let start = 0
  let words = 0
  const close = (end: number): void => {
    const last = folded[end]
    if (end > start && last !== undefined && ((endsLikeSentence(last) && words >= SHAPE.proseMinWords) || words >= SHAPE.proseAnyWords)) {
      for (let j = start; j <= end; j++) out.add(j)
    }
  }
  for (let i = 0; i < folded.length; i++) {
    const line = folded[i]
    words += seen[i] ?? 0
    const next = folded[i + 1]
    const goesOn = line !== undefined && next !== undefined && (i > start || ((seen[i] ?? 0) >= WRAP_MIN_WORDS && !STARTS_LOWER.test(line))) && !endsLikeSentence(line) && STARTS_LOWER.test(next) && !BULLET.test(next)
    if (goesOn) continue
    close(i)
    start = i + 1
    words = 0
  }
  return out
}

/**
 * The terminator of each of `n` lines when the text mixes CRLF and LF
 * (undefined when it does not: the common case costs one search). A last
 * line without a terminator gets the document's.
 */
function lineEndings(text: string, n: number, eol: '\n' | '\r\n'): Array<'\n' | '\r\n'> | undefined {
  const other = eol === '\r\n' ? /(?:^|[^\r])\n/.test(text) : text.includes('\r\n')
  if (!other) return undefined
  const eols = new Array<'\n' | '\r\n'>(n).fill(eol)
  let at = 0
  for (let i = 0; i < n; i++) {
    const lf = text.indexOf('\n', at)
    if (lf === -1) break
    eols[i] = lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n'
    at = lf + 1
  }
  return eols
}
