/**
 * Markdown-aware features: what a page's chrome looks like once a
 * converter has turned it into markdown, read from the links and images of
 * each unit. Navigation becomes lists of links, share rows become links
 * with no text or to share intents, logos and tracking pixels become image
 * lines, "Skip to content" becomes a link to an anchor. These units are
 * excluded before the rules run (as whole-page detection excludes a page's
 * chrome), with the reason; the rules then see the rest.
 */
import type { Blocks, Unit, ViewLine } from './blocks.js'
import { readInline, wordRuns, type InlineLink } from './inline.js'
import { authorBoxes, headshotBoxes } from './author-box.js'
import { commentThread, teaserRuns } from './runs.js'
import { selectMenuView } from './select-options.js'

/** The rule of a list of links, whether the converter wrote it as a list or as lines set apart by hard breaks. */
const LINK_LIST = 'markdown-link-list'

/** The shapes, as data: URL and text families, not one site's strings. */
export const MARKDOWN_CHROME = {
  /** Share intents and follow links of social networks and mail. */
  shareUrl: /(?:facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|feed))|(?:twitter|x)\.com\/(?:intent|share|home\?status)|linkedin\.com\/(?:shareArticle|sharing|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|tumblr\.com\/(?:share|widgets\/share)|(?:api\.)?whatsapp\.com\/send|whatsapp:\/\/send|(?:t\.me|telegram\.me)\/share|vk\.com\/share|xing\.com\/(?:app\/user\?op=share|spi\/shares)|getpocket\.com\/(?:save|edit)|mix\.com\/add|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink|digg\.com\/submit|stumbleupon\.com\/submit|del\.icio\.us\/post|addthis\.com\/bookmark|sharethis\.com|^mailto:\?|^mailto:[^@]*\?(?:subject|body)=)/i,
  /** Image sources that are no picture of the article: tracking pixels, spacers, placeholders, data URIs, logos, icons, avatars, badges. */
  chromeImage: /^data:|(?:^|[/_.?&=-])(?:pixel|spacer|blank|transparent|clear|1x1|beacon|tracking|track|placeholder|logo|icon|icons|sprite|avatar|gravatar|badge|button|btn|feed|rss)(?:$|[/_.?&=-]|\d)|[?&](?:w(?:idth)?|h(?:eight)?)=1(?:&|$)|doubleclick\.net|\/b\/ss\/|scorecardresearch|facebook\.com\/tr|google-analytics|googleadservices|amazon-adsystem|\/ads?\//i,
  /** Alt text of logos, icons and placeholders. */
  chromeAlt: /^(?:.{0,40}\blogo\b.{0,40}|icon|image|placeholder|spacer|loading|advertisement|ad|rss|facebook|twitter|x|instagram|youtube|linkedin|pinterest|whatsapp|email|e-mail|print|share|tiktok|telegram|search|menu|close|\W*)$/i,
  /** A link to an image file: a photo's larger version. */
  imageFile: /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i,
  /** Links within the page that readers skip with: "Skip to content", "Back to top", in several languages. */
  skipText: /^(?:skip|jump|go|back|return|scroll)(?: (?:to|down to|up to))? (?:the )?(?:main |primary |page )?(?:content|navigation|nav|menu|search|footer|top|article|text|main)\b|^(?:zum|zur) (?:inhalt|hauptinhalt|navigation|suche|seitenanfang)|^(?:aller|passer) (?:au|à la) (?:contenu|navigation|menu)|^(?:ir|saltar) al (?:contenido|menú)|^(?:vai|salta) al (?:contenuto|menu)|^top$/i,
  /** A list is navigation when at least this share of its items are links and little else ... */
  linkItemShare: 0.75,
  /** ... an item being mostly link text (this share of its characters). */
  linkDensity: 0.7,
  /** An item or line whose text is at least this share link text is links, whatever its length. */
  allLink: 0.95,
  /** A paragraph that is one link of at most this many words is a teaser or a "more" link. */
  linkLineWords: 10,
  /** Lists shorter than this are left to the rules (one or two links can be the article's own). */
  listMinItems: 3,
  /** A label between a heading and its links ("From the archives") has at most this many words. */
  labelWords: 5,
  /** A line of links (breadcrumbs, a menu row) needs this many links and the link density above. */
  rowMinLinks: 2,
  /** Items and rows longer than this many words read as prose, whatever their links ... */
  maxWords: 25,
  /** ... unless they hold this many links making this share of their text: a tag cloud, a wrapped menu, a footer of links. */
  cloudLinks: 8,
  cloudDensity: 0.8,
  /**
   * A paragraph of lines set apart by hard line breaks (`<br>`: two spaces or a backslash at a line's end), at
   * least `listMinItems` + 1 of them, `linkItemShare` of them a link with at most this many words of its own
   * ("[Rovers Target Jason Koumas](/article.asp?a=95966) (Thursday January 10 2008)", "[Arne Duncan (223)](...)"),
   * is a list written without markers: navigation, an archive, "Other Recent Articles".
   */
  brokenLineWords: 5,
  /** The page's only level-1 heading with no link is its headline when it has at least this many words (see pageHeadline). */
  headlineWords: 3,
} as const

