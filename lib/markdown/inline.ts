/**
 * What a markdown line says, read inline: the text a reader sees (links
 * by their text, images and URLs dropped, emphasis and escapes undone) and
 * its links and images, for the markdown features (link density, image
 * lines, URL shapes). The text is for the rules to look at only: output
 * lines are always the lines as given.
 */

/** One link or image of a line. */
export interface InlineLink {
  /** The visible text (for an image, its alt text). */
  readonly text: string
  readonly href: string
  readonly image: boolean
  /** A link whose text is only an image (a logo, an icon, a banner). */
  readonly wrapsImage: boolean
}

export interface Inline {
  /** What a reader sees, on one line. */
  readonly text: string
  readonly links: readonly InlineLink[]
  /** Characters of `text` (spaces aside) that are link text. */
  readonly linkChars: number
  /** Characters of `text`, spaces aside. */
  readonly chars: number
}

// An image, then a link (whose text may hold an image), then a reference link, then an autolink. A link's text or an
// image's alt text may hold brackets in pairs ("[[reply]](/reply/41)", "[Terms [8]](/terms)", "![[image]](/a.jpg)").
// A URL may hold escaped characters (html2text writes \( and \)) and be wrapped over lines; a title opens with a double quote
// and ends with one right before the ")": html2text leaves the quotes inside a title as they are ("... the "latest
// collaboration" between ...").
const IMAGE = /!\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*<?((?:[^()\s>\\]|\\.)*(?:\s+(?!")(?:[^()\s>\\]|\\.)+)*)>?(?:\s+(?:"(?:[^"\n]|"(?!\s*\)))*"|'[^'\n]*'))?\s*\)/g
const LINK = /\[((?:[^[\]\n]|\[[^[\]\n]*\](?!\()|!\[[^\]\n]*\]\([^)\n]*\))*)\]\(\s*<?((?:[^()\s>\\]|\\.)*(?:\s+(?!")(?:[^()\s>\\]|\\.)+)*)>?(?:\s+(?:"(?:[^"\n]|"(?!\s*\)))*"|'[^'\n]*'))?\s*\)/g
const REFERENCE = /\[([^\]\n]+)\]\[[^\]\n]*\]/g
const AUTOLINK = /<((?:https?|ftp|mailto):[^>\s]*)>/gi
const TAG = /<\/?[a-z][^>\n]*>/gi
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g
// Emphasis and code marks at word edges; a `*` or `_` inside a word stays.
const EMPHASIS = /(?<![\p{L}\p{N}])(?:\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3}|~~)(?![\p{L}\p{N}])|`+/gu
const SPACE = /\s+/g
// Where an image stood inside a link's text: a character no text holds, to tell an image link from a text link.
const IMAGE_MARK = '\uE000'
const IMAGE_MARKS = /\uE000/g

const nonSpace = (s: string): number => s.replace(SPACE, '').length

/**
 * Read one line (or the lines of one block joined with spaces).
 *
 * @example
 * ```ts
 * readInline('* [Home](/) | [News](/news)').links.length // 2
 * readInline('Read **more** in [our guide](https://example.com/guide).').text // 'Read more in our guide.'
 * ```
 */
export function readInline(source: string): Inline {
  const links: InlineLink[] = []
  let linkChars = 0
  // Images first: a link's text may be an image.
  let text = source.replace(IMAGE, (_m, alt: string, href: string) => {
    links.push({ text: alt.trim(), href, image: true, wrapsImage: false })
    return IMAGE_MARK
  })
  text = text.replace(LINK, (_m, inner: string, href: string) => {
    const wrapsImage = inner.includes(IMAGE_MARK) && inner.replace(IMAGE_MARKS, '').trim() === ''
    const visible = plain(inner.replace(IMAGE_MARKS, ''))
    links.push({ text: visible, href, image: false, wrapsImage })
    linkChars += nonSpace(visible)
    return visible
  })
  text = text.replace(REFERENCE, (_m, inner: string) => {
    const visible = plain(inner)
    links.push({ text: visible, href: '', image: false, wrapsImage: false })
    linkChars += nonSpace(visible)
    return visible
  })
  text = text.replace(AUTOLINK, (_m, href: string) => {
    links.push({ text: '', href, image: false, wrapsImage: false })
    return ''
  })
  text = plain(text.replace(IMAGE_MARKS, ''))
  return { text, links, linkChars, chars: nonSpace(text) }
}

/** Tags, escapes and emphasis out, white space folded. */
function plain(s: string): string {
  return s.replace(TAG, ' ').replace(EMPHASIS, '').replace(ESCAPE, '$1').replace(SPACE, ' ').trim()
}

/** Runs of letters and digits in `text`: how the markdown features count a line's words. */
export function wordRuns(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length
}
