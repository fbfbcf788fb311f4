/**
 * A region: the lines of a document a stage before the rules kept (whole-page
 * detection keeps the article and drops menus, link rows, cookie notices),
 * with the reason for each line it dropped. The engine runs the rules on the
 * region alone and renders the document once, so resolve and render exist
 * once whatever stage narrowed the document.
 */
import { segment, type Document } from './document.js'

/** Lines excluded up-front, before any rule runs, and why. */
export interface Region {
  /** One entry per line of the document: true for the lines the rules see. */
  readonly keep: readonly boolean[]
  /** Why each excluded non-blank line was excluded, by line index. */
  readonly reasons: ReadonlyMap<number, string>
  /** The rule id excluded lines are reported under (e.g. "page-chrome"). */
  readonly rule: string
  /** Their family, for reports. */
  readonly family: string
  /** What the region is, for a guard message ("article region"). */
  readonly name: string
}

/** The region as a document of its own, and where each of its lines sits in the whole one. */
export interface Narrowed {
  readonly doc: Document
  /** Line index in the region document → line index in the whole document. */
  readonly origin: readonly number[]
  /** Line index in the region document → whether it is a line of the whole document (false for a blank line standing for a gap). */
  readonly own: readonly boolean[]
}

/**
 * The kept lines as a document of their own, so the rules' header and tail
 * logic sees the region's own top and end. A gap that held a blank line
 * leaves one blank line, so paragraphs on either side stay paragraphs.
 *
 * @example
 * ```ts
 * const { doc: article, origin } = narrow(page, region.keep)
 * ```
 */
export function narrow(doc: Document, keep: readonly boolean[]): Narrowed {
  const out: string[] = []
  const origin: number[] = []
  const own: boolean[] = []
  let gapBlank = -1
  let gap = false
  for (const l of doc.lines) {
    if (keep[l.index] !== true) {
      gap = true
      if (l.blank && gapBlank === -1) gapBlank = l.index
      continue
    }
    if (gap && gapBlank !== -1 && out.length > 0 && !l.blank) {
      out.push('')
      origin.push(gapBlank)
      own.push(false)
    }
    gap = false
    gapBlank = -1
    out.push(l.text)
    origin.push(l.index)
    own.push(true)
  }
  return { doc: segment(out.length === 0 ? '' : out.join('\n') + '\n'), origin, own }
}
