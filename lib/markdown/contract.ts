/**
 * The output contract on markdown (issue 17), as a check: given a markdown
 * input and its clean output, where is the output no longer valid markdown?
 * A list, a table, a fenced code block, a block quote and a heading are
 * each kept or removed whole; no lone `](url)` line (the tail of a link
 * whose head was removed); no heading left with nothing under it.
 *
 * The cleaner never calls this: the fixture test (test/markdown.test.ts)
 * and the benchmark (bench/eval-markdown.js) do, so a break is caught and
 * counted. It reads the input's blocks with the cleaner's own reader
 * (blocks.ts) and maps the output back to the input's lines, so it says
 * which unit lost which lines.
 */
import { openBrackets, parseBlocks, type Unit } from './blocks.js'
import { readPreamble } from './preamble.js'

export type ViolationKind =
  /** A list kept with some of its lines removed (an item, a continuation line). */
  | 'list-items-lost'
  /** A table kept without its `---|---` delimiter row: no table any more. */
  | 'table-separator-lost'
  /** A table kept with some of its rows removed (delimiter kept). */
  | 'table-rows-lost'
  /** Another unit (code, quote, heading, wrapped paragraph) kept in part. */
  | 'unit-split'
  /** A line that is only the tail of a link, `](url)`, with no `[` open above it. */
  | 'lone-link-tail'
  /** A heading with nothing but headings of its level or above (or the end) under it. */
  | 'empty-heading'

export interface Violation {
  readonly kind: ViolationKind
  /** 0-based input line of the unit or line at fault. */
  readonly line: number
  readonly text: string
}

export const VIOLATION_KINDS: readonly ViolationKind[] = ['list-items-lost', 'table-separator-lost', 'table-rows-lost', 'unit-split', 'lone-link-tail', 'empty-heading']

const BLANK = /^\s*$/
/** A line that is a link's tail: `](url)` (maybe a title, maybe trailing text) with no `[` of its own before it. */
const LINK_TAIL = /^[^[]*\]\([^)\s]*(?:\s+"[^"]*")?\)/

/**
 * Which input lines the output kept. The output is a subsequence of the
 * input's lines; a line found once in each is matched first (an anchor),
 * and the lines between two anchors are matched in order, earliest first,
 * so a repeated line ("a week ago", "Reply") is not matched to a copy far
 * above the one kept. Blank lines carry no content and are not matched.
 *
 * @example
 * ```ts
 * keptLines(['a', '', 'b', 'c'], ['a', 'c']) // [true, false, false, true]
 * ```
 */
export function keptLines(input: readonly string[], output: readonly string[]): boolean[] {
  return alignLines(input, output).kept
}

/** {@link keptLines}, and for each output line the input line it is (-1 for a blank line or none). */
function alignLines(input: readonly string[], output: readonly string[]): { kept: boolean[]; origin: number[] } {
  const kept = new Array<boolean>(input.length).fill(false)
  const origin = new Array<number>(output.length).fill(-1)
  const count = (lines: readonly string[]): Map<string, number[]> => {
    const at = new Map<string, number[]>()
    lines.forEach((l, i) => {
      if (!BLANK.test(l)) at.set(l, [...(at.get(l) ?? []), i])
    })
    return at
  }
  const inAt = count(input)
  const outAt = count(output)
  // Anchors: lines once in each, in order in both (a subsequence keeps them in order; a line out of order is skipped).
  const anchors: Array<[number, number]> = []
  for (const [line, outs] of outAt) {
    const ins = inAt.get(line)
    if (outs.length === 1 && ins?.length === 1) anchors.push([outs[0] ?? 0, ins[0] ?? 0])
  }
  anchors.sort((a, b) => a[0] - b[0])
  let lastIn = -1
  const ordered = anchors.filter(([, i]) => (i > lastIn ? ((lastIn = i), true) : false))
  // Between two anchors, the lines are matched in order from either end, whichever keeps more of them
  // next to each other: a repeated line belongs by the unique lines beside it.
  let from: [number, number] = [0, 0]
  for (const [ao, ai] of [...ordered, [output.length, input.length] as [number, number]]) {
    const forward = matchRun(input, output, from, [ao, ai], 1)
    const backward = matchRun(input, output, from, [ao, ai], -1)
    const best = adjacency(input, forward) >= adjacency(input, backward) ? forward : backward
    for (const [o, i] of best) {
      origin[o] = i
      kept[i] = true
    }
    if (ao < output.length) {
      kept[ai] = true
      origin[ao] = ai
    }
    from = [ao + 1, ai + 1]
  }
  return { kept, origin }
}

