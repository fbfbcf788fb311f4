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

/** A person's name: two to four capitalised words ("Dima Aryeh", "Mary-Jo O'Neil"), as both box shapes read it. */
const PERSON_NAME = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]*){1,3}"

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
  named: new RegExp(`^about ((?!the\\b)${PERSON_NAME})$`, 'iu'),
  /** A bio's units have at most this many words each ... */
  unitWords: 90,
  /** ... and the box at most this many units (an avatar, a name, the bio, a link to the author's posts). */
  maxUnits: 5,
} as const

const words = wordRuns

/** A unit's text: its view lines' inline text, joined. */
function unitText(blocks: Blocks, u: Unit): string {
  return u.views.map((v) => blocks.views[v]?.inline.text ?? '').join(' ')
}

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
    if (text.some((u) => u.kind === 'list' || u.kind === 'table' || u.kind === 'code' || words(unitText(blocks, u)) > AUTHOR_BOX.unitWords)) continue
    // A named box's bio opens with the name: "About PhoneDog" over "PhoneDog is ..." too, a site's own box.
    if (name !== undefined && !text.some((u) => u.kind === 'paragraph' && unitText(blocks, u).startsWith(`${name} `))) continue
    out.push(unit.index, ...section.map((u) => u.index))
  }
  return out
}

/** The shapes of an author's box with no heading: a headshot, the name alone, a role, then the bio. */
export const HEADSHOT_BOX = {
  /** Words an image's alt text puts around the name: "Headshot of Rebecca Norris", "Photo of Zane Merva", "Jack Busch avatar". */
  altPrefix: /^(?:(?:author(?:'s|’s)? )?(?:headshot|photo|picture|portrait|avatar|image|profile (?:photo|picture|image)|author(?: photo| image| avatar)?)(?: of)?:?\s+)/i,
  altSuffix: /(?:'s|’s)?\s+(?:avatar|headshot|photo|profile(?: (?:photo|picture|image))?)$/i,
  /** A person's name: two to four capitalised words. */
  name: new RegExp(`^${PERSON_NAME}$`, 'u'),
  /**
   * What a bio says right after the name ("Rebecca Norris is a full-time freelance writer", "Conor joined Wareable
   * in 2017", "Adrien has over 4 years of experience"). A story's photo of someone over a paragraph about them
   * opens otherwise ("British music producer Mark Ronson has denied ..."): the name is not its first words.
   */
  bioVerb: /^(?:is|was|has|had|joined|writes|wrote|leads|led|specializes|specialises|lives|lived|worked|works|covers|covered|serves|served|holds|brings|loves|enjoys|founded|started|began|teaches|edits|reviews)\b/,
  /** Lines between the headshot and the bio (the name, a role, a social link) have at most this many words ... */
  labelWords: 6,
  /** ... and are at most this many units ("Written by", the name, a LinkedIn link with no text; the name, "Author", a handle and a date). */
  maxLabels: 4,
  /** A bio has at most this many words (a long one: a founder's career). */
  bioWords: 150,
  /** Link lines under the bio ("Read More", "See full bio", "See all of Adrien Ramirez's reviews") go with it: at most this many words. */
  tailWords: 10,
} as const

/**
 * The units of author boxes with no heading: an image whose alt text is a
 * name, the name alone on its own line (linked or not, or a heading), then
 * a paragraph that opens with that name or its first word and a verb of a
 * bio ("Rebecca Norris is ...", "Conor joined ..."), and the short links
 * under it ("Read More"). Article pages of 2025 print one under the story
 * (and one per co-author or expert); the gold leaves them out. A story's
 * photo of a person has no line that is only the name between it and its
 * text, and its text does not open with the name and "is" or "has".
 */
export function headshotBoxes(blocks: Blocks): number[] {
  const out: number[] = []
  const { units, views } = blocks
  const own = (u: Unit) => u.views.map((v) => views[v]).filter((v) => v !== undefined)
  // (Spaces folded: a name split over lines still opens its bio.)
  const text = (u: Unit): string => unitText(blocks, u).replace(/\s+/g, ' ').trim()
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  for (const unit of units) {
    if (unit.kind === 'list' || unit.kind === 'table' || unit.kind === 'code' || text(unit) !== '') continue
    const images = own(unit).flatMap((v) => v.inline.links.filter((l) => l.image))
    if (images.length !== 1) continue
    const name = (images[0]?.text ?? '').replace(/\s+/g, ' ').replace(HEADSHOT_BOX.altPrefix, '').replace(HEADSHOT_BOX.altSuffix, '').trim()
    if (!HEADSHOT_BOX.name.test(name)) continue
    const first = name.split(' ')[0] as string
    const box = [unit.index]
    let named = false
    let bio: Unit | undefined
    for (let j = unit.index + 1; j < units.length && box.length <= HEADSHOT_BOX.maxLabels + 1; j++) {
      const next = units[j] as Unit
      if (next.kind === 'break' || next.kind === 'list' || next.kind === 'table' || next.kind === 'code') break
      const label = text(next)
      if (words(label) <= HEADSHOT_BOX.labelWords) {
        if (box.length > HEADSHOT_BOX.maxLabels) break
        if (norm(label) === norm(name)) named = true
        else if (next.kind === 'heading') break
        box.push(next.index)
        continue
      }
      if (next.kind === 'paragraph') bio = next
      break
    }
    if (!named || bio === undefined) continue
    const bioText = text(bio)
    const rest = bioText.startsWith(`${name} `) ? bioText.slice(name.length + 1) : bioText.startsWith(`${first} `) ? bioText.slice(first.length + 1) : undefined
    if (rest === undefined || !HEADSHOT_BOX.bioVerb.test(rest) || words(bioText) > HEADSHOT_BOX.bioWords) continue
    box.push(bio.index)
    let j = bio.index + 1
    for (; j < units.length; j++) {
      const next = units[j] as Unit
      const lines = own(next)
      const linkOnly = lines.length > 0 && lines.every((v) => v.inline.links.length > 0 && v.inline.linkChars >= v.inline.chars)
      if (next.kind !== 'paragraph' || !linkOnly || words(text(next)) > HEADSHOT_BOX.tailWords) break
      box.push(next.index)
    }
    // A bio that runs on in a second paragraph is more than a box: an article's profile of its experts ("Meet our
    // training advisors"), which the gold keeps. Taking its first paragraph alone would cut it in two.
    const after = units[j]
    const prose = (u: Unit): boolean => own(u).some((v) => v.inline.linkChars * 2 < v.inline.chars)
    if (after?.kind === 'paragraph' && words(text(after)) > HEADSHOT_BOX.labelWords && prose(after)) continue
    out.push(...box)
  }
  return out
}
