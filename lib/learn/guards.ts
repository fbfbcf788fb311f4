/**
 * Guards that keep article text from being learned as boilerplate.
 *
 * A line recurring across documents is not always a template:
 * - syndication: a story carried by several documents repeats all of its
 *   lines together. Its lines recur only with the rest of that story;
 *   a template line recurs beside different stories.
 * - cross-references: an article's headline (and first paragraph) also
 *   turns up in other documents' related-stories lists. It is cruft there,
 *   but in its own document it is the headline, so it must not become a
 *   rule that removes it everywhere.
 */
import type { DocProfile, LineProfile } from './profile.js'
import type { LineStats } from './count.js'

/** Minimum documents and share of the group a line needs before it is considered at all. */
export interface Thresholds {
  minDocs: number
  minShare: number
}

/** Does the line recur often enough in its group (documents and share)? */
export function meetsThresholds(s: LineStats, groupSize: number, t: Thresholds): boolean {
  return s.docs.length >= t.minDocs && s.docs.length / groupSize >= t.minShare
}

/**
 * Lines that sit above the article body in several different stories: the
 * group's header chrome. Counted in stories, not documents, so the
 * headline of a story carried three times is not mistaken for chrome.
 */
export function headTemplates(docs: readonly DocProfile[], stats: ReadonlyMap<number, LineStats>, minDocs: number): Set<number> {
  const out = new Set<number>()
  for (const s of stats.values()) {
    if (s.docs.length < minDocs) continue
    const stories = new Set<number>()
    for (const o of s.occurrences) {
      const doc = docs[o.doc]
      const line = doc?.lines[o.at]
      if (doc === undefined || line === undefined) continue
      if (doc.bodyStart === -1 || line.index <= doc.bodyStart) stories.add(doc.story)
    }
    if (stories.size >= minDocs) out.add(s.norm)
  }
  return out
}

/** A document's own headline and first paragraph (indexes into its non-blank lines, -1 when not found). */
export interface ArticleRole {
  headline: number
  lede: number
}

/** Fewest words of a headline (as the header rule's default, headlineMinWords). */
const HEADLINE_MIN_WORDS = 4

/**
 * Find each document's headline and first paragraph, looking past the
 * group's header chrome and past lines the base rules remove: the lede is
 * the first prose line that is not chrome, the headline the first
 * headline-shaped line above it that is not a name, a label or chrome.
 */
export function articleRoles(docs: readonly DocProfile[], chrome: ReadonlySet<number>): ArticleRole[] {
  return docs.map((doc) => {
    const lede = doc.lines.findIndex((l) => l.prose && !chrome.has(l.norm) && l.knownBy === undefined)
    const end = lede === -1 ? doc.lines.length : lede
    let headline = -1
    for (let i = 0; i < end; i++) {
      const l = doc.lines[i]
      if (l === undefined || !l.headlineShaped || l.nameShaped || l.words < HEADLINE_MIN_WORDS) continue
      if (chrome.has(l.norm) || l.knownBy !== undefined) continue
      headline = i
      break
    }
    return { headline, lede }
  })
}

/** Normalised lines that are some document's own headline or first paragraph. */
export function articleLines(docs: readonly DocProfile[], roles: readonly ArticleRole[]): Set<number> {
  const out = new Set<number>()
  roles.forEach((role, d) => {
    const doc = docs[d]
    if (doc === undefined) return
    for (const at of [role.headline, role.lede]) {
      const line = doc.lines[at]
      if (line !== undefined) out.add(line.norm)
    }
  })
  return out
}

/** Documents looked at per line by the syndication guard (the first ones): enough for a median. */
const SYNDICATION_SAMPLE = 200
/** Share of a document's prose that, when shared with the line's other documents, makes it a copy of one story. */
const SYNDICATED_SHARE = 0.5

/**
 * Is the line part of one story carried by all its documents? Take the
 * prose lines that most of the line's documents share (besides the line
 * itself); if, in the median document, they make up half of its prose or
 * more, the documents are copies of one story and the line is its text.
 * A template line's documents share only other template lines, a small
 * part of each document's prose.
 *
 * @example
 * ```ts
 * // three copies of one wire story, each under its outlet's own chrome:
 * isSyndicated(stats.get(storyLine)!, docs) // => true
 * isSyndicated(stats.get(outletFooter)!, docs) // => false
 * ```
 */
export function isSyndicated(s: LineStats, docs: readonly DocProfile[]): boolean {
  const sample = s.docs.slice(0, SYNDICATION_SAMPLE)
  if (sample.length < 2) return false
  const shared = new Map<number, number>()
  for (const d of sample) {
    const seen = new Set<number>()
    for (const l of docs[d]?.lines ?? []) {
      if (!l.prose || l.norm === s.norm || seen.has(l.norm)) continue
      seen.add(l.norm)
      shared.set(l.norm, (shared.get(l.norm) ?? 0) + 1)
    }
  }
  const need = Math.max(2, Math.ceil(sample.length / 2))
  const shares: number[] = []
  for (const d of sample) {
    let all = 0
    let common = 0
    for (const l of docs[d]?.lines ?? []) {
      if (!l.prose || l.norm === s.norm) continue
      all += l.words
      if ((shared.get(l.norm) ?? 0) >= need) common += l.words
    }
    if (all > 0) shares.push(common / all)
  }
  if (shares.length === 0) return false
  shares.sort((a, b) => a - b)
  const median = shares[Math.floor((shares.length - 1) / 2)] ?? 0
  return median >= SYNDICATED_SHARE
}

/**
 * Does the line mostly sit inside the article: between lines found in no
 * other document of the group (the document's own text)? Recurring lines
 * there are often the article's own furniture (a subheading, a lead-in to
 * a list) rather than a template, so they need more support.
 */
export function isInsideArticle(s: LineStats, docs: readonly DocProfile[], unique: (norm: number) => boolean, template: (line: LineProfile) => boolean): boolean {
  let inside = 0
  for (const o of s.occurrences) {
    const lines = docs[o.doc]?.lines ?? []
    // Neighbours past other template lines (an inline label above a lead-in).
    let b = o.at - 1
    while (b >= 0 && lines[b] !== undefined && template(lines[b] as LineProfile)) b--
    let a = o.at + 1
    while (a < lines.length && lines[a] !== undefined && template(lines[a] as LineProfile)) a++
    const before = lines[b]
    const after = lines[a]
    if (before !== undefined && after !== undefined && before.prose && unique(before.norm) && unique(after.norm)) inside++
  }
  return inside * 2 >= s.occurrences.length
}

/**
 * Is the line a lead-in to the document's own text ("The plan includes:",
 * "Key points:")? It ends in a colon and, in at least half of its
 * occurrences, the next line that is not a template line is found in no
 * other document. A template label ending in a colon ("Related:", "Tags:")
 * is followed by cross-references or other template lines instead.
 */
export function isLeadIn(s: LineStats, docs: readonly DocProfile[], endsWithColon: boolean, unique: (norm: number) => boolean, template: (line: LineProfile) => boolean): boolean {
  if (!endsWithColon) return false
  let own = 0
  for (const o of s.occurrences) {
    const lines = docs[o.doc]?.lines ?? []
    let a = o.at + 1
    while (a < lines.length && lines[a] !== undefined && template(lines[a] as LineProfile)) a++
    const next = lines[a]
    if (next !== undefined && unique(next.norm)) own++
  }
  return own * 2 >= s.occurrences.length
}
