/**
 * Learning blocks: a recurring heading ("More from The Bugle") followed by
 * lines that differ from document to document but are shaped like a
 * listing (headlines, source and time lines, short teasers) is a cue. The
 * learned rule is a cue rule, which removes the heading and what it owns,
 * with the same guards the bundled cue rules have.
 */
import type { LineStats, Occurrence } from './count.js'
import type { CueFinding, Learned } from './findings.js'
import type { DocProfile, LineProfile } from './profile.js'

/** Longest cue line, in words (a heading, not a sentence). */
const CUE_MAX_WORDS = 12
/** Entries of a listing have at most this many words (the cue rule's listingMaxWords default). */
const LISTING_MAX_WORDS = 20
/** Share of a cue's occurrences that must head a listing of varying lines. */
const LISTING_SHARE = 0.5
/** Varying lines a listing needs (one line under a heading is a subtitle, not a listing). */
const MIN_ENTRIES = 2


type Marked = (line: LineProfile) => boolean
/** Does the line occur in another document of the group (a cross-reference, not the document's own text)? */
type Recurs = (line: LineProfile) => boolean

/** The listing a block cut takes after the cue at `at` (the engine's listingEnd, on profiles). */
function blockEnd(lines: readonly LineProfile[], at: number, marked: Marked): { end: number; entries: number; markers: number } {
  let end = at
  let entries = 0
  let markers = 0
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]
    if (line === undefined) break
    const m = marked(line)
    const entry = m || line.bullet || (!line.prose && line.words <= LISTING_MAX_WORDS)
    if (!entry) break
    if (!m && entries === 0) {
      const next = lines.slice(i + 1).find((l) => !marked(l))
      if (next?.prose === true) break // a lone line above prose is a title, not a listing
    }
    if (!m) entries++
    else if (entries > 0) markers++
    end = i
  }
  return { end, entries, markers }
}

/**
 * Would a tail cut at `at` take only cruft? The engine's test, on
 * profiles: article prose before the cue, and after it no prose that
 * does not read as a teaser (below a marker, a heading or another teaser).
 */
function tailIsListing(lines: readonly LineProfile[], at: number, marked: Marked, recurs: Recurs): { ok: boolean; entries: number } {
  let proseBefore = 0
  for (let i = 0; i < at; i++) {
    const l = lines[i]
    if (l !== undefined && l.prose && !marked(l)) proseBefore += l.words
  }
  let proseAfter = 0
  let headings = 0
  let markers = 0
  let entries = 0
  let previous: 'cue' | 'marker' | 'heading' | 'teaser' = 'cue'
  let ownProse = false
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]
    if (l === undefined) break
    if (marked(l)) {
      previous = 'marker'
      markers++
      ownProse = false
      continue
    }
    entries++
    if (l.prose) {
      if (previous === 'cue') return { ok: false, entries }
      // Two paragraphs in a row found in no other document: the article going on, not teasers.
      const own = !recurs(l)
      if (own && ownProse) return { ok: false, entries }
      ownProse = own
      proseAfter += l.words
      previous = 'teaser'
    } else {
      ownProse = false
      headings++
      previous = 'heading'
    }
  }
  const ok = proseBefore > 0 && (proseAfter === 0 || markers > 0 || (headings >= 2 && proseAfter <= proseBefore))
  return { ok, entries }
}

/**
 * Does a listing list other stories? Some entry occurs in another document
 * (a cross-referenced headline or teaser), or source and time lines (lines
 * the rules remove) stand between its entries.
 */
function listsOtherStories(region: readonly LineProfile[], marked: Marked, recurs: Recurs): boolean {
  for (const l of region) {
    if (!marked(l)) {
      if (recurs(l)) return true
    } else if (region.slice(region.indexOf(l) + 1).some((next) => !marked(next))) {
      return true
    }
  }
  return false
}

/**
 * Is this recurring line a cue over a listing? It must be a short heading
 * and, in at least half of its occurrences, head a listing of at least two
 * lines that are not themselves template lines. A listing must also show
 * that it lists other stories: an entry right under the cue that occurs in
 * another document (a cross-referenced headline), or source and time
 * lines between its entries. Without that, a recurring lead-in over the
 * article's own list ("The plan includes:") would look the same. The cut
 * is "tail" when every such listing runs to the end of its document, else
 * "block".
 */
