/**
 * The report as plain text for terminals and CI logs: the corpus totals,
 * the per-rule table and the flag counts. The same numbers as the HTML page.
 */
import { FLAG_KINDS, FLAG_TEXT } from './flags.js'
import { count, counted, percent } from './format.js'
import type { ReportData, RuleStats, SetSummary } from './model.js'

/** Flagged documents named per flag in the text summary. */
const TEXT_EXAMPLES = 5

/** Lay out rows as columns; `left` says which columns are left-aligned (the rest are numbers, right-aligned). */
function table(rows: string[][], left: readonly number[] = [0]): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  return rows.map((row) =>
    row
      .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  )
}

function totals(data: ReportData, set: SetSummary, name: string): string[] {
  return [
    `${name}: ${set.label}`,
    ...table([
      ['  bytes', count(data.bytesIn), 'in', count(set.bytesOut), 'out', `${percent(data.bytesIn - set.bytesOut, data.bytesIn)} removed`],
      ['  lines', count(data.linesIn), 'in', count(set.linesOut), 'out', `${percent(data.linesIn - set.linesOut, data.linesIn)} removed`],
    ]),
    `  documents with removals: ${count(set.docsWithRemovals)} of ${count(data.documents)} (${percent(set.docsWithRemovals, data.documents)})`,
  ]
}

function ruleRows(data: ReportData): string[][] {
  const header = ['rule', 'family', 'docs', 'lines', 'long prose']
  if (data.b === undefined) {
    return [header, ...data.a.rules.filter((r) => r.lines > 0).map((r) => [r.id, r.family, count(r.docs), count(r.lines), count(r.proseLines)])]
  }
  const b = new Map(data.b.rules.map((r) => [r.id, r]))
  const a = new Map(data.a.rules.map((r) => [r.id, r]))
  const ids = [...new Set([...a.keys(), ...b.keys()])].filter((id) => (a.get(id)?.lines ?? 0) + (b.get(id)?.lines ?? 0) > 0)
  const cell = (r: RuleStats | undefined, f: (r: RuleStats) => number): string => (r === undefined ? '-' : count(f(r)))
  return [
    ['rule', 'family', 'A docs', 'A lines', 'B docs', 'B lines', 'only A', 'only B'],
    ...ids.map((id) => {
      const ra = a.get(id)
      const rb = b.get(id)
      return [id, (ra ?? rb)?.family ?? '', cell(ra, (r) => r.docs), cell(ra, (r) => r.lines), cell(rb, (r) => r.docs), cell(rb, (r) => r.lines), cell(ra, (r) => r.exclusive), cell(rb, (r) => r.exclusive)]
    }),
  ]
}

/**
 * Render the report as text.
 *
 * @example
 * ```ts
 * process.stdout.write(renderText(await collectReport(paths, options)))
 * ```
 */
export function renderText(data: ReportData): string {
  const out: string[] = []
  out.push(`cleanup report: ${counted(data.documents, 'document')}, ${count(data.refused.count)} refused`)
  out.push(...totals(data, data.a, data.b ? 'A' : 'rules'))
  if (data.b !== undefined && data.diff !== undefined) {
    out.push(...totals(data, data.b, 'B'))
    out.push(`  lines removed by A only: ${count(data.diff.linesOnlyA)}, by B only: ${count(data.diff.linesOnlyB)}; documents that differ: ${count(data.diff.docsDiffer)}`)
  }
  out.push('', ...table(ruleRows(data), [0, 1]))
  const fired = new Set([...data.a.rules, ...(data.b?.rules ?? [])].filter((r) => r.lines > 0).map((r) => r.id))
  const idle = [...new Set([...data.a.rules, ...(data.b?.rules ?? [])].map((r) => r.id))].filter((id) => !fired.has(id)).sort()
  if (idle.length > 0) out.push(`removed nothing (${count(idle.length)}): ${idle.join(', ')}`)
  out.push('', data.b ? 'flags (rule set A):' : 'flags:')
  out.push(...table(FLAG_KINDS.map((k) => [`  ${k}`, count(data.flags[k].count), FLAG_TEXT[k]]), [0, 2]))
  for (const k of FLAG_KINDS) {
    const f = data.flags[k]
    if (f.count === 0) continue
    // A log line, not a list: the first few names, then how many more.
    const shown = f.examples.slice(0, TEXT_EXAMPLES)
    out.push(`  ${k}: ${shown.join(', ')}${f.count > shown.length ? `, ... (${count(f.count - shown.length)} more)` : ''}`)
  }
  if (data.refused.count > 0) {
    out.push('', `refused: ${count(data.refused.count)}`)
    for (const r of data.refused.examples) out.push(`  ${r.source}: ${r.reason}`)
    if (data.refused.count > data.refused.examples.length) out.push(`  ... (${count(data.refused.count - data.refused.examples.length)} more)`)
  }
  return out.join('\n') + '\n'
}
