/**
 * A blog's post page as converters write it (Posterous, WordPress and
 * Blogger themes): the only level-1 heading is the blog's name linked to its
 * home page, and the post's title is a level-2 heading linked to the post
 * itself, a deeper path on the same site. That title is the page's headline
 * (lib/markdown/clean.ts) and no teaser's (lib/markdown/runs.ts): a sidebar's
 * bio as long as a short post took the region, or the title and its first
 * paragraph went as a box of teasers, and the post's words were all lost.
 * Only when exactly one level-2 heading is such a link: a blog's front page
 * links each post's title so, and has no one headline.
 */
import type { Blocks, Unit, ViewLine } from './blocks.js'
import { wordRuns } from './inline.js'

/** Fewest words of a post's title (as of an unlinked <h1> headline, MARKDOWN_CHROME.headlineWords). */
const POST_TITLE_WORDS = 3

/** A heading that is one link and nothing else: its view and target. */
function headingLink(blocks: Blocks, u: Unit): { view: ViewLine; href: string } | undefined {
  const view = blocks.views[u.views[0] ?? -1]
  const links = view?.inline.links ?? []
  const link = links[0]
  if (view === undefined || u.views.length !== 1 || links.length !== 1 || link === undefined || link.image || link.text !== view.inline.text.trim()) return undefined
  return { view, href: link.href }
}

/** Host (without "www.") and path of a link target; a root-relative one has the host ''. */
function hostPath(href: string): { host: string; path: string } | undefined {
  const m = /^(?:https?:)?\/\/([^/?#]+)([^?#]*)/i.exec(href)
  if (m !== null) return { host: (m[1] ?? '').toLowerCase().replace(/^www\./, ''), path: (m[2] ?? '').replace(/\/+$/, '') }
  return href.startsWith('/') ? { host: '', path: href.replace(/[?#].*$/, '').replace(/\/+$/, '') } : undefined
}

type PostTitle = { unit: Unit; view: ViewLine } | undefined

// Asked twice of each page (its headline, its teaser runs): read once per parsed page.
const known = new WeakMap<Blocks, { title: PostTitle }>()

/** The post's title heading and its view line, or undefined when the page has not that shape. */
export function postTitle(blocks: Blocks): PostTitle {
  let entry = known.get(blocks)
  if (entry === undefined) {
    entry = { title: readPostTitle(blocks) }
    known.set(blocks, entry)
  }
  return entry.title
}

function readPostTitle(blocks: Blocks): PostTitle {
  const h1 = blocks.units.filter((u) => u.kind === 'heading' && (u.level ?? 1) === 1)
  const home = h1.length === 1 && h1[0] !== undefined ? headingLink(blocks, h1[0]) : undefined
  const site = home === undefined ? undefined : hostPath(home.href)
  if (site === undefined || site.path !== '') return undefined
  const posts: Array<{ unit: Unit; view: ViewLine }> = []
  for (const unit of blocks.units) {
    if (unit.kind !== 'heading' || unit.level !== 2) continue
    const h = headingLink(blocks, unit)
    const at = h === undefined ? undefined : hostPath(h.href)
    if (h === undefined || at === undefined || at.path === '') continue
    if (at.host !== '' && site.host !== '' && at.host !== site.host) continue
    posts.push({ unit, view: h.view })
  }
  const post = posts[0]
  return posts.length === 1 && post !== undefined && wordRuns(post.view.inline.text) >= POST_TITLE_WORDS ? post : undefined
}
