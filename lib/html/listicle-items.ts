/**
 * A listicle's items under linked titles ("<h3><a href="https://coursera.org/…">Graphic Design
 * Specialization</a></h3>" and the writer's paragraph about it, for each course, tool or channel)
 * are shaped as a box of story teasers is: a linked headline, then a short summary, three or more
 * times. What tells them apart is where the links lead: a box of related stories points at the
 * page's own site, a listicle's titles at the things it lists, on other sites. The markdown
 * side reads the same signal (lib/markdown/runs.ts).
 */
import { isTag, type AnyNode, type Element } from 'domhandler'
import { ownSites, siteOf } from '../text/sites.js'

export { ownSites, siteOf }

/** A list of linked headlines is a listicle's when at least this share of them link away from the page's own site. */
export const LISTICLE_AWAY_SHARE = 2 / 3

/** The first link with an address in an element, in document order. */
export function firstHref(el: Element): string | undefined {
  const walk = (n: AnyNode): string | undefined => {
    if (!isTag(n)) return undefined
    if (n.name === 'a' && n.attribs.href !== undefined && n.attribs.href.trim() !== '' && !n.attribs.href.trim().startsWith('#')) return n.attribs.href
    for (const c of n.children) {
      const h = walk(c)
      if (h !== undefined) return h
    }
    return undefined
  }
  return walk(el)
}

/** No one other site takes more than this share of a listicle's away links. */
export const LISTICLE_ONE_SITE_SHARE = 0.5

/**
 * Whether linked headlines are a listicle's items: most of them lead away from the page's own
 * site, and to many sites, none taking more than half of them. Boxes that lead away to one site
 * are no listicle: a sponsor's white papers (all on its own server), a shop's gift ads, an
 * article's references (all on PubMed) (dev: 3 such pages lost to them).
 */
export function leadAway(headlines: readonly Element[], own: ReadonlySet<string>): boolean {
  const sites = new Map<string, number>()
  for (const h of headlines) {
    const href = firstHref(h)
    const site = href === undefined ? '' : siteOf(href)
    if (!own.has(site)) sites.set(site, (sites.get(site) ?? 0) + 1)
  }
  const away = [...sites.values()].reduce((a, b) => a + b, 0)
  const most = Math.max(0, ...sites.values())
  return headlines.length > 0 && away >= LISTICLE_AWAY_SHARE * headlines.length && most <= LISTICLE_ONE_SITE_SHARE * away
}
