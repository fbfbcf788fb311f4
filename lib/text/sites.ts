/**
 * Where links lead, by site: what tells a listicle's items (titles linking
 * to the things listed, on other sites) from a box of the page's own
 * stories. Read by the HTML extraction (lib/html/listicle-items.ts) and the
 * markdown runs (lib/markdown/runs.ts) alike.
 */

/** A link's site: the last two labels of its host ("" for a relative link, which is the page's own). */
export function siteOf(href: string): string {
  const host = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href.trim())?.[1]?.toLowerCase()
  return host === undefined ? '' : host.split('.').slice(-2).join('.')
}

/**
 * The page's own site: relative links, the site of its canonical address, and the site most of
 * its links go to (its menus and its other stories).
 *
 * @example
 * ```ts
 * ownSites(['/news', 'https://www.example.com/a', 'https://www.example.com/b', 'https://coursera.org/x'], undefined)
 * // => Set { '', 'example.com' }
 * ```
 */
export function ownSites(hrefs: Iterable<string>, pageUrl: string | undefined): Set<string> {
  const counts = new Map<string, number>()
  for (const href of hrefs) {
    if (!/^(?:https?:)?\/\//i.test(href.trim()) && /^[a-z][a-z0-9+.-]*:/i.test(href.trim())) continue // mailto:, javascript:
    const site = siteOf(href)
    counts.set(site, (counts.get(site) ?? 0) + 1)
  }
  let best = ''
  let most = 0
  for (const [site, n] of counts) {
    if (site === '' || n <= most) continue
    best = site
    most = n
  }
  const own = new Set(['', best])
  if (pageUrl !== undefined && siteOf(pageUrl) !== '') own.add(siteOf(pageUrl))
  return own
}
