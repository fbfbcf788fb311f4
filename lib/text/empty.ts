/**
 * The one guard against a document vanishing: a document that holds text
 * must not come out empty without anyone being told. The text engine
 * already never empties a document (it keeps it whole and says so); what
 * can still come out empty is HTML extraction, on a document that was not
 * really HTML (a markdown page with raw `<img ...>` lines, a text file
 * given `--format html`). What each face does then:
 *
 * - HTML recognised by `--format auto` (CLI, JSON Lines): the document is
 *   cleaned as text instead, and the report's `guard` says so (stderr,
 *   `--explain`, the JSONL report field).
 * - HTML forced by `--format html`: refused with an InputError (exit 1, or
 *   a JSONL reject with code `empty`): the user asked for HTML and there
 *   was none; nothing is written for it.
 * - The library's `cleanHtml()` returns '' with `guard` set in
 *   `cleanHtmlWithReport()`: the caller asked for extraction alone.
 */
import type { CleanReport } from '../engine.js'
import { InputError } from '../errors.js'

/** Whether a document (text or bytes) has any character other than white space. */
export function holdsText(input: string | Uint8Array): boolean {
  if (typeof input === 'string') return /\S/u.test(input)
  // ASCII white space and the NUL/BOM bytes of UTF-16 and UTF-8 marks count as nothing.
  return input.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x00 && b !== 0xfe && b !== 0xff && b !== 0xef && b !== 0xbb && b !== 0xbf)
}

/** The guard sentence for a document whose HTML reading gave no text. */
export const EMPTY_AS_HTML = 'read as HTML it has no article text'

/**
 * Clean a document recognised (or forced) as HTML, guarding against an
 * empty result as described above. `asHtml` and `asText` are the two
 * faces' own cleaning calls.
 *
 * @example
 * ```ts
 * const report = htmlOrText(bytes, opts.format === 'html', () => cleanHtmlWithReport(bytes), () => cleanTextWithReport(decodeDocument(bytes)), 'a.txt')
 * ```
 */
export function htmlOrText<H extends CleanReport, T extends CleanReport>(input: string | Uint8Array, forced: boolean, asHtml: () => H, asText: () => T, source?: string): H | (T & { guard: string }) {
  const report = asHtml()
  if (report.text !== '' || !holdsText(input)) return report
  if (forced) throw new InputError(`${EMPTY_AS_HTML} (${report.linesIn} lines in, 0 out); nothing written (--format text keeps it)`, source)
  const text = asText()
  return { ...text, guard: `${EMPTY_AS_HTML}: cleaned as text instead${text.guard ? `; ${text.guard}` : ''}` }
}
