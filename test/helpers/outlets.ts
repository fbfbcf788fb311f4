/**
 * Generated corpora for the learner's tests: fake outlets, each wrapping
 * its articles in its own template lines (in varied forms: times, dates,
 * counts change from page to page), related-stories listings that
 * cross-reference other articles' headlines, and stories syndicated to
 * several outlets. Every document comes with its clean article, so a test
 * can check learned rules line for line.
 *
 * Deterministic: a seeded generator, so a failing case can be replayed.
 */
import { mulberry32 } from '../../lib/random.js'

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
export const prng = mulberry32

export type Rng = () => number
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))

// Plain vocabulary: nothing here is a cruft phrase the bundled rules know.
const SUBJECTS = ['The council', 'Local officials', 'The harbour authority', 'Residents of the valley', 'The regional board', 'Farmers in the north', 'The water company', 'Teachers at the school', 'The mayor', 'Engineers on the project', 'The ferry operator', 'Volunteers from the village']
const VERBS = ['said on Tuesday that', 'argued that', 'expect that', 'confirmed that', 'warned that', 'have long believed that', 'told a meeting that', 'wrote in a letter that']
const CLAUSES = ['the new bridge would open before the winter storms', 'repairs to the sea wall had taken longer than planned', 'the budget for road works would rise by a third', 'fewer buses would run on the coastal route', 'the river had reached its highest level in a decade', 'the old mill would become a community library', 'rents in the town centre had doubled since the spring', 'the night trains would stop at the junction again', 'the orchard harvest was the best in living memory', 'plans for a wind farm had divided the parish', 'the clinic would open on weekends from next month', 'the fishing fleet had lost two boats in the gales', 'a second school would be built on the hill', 'the market square would be closed to traffic', 'the reservoir was still only half full', 'the museum had received a rare collection of maps']
const TAILS = ['according to figures seen by this newspaper', 'although critics remain unconvinced', 'after months of delay and debate', 'despite strong objections from neighbours', 'while a review continues', 'in a decision welcomed by local groups', 'as costs continue to climb', 'with work due to start within weeks']
const HEAD_WORDS = ['Harbour', 'Bridge', 'Council', 'River', 'School', 'Ferry', 'Orchard', 'Market', 'Clinic', 'Museum', 'Reservoir', 'Mill', 'Storm', 'Village', 'Railway', 'Library']
const HEAD_VERBS = ['plans', 'delays', 'wins', 'faces', 'reopens', 'rejects', 'backs', 'revives', 'splits', 'costs']
const HEAD_TAILS = ['after long dispute', 'as costs soar', 'for the first time in years', 'despite local protests', 'ahead of winter', 'in surprise vote', 'amid funding row', 'under new plans']

/** One article: a headline and paragraphs of prose, all lines unique to it. */
export interface Article {
  headline: string
  paragraphs: string[]
}

const PEOPLE = ['Ana Ruiz', 'Tom Okafor', 'Mei Lin', 'Sean Doyle', 'Priya Nair', 'Jonas Berg', 'Leila Haddad', 'Owen Price', 'Ines Costa', 'Kofi Mensah', 'Hanna Lind', 'Marco Bellini']
const PLACES = ['Port Alder', 'Kestrel Bay', 'Westmoor', 'Linden Cross', 'Saltmarsh', 'Greyhaven', 'Thornbury', 'Millbrook', 'Ashcombe', 'Redcliff', 'Oakridge', 'Fenwick']

function sentence(rng: Rng): string {
  return `${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${pick(rng, CLAUSES)}, ${pick(rng, TAILS)}, according to ${pick(rng, PEOPLE)} of ${pick(rng, PLACES)}.`
}

/** A fresh article with 4-7 paragraphs of 1-3 sentences; `seen` keeps headlines unique. */
export function article(rng: Rng, seen: Set<string> = new Set()): Article {
  let headline: string
  do headline = `${pick(rng, PLACES)} ${pick(rng, HEAD_WORDS).toLowerCase()} ${pick(rng, HEAD_VERBS)} ${pick(rng, HEAD_WORDS).toLowerCase()} ${pick(rng, HEAD_TAILS)}`
  while (seen.has(headline))
  seen.add(headline)
  const paragraphs: string[] = []
  for (let p = int(rng, 4, 7); p > 0; p--) {
    const sentences: string[] = []
    for (let s = int(rng, 1, 3); s > 0; s--) sentences.push(sentence(rng))
    paragraphs.push(sentences.join(' '))
  }
  return { headline, paragraphs }
}

