import type stopword from 'stopword'
import { lazy } from '../lazy.js'

/** The lists, loaded with the first whole-page decision that needs them (see lazy.ts). */
const stopwordLists = lazy<typeof stopword>('stopword')

/**
 * Stopword density is the best single sign of running text: prose is about
 * 40-50% function words in European languages, menus and link lists almost
 * none. The lists come from the `stopword` package; the language is the
 * one whose list covers most of the document's words.
 */
const LANGUAGES = ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'swe', 'dan', 'nob', 'fin', 'pol', 'ces', 'slk', 'hun', 'ron', 'tur', 'rus', 'ukr', 'ind', 'cat', 'hrv', 'slv', 'ell'] as const

let sets: Map<string, ReadonlySet<string>> | undefined
function stopwordSets(): Map<string, ReadonlySet<string>> {
  if (sets === undefined) {
    sets = new Map()
    for (const code of LANGUAGES) {
      const list = stopwordLists()[code]
      if (Array.isArray(list)) sets.set(code, new Set((list as readonly string[]).map((w) => w.toLowerCase())))
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
  const hits = new Array<number>(lists.length).fill(0)
  for (const w of sample) {
    const holders = index.get(w)
    if (holders === undefined) continue
    for (const k of holders) hits[k] = (hits[k] ?? 0) + 1
  }
  // The first list with the most hits, as when the lists are tried in turn.
  let best: ReadonlySet<string> = new Set()
  let bestHits = 0
  lists.forEach((set, k) => {
    if ((hits[k] ?? 0) > bestHits) {
      best = set
      bestHits = hits[k] ?? 0
    }
  })
  return bestHits >= 0.1 * sample.length ? best : new Set()
}

let languages: { index: Map<string, number[]> } | undefined

/** Every stopword, with the positions (in stopwordSets() order) of the lists that hold it. */
function languageIndex(): { index: Map<string, number[]> } {
  if (languages === undefined) {
    const index = new Map<string, number[]>()
    let k = 0
    for (const set of stopwordSets().values()) {
      for (const w of set) {
        const holders = index.get(w)
        if (holders === undefined) index.set(w, [k])
        else holders.push(k)
      }
      k++
    }
    languages = { index }
  }
  return languages
}

/** Share of `ws` that are stopwords. */
export function stopwordDensity(ws: readonly string[], stop: ReadonlySet<string>): number {
  if (ws.length === 0) return 0
  let n = 0
  for (const w of ws) if (stop.has(w)) n++
  return n / ws.length
}
