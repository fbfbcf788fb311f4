import type stopword from 'stopword'
import { lazy } from '../lazy.js'
import { TextMemo } from '../text/memo.js'
import { precompiled } from '../precompiled.js'
import { isSeparatorUnit } from '../text/units.js'

/** The lists, loaded with the first whole-page decision that needs them (see lazy.ts). */
const stopwordLists = lazy<typeof stopword>('stopword')

/**
 * Stopword density is the best single sign of running text: prose is about
 * 40-50% function words in European languages, menus and link lists almost
 * none. The lists come from the `stopword` package; the language is the
 * one whose list covers most of the document's words.
 */
const LANGUAGES = ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'swe', 'dan', 'nob', 'fin', 'pol', 'ces', 'slk', 'hun', 'ron', 'tur', 'rus', 'ukr', 'ind', 'cat', 'hrv', 'slv', 'ell'] as const

/**
 * The lists by language code, lower-cased, read from the package. The build
 * stores them (lib/precompiled.ts), so that a run reads 24 lists rather
 * than loading the package's 60.
 */
export function packageStopwords(): Record<string, string[]> {
  const lists: Record<string, string[]> = {}
  for (const code of LANGUAGES) {
    const list = stopwordLists()[code]
    if (Array.isArray(list)) lists[code] = (list as readonly string[]).map((w) => w.toLowerCase())
  }
  return lists
}

let sets: Map<string, ReadonlySet<string>> | undefined
function stopwordSets(): Map<string, ReadonlySet<string>> {
  if (sets === undefined) {
    const lists = precompiled().stopwords ?? packageStopwords()
    sets = new Map()
    for (const code of LANGUAGES) {
      const list = lists[code]
      if (list !== undefined) sets.set(code, new Set(list))
    }
  }
  return sets
}

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/** Lower-case words of a text (letters and digits; an apostrophe joins "don't"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? []
}

/**
 * The stopword list that covers most of the sample's words, or an empty
 * set when none covers even 10% (a script without spaces, or no prose):
 * callers then fall back to length and punctuation alone.
 *
 * @example
 * ```ts
 * stopwordsFor(['the', 'storm', 'hit', 'the', 'coast'])  // the English list
 * ```
 */
export function stopwordsFor(sample: readonly string[]): ReadonlySet<string> {
  const lists = [...stopwordSets().values()]
  const { index } = languageIndex()
  // One lookup per word (which lists hold it) rather than one per word and list.
  const hits = zeros(lists.length)
  for (const w of sample) {
    const holders = index.get(w)
    if (holders === undefined) continue
    for (const k of holders) hits[k] = (hits[k] ?? 0) + 1
  }
  return lists[chosenList(hits, sample.length)] ?? new Set()
}

/**
 * {@link stopwordsFor} the words of `texts` (lines, paragraphs), read from
 * each text's {@link lineStopwords}: kept by text, so the lines the page
 * features counted in this pass are not read again.
 *
 * @example
 * ```ts
 * stopwordsForTexts(['The storm hit the coast.', 'It rained.'])  // the English list
 * ```
 */
export function stopwordsForTexts(texts: readonly string[]): ReadonlySet<string> {
  const lists = [...stopwordSets().values()]
  const hits = zeros(lists.length)
  let size = 0
  for (const text of texts) {
    const line = lineStopwords(text)
    size += line.count
    for (let k = 0; k < hits.length; k++) hits[k] = (hits[k] ?? 0) + (line.hits[k] ?? 0)
  }
  return lists[chosenList(hits, size)] ?? new Set()
}

/**
 * The position of the list that covers most of a sample of `size` words,
 * given how many of them each list holds: the first with the most hits, as
 * when the lists are tried in turn; -1 when none covers even 10% of it.
 */
function chosenList(hits: readonly number[], size: number): number {
  let best = -1
  let bestHits = 0
  for (let k = 0; k < hits.length; k++) {
    if ((hits[k] ?? 0) > bestHits) {
      best = k
      bestHits = hits[k] ?? 0
    }
  }
  return best >= 0 && bestHits >= 0.1 * size ? best : -1
}