export function findCue(s: LineStats, docs: readonly DocProfile[], marked: Marked, recurs: Recurs): CueFinding | undefined {
  if (s.prose || s.maxWords > CUE_MAX_WORDS) return undefined
  let listings = 0
  let tails = 0
  let evidence = 0
  const found: Array<{ o: Occurrence; block: number; tail: boolean }> = []
  for (const o of s.occurrences) {
    const lines = docs[o.doc]?.lines ?? []
    const block = blockEnd(lines, o.at, marked)
    const tail = tailIsListing(lines, o.at, marked, recurs)
    const listing = block.entries >= MIN_ENTRIES || (tail.ok && tail.entries >= MIN_ENTRIES)
    if (listing) listings++
    if (listing && tail.ok) tails++
    if (listing && listsOtherStories(lines.slice(o.at + 1, block.entries >= MIN_ENTRIES ? block.end + 1 : lines.length), marked, recurs)) evidence++
    found.push({ o, block: block.end, tail: tail.ok })
  }
  if (listings < MIN_ENTRIES || listings < LISTING_SHARE * s.occurrences.length || evidence < LISTING_SHARE * listings) return undefined
  const cut = tails === listings ? 'tail' : 'block'
  const finding: CueFinding = { norm: s.norm, cut, regions: [], markerNorms: new Set(), markerRules: new Set() }
  for (const { o, block, tail } of found) {
    const lines = docs[o.doc]?.lines ?? []
    const to = cut === 'tail' && tail ? lines.length - 1 : block
    if (to <= o.at) continue
    finding.regions.push({ doc: o.doc, from: o.at + 1, to })
    for (let i = o.at + 1; i <= to; i++) {
      const l = lines[i]
      if (l === undefined || !marked(l)) continue
      if (l.earlyBy !== undefined) finding.markerRules.add(l.earlyBy)
      else finding.markerNorms.add(l.norm)
    }
  }
  return finding
}

/**
 * One cue per listing. Deciding from the most widespread cue down (the
 * heading of a page's listing is on every page, the source names in its
 * entries vary), then from the top of the documents down, a cue line that
 * mostly sits inside the listing of a cue kept before it (a source or time
 * line of an entry, a second heading) is a line of that listing, not its
 * head: it stays a line rule, and marks entries for the cue that owns them.
 */
export function settleCues(items: Learned[], docs: readonly DocProfile[]): void {
  const depth = (c: Learned): number => {
    const spots = c.stats.occurrences.map((o) => o.at / Math.max(1, docs[o.doc]?.lines.length ?? 1))
    return spots.reduce((a, b) => a + b, 0) / Math.max(1, spots.length)
  }
  const cues = items.filter((i) => i.cue !== undefined).sort((a, b) => b.stats.docs.length - a.stats.docs.length || depth(a) - depth(b))
  const kept: Array<Map<number, Array<{ from: number; to: number }>>> = []
  for (const c of cues) {
    let nested = 0
    for (const o of c.stats.occurrences) {
      if (kept.some((byDoc) => (byDoc.get(o.doc) ?? []).some((r) => o.at >= r.from && o.at <= r.to))) nested++
    }
    if (nested * 2 >= c.stats.occurrences.length) {
      delete c.cue
      continue
    }
    const byDoc = new Map<number, Array<{ from: number; to: number }>>()
    for (const r of c.cue?.regions ?? []) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r])
    kept.push(byDoc)
  }
}

/**
 * Lines found only inside learned listings (a linked story's headline or
 * teaser) go with their cue; keeping them as rules of their own would fill
 * the file with headlines. Short lines and timestamps stay: they are the
 * source and time lines that mark listing entries. Returns the lines that go.
 */
export function coveredByCues(items: readonly Learned[], isMarkerLike: (item: Learned) => boolean): Set<Learned> {
  const inCue = new Map<number, Array<{ from: number; to: number }>>()
  for (const item of items) {
    for (const r of item.cue?.regions ?? []) inCue.set(r.doc, [...(inCue.get(r.doc) ?? []), r])
  }
  const out = new Set<Learned>()
  for (const item of items) {
    if (item.cue !== undefined || isMarkerLike(item)) continue
    if (item.stats.occurrences.every((o) => (inCue.get(o.doc) ?? []).some((r) => o.at >= r.from && o.at <= r.to))) out.add(item)
  }
  return out
}
