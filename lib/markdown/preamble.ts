/**
 * Reader-service preambles: services that turn a page into markdown for
 * LLMs open it with lines such as `Title: ...`, `URL Source: ...`,
 * `Published Time: ...` and `Markdown Content:`. They are no part of the
 * article: they leave the body, and their values become the metadata.
 */
import type { PageMetadata } from '../html/metadata.js'

/** The preamble's fields, and where each goes in the metadata. */
const FIELDS: ReadonlyArray<readonly [RegExp, keyof PageMetadata | undefined]> = [
  [/^Title:\s*(.*)$/, 'title'],
  [/^URL Source:\s*(.*)$/, 'url'],
  [/^Published Time:\s*(.*)$/, 'date'],
  [/^Description:\s*(.*)$/, 'description'],
  [/^(?:Author|By(?:line)?):\s*(.*)$/, 'byline'],
  [/^(?:Site ?Name|Source):\s*(.*)$/, 'siteName'],
  [/^Language:\s*(.*)$/, 'language'],
  [/^(?:Warning|Number of Pages|Image \d+|Links\/Buttons):\s*(.*)$/, undefined],
]
const CONTENT = /^Markdown Content:\s*$/
/** The preamble sits at the top: `Markdown Content:` within this many lines. */
const MAX_LINES = 20

/** The preamble's last line (0-based), or -1 when the document has none, and its metadata. */
export function readPreamble(lines: readonly string[]): { end: number; metadata: PageMetadata } {
  const metadata: PageMetadata = {}
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    const line = lines[i] ?? ''
    if (CONTENT.test(line)) return { end: i, metadata }
    if (line.trim() === '') continue
    const field = FIELDS.find(([re]) => re.test(line))
    if (field === undefined) return { end: -1, metadata: {} }
    const [re, key] = field
    const value = re.exec(line)?.[1]?.trim()
    if (key !== undefined && value !== undefined && value !== '' && metadata[key] === undefined) metadata[key] = value
  }
  return { end: -1, metadata: {} }
}