/** An ASCII stopword and the lists that hold it, filed under its {@link asciiHash}. */
interface AsciiStopword {
  readonly word: string
  readonly holders: readonly number[]
}

interface LanguageIndex {
  index: Map<string, number[]>
  longest: number
  /** The ASCII stopwords by hash: an ASCII line's words are looked up as they are read, without cutting each out. */
  ascii: Map<number, AsciiStopword[]>
}

let languages: LanguageIndex | undefined

/** The hash {@link asciiLineStopwords} computes of a lower-case ASCII word, one code unit at a time. */
const hashStep = (h: number, unit: number): number => (Math.imul(h, 31) + unit) | 0

/** The apostrophes {@link WORDS} joins a word with: ' and ’. */
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019

/** Every stopword, with the positions (in stopwordSets() order) of the lists that hold it. */
function languageIndex(): LanguageIndex {
  if (languages === undefined) {
    const index = new Map<string, number[]>()
    let longest = 0
    let k = 0
    for (const set of stopwordSets().values()) {
      for (const w of set) {
        longest = Math.max(longest, w.length)
        const holders = index.get(w)
        if (holders === undefined) index.set(w, [k])
        else holders.push(k)
      }
      k++
    }
    const ascii = new Map<number, AsciiStopword[]>()
    for (const [word, holders] of index) {
      // Only words asciiLineStopwords can read ([a-z0-9] and the apostrophes), hashed in the same loop.
      let h = 0
      let i = 0
      for (; i < word.length; i++) {
        const c = word.charCodeAt(i)
        if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || isApostrophe(c))) break
        h = hashStep(h, c)
      }
      if (i < word.length) continue
      const bucket = ascii.get(h)
      if (bucket === undefined) ascii.set(h, [{ word, holders }])
      else bucket.push({ word, holders })
    }
    languages = { index, longest, ascii }
  }
  return languages
}

/** The stopword in `bucket` that is text[start, end) lower-cased, if any. */
function sameWord(bucket: readonly AsciiStopword[], text: string, start: number, end: number): AsciiStopword | undefined {
  next: for (const entry of bucket) {
    if (entry.word.length !== end - start) continue
    for (let i = start; i < end; i++) if (lower(text.charCodeAt(i)) !== entry.word.charCodeAt(i - start)) continue next
    return entry
  }
  return undefined
}

const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c)

/** Share of `ws` that are stopwords. */
export function stopwordDensity(ws: readonly string[], stop: ReadonlySet<string>): number {
  if (ws.length === 0) return 0
  let n = 0
  for (const w of ws) if (stop.has(w)) n++
  return n / ws.length
}

/**
 * A line's words as stopword evidence: how many there are, and how many of
 * them (with repeats) each list holds, in stopwordSets() order. With these
 * a document's language and each line's density are sums and one division,
 * with no word looked up twice; they are kept by line text (see TextMemo).
 */
export interface LineStopwords {
  readonly count: number
  /** A plain array, not an Int32Array: a typed array of 24 counts has its store outside the heap, one malloc per line. */
  readonly hits: readonly number[]
}

const lineMemo = new TextMemo<LineStopwords>()

/**
 * The stopword evidence of a line of text: what {@link words} finds, counted per list.
 *
 * @example
 * ```ts
 * lineStopwords('The storm hit the coast').count // => 5
 * ```
 */
export function lineStopwords(text: string): LineStopwords {
  return lineMemo.get(text, (t) => asciiLineStopwords(t) ?? addHits(zeros(stopwordSets().size), words(t)))
}

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
const isAsciiWordUnit = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39)