/** A unit or view line the markdown features exclude, and why. */
export interface Exclusion {
  readonly rule: string
  readonly reason: string
}

const words = wordRuns

/** Is this link chrome by its URL or its missing text? */
function isShareLink(link: InlineLink): boolean {
  return MARKDOWN_CHROME.shareUrl.test(link.href)
}

function isChromeImage(link: InlineLink): boolean {
  return link.image && (MARKDOWN_CHROME.chromeImage.test(link.href) || MARKDOWN_CHROME.chromeAlt.test(link.text))
}

/** A view line that is links and little else. */
function linkDominated(view: ViewLine): boolean {
  const { inline } = view
  if (inline.links.length === 0) return false
  if (inline.chars === 0) return inline.links.some((l) => !l.image || l.wrapsImage)
  // All link text, however long, is a link (a menu item with its blurb, a teaser): the word limit is for text around links.
  if (inline.linkChars >= MARKDOWN_CHROME.allLink * inline.chars) return true
  // Many links with a few words between them (counts, separators, a stray label) are a cloud of links, however long
  // (a table of contents links within the page: the article's own).
  if (inline.links.filter((l) => !l.image && !l.href.startsWith('#')).length >= MARKDOWN_CHROME.cloudLinks && inline.linkChars >= MARKDOWN_CHROME.cloudDensity * inline.chars) return true
  return inline.linkChars >= MARKDOWN_CHROME.linkDensity * inline.chars && words(inline.text) <= MARKDOWN_CHROME.maxWords
}

/**
 * The units (by index) and the view lines (by index) the markdown features
 * exclude before the rules run.
 *
 * @example
 * ```ts
 * const blocks = parseBlocks(lines)
 * const { units, views } = markdownChrome(blocks)
 * ```
 */
