/**
 * Class words that label nearly all of a page's prose. Page builders put
 * their own vocabulary on every box: Elementor wraps each paragraph in
 * `elementor-widget-container`, Adobe Experience Manager's core components
 * are all `cmp-…`. Read as chrome ("widget" is a blog sidebar's word,
 * "cmp" a consent manager's), they wall off the whole article, and the
 * page came out as its headline alone. A word on most of the page's prose
 * names no region of it. Only doubtable words are read so: a strong word
 * ("comments") on most of the prose is a long thread under a short article,
 * and strong layout words ("sidebar" on the page wrapper) have their own
 * check, one wrapper at a time.
 */
import type { Vocabulary } from '../page/vocabulary.js'
import type { ChromeFlag } from './blocks.js'

/** A word labelling at least this share of the page's prose outside strong labels labels the page, not a region (dev: 0.8). */
export const PAGE_WIDE_SHARE = 0.8

/** What the check reads of a prose block. */
export interface ProseBlock {
  readonly words: number
  readonly flagged: readonly ChromeFlag[]
}

/**
 * The doubtable class words that label at least {@link PAGE_WIDE_SHARE} of
 * the page's prose outside strong labels (a cookie notice, a comment thread
 * and related stories are measured apart: they are chrome whatever the
 * page builder calls them).
 *
 * @example
 * ```ts
 * pageWideWords(proseBlocks, vocab) // => Set {'widget'} on an Elementor page
 * ```
 */
export function pageWideWords(prose: readonly ProseBlock[], vocab: Pick<Vocabulary, 'strongWords'>): Set<string> {
  const byWord = new Map<string, number>()
  let total = 0
  for (const b of prose) {
    if (b.flagged.some((f) => f.strong)) continue
    total += b.words
    for (const w of new Set(b.flagged.map((f) => f.word))) if (w !== undefined && !vocab.strongWords.has(w)) byWord.set(w, (byWord.get(w) ?? 0) + b.words)
  }
  const out = new Set<string>()
  if (total > 0) for (const [w, n] of byWord) if (n >= PAGE_WIDE_SHARE * total) out.add(w)
  return out
}
