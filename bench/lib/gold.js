// Gold article text of the public extraction corpora, one loader per corpus
// format, and the projection of that gold onto the lines of any text made
// from the same page (an extractor's output, the page's visible text).
//
// Projection is by word trigrams, not by exact lines: extractors and gold
// annotators break lines differently (CleanEval's gold is hard-wrapped, the
// Chinese set's gold breaks mid-sentence), so a line is article when most of
// its word trigrams occur in the gold. Lines of one or two words (headlines
// cut short, "Share", "Comments") must match a whole gold segment instead,
// since any common word occurs somewhere in a long article.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'cheerio/slim'

/** Gold files are UTF-8, but a few were saved as UTF-16 (with a BOM). */
export function readText(path) {
  const b = readFileSync(path)
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b)
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b)
  return new TextDecoder('utf-8').decode(b)
}

/** L3S-GN1 annotation: headline (sel1), full text (sel2) and supplemental text (sel3) spans. */
function l3sGold(html) {
  const $ = load(html)
  const out = []
  $('.x-nc-sel1, .x-nc-sel2, .x-nc-sel3').each((_, el) => {
    if ($(el).find('.x-nc-sel1, .x-nc-sel2, .x-nc-sel3').length > 0) return // leaves only
    const t = $(el).text().replace(/\s+/g, ' ').trim()
    if (t) out.push(t)
  })
  return out.join('\n')
}

/** CleanEval gold: a "URL:" line, then paragraphs each opened by <p>, <h> or <l>, hard-wrapped. */
function cleanevalGold(text) {
  const body = text.replace(/^\s*URL:[^\n]*\n/, '')
  return body
    .split(/<[phl]>/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** Readability's expected output is HTML: its text, one line per block. */
function readabilityGold(html) {
  const $ = load(html)
  $('p, h1, h2, h3, h4, h5, h6, li, div, pre, blockquote, tr, br').each((_, el) => {
    $(el).prepend('\n')
    $(el).append('\n')
  })
  return $.root().text().split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n')
}

/**
 * The corpora of j-szulc/html-cleaning-dataset-merged (Dragnet, L3S-GN1,
 * Readability's test pages, CleanEval dev and final, CleanPortalEval) and
 * immortal-autumn/Chinese-Web-Content-Extraction-Dataset, and WCXB
 * (Murrough-Foley/web-content-extraction-benchmark), each with where
 * its pages and gold live and how to read its gold.
 */
export const SETS = [
  // Dragnet's gold carries the page's comments after a "COMMENTS" line: not article.
  { name: 'dragnet', repo: 'merged', dir: 'dragnet_data', page: 'input', gold: 'GoldStandard', read: (t) => t.split(/\n[^\n]{0,12}COMMENTS[^\n]*\n?/)[0] ?? '' },
  { name: 'l3s-gn1', repo: 'merged', dir: 'page-signal-master', page: 'input', gold: 'GoldStandard', read: l3sGold },
  { name: 'readability', repo: 'merged', dir: 'readability', page: 'input', gold: 'GoldStandard', read: readabilityGold },
  { name: 'cleaneval', repo: 'merged', dir: 'cleaneval-final', page: 'input', gold: 'GoldStandard', read: cleanevalGold },
  { name: 'cleaneval-dev', repo: 'merged', dir: 'cleaneval-dev', page: 'input', gold: 'GoldStandard', read: cleanevalGold },
  { name: 'cleanportaleval', repo: 'merged', dir: 'CleanPortalEval-master', page: 'input', gold: 'GoldStandard', read: cleanevalGold },
  { name: 'zh-news', repo: 'zh', dir: '.', page: 'original', gold: 'cleaned', read: (t) => t },
  // WCXB's article pages of 2025, unpacked by bench/prepare-wcxb.js: gold is the title, then the main content.
  { name: 'wcxb', repo: 'wcxb', dir: 'wcxb', page: 'input', gold: 'GoldStandard', read: (t) => t },
]

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })

/** Words of a text: Unicode word segments (so CJK text is measured in words), NFKC, lower case. */
export function wordsOf(text) {
  const out = []
  for (const s of segmenter.segment(text.normalize('NFKC').toLowerCase())) if (s.isWordLike) out.push(s.segment)
  return out
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu
const EN = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'said'])

/** A coarse language group of a gold text: "cjk", "en" or "other" (every other language, mostly European). */
export function languageGroup(gold) {
  const letters = (gold.match(/\p{L}/gu) ?? []).length
  if (letters > 0 && (gold.match(CJK) ?? []).length / letters > 0.3) return 'cjk'
  const w = wordsOf(gold)
  const en = w.filter((x) => EN.has(x)).length
  return w.length > 0 && en / w.length > 0.08 ? 'en' : 'other'
}

/** An index of a gold text for {@link labelLines}. */
export function goldIndex(gold) {
  const words = wordsOf(gold)
  const trigrams = new Set()
  for (let i = 0; i + 2 < words.length; i++) trigrams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)
  const segments = new Set()
  for (const line of gold.split(/\n/)) {
    const w = wordsOf(line)
    if (w.length > 0 && w.length <= 6) segments.add(w.join(' '))
  }
  return { trigrams, segments, words: words.length }
}

/** For each line of `text`: 1 if it is article text by the gold, else 0 (blank lines 0). */
export function labelLines(lines, index) {
  return lines.map((line) => {
    const w = wordsOf(line)
    if (w.length === 0) return 0
    if (w.length < 3) return index.segments.has(w.join(' ')) ? 1 : 0
    let hit = 0
    for (let i = 0; i + 2 < w.length; i++) if (index.trigrams.has(`${w[i]} ${w[i + 1]} ${w[i + 2]}`)) hit++
    return hit / (w.length - 2) >= 0.5 ? 1 : 0
  })
}

/**
 * Every page of SETS under the fetched checkouts `roots` ({ merged, zh, wcxb })
 * that has gold text of at least 10 words (a page without an article says
 * nothing about cleaning or extraction), in a stable order.
 */
export function* goldPages(roots) {
  for (const set of SETS) {
    const root = roots[set.repo]
    if (!root) continue
    const pageDir = join(root, set.dir, set.page)
    const goldDir = join(root, set.dir, set.gold)
    if (!existsSync(pageDir)) {
      console.error(`skipping ${set.name}: no ${pageDir}`)
      continue
    }
    for (const f of readdirSync(pageDir).filter((f) => /\.html?$/.test(f)).sort()) {
      const name = f.replace(/\.html?$/, '')
      const goldPath = join(goldDir, `${name}.txt`)
      if (!existsSync(goldPath)) continue
      const gold = set.read(readText(goldPath)).trim()
      if (wordsOf(gold).length < 10) continue
      yield { id: `${set.name}/${name}`, set: set.name, name, path: join(pageDir, f), gold }
    }
  }
}
