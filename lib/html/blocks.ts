import { isDocument, isTag, isText, type AnyNode, type Element } from 'domhandler'
import type { Vocabulary } from '../page/vocabulary.js'

/** What kind of block element a block came from. */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'pre' | 'row' | 'caption' | 'other'

/** One block of text: the text of one block element (or of one line of it, between `<br>`s). */
export interface HtmlBlock {
  /** Whitespace collapsed, trimmed; never empty. */
  readonly text: string
  readonly kind: BlockKind
  /** 1-6 for headings, else 0. */
  readonly level: number
  /** The innermost block element holding the text. */
  readonly element: Element
  /** Characters of the text, and of the part inside links. */
  readonly chars: number
  readonly linkChars: number
  /** Links that start in the block. */
  readonly links: number
  /** The text outside links, whitespace collapsed (what a link list item says besides its links: a date, a count). */
  readonly unlinked: string
  /** Ancestors flagged as chrome by tag, role, class or id (innermost first); whether the doubtable ones are real is decided later. */
  readonly flagged: readonly ChromeFlag[]
  /** Position in document order. */
  readonly index: number
}

/**
 * Words of a block's text, split on whitespace: the text is collapsed to
 * single spaces and trimmed when the block is made, so they are its spaces
 * plus one (counted without splitting: comment and related-section checks
 * ask it of every block of a page, several times).
 */
export function blockWords(text: string): number {
  let n = 1
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++
  return n
}

/** Elements that start a new block; everything else is inline and flows into the current block. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td',
  'th', 'caption', 'ul', 'html', 'frameset', 'legend', 'option', 'noframes',
])

/** Inline elements: a class on one styles text, it does not wall off a region of the page. */
const INLINE_TAGS: ReadonlySet<string> = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'small', 'big', 'u'])

const KIND: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'paragraph', li: 'item', dd: 'item', dt: 'item', blockquote: 'quote', pre: 'pre', figcaption: 'caption', caption: 'caption',
}

/** An element that looks like chrome, and why. */
export interface ChromeFlag {
  readonly element: Element
  readonly reason: string
  /** Never doubted (a comment or related-stories class); others may turn out to wrap the article. */
  readonly strong: boolean
  /** The class/id word that flagged it, when a class or id did. */
  readonly word?: string
}

/**
 * Split a class or id into the words vocabularies are matched on: the whole
 * name and its parts (on - _ : . and camelCase). Class names starting with
 * a taxonomy prefix ("category-advertising", "tag-sponsor-news") name the
 * post's topics, not the element's role: only the whole name counts, not its parts.
 */
export function classWords(value: string, taxonomyPrefixes: readonly string[] = []): string[] {
  const out: string[] = []
  for (const name of value.split(/\s+/)) {
    if (name === '') continue
    out.push(name.toLowerCase())
    // The whole name still counts ("tag-list", "author-bio" are vocabulary words); its parts do not.
    if (taxonomyPrefixes.length > 0) {
      const l = name.toLowerCase()
      if (taxonomyPrefixes.some((p) => l.startsWith(p) && l.length > p.length)) continue
    }
    const parts = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_:.\s]+|(?<=[a-z])(?=\d)/)
    if (parts.length > 1) for (const p of parts) if (p !== '') out.push(p)
  }
  return out
}

