import type { Document } from '../document.js'
import { Scanner, type LineAnswers } from '../match/index.js'
import type { Proposal, Rule, RuleContext, SeriesRuleSpec } from './types.js'

const DEFAULT_MIN_ITEMS = 3

/**
 * More such lines than this in a row, with nothing kept between them, are
 * no items: a code listing's line numbers ("1", "2", ... "13" over the
 * code), a column of counts. A table row holds two or three numbers.
 */
const MAX_RUN = 3

/**
 * kind "series": lines that one of the `of` rules removed come back when
 * they recur through a list the document keeps, each with a kept line under
 * it.
 *
 * Why: a date on a line of its own is a story's timestamp when it stands
 * once above the first paragraph, or beside each teaser of a listing that
 * other rules remove with it; a bare number is a share count beside its
 * button. But an events calendar, a timeline or a schedule opens every item
 * with a date, and a table that an extractor wrote one cell per line is
 * full of bare numbers, and there they are the article. What tells the two
 * apart is not the line's wording but what sits under it, again and again:
 * a kept line (the event's name, the next cell). A listing that a cue or a
 * zone removed takes its dates along, since the lines under them are
 * removed too; so does a row of buttons with its counts.
 *
 * The rule runs after every rule that removes (it reads their final
 * verdicts) and only gives lines back.
 */
export function seriesRule(spec: SeriesRuleSpec, scanner = new Scanner(), answers: LineAnswers = scanner.add(spec)): Rule {
  const of: ReadonlySet<string> = new Set(spec.of)
  const minItems = spec.minItems ?? DEFAULT_MIN_ITEMS
  return {
    id: spec.id,
    kind: 'series',
    family: spec.family ?? 'article',
    description: spec.description ?? '',
    // After the line model (stage 4), the last stage that removes.
    stage: 5,
    apply(doc: Document, ctx: RuleContext): Proposal[] {
      const members = seriesMembers(doc, ctx, of, answers)
      if (members.length < minItems) return []
      return members.map((i) => ({ rule: spec.id, action: 'keep' as const, from: i, to: i, reason: `one of ${members.length} such lines, each over a kept line` }))
    },
  }
}

/**
 * The lines an `of` rule removed that match the spec and have a kept line
 * under them, in order. Blank lines are skipped, and so are other such
 * lines: a table row of two numbers ("4.41", "299") has the next row's
 * kept cell under both (up to {@link MAX_RUN} in a row).
 */
function seriesMembers(doc: Document, ctx: RuleContext, of: ReadonlySet<string>, answers: LineAnswers): number[] {
  let why: ReadonlyArray<string | null> | undefined
  const candidate = (i: number): boolean => {
    const by = ctx.markedBy.get(i)
    if (by === undefined || !of.has(by)) return false
    why ??= answers(doc)
    return why[i] !== null && why[i] !== undefined
  }
  let any = false
  for (const by of ctx.markedBy.values()) if (of.has(by)) { any = true; break }
  const members: number[] = []
  if (!any) return members
  let run: number[] = []
  for (const line of doc.lines) {
    if (line.blank) continue
    if (candidate(line.index)) run.push(line.index)
    else {
      if (!ctx.marked.has(line.index) && run.length <= MAX_RUN) members.push(...run)
      run = []
    }
  }
  return members
}