/**
 * {@link words} and {@link addHits} in one loop over a line whose letters
 * and digits are all ASCII, whatever its punctuation and spaces (curly
 * quotes, dashes and no-break spaces are separators, as they are to WORDS;
 * see lib/text/units.ts). There WORDS is a run of letters and digits,
 * joined by an apostrophe to a run of letters after it; words longer than
 * every stopword are counted without being cut out and looked up. A word
 * joined by ’ is looked up like any other.
 * Undefined for a line with a letter or digit beyond ASCII.
 */
function asciiLineStopwords(text: string): LineStopwords | undefined {
  const { ascii, longest } = languageIndex()
  const hits = zeros(stopwordSets().size)
  let count = 0
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (!isAsciiWordUnit(c)) {
      if (c >= 0x80 && !isSeparatorUnit(c)) return undefined
      i++
      continue
    }
    // The word's hash, lower-cased, as it is read: a lookup with no string cut out and hashed again.
    const start = i
    let h = 0
    for (let u = c; i < n && isAsciiWordUnit(u); u = text.charCodeAt(++i)) h = hashStep(h, lower(u))
    if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isAsciiLetter(text.charCodeAt(i + 1))) {
      h = hashStep(h, text.charCodeAt(i))
      i++
      for (let u = text.charCodeAt(i); i < n && isAsciiLetter(u); u = text.charCodeAt(++i)) h = hashStep(h, lower(u))
    }
    count++
    if (i - start > longest) continue
    const bucket = ascii.get(h)
    const found = bucket === undefined ? undefined : sameWord(bucket, text, start, i)
    if (found !== undefined) for (const k of found.holders) hits[k] = (hits[k] ?? 0) + 1
  }
  return { count, hits }
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0)

function addHits(hits: number[], ws: readonly string[]): LineStopwords {
  const { index } = languageIndex()
  for (const w of ws) {
    const holders = index.get(w)
    if (holders === undefined) continue
    for (const k of holders) hits[k] = (hits[k] ?? 0) + 1
  }
  return { count: ws.length, hits }
}

/** The stopword list of a document and each line's density against it, from its lines' {@link LineStopwords}. */
export interface DocumentStopwords {
  /** The list {@link stopwordsFor} picks from the same sample (empty when none covers 10% of it). */
  readonly stop: ReadonlySet<string>
  /** Share of a line's words that are stopwords of that list (0 without a list or words). */
  readonly density: (line: LineStopwords) => number
}

/** How many words of the longer lines choose the language. */
const SAMPLE_WORDS = 3000
/** Lines with fewer words are left out of the sample (menus and labels say little about the language). */
const SAMPLE_MIN_LINE_WORDS = 8

/**
 * The language of a document, as {@link stopwordsFor} decides it on the
 * first SAMPLE_WORDS words of its lines of at least SAMPLE_MIN_LINE_WORDS
 * words (`texts` gives each line's text, for the one line the sample ends
 * inside), and the density of a line against its list.
 */
export function documentStopwords(lines: ReadonlyArray<LineStopwords | undefined>, texts: (i: number) => string): DocumentStopwords {
  const sets = [...stopwordSets().values()]
  const hits = zeros(sets.length)
  let size = 0
  for (let i = 0; i < lines.length && size < SAMPLE_WORDS; i++) {
    const l = lines[i]
    if (l === undefined || l.count < SAMPLE_MIN_LINE_WORDS) continue
    if (size + l.count <= SAMPLE_WORDS) {
      for (let k = 0; k < hits.length; k++) hits[k] = (hits[k] ?? 0) + (l.hits[k] ?? 0)
      size += l.count
    } else {
      // The sample ends inside this line: only its first words count.
      addHits(hits, words(texts(i)).slice(0, SAMPLE_WORDS - size))
      size = SAMPLE_WORDS
    }
  }
  const chosen = chosenList(hits, size)
  return {
    stop: chosen >= 0 ? (sets[chosen] ?? new Set()) : new Set(),
    density: (line) => (line.count === 0 || chosen < 0 ? 0 : (line.hits[chosen] ?? 0) / line.count),
  }
}