/** The clean text of an article: what cleaning a page of it must give. */
export function cleanText(a: Article): string {
  return `${a.headline}\n\n${a.paragraphs.join('\n\n')}\n`
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Varying parts of template lines, each in several spellings. */
export const vary = {
  time: (rng: Rng): string => pick(rng, [`${int(rng, 1, 12)}:${String(int(rng, 0, 59)).padStart(2, '0')} ${pick(rng, ['AM', 'PM', 'a.m.', 'p.m.'])}`, `${int(rng, 0, 23)}:${String(int(rng, 0, 59)).padStart(2, '0')}`]),
  date: (rng: Rng): string => pick(rng, [`${pick(rng, MONTHS)} ${int(rng, 1, 28)}, 2025`, `${int(rng, 1, 28)} ${pick(rng, MONTHS)} 2025`, `${pick(rng, MONTHS).slice(0, 3)} ${int(rng, 1, 28)}`]),
  weekday: (rng: Rng): string => pick(rng, WEEKDAYS),
  ago: (rng: Rng): string => pick(rng, [`${int(rng, 2, 59)} minutes ago`, `${int(rng, 2, 23)} hours ago`, 'an hour ago', `${int(rng, 2, 6)} days ago`]),
  count: (rng: Rng): string => String(int(rng, 0, 480)),
}

/** An outlet: how it wraps an article. `related` gets headlines and ledes of other articles of the outlet. */
export interface Outlet {
  source: string
  page(rng: Rng, a: Article, related: readonly Article[]): string
}

/** A template line present in a share of pages. */
const maybe = (rng: Rng, p: number, line: string): string[] => (rng() < p ? [line] : [])

/** Joins blocks of lines with blank lines between blocks. */
function blocks(...parts: string[][]): string {
  return parts.filter((b) => b.length > 0).map((b) => b.join('\n')).join('\n\n') + '\n'
}

/** Inserts an inline promo after paragraph `at` (never after the last). */
function withInline(paragraphs: readonly string[], line: string | undefined, at: number): string[][] {
  const out = paragraphs.map((p) => [p])
  if (line !== undefined && paragraphs.length > 2) out.splice(Math.min(at, paragraphs.length - 1), 0, [line])
  return out
}

/** The test outlets. Their templates are theirs alone (the bench uses others). */
export const OUTLETS: readonly Outlet[] = [
  {
    source: 'bugle.example',
    page: (rng, a, related) =>
      blocks(
        ['Daily Bugle', ...maybe(rng, 0.9, `Updated ${vary.time(rng)}, ${vary.date(rng)}`)],
        [a.headline],
        ...withInline(a.paragraphs, rng() < 0.7 ? 'The Bugle: proudly serving the valley since 1901' : undefined, 2),
        ['More from the Bugle', ...related.flatMap((r) => [r.headline, vary.ago(rng)])],
        ['Bugle Media Group, Harbour Road, Port Alder'],
      ),
  },
  {
    source: 'metro.example',
    page: (rng, a, related) =>
      blocks(
        [`METRO WIRE | ${vary.weekday(rng)}, ${vary.date(rng)}`, ...maybe(rng, 0.8, `Listen to this story · ${int(rng, 2, 9)} min`)],
        [a.headline],
        ...a.paragraphs.map((p) => [p]),
        [`${vary.count(rng)} reader reactions so far`],
        ['Also trending at Metro'],
        ...related.map((r) => [r.headline, r.paragraphs[0] ?? '']),
        ['Metro Wire is an independent newsroom funded by its members'],
      ),
  },
  {
    source: 'courier.example',
    page: (rng, a, related) =>
      blocks(
        ['The Coastal Courier', `Posted ${vary.ago(rng)}`],
        [a.headline],
        ...withInline(a.paragraphs, rng() < 0.8 ? 'Courier members can save this story to their reading list' : undefined, 3),
        ['Elsewhere in the Courier', ...related.map((r) => r.headline)],
        ...maybe(rng, 0.7, `Courier edition ${int(rng, 1000, 9999)} printed at the Alder works`).map((l) => [l]),
      ),
  },
]

/** A source whose pages are already clean (no template): learned rules must leave them alone. */
export const PLAIN: Outlet = { source: 'plain.example', page: (_rng, a) => cleanText(a) }

/** A generated document: where it is from, its page and the clean article it should give. */
export interface GeneratedDoc {
  id: string
  source: string
  text: string
  expected: string
  article: Article
}

export interface CorpusOptions {
  seed?: number
  /** Pages per outlet. */
  perOutlet?: number
  /** Stories carried by every outlet (syndicated copies). */
  syndicated?: number
  outlets?: readonly Outlet[]
}

/**
 * A corpus: each outlet's pages, plus stories syndicated to every outlet.
 * Related listings draw on an outlet's first few articles, so their
 * headlines recur across many listings (cross-references) and are also
 * the headlines of their own pages.
 */
export function corpus(options: CorpusOptions = {}): GeneratedDoc[] {
  const rng = prng(options.seed ?? 1)
  const outlets = options.outlets ?? [...OUTLETS, PLAIN]
  const perOutlet = options.perOutlet ?? 10
  const seen = new Set<string>()
  const shared = Array.from({ length: options.syndicated ?? 1 }, () => article(rng, seen))
  const docs: GeneratedDoc[] = []
  for (const outlet of outlets) {
    const own = Array.from({ length: perOutlet }, () => article(rng, seen))
    const popular = own.slice(0, 4)
    const stories = [...own, ...shared]
    stories.forEach((a, i) => {
      const pool = popular.filter((p) => p !== a)
      const related = pool.filter(() => rng() < 0.75).slice(0, 3)
      if (related.length < 2) related.splice(0, related.length, ...pool.slice(0, 2))
      docs.push({ id: `${outlet.source}/${String(i).padStart(2, '0')}`, source: outlet.source, text: outlet.page(rng, a, related), expected: cleanText(a), article: a })
    })
  }
  return docs
}
