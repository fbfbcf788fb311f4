// The site (outlet) a corpus page comes from, so that a benchmark can split
// pages by site: one outlet's pages share templates (the same menus, the same
// article container), and a split by page lets a rule tuned on one half meet
// the very same template on the other.
//
// Evidence, strongest first: the URL the corpus itself records (CleanEval's
// <text id="URL"> header, CleanPortalEval's file names), the page's own
// canonical / og:url / <base> address, the site name after the title's last
// separator, the host most absolute links point to; else the page is a site
// of its own.

const TWO_PART_SUFFIX = /\.(co|com|org|net|gov|ac|edu|ne|or)\.[a-z]{2}$/

/** Registrable domain of a host: the last two labels, three under a two-part suffix (bbc.co.uk). */
export function domainOf(host) {
  const h = host.toLowerCase().replace(/^www\d*\./, '').replace(/:\d+$/, '').replace(/\.$/, '')
  const labels = h.split('.')
  const keep = TWO_PART_SUFFIX.test(h) ? 3 : 2
  return labels.slice(-keep).join('.')
}

function hostOfUrl(url) {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s"'<>]+)/i.exec(url.trim())
  return m ? domainOf(m[1]) : undefined
}

// Hosts that many sites link to (sharing, ads, platforms): never the page's own.
const SHARED = /(^|\.)(facebook|twitter|google|googleapis|gstatic|doubleclick|youtube|linkedin|pinterest|reddit|digg|stumbleupon|addthis|sharethis|w3\.org|adobe|macromedia|apple|microsoft|yahoo|feedburner|wordpress|blogger|blogspot|flickr|instagram|tumblr|delicious|technorati|amazon|cloudfront|akamai|akamaihd|quantserve|scorecardresearch|disqus|outbrain|taboola|mozilla|creativecommons|x\.com|t\.co|bit\.ly)(\.|$)/

/** The host most absolute links and scripts point to (the site links to itself most), if clear. */
function dominantLinkHost(html) {
  const counts = new Map()
  for (const m of html.matchAll(/\b(?:href|src)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)) {
    const d = hostOfUrl(m[1])
    if (!d || SHARED.test(d)) continue
    counts.set(d, (counts.get(d) ?? 0) + 1)
  }
  let best
  let n = 0
  for (const [d, c] of counts) if (c > n) [best, n] = [d, c]
  return n >= 3 ? best : undefined
}

function metaUrl(html) {
  const canonical = /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i.exec(html)?.[0]
  const og = /<meta\b[^>]*\b(?:property|name)\s*=\s*["']?og:url["']?[^>]*>/i.exec(html)?.[0]
  const base = /<base\b[^>]*>/i.exec(html)?.[0]
  for (const tag of [canonical, og, base]) {
    const url = tag && /\b(?:href|content)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]
    const d = url && hostOfUrl(url)
    if (d) return d
  }
  return undefined
}

/** The site name a title ends with ("Storm hits coast - CBS News" → "cbs news"), if any. */
function titleSite(html) {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim()
  if (!title) return undefined
  const parts = title.split(/\s+[-|–—:»·]\s+/)
  if (parts.length < 2) return undefined
  const last = parts[parts.length - 1].toLowerCase().replace(/[^\p{L}\p{N} .]/gu, '').trim()
  return last.length >= 3 && last.split(' ').length <= 5 ? `title:${last}` : undefined
}

/**
 * Evidence of the site of page `name` of corpus `set` (a name from
 * bench/lib/gold.js's SETS), given the page's decoded HTML and the URL the
 * corpus records for it (if any): one or more keys
 * (a domain, "title:<site name>", ...). Pages that share any key are one site
 * (see {@link groupSites}), so a page known by its canonical URL and another
 * known only by its title's site name still meet through a third page that
 * has both.
 */
export function siteKeys(set, name, html, url) {
  if (set === 'cleanportaleval') return [domainOf(name.replace(/_.*$/, ''))] // "bbc.co.uk_news_01"
  // WCXB records the URL of each page (bench/prepare-wcxb.js's urls.tsv): its
  // domain alone, else the page's canonical address, else the page itself. No
  // title key: a 2025 page's site name must not join an older corpus's site.
  if (set === 'wcxb') return [(url && hostOfUrl(url)) || metaUrl(html) || `${set}:${name}`]
  const keys = []
  if (set === 'cleaneval' || set === 'cleaneval-dev') {
    const url = /^\s*<text\b[^>]*\bid="([^"]+)"/i.exec(html)?.[1]
    const d = url && hostOfUrl(url)
    if (d) keys.push(d)
  }
  const meta = metaUrl(html)
  if (meta) keys.push(meta)
  // Readability's test pages are named after their site ("ars-1", "guardian-1"); the others test one feature each.
  if (set === 'readability') keys.push(`readability:${name.replace(/-\d+$/, '')}`)
  const title = titleSite(html)
  if (title) keys.push(title)
  if (keys.length === 0) {
    const linked = dominantLinkHost(html)
    if (linked) keys.push(linked)
  }
  if (keys.length === 0) keys.push(`${set}:${name}`)
  return keys
}

/** Group pages ({id, keys}) into sites: union of pages sharing a key. Returns id → site name (its smallest key). */
export function groupSites(pages) {
  const parent = new Map()
  const find = (x) => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)))
      x = parent.get(x)
    }
    return x
  }
  const union = (a, b) => {
    const [ra, rb] = [find(a), find(b)]
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
  for (const p of pages) for (const k of p.keys) if (!parent.has(k)) parent.set(k, k)
  for (const p of pages) for (const k of p.keys.slice(1)) union(p.keys[0], k)
  return new Map(pages.map((p) => [p.id, find(p.keys[0])]))
}
