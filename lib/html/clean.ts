/**
 * The HTML face: {@link cleanDocument} with the format forced to HTML, and a
 * report whose HTML fields are always there.
 */
import type { RuleSet } from '../config/load.js'
import type { CleanReport } from '../engine.js'
import type { Vocabulary } from '../page/vocabulary.js'
import { cleanDocument } from '../pipeline.js'
import { checkDocument } from '../text/argument.js'
import type { PageMetadata } from './metadata.js'

/** Options for cleaning an HTML page. */
export interface CleanHtmlOptions {
  /** Text rules applied to the extracted article; defaults to the bundled rules.json. */
  rules?: RuleSet
  /** Where the page comes from (e.g. its domain): rules scoped with `sources` apply only to their own source. */
  source?: string
  /** Extraction vocabularies; defaults to the bundled extraction.json. */
  vocabulary?: Vocabulary
  /** Decode bytes with this encoding instead of sniffing it. */
  encoding?: string
  /** Refuse pages over this many bytes (default 10 MiB). */
  maxBytes?: number
  /** Names the input in error messages. */
  name?: string
}

/** A cleaning report for a page: line numbers refer to the extracted article text, before the text rules. */
export interface HtmlCleanReport extends CleanReport {
  metadata: PageMetadata
  /** The article text the rules ran on (headline first, one line per block). */
  extracted: string
  /** The encoding bytes were decoded with (absent for string input). */
  encoding?: string
}

/**
 * Extract the article from an HTML page and clean it with the text rules,
 * with the page's metadata and what the rules removed.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * const { text, metadata } = cleanHtmlWithReport(readFileSync('page.html'))
 * console.log(metadata.title, metadata.date)
 * ```
 */
export function cleanHtmlWithReport(input: string | Uint8Array, options: CleanHtmlOptions = {}): HtmlCleanReport {
  checkDocument(input, 'cleanHtml')
  const r = cleanDocument(input, { ...options, format: 'html', emptyHtml: 'report' })
  return {
    text: r.text,
    removals: r.removals,
    linesIn: r.linesIn,
    linesOut: r.linesOut,
    ...(r.guard !== undefined ? { guard: r.guard } : {}),
    metadata: r.metadata ?? {},
    extracted: r.extracted ?? '',
    ...(r.encoding !== undefined ? { encoding: r.encoding } : {}),
  }
}

/**
 * The article of an HTML page as clean text: headline first, one line per
 * paragraph, heading, list item or table row, then the text rules.
 *
 * @example
 * ```ts
 * cleanHtml('<html><body><nav><a href="/">Home</a></nav><article><h1>Storm hits coast</h1><p>The storm arrived at dawn, and officials said the damage along the coast was severe.</p></article></body></html>')
 * // => 'Storm hits coast\nThe storm arrived at dawn, and officials said the damage along the coast was severe.\n'
 * ```
 */
export function cleanHtml(input: string | Uint8Array, options: CleanHtmlOptions = {}): string {
  return cleanHtmlWithReport(input, options).text
}
