import type { CheerioAPI } from 'cheerio/slim'

/** What a page says about itself. Fields are present only when the page gives them. */
export interface PageMetadata {
  title?: string
  /** The author or authors, as the page names them ("Jane Doe, John Roe"). */
  byline?: string
  /** Publication date as given (ISO 8601 when the page uses it). */
  date?: string
  siteName?: string
  /** The canonical URL. */
  url?: string
  /** The page's language tag ("en", "pt-BR"). */
  language?: string
  description?: string
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json }

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|WebPage|LiveBlogPosting|Posting|SocialMediaPosting)$/
const clean = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t === undefined || t === '' ? undefined : t
}

/** Every object in a JSON-LD value, including those under @graph and in arrays. */
function objects(value: Json, out: Array<{ [k: string]: Json }> = []): Array<{ [k: string]: Json }> {
  if (Array.isArray(value)) for (const v of value) objects(v, out)
  else if (value !== null && typeof value === 'object') {
    out.push(value)
    const graph = value['@graph']
    if (graph !== undefined) objects(graph, out)
  }
  return out
}

function types(o: { [k: string]: Json }): string[] {
  const t = o['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** A name out of a JSON-LD person/organisation value: "x", {name: "x"}, or a list of those. */
function names(value: Json | undefined): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return clean(value)
  if (Array.isArray(value)) {
    const all = value.map(names).filter((x): x is string => x !== undefined)
    return all.length > 0 ? [...new Set(all)].join(', ') : undefined
  }
  if (typeof value === 'object') {
    const n = value['name']
    return typeof n === 'string' ? clean(n) : names(n)
  }
  return undefined
}

function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value)
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const id = value['@id'] ?? value['url']
    return typeof id === 'string' ? clean(id) : undefined
  }
  return undefined
}

/** The article object of the page's JSON-LD, if any; a broken script is skipped, never fatal. */
function jsonLdArticle($: CheerioAPI): { [k: string]: Json } | undefined {
  let found: { [k: string]: Json } | undefined
  $('script[type="application/ld+json"]').each((_, el) => {
    if (found !== undefined) return
    let data: Json
    try {
      data = JSON.parse($(el).text()) as Json
    } catch {
      return
    }
    found = objects(data).find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? found
  })
  return found
}

/**
 * Title, byline, date, site name, canonical URL and language from a page's
 * meta tags (Open Graph, Twitter, Dublin Core, article:*), its JSON-LD
 * article object and its `<title>`, `<link rel=canonical>` and `<html lang>`.
 * JSON-LD wins where both speak, as it is the most deliberate of them.
 *
 * @example
 * ```ts
 * import { load } from 'cheerio/slim'
 * pageMetadata(load('<html lang="en"><head><meta property="og:title" content="Storm hits coast"></head></html>'))
 * // => { title: 'Storm hits coast', language: 'en' }
 * ```
 */
export function pageMetadata($: CheerioAPI): PageMetadata {
  // One pass over the meta tags (a selector query per key walks the whole page each time).
  const metas = new Map<string, string>()
  $('meta').each((_, el) => {
    const content = clean(el.attribs['content'])
    if (content === undefined) return
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.attribs[attr]?.toLowerCase()
      if (key !== undefined && !metas.has(key)) metas.set(key, content)
    }
  })
  const meta = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = metas.get(k.toLowerCase())
      if (v !== undefined) return v
    }
    return undefined
  }
  const ld = jsonLdArticle($)
  const publisher = ld?.['publisher']
  const out: PageMetadata = {
    title: (ld && str(ld['headline'])) ?? meta('og:title', 'twitter:title', 'dc.title', 'DC.title', 'headline') ?? clean($('title').first().text()),
    byline: (ld && names(ld['author'])) ?? meta('author', 'article:author', 'dc.creator', 'DC.creator', 'byl', 'sailthru.author', 'parsely-author'),
    date: (ld && str(ld['datePublished'])) ?? meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date', 'og:published_time') ?? clean($('time[datetime]').first().attr('datetime')),
    siteName: meta('og:site_name', 'application-name') ?? names(publisher ?? null),
    url: clean($('link[rel="canonical"]').first().attr('href')) ?? meta('og:url') ?? (ld && str(ld['url'] ?? ld['mainEntityOfPage'])),
    language: clean($('html').first().attr('lang')) ?? meta('og:locale', 'language', 'content-language', 'dc.language') ?? (ld && str(ld['inLanguage'])),
    description: meta('description', 'og:description', 'twitter:description'),
  }
  // An article:author that is a profile URL is not a byline.
  if (out.byline !== undefined && /^https?:\/\//.test(out.byline)) delete out.byline
  for (const k of Object.keys(out) as Array<keyof PageMetadata>) if (out[k] === undefined) delete out[k]
  return out
}
