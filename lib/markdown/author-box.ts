/**
 * An author's box under an article: a heading "About the author" or "About
 * Dima Aryeh" over a short bio that opens with the author's name ("Dima
 * Aryeh is a Russian obsessed with all things tech ..."), an avatar, a
 * "View all posts by ..." link. Blogs print one under every post; read as
 * prose, it kept the region going past the article's end. The heading and
 * its section go together, and only when every unit of the section is short.
 * A blog's own box ("About this blog", a bare "About") is the same shape.
 */
import type { Blocks, Unit } from './blocks.js'
import { wordRuns } from './inline.js'

/** The shapes, as data. */
export const AUTHOR_BOX = {
  /** "About the author", "About the Authors", "About author...". */
  label: /^about (?:the )?authors?\b[\s.:…-]*$/i,
  /**
   * The site's or blog's own box beside every post: "About", "About me",
   * "About this blog", "About the Site" over a line or two on what the blog
   * is for (on the dev half every such heading stood over a sidebar's box,
   * none over gold text). "About us" is left out: footers' link lists, and a
   * firm's page may be its own article. Such a box counts only when a
   * heading closes it (the next box's, the post's): cleaning runs pass after
   * pass, and once a pass has taken the post's headline, a bare "About" at
   * the top of the sidebar has the post's first paragraph in its section.
   */
  siteLabel: /^about(?: (?:(?:the |this )?(?:blog|site|website)|me))?[\s.:…-]*$/i,
  /** "About Dima Aryeh": a name of two to four capitalised words (no "The", no domain), over a paragraph that opens with it. */
  named: /^about ((?!the\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3})$/iu,
  /** A bio's units have at most this many words each ... */
  unitWords: 90,
  /** ... and the box at most this many units (an avatar, a name, the bio, a link to the author's posts). */
  maxUnits: 5,
} as const

const words = wordRuns

/** The units of author boxes: each box's heading and its section. */
export function authorBoxes(blocks: Blocks): number[] {
  const out: number[] = []
  const { units, views } = blocks
  for (const unit of units) {
    if (unit.kind !== 'heading') continue
    const title = views[unit.views[0] ?? -1]?.inline.text.replace(/^#+\s*/, '').trim() ?? ''
    // A label first: "About this blog" would read as the name "this blog" (the pattern is case-blind).
    const site = AUTHOR_BOX.siteLabel.test(title)
    const label = site || AUTHOR_BOX.label.test(title)
    const name = label ? undefined : AUTHOR_BOX.named.exec(title)?.[1]
    if (name === undefined && !label) continue
    const level = unit.level ?? 1
    const section: Unit[] = []
    let closed = false
    for (let j = unit.index + 1; j < units.length; j++) {
      const next = units[j] as Unit
      if (next.kind === 'heading' && (next.level ?? 1) <= level) {
        closed = true
        break
      }
      section.push(next)
    }
    if (site && !closed) continue
    const text = section.filter((u) => u.kind !== 'image' && u.kind !== 'break')
    if (text.length === 0 || section.length > AUTHOR_BOX.maxUnits) continue
    const unitText = (u: Unit): string => u.views.map((v) => views[v]?.inline.text ?? '').join(' ')
    if (text.some((u) => u.kind === 'list' || u.kind === 'table' || u.kind === 'code' || words(unitText(u)) > AUTHOR_BOX.unitWords)) continue
    // A named box's bio opens with the name: "About PhoneDog" over "PhoneDog is ..." too, a site's own box.
    if (name !== undefined && !text.some((u) => u.kind === 'paragraph' && unitText(u).startsWith(`${name} `))) continue
    out.push(unit.index, ...section.map((u) => u.index))
  }
  return out
}