export function markdownChrome(blocks: Blocks): { units: Map<number, Exclusion>; views: Map<number, Exclusion> } {
  const units = new Map<number, Exclusion>()
  const views = new Map<number, Exclusion>()
  for (const unit of blocks.units) {
    const own = unit.views.map((v) => blocks.views[v]).filter((v): v is ViewLine => v !== undefined)
    const unitWhy = unitExclusion(unit, own) ?? brokenLinkLines(unit, blocks.lines)
    if (unitWhy) {
      units.set(unit.index, unitWhy)
      continue
    }
    for (const view of own) {
      const why = viewExclusion(view) ?? selectMenuView(view, blocks.lines)
      if (why) views.set(view.index, why)
    }
  }
  for (const u of commentThread(blocks, units)) units.set(u, { rule: 'markdown-comments', reason: 'comment thread: a name with a date and time, or "says:", over each comment' })
  for (const u of teaserRuns(blocks, units, linkDominated)) units.set(u, { rule: 'markdown-teasers', reason: 'run of teasers: linked headlines, each with a short description or none' })
  for (const u of authorBoxes(blocks)) if (!units.has(u)) units.set(u, { rule: 'markdown-author-box', reason: 'an author\'s or a blog\'s box: "About the author", "About this blog" or "About <name>" over a short bio' })
  for (const u of headshotBoxes(blocks)) if (!units.has(u)) units.set(u, { rule: 'markdown-author-box', reason: 'an author\'s box: a headshot, the name alone, then a bio that opens with the name ("<name> is ...")' })
  // A heading over a list of links ("Related links", "More from ...") goes with it: left alone,
  // it would read to the rules as a cue ending the article that may go on below the box.
  const excluded = (u: Unit): boolean => units.has(u.index) || (u.views.length > 0 && u.views.every((v) => views.has(v)))
  // So does a short label between them ("Related articles", "From the archives", then the links).
  const label = (u: Unit): boolean => {
    const view = u.kind === 'paragraph' && u.views.length === 1 ? blocks.views[u.views[0] as number] : undefined
    // "Read more..." and "Related:" are labels; "It almost always is." is a sentence.
    return view !== undefined && view.inline.links.length === 0 && words(view.inline.text) <= MARKDOWN_CHROME.labelWords && !/(?:^|[^.])[.!?]["')\]]*$/.test(view.inline.text)
  }
  const box = (u: Unit | undefined): boolean => u !== undefined && u.kind !== 'heading' && excluded(u) && (u.kind === 'list' || units.get(u.index)?.rule === 'markdown-teasers' || units.get(u.index)?.rule === LINK_LIST)
  const headline = pageHeadline(blocks)
  for (const unit of blocks.units) {
    // The page's headline over its article's tabs or tools ("Article", "Stock Quotes", "Comments", links within the
    // page) is no box's label: taken with them, the region lost the story's title and took a column of teasers.
    if (unit.kind !== 'heading' || excluded(unit) || unit.index === headline) continue
    const after = blocks.units.slice(unit.index + 1).filter((u) => u.kind !== 'image' && u.kind !== 'break')
    let next = after[0]
    const between = next !== undefined && label(next) && after[1] !== undefined ? next : undefined
    if (between !== undefined) next = after[1]
    // Over a list or a box of teasers only: a headline over its byline row (links to the author and the tags) stays.
    if (!box(next)) continue
    units.set(unit.index, { rule: LINK_LIST, reason: 'heading over a list of links' })
    if (between !== undefined) units.set(between.index, { rule: LINK_LIST, reason: 'label over a list of links' })
  }
  // A label with no heading ("**Read more...**", "Related:") goes with the list right under it too.
  for (const unit of blocks.units) {
    if (unit.kind !== 'paragraph' || excluded(unit) || !label(unit)) continue
    const next = blocks.units.slice(unit.index + 1).find((u) => u.kind !== 'image' && u.kind !== 'break')
    if (box(next)) units.set(unit.index, { rule: LINK_LIST, reason: 'label over a list of links' })
  }
  return { units, views }
}

/**
 * The page's headline as a converter writes it: its only level-1 heading that is no link and says something
 * (three words or more); a site's name over every page is a linked one. Undefined when there is none or several.
 */
function pageHeadline(blocks: Blocks): number | undefined {
  const candidates = blocks.units.filter((u) => {
    if (u.kind !== 'heading' || (u.level ?? 1) !== 1) return false
    const view = blocks.views[u.views[0] ?? -1]
    return view !== undefined && !view.inline.links.some((l) => !l.image) && words(view.inline.text) >= MARKDOWN_CHROME.headlineWords
  })
  return candidates.length === 1 ? candidates[0]?.index : undefined
}

function unitExclusion(unit: Unit, own: readonly ViewLine[]): Exclusion | undefined {
  if (unit.kind === 'image') {
    const links = own.flatMap((v) => v.inline.links)
    if (links.some(isShareLink)) return { rule: 'markdown-share-row', reason: 'share or follow links, or links with no text' }
    if (links.some((l) => isChromeImage(l))) return { rule: 'markdown-chrome-image', reason: 'logo, icon, placeholder or tracking image' }
    // A photo linked to its own larger version is the article's; an image linking elsewhere is a logo, banner or teaser.
    if (links.some((l) => !l.image && l.wrapsImage && !MARKDOWN_CHROME.imageFile.test(l.href))) return { rule: 'markdown-chrome-image', reason: 'image link (a logo, banner or teaser)' }
    return undefined
  }
  if (unit.kind === 'paragraph' && own.length === 1) {
    // A paragraph that is one short link and nothing else: "Full list of articles »", "« Back to blog", a teaser.
    const view = own[0] as ViewLine
    const links = view.inline.links.filter((l) => !l.image)
    // (A link to an anchor of the page is a skip link's, decided per line below.)
    if (links.length === 1 && !(links[0] as InlineLink).href.startsWith('#') && view.inline.chars > 0 && view.inline.linkChars >= MARKDOWN_CHROME.allLink * view.inline.chars && words(view.inline.text) <= MARKDOWN_CHROME.linkLineWords && !/[.!?]["')\]]*$/.test(view.inline.text)) {
      return { rule: 'markdown-link-line', reason: 'a line that is one link: a teaser or a "more" link' }
    }
  }
  if (unit.kind === 'list') {
    const linky = own.filter(linkDominated).length
    if (own.length >= MARKDOWN_CHROME.listMinItems && linky >= MARKDOWN_CHROME.linkItemShare * own.length) {
      return { rule: LINK_LIST, reason: `list of links (${linky} of ${own.length} items): navigation or teasers` }
    }
  }
  return undefined
}

/** The end of a line a hard break ends: two spaces or more, or a backslash. */
const HARD_BREAK = /(?: {2,}|\\)\n/

/** A paragraph of link lines set apart by hard breaks: a list with no markers (see MARKDOWN_CHROME.brokenLineWords). */
function brokenLinkLines(unit: Unit, lines: readonly string[]): Exclusion | undefined {
  if (unit.kind !== 'paragraph' || unit.to - unit.from + 1 < MARKDOWN_CHROME.listMinItems) return undefined
  const segments = lines.slice(unit.from, unit.to + 1).join('\n').split(HARD_BREAK).filter((s) => s.trim() !== '')
  if (segments.length <= MARKDOWN_CHROME.listMinItems) return undefined
  let linky = 0
  for (const segment of segments) {
    const inline = readInline(segment.replace(/\s*\n\s*/g, ' ').trim())
    const first = inline.links[0]
    if (first === undefined || first.image || first.text === '' || !inline.text.trimStart().startsWith(first.text.trim())) continue
    let rest = inline.text
    for (const link of inline.links) rest = rest.replace(link.text, ' ')
    if (words(rest) <= MARKDOWN_CHROME.brokenLineWords) linky++
  }
  return linky >= MARKDOWN_CHROME.linkItemShare * segments.length ? { rule: LINK_LIST, reason: `lines of links (${linky} of ${segments.length}, one per line break): navigation or teasers` } : undefined
}

function viewExclusion(view: ViewLine): Exclusion | undefined {
  const { inline } = view
  const links = inline.links
  // Converters that drop links to anchors leave the words alone ("Skip to main content" beside a logo).
  if (inline.text !== '' && words(inline.text) <= 6 && MARKDOWN_CHROME.skipText.test(inline.text) && links.every((l) => l.image || l.wrapsImage || l.href.startsWith('#'))) {
    return { rule: 'markdown-skip-link', reason: 'skip link to an anchor of the page' }
  }
  if (links.length === 0) return undefined
  if (links.some((l) => !l.image && l.href.startsWith('#') && MARKDOWN_CHROME.skipText.test(l.text)) && linkDominated(view)) {
    return { rule: 'markdown-skip-link', reason: 'skip link to an anchor of the page' }
  }
  const share = links.filter((l) => isShareLink(l) || (!l.image && l.text === '')).length
  // Short, or links and little else: a row naming six networks, with its label and a "What's this?" link, runs past
  // a dozen words; a sentence with a share link in it has words of its own.
  if (share >= 1 && share >= links.filter((l) => !l.image).length / 2 && (words(inline.text) <= 12 || linkDominated(view))) {
    return { rule: 'markdown-share-row', reason: 'share or follow links, or links with no text' }
  }
  const sentence = /[.!?]["')\]]*$/.test(inline.text) && words(inline.text) >= 8
  if (!sentence && links.filter((l) => !l.image).length >= MARKDOWN_CHROME.rowMinLinks && linkDominated(view)) {
    return { rule: 'markdown-link-row', reason: 'a row of links: menu or breadcrumbs' }
  }
  return undefined
}
