/**
 * What a kept unit needs around it, on any pass over markdown: a heading is
 * the title of its section and goes when nothing of the section is kept; an
 * image or a thematic break has no text of its own and stays only between
 * kept text. The markdown stage (clean.ts) and the text pass over clean
 * markdown (text-pass.ts) both end with these, so neither leaves a heading
 * over nothing or a logo at the edge of the text.
 */
import type { Owner } from '../engine.js'
import type { Unit } from './blocks.js'

const FAMILY = 'markdown'
/** Units with no text of their own: kept or removed with the text around them. */
export const ATTACHED: ReadonlySet<Unit['kind']> = new Set<Unit['kind']>(['image', 'break'])

export type Credit = (from: number, to: number, o: Owner) => void

/** A heading goes when nothing of its section (up to the next heading of its level or above) is kept. */
export function sectionlessHeadings(units: readonly Unit[], kept: boolean[], credit: Credit): void {
  for (const unit of units) {
    if (unit.kind !== 'heading' || !kept[unit.index]) continue
    const level = unit.level ?? 1
    let content = false
    for (let j = unit.index + 1; j < units.length; j++) {
      const next = units[j]
      if (next === undefined || (next.kind === 'heading' && (next.level ?? 1) <= level)) break
      if (next.kind !== 'heading' && !ATTACHED.has(next.kind) && kept[j]) {
        content = true
        break
      }
    }
    if (content) continue
    kept[unit.index] = false
    credit(unit.from, unit.to, { id: 'markdown-heading', family: FAMILY, reason: 'heading left without its section', span: 0 })
  }
}

/** Images and thematic breaks stay only between kept text: a logo above the headline or a break after the last paragraph goes. */
export function attachedUnits(units: readonly Unit[], kept: boolean[], credit: Credit): void {
  const content = (j: number, step: number): boolean => {
    for (let k = j + step; k >= 0 && k < units.length; k += step) {
      const u = units[k]
      if (u !== undefined && !ATTACHED.has(u.kind)) return kept[k] === true
    }
    return false
  }
  for (const unit of units) {
    if (!ATTACHED.has(unit.kind) || !kept[unit.index]) continue
    if (content(unit.index, -1) && content(unit.index, 1)) continue
    kept[unit.index] = false
    credit(unit.from, unit.to, { id: 'markdown-attached', family: FAMILY, reason: `${unit.kind === 'image' ? 'image' : 'thematic break'} outside the kept text`, span: 0 })
  }
}
