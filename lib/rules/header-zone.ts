import type { Document, Line } from '../document.js'
import type { HeaderRuleSpec, Proposal, Rule, RuleContext } from './types.js'

const DEFAULT_MAX_LINES = 15
const DEFAULT_HEADLINE_MIN_WORDS = 4

/**
 * kind "header": the zone above the first paragraph of prose.
 *
 * Aggregators stack their chrome there (app slogans, outlet names, section
 * labels, bylines, timestamps, buttons) around the headline. We find the
 * headline (the first headline-shaped line of the zone that is not a name,
 * a short label or something an earlier rule removed), protect it, drop
 * the chrome-shaped lines above it (names, labels, fragments) and the
 * names and labels between it and the body. Without a headline, only
 * repeated lines go (a lone short line may be the title). Lines that fit none of these shapes are kept: when unsure,
 * keep text.
 */
export function headerRule(spec: HeaderRuleSpec): Rule {
  const maxLines = spec.maxLines ?? DEFAULT_MAX_LINES
  const headlineMinWords = spec.headlineMinWords ?? DEFAULT_HEADLINE_MIN_WORDS
  return {
    id: spec.id,
    kind: 'header',
    family: spec.family ?? 'header',
    description: spec.description ?? '',
    // After line rules (it builds on their removals), before cue rules (so the headline it protects is safe from their cuts).
    stage: 1,
    apply(doc, ctx) {
      const body = firstProse(doc, ctx)
      if (body <= 0) return []
      const zone = doc.lines.slice(0, body).filter((l) => !l.blank && !ctx.marked.has(l.index))
      if (zone.length === 0 || zone.length > maxLines) return []

      const headline = zone.find((l) => l.headlineShaped && !l.nameShaped && l.words >= headlineMinWords)
      const out: Proposal[] = []
      for (const l of zone) {
        const remove = (reason: string): void => {
          out.push({ rule: spec.id, action: 'remove', from: l.index, to: l.index, reason })
        }
        if (headline === undefined) {
          // No title to anchor on: a lone short line may be the title itself.
          if (l.repeats > 1) remove(chromeReason(l))
        } else if (l.index === headline.index) {
          out.push({ rule: spec.id, action: 'keep', from: l.index, to: l.index, reason: 'headline' })
        } else if (l.key === headline.key) {
          remove('repeated headline')
        } else if (l.index < headline.index ? isChromeAbove(l) : isChromeBelow(l)) {
          remove(chromeReason(l))
        }
      }
      // Aggregators repeat the headline in share boxes and footers; a copy is never article text.
      if (headline !== undefined) {
        for (const l of doc.lines.slice(body)) {
          // Lines with the same key have the same word count, so a longer paragraph is no copy (and is not folded to find out).
          if (!l.moreWordsThan(headline.words) && l.key === headline.key) {
            out.push({ rule: spec.id, action: 'remove', from: l.index, to: l.index, reason: 'repeated headline' })
          }
        }
      }
      return out
    },
  }
}

/** Above the headline almost nothing is article: names, labels, slogans and short fragments go. */
function isChromeAbove(l: Line): boolean {
  return l.nameShaped || l.repeats > 1 || l.words <= 3 || (l.words <= 6 && !l.headlineShaped)
}

/** Between headline and body a short sentence may be the article's first line; only names and labels go. */
function isChromeBelow(l: Line): boolean {
  return l.nameShaped || l.repeats > 1 || (l.words <= 3 && !l.endsSentence)
}

/** First prose line that no earlier rule removed: where the article body starts. */
function firstProse(doc: Document, ctx: RuleContext): number {
  for (const l of doc.lines) if (l.prose && !ctx.marked.has(l.index)) return l.index
  return -1
}

function chromeReason(l: Line): string {
  if (l.repeats > 1) return 'repeated header line'
  if (l.nameShaped) return 'name line (byline or outlet)'
  if (l.words <= 3) return 'short label'
  return 'header line that is not a headline'
}