/** Whether an element is chrome-shaped (by its tag, role, class or id), and why; undefined when it is not. */
export function chromeFlag(el: Element, vocab: Vocabulary): ChromeFlag | undefined {
  if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return undefined
  const flag = (reason: string, strong = false, word?: string): ChromeFlag => ({ element: el, reason, strong, ...(word !== undefined ? { word } : {}) })
  // A class on an inline element (a <span class="sidebar"> styling a boxed list inside the
  // story) names a look, not a region of the page.
  if (INLINE_TAGS.has(el.name)) return undefined
  const attrs = el.attribs
  const id = attrs['id'] ?? ''
  const names = `${attrs['class'] ?? ''} ${isHeadingSlug(el, id, vocab) ? '' : id}`
  const ws = names.length > 1 ? classWords(names, vocab.taxonomyPrefixes) : []
  for (const w of ws) if (vocab.strongWords.has(w)) return flag(`class/id "${w}"`, true, w)
  if (vocab.boilerplateTags.has(el.name)) return flag(`<${el.name}>`)
  const role = attrs['role']
  if (role !== undefined && vocab.boilerplateRoles.has(role.toLowerCase())) return flag(`role=${role}`)
  if (attrs['hidden'] !== undefined || attrs['aria-hidden'] === 'true') return flag('hidden')
  const style = attrs['style']
  if (style !== undefined) {
    const s = style.toLowerCase().replace(/\s+/g, '')
    if (vocab.hiddenStyles.some((h) => s.includes(h))) return flag('hidden')
  }
  let weak: string | undefined
  for (const w of ws) {
    if (vocab.chromeWords.has(w)) return flag(`class/id "${w}"`, false, w)
    if (weak === undefined && vocab.weakWords.has(w)) weak = w
  }
  if (weak !== undefined && !ws.some((w) => vocab.contentWords.has(w))) return flag(`class/id "${weak}"`, false, weak)
  return undefined
}

/**
 * Whether an element, or one holding it, is hidden by its markup (`hidden`, an inline
 * `display:none`) or is a modal dialog (`aria-modal="true"`): a box the page shows only on a
 * click, such as a "Republish this story" dialog, never the article's layout wrapper.
 */
export function inHiddenBox(el: Element, vocab: Pick<Vocabulary, 'hiddenStyles'>): boolean {
  for (let n: Element | null = el; n !== null && isTag(n); n = n.parent as Element | null) {
    const attrs = n.attribs
    if (attrs['hidden'] !== undefined || attrs['aria-modal'] === 'true') return true
    const style = attrs['style']?.toLowerCase().replace(/\s+/g, '')
    if (style !== undefined && vocab.hiddenStyles.some((h) => style.includes(h.replace(/\s+/g, '')))) return true
  }
  return false
}

/**
 * Whether an id is the slug of the element's own heading
 * (`<div class="section" id="sharing-with-a-single-developer"><h2>Sharing
 * with a single developer</h2>`, as documentation generators and many
 * markdown renderers write section ids): its words name the section's
 * topic, not the element's role, so "sharing" there is no share bar.
 * Only ids with a vocabulary word are looked at.
 */
