/**
 * Packages the core import does not load: HTML parsing (cheerio), charset
 * sniffing and decoding (encoding-sniffer, iconv-lite) and the stopword
 * lists load with the first document that needs them. Most documents are
 * text articles, and `import { clean } from 'cleanup'` should not pay for
 * the rest (bench/import-time.js prints the figures). Cleaning is
 * synchronous, so they are required (their CommonJS builds), not imported.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * A getter that loads package `id` on first call and returns it after.
 *
 * @example
 * ```ts
 * const cheerio = lazy<typeof import('cheerio/slim')>('cheerio/slim')
 * const $ = cheerio().load(html)
 * ```
 */
export function lazy<T>(id: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= require(id) as T)
}
