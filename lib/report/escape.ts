/**
 * Escaping for the HTML report. Everything from a document, a file name or
 * a rules file goes through one of these: scraped text may hold markup and
 * scripts, and in the report it must read as text.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text for an HTML element's content or a quoted attribute value.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert(1)</script>') // => '&lt;script&gt;alert(1)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/**
 * JSON to embed in a `<script type="application/json">` block. Every `<` is
 * written as `\u003c`, so no text can close the block ("</script>") or open
 * a comment; JSON.parse reads it back unchanged. U+2028/2029 are escaped too,
 * so the text is also a valid JavaScript literal.
 *
 * @example
 * ```ts
 * jsonForScript({ t: '</script>' }) // => '{"t":"\\u003c/script>"}'
 * ```
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