function isHeadingSlug(el: Element, id: string, vocab: Vocabulary): boolean {
  const parts = id.toLowerCase().split(/[-_.:]+/).filter((p) => p !== '')
  if (parts.length < 2 || !parts.some((p) => vocab.strongWords.has(p) || vocab.chromeWords.has(p) || vocab.weakWords.has(p))) return false
  // Two words may still be a role ("reader-comments" over "Reader comments"): a strong word is read past only in a longer phrase.
  if (parts.length < 3 && parts.some((p) => vocab.strongWords.has(p))) return false
  const heading = openingHeading(el, 3)
  if (heading === undefined) return false
  const words = new Set(textOfNode(heading).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  return parts.every((p) => words.has(p))
}

/** The heading that opens an element (its first block child, or that child's, a few levels down). */
function openingHeading(el: Element, depth: number): Element | undefined {
  for (const c of el.children) {
    if (!isTag(c) || !BLOCK_TAGS.has(c.name)) continue
    if (/^h[1-6]$/.test(c.name)) return c
    return depth > 1 ? openingHeading(c, depth - 1) : undefined
  }
  return undefined
}

function textOfNode(n: AnyNode): string {
  return isText(n) ? n.data : isTag(n) ? n.children.map(textOfNode).join('') : ''
}

/** A table row whose cells hold only inline text: one line, cells joined. Layout tables (cells with blocks) are not rows. */
function isDataRow(tr: Element): boolean {
  let cells = 0
  for (const c of tr.children) {
    if (!isTag(c)) continue
    if (c.name !== 'td' && c.name !== 'th') return false
    cells++
    if (hasBlockInside(c)) return false
  }
  return cells >= 2
}

function hasBlockInside(el: Element): boolean {
  for (const c of el.children) {
    if (isTag(c)) {
      if (BLOCK_TAGS.has(c.name) || c.name === 'br') return true
      if (hasBlockInside(c)) return true
    }
  }
  return false
}

/**
 * Cut a parsed page into blocks in document order: one per block element
 * (paragraph, heading, list item, quote, table row of plain cells), with
 * the share of its text inside links and the chrome-shaped ancestors that
 * hold it. Elements that are never content (scripts, styles, form controls)
 * are skipped whole.
 */
export function pageBlocks(root: AnyNode, vocab: Vocabulary): HtmlBlock[] {
  const blocks: HtmlBlock[] = []
  const flagged: ChromeFlag[] = []
  let text = ''
  let unlinked = ''
  let linkChars = 0
  let links = 0
  let inLink = 0
  let owner: Element | undefined

  const flush = (): void => {
    if (owner === undefined || text === '') {
      text = ''
      unlinked = ''
      linkChars = 0
      links = 0
      return
    }
    const t = text.replace(/\s+/g, ' ').trim()
    if (t !== '') {
      const kind = KIND[owner.name] ?? 'other'
      blocks.push({
        text: t,
        kind,
        level: kind === 'heading' ? Number(owner.name.slice(1)) : 0,
        element: owner,
        chars: t.length,
        linkChars: Math.min(t.length, linkChars),
        links,
        unlinked: links === 0 ? t : unlinked.replace(/\s+/g, ' ').trim(),
        flagged: flagged.slice().reverse(),
        index: blocks.length,
      })
    }
    text = ''
    unlinked = ''
    linkChars = 0
    links = 0
  }

  const rowText = (tr: Element): string =>
    tr.children
      .filter(isTag)
      .map((c) => textOf(c, vocab).replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '')
      .join(' | ')

  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      text += node.data
      if (inLink > 0) linkChars += node.data.trim().length
      else unlinked += node.data
      return
    }
    if (isTag(node)) {
      // isTag also holds for <script> and <style>, which are in skipTags.
      const el = node
      const name = el.name
      if (vocab.skipTags.has(name)) return
      if (name === 'br') {
        flush()
        return
      }
      const block = BLOCK_TAGS.has(name)
      const previousOwner = owner
      // The text before a block element is written under its own flags, not
      // the new element's: a sentence followed by an ad table is no ad.
      if (block) flush()
      const flag = chromeFlag(el, vocab)
      if (flag !== undefined) flagged.push(flag)
      if (block) owner = el
      if (name === 'tr' && isDataRow(el)) {
        text = rowText(el)
        flush()
      } else if (name === 'a' && !isTarget(el)) {
        if (inLink === 0) links++
        inLink++
        for (const c of el.children) walk(c)
        inLink--
      } else if (name === 'pre') {
        // Preformatted lines stay lines.
        for (const line of textOf(el, vocab).split('\n')) {
          text = line
          flush()
        }
      } else {
        for (const c of el.children) walk(c)
      }
      if (block) {
        flush()
        owner = previousOwner
      }
      if (flag !== undefined) flagged.pop()
      return
    }
    if (isDocument(node)) for (const c of node.children) walk(c)
  }
  walk(root)
  flush()
  return blocks
}

/**
 * An `<a name>` (or `<a id>`) without an href is a place to link to, not a
 * link; old pages often leave it unclosed (`<a name="intro"><h2>Intro</h2>`
 * and never `</a>`), and the parser then holds the rest of the page inside
 * it: counted as linked text, the whole article would weigh as a link list.
 * (An `<a>` with neither, or with an onclick, still counts as a link.)
 */
function isTarget(a: Element): boolean {
  return a.attribs.href === undefined && a.attribs.onclick === undefined && (a.attribs.name !== undefined || a.attribs.id !== undefined)
}

/** Plain text of an element, skipping what is never content. */
function textOf(el: Element, vocab: Vocabulary): string {
  let out = ''
  const walk = (n: AnyNode): void => {
    if (isText(n)) out += n.data
    else if (isTag(n) && !vocab.skipTags.has(n.name)) {
      if (n.name === 'br') out += '\n'
      for (const c of n.children) walk(c)
    }
  }
  walk(el)
  return out
}
