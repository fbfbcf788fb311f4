/**
 * A `<title>` that is never closed. The title is raw text to an HTML
 * parser: without its `</title>` the whole page after it becomes the title,
 * and the body is empty. Crawls truncated or spliced inside the head leave
 * such pages (`<title>Gale to drive Nation'?' + OAS_query + '"><\/SCRIPT>');`):
 * browsers of the time, and the people who marked the article, read the
 * page anyway. The title is closed at its first line break or tag, so the
 * markup after it is parsed as markup again.
 */

const OPEN_TITLE = /<title\b[^>]*>/i
const CLOSE_TITLE = /<\/title\s*>/gi

/**
 * The page with a runaway `<title>` closed; other pages unchanged.
 *
 * @example
 * ```ts
 * closeRunawayTitle('<head><title>Storm\n</head><body><p>Rain.</p></body>')
 * // => '<head><title>Storm</title>\n</head><body><p>Rain.</p></body>'
 * ```
 */
export function closeRunawayTitle(html: string): string {
  const open = OPEN_TITLE.exec(html)
  if (open === null) return html
  const start = open.index + open[0].length
  CLOSE_TITLE.lastIndex = start
  if (CLOSE_TITLE.test(html)) return html
  let end = html.length
  for (const stop of ['\n', '<']) {
    const at = html.indexOf(stop, start)
    if (at !== -1 && at < end) end = at
  }
  return `${html.slice(0, end)}</title>${html.slice(end)}`
}