/** Output lines `from[0]`..`to[0]` (exclusive) matched to input lines `from[1]`..`to[1]`, earliest first (step 1) or latest first (-1). */
function matchRun(input: readonly string[], output: readonly string[], from: [number, number], to: [number, number], step: 1 | -1): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  let i = step === 1 ? from[1] : to[1] - 1
  for (let o = step === 1 ? from[0] : to[0] - 1; o >= from[0] && o < to[0]; o += step) {
    if (BLANK.test(output[o] ?? '')) continue
    let k = i
    while (k >= from[1] && k < to[1] && input[k] !== output[o]) k += step
    if (k < from[1] || k >= to[1]) continue
    pairs.push([o, k])
    i = k + step
  }
  return pairs
}

/** How many matched lines lie next to another matched line in the input, blank lines aside (a kept run stays a run). */
function adjacency(input: readonly string[], pairs: ReadonlyArray<[number, number]>): number {
  const at = new Set(pairs.map(([, i]) => i))
  const near = (i: number, step: number): boolean => {
    let k = i + step
    while (k >= 0 && k < input.length && BLANK.test(input[k] ?? '')) k += step
    return at.has(k)
  }
  return pairs.filter(([, i]) => near(i, -1) || near(i, 1)).length
}

/**
 * Every place where the output breaks the markdown contract. `removed`,
 * a cleaning report's removals (1-based, inclusive), says which input
 * lines went; without it the output's lines are matched to the input's
 * ({@link keptLines}), which can take a repeated line ("[", "Reply") for
 * another copy of it.
 *
 * @example
 * ```ts
 * const v = contractViolations('* [a](/a)\n* [b](/b)\n', '* [a](/a)\n')
 * v.map((x) => x.kind) // ['list-items-lost']
 * ```
 */
