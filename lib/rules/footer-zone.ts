import type { FooterRuleSpec, Proposal, Rule } from './types.js'

const DEFAULT_MAX_WORDS = 8

/**
 * kind "footer": below the first recognised widget at the very end of a
 * document, the remaining short non-sentence lines are widgets we have no
 * name for ("Load more", "Sort by", "Our Picks"). Lines above that widget
 * are left alone: they may be the article's own closing list. A table's
 * rows (an extractor's "| a | b |") end the run: they are data.
 */
export function footerRule(spec: FooterRuleSpec): Rule {
  const maxWords = spec.maxWords ?? DEFAULT_MAX_WORDS
  const notOpenedBy = new Set(spec.notOpenedBy ?? [])
  return {
    id: spec.id,
    kind: 'footer',
    family: spec.family ?? 'footer',
    description: spec.description ?? '',
    stage: 3,
    apply(doc, ctx) {
      // Walk up the trailing run of blank, removed or chrome-shaped lines.
      let top = doc.lines.length
      for (let i = doc.lines.length - 1; i >= 0; i--) {
        const l = doc.lines[i]
        if (l === undefined) break
        // A table's row is the article's data, however short: the walk stops there.
        if (l.tableRow && !ctx.marked.has(i)) break
        const chrome = l.blank || ctx.marked.has(i) || (!l.prose && !l.endsSentence && l.words <= maxWords)
        if (!chrome) break
        top = i
      }
      let firstMarked = -1
      for (let i = top; i < doc.lines.length; i++) {
        if (ctx.marked.has(i) && !notOpenedBy.has(ctx.markedBy.get(i) ?? '')) {
          firstMarked = i
          break
        }
      }
      if (firstMarked === -1) return []
      const out: Proposal[] = []
      for (let i = firstMarked + 1; i < doc.lines.length; i++) {
        const l = doc.lines[i]
        if (l !== undefined && !l.blank && !ctx.marked.has(i)) {
          out.push({ rule: spec.id, action: 'remove', from: i, to: i, reason: 'short line below a tail widget' })
        }
      }
      return out
    },
  }
}
