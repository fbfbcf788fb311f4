/**
 * The text pass over clean markdown, with its blocks kept whole.
 *
 * A markdown page whose clean output no longer reads as markdown (the links
 * and headings that made it markdown were the cruft) is cleaned once more
 * as text (pipeline.ts): a second clean takes that output for text, and it
 * must change nothing. The text rules cut lines, not blocks, and they cut
 * lists in part (a `* Quick Links` left alone), tables under their header
 * row, and headings away from nothing or their section away from them.
 * This pass remembers that the lines are markdown: it reads the blocks of
 * the text the rules ran on and maps their verdicts back onto them.
 *
 * A unit of a kind in {@link TEXT_PASS_UNITS} that the rules cut in part,
 * most of its words, goes whole. Removing, not keeping, is what stays
 * idempotent: a second clean reads the output as text and would cut a list
 * kept whole again, while a list removed whole is not there to cut. Block quotes and
 * paragraphs are left to the rules line by line: html2text writes some
 * articles as one long quote, and a wrapped paragraph's lines each read as
 * text. Then a heading whose section was emptied goes, and an image or a
 * thematic break left at the edge of the text (sections.ts).
 */
import { segment } from '../document.js'
import { collectRemovals, render, type CleanReport, type Owner } from '../engine.js'
import { parseBlocks, type UnitKind } from './blocks.js'
import { attachedUnits, sectionlessHeadings } from './sections.js'

export const TEXT_PASS_UNITS = {
  /**
   * Units removed whole when the text rules cut them in part: a list or a
   * table kept in part is no longer the list or the table (an orphan item,
   * rows without their `---|---` row), and a heading cut in part is a
   * fragment of one.
   */
  whole: ['list', 'table', 'heading'] as readonly UnitKind[],
  /**
   * ... when the rules removed at least this share of its words (a table
   * also when they removed its `---|---` row). A unit
   * they cut less is article the text rules misread line by line (a `>`
   * line of a quote in a list item taken for a "next" arrow, the last word
   * of a wrapped headline for a name line): removed whole, a law's list of
   * 400 lines went for one such line (dev: 0.99 to 0.57). Kept whole, a
   * second clean would cut it again; so the rules' cut stands there.
   */
  removeShare: 0.5,
} as const

const FAMILY = 'markdown'

/**
 * The text rules' report on `text` (markdown lines), with the units of
 * {@link TEXT_PASS_UNITS} they cut in part removed whole and the headings
 * they left over nothing removed. Line numbers are `text`'s own. When that
 * would empty the document, the rules' own report stands.
 *
 * @example
 * ```ts
 * const text = 'Intro line.\n\n* one\n* two\n'
 * const rules = { text: 'Intro line.\n\n* one\n', removals: [{ rule: 'x', family: 'x', from: 4, to: 4, reason: 'x', lines: ['* two'] }], linesIn: 4, linesOut: 3 }
 * keepBlocksWhole(text, rules).text // 'Intro line.\n'
 * ```
 */
export function keepBlocksWhole<R extends CleanReport>(text: string, rules: R): R {
  if (rules.removals.length === 0 || rules.guard !== undefined) return rules
  const doc = segment(text)
  const blocks = parseBlocks(doc.lines.map((l) => l.text))
  const owner = new Map<number, Owner>()
  for (const r of rules.removals) for (let i = r.from - 1; i < r.to; i++) if (!doc.lines[i]?.blank) owner.set(i, { id: r.rule, family: r.family, reason: r.reason, span: r.to - r.from + 1 })
  const credit = (from: number, to: number, o: Owner): void => {
    for (let i = from; i <= to; i++) if (!doc.lines[i]?.blank && !owner.has(i)) owner.set(i, o)
  }
  const kept = blocks.units.map((u) => {
    let some = false
    let all = true
    let words = 0
    let removed = 0
    for (let i = u.from; i <= u.to; i++) {
      const line = doc.lines[i]
      if (line === undefined || line.blank) continue
      words += line.words
      if (owner.has(i)) {
        all = false
        removed += line.words
      } else some = true
    }
    // A table's delimiter row makes it one: rows kept without it are no table any more, whatever their words.
    const headless = u.kind === 'table' && owner.has(u.from + 1)
    if (some && !all && TEXT_PASS_UNITS.whole.includes(u.kind) && (headless || removed >= TEXT_PASS_UNITS.removeShare * words)) {
      credit(u.from, u.to, { id: 'markdown-block', family: FAMILY, reason: `${u.kind} cut by the text rules, removed whole`, span: 0 })
      return false
    }
    // A unit kept in part (a quote, a paragraph) is kept as far as the headings over it go.
    return some
  })
  sectionlessHeadings(blocks.units, kept, credit)
  attachedUnits(blocks.units, kept, credit)
  const keep = doc.lines.map((l) => !owner.has(l.index))
  if (!doc.lines.some((l) => !l.blank && keep[l.index] === true)) return rules
  const out = render(doc, keep)
  return { ...rules, text: out, removals: collectRemovals(doc, owner), linesOut: out === '' ? 0 : out.split('\n').length - 1 }
}