export function contractViolations(input: string, output: string, removed?: ReadonlyArray<{ from: number; to: number }>): Violation[] {
  const inLines = input.replace(/\r\n?/g, '\n').split('\n')
  const outLines = output.replace(/\r\n?/g, '\n').split('\n')
  const aligned = alignLines(inLines, outLines)
  // The report's removals say exactly which lines went; matching the output's lines is the fallback.
  const kept = removed === undefined ? aligned.kept : keptBy(inLines, removed)
  const origin = removed === undefined ? aligned.origin : originOf(inLines, kept, outLines)
  const violations: Violation[] = []
  // A reader service's preamble is no block: it leaves the body as the cleaner reads it (preamble.ts).
  const preamble = readPreamble(inLines).end
  const { units, linkOf, unitOf } = parseBlocks(inLines.map((l, i) => (i <= preamble ? '' : l)))
  for (const unit of units) {
    const kind = splitKind(unit, inLines, kept)
    if (kind !== undefined) violations.push({ kind, line: unit.from, text: inLines[unit.from] ?? '' })
  }
  // Lone link tails: read on the output, where the line above is the kept line above.
  inLines.forEach((line, i) => {
    if (kept[i] !== true || !LINK_TAIL.test(line)) return
    // A link around blocks ("[" over them, "](url)" under them) is whole when all of its units are kept.
    const link = linkOf[unitOf[i] ?? -1] ?? -1
    if (link !== -1 && units.every((u) => linkOf[u.index] !== link || unitKept(u, inLines, kept))) return
    // Its head may lie up to a few lines above, in the same run of kept lines (html2text wraps long link
    // text). Inside one unit the run goes on across blank lines: turndown writes a link around blocks
    // inside a list item ("1.  [", its image and heading, "    ](url)", blank lines between), and
    // such an item kept whole has broken nothing (no blank line stops a run between units).
    let depth = 0
    for (let k = i - 1; k >= 0; k--) {
      if (kept[k] !== true) {
        if (BLANK.test(inLines[k] ?? '') && unitOf[i] !== -1 && unitOf[k] === unitOf[i]) continue
        break
      }
      depth += openBrackets(inLines[k] ?? '')
      if (depth > 0) return
    }
    violations.push({ kind: 'lone-link-tail', line: i, text: line })
  })
  // Empty headings: read on the output's own blocks (blank lines and all: they end a wrapped heading).
  // A heading with no section in the input either (a kicker over a headline) was not left without one.
  const sectionless = (all: readonly Unit[], n: number): boolean => {
    const level = all[n]?.level ?? 1
    for (let j = n + 1; j < all.length; j++) {
      const next = all[j]
      if (next === undefined || (next.kind === 'heading' && (next.level ?? 1) <= level)) break
      if (next.kind !== 'heading' && next.kind !== 'break') return false
    }
    return true
  }
  const outUnits = parseBlocks(outLines).units
  outUnits.forEach((u, n) => {
    if (u.kind !== 'heading' || !sectionless(outUnits, n)) return
    const i = origin[u.from] ?? 0
    const inUnit = unitOf[i] ?? -1
    if (inUnit === -1 || sectionless(units, inUnit)) return
    violations.push({ kind: 'empty-heading', line: i, text: inLines[i] ?? '' })
  })
  return violations.sort((a, b) => a.line - b.line)
}

/** Counts of each kind, every kind present (0 when none). */
export function countViolations(violations: readonly Violation[]): Record<ViolationKind, number> {
  const counts = Object.fromEntries(VIOLATION_KINDS.map((k) => [k, 0])) as Record<ViolationKind, number>
  for (const v of violations) counts[v.kind]++
  return counts
}

/** Input lines not in any removal (1-based, inclusive ranges). */
function keptBy(lines: readonly string[], removed: ReadonlyArray<{ from: number; to: number }>): boolean[] {
  const kept = lines.map((l) => !BLANK.test(l))
  for (const r of removed) for (let i = r.from - 1; i < r.to; i++) kept[i] = false
  return kept
}

/** For each output line, the kept input line it is, in order (-1 for a blank line). */
function originOf(lines: readonly string[], kept: readonly boolean[], output: readonly string[]): number[] {
  const origin: number[] = []
  let i = 0
  for (const line of output) {
    if (BLANK.test(line)) {
      origin.push(-1)
      continue
    }
    while (i < lines.length && (kept[i] !== true || lines[i] !== line)) i++
    origin.push(i)
    i++
  }
  return origin
}

/** Is every line of this unit kept (blank lines aside)? */
function unitKept(unit: Unit, lines: readonly string[], kept: readonly boolean[]): boolean {
  for (let i = unit.from; i <= unit.to; i++) if (!BLANK.test(lines[i] ?? '') && kept[i] !== true) return false
  return true
}

/** How a unit kept in part breaks, or undefined when it is kept or removed whole. */
function splitKind(unit: Unit, lines: readonly string[], kept: readonly boolean[]): ViolationKind | undefined {
  let some = false
  let all = true
  for (let i = unit.from; i <= unit.to; i++) {
    if (BLANK.test(lines[i] ?? '')) continue
    if (kept[i] === true) some = true
    else all = false
  }
  if (!some || all) return undefined
  if (unit.kind === 'list') return 'list-items-lost'
  if (unit.kind === 'table') return kept[unit.from + 1] === true ? 'table-rows-lost' : 'table-separator-lost'
  // Image and break units, and a paragraph's lines, are whole too; a paragraph kept in part is a split unit.
  return 'unit-split'
}
