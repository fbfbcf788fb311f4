/**
 * The one cleaning pipeline. Every face (clean(), the stream, the CLI with
 * files, stdin, -r and --in-place, --jsonl and its workers, the queue worker,
 * report, learn's verification) calls {@link cleanDocument}, so the same
 * input and options give the same bytes whichever face is used:
 *
 *   decode → format (text | markdown | HTML) → [HTML: extract the article] → segment
 *   → [text: whole-page region] → rules → resolve → render
 *
 * Markdown is segmented into blocks whose view lines go through the text
 * path; its verdicts come back per block (lib/markdown/clean.ts).
 *
 * Defaults live here once (see PIPELINE_DEFAULTS).
 *
 * HTML extraction and markdown blocks (lib/formats.ts) are not imported
 * here: lib/pipeline.ts, what every face imports, hands them over at load
 * time. The CLI imports this module alone and loads them with
 * {@link loadFormatsFor} for the input that needs them, so one small text
 * file does not load two dozen modules it never runs.
 */
import type { RuleSet } from './config/load.js'
import { defaultRules } from './config/defaults.js'
import { rulesForFormat, scopeRules } from './config/scope.js'
import { lineTexts, segment } from './document.js'
import { resolve, runOn, type CleanReport } from './engine.js'
import { decodeHtml, sniffHtmlEncoding } from './html/decode.js'
import { looksLikeHtml } from './html/detect.js'
import { looksLikeMarkdown } from './markdown/detect.js'
import type { CommentRules } from './html/comment-sections.js'
import type * as Formats from './formats.js'
import type { PageMetadata } from './html/metadata.js'
import type { PageEvidence } from './page/detect.js'
import { pageStage, type CleanMode, type ViewHints } from './page/stage.js'
import { defaultVocabulary, type Vocabulary } from './page/vocabulary.js'
import { DEFAULT_MAX_BYTES, decodeDocument, stripBom } from './text/decode.js'
import { checkDocument } from './text/argument.js'
import { EMPTY_AS_HTML, holdsText } from './text/empty.js'
import { InputError } from './errors.js'

/** What an input is: recognised from its content (auto), or forced. */
export type InputFormat = 'auto' | 'text' | 'html' | 'markdown'

/** Options every face takes, with the same names and defaults. */
export interface CleanDocumentOptions {
  /** The rules to apply; defaults to the bundled rules.json. Build one with `loadRules`. */
  rules?: RuleSet
  /** Where the document comes from (e.g. its domain): rules scoped with `sources` (learned per-source profiles) apply only to their own source. */
  source?: string
  /**
   * Text treatment: "auto" (default): an article with cruft gets the rules;
   * a whole page (menus, link lists, cookie notices) gets main-content
   * detection first. "article" or "page" forces one. HTML input has its
   * article extracted from the markup instead, and ignores the mode.
   */
  mode?: CleanMode
  /** "auto" (default) recognises markdown and HTML from the content; "text", "html" or "markdown" forces one. */
  format?: InputFormat
  /** Refuse byte input larger than this (default 10 MiB). Strings are taken as given. */
  maxBytes?: number
  /** Names the input in error messages (a file path, "<stdin>"); it selects no rules. */
  name?: string
  /** HTML bytes: decode with this encoding instead of sniffing it. */
  encoding?: string
  /** Vocabularies of whole-page detection and HTML extraction; defaults to the bundled extraction.json. */
  vocabulary?: Vocabulary
  /**
   * When HTML extraction leaves nothing of a document that holds text
   * (lib/text/empty.ts): with format "auto" it is cleaned as text instead
   * and the guard says so; with format "html", "refuse" (default) throws an
   * InputError, "report" returns the empty text with the guard set (what
   * `cleanHtmlWithReport`, extraction alone, gives).
   */
  emptyHtml?: 'refuse' | 'report'
}

/** The defaults of {@link CleanDocumentOptions}: one table for every face (the CLI's flags default to these too). */
export const PIPELINE_DEFAULTS = {
  /** Decide per document: an article must come out as the rules leave it, and only strong evidence of a whole page narrows it first. */
  mode: 'auto',
  /** Scraped inputs mix text and saved pages; a document must open with markup to count as HTML (html/detect.ts), so an article that quotes a tag stays text. */
  format: 'auto',
  /** Larger inputs are almost certainly not one article (see text/decode.ts). */
  maxBytes: DEFAULT_MAX_BYTES,
} as const satisfies Pick<Required<CleanDocumentOptions>, 'mode' | 'format' | 'maxBytes'>

let formatModules: typeof Formats | undefined

/** HTML extraction and markdown blocks, as lib/pipeline.ts or {@link loadFormatsFor} handed them over. */
function formats(): typeof Formats {
  if (formatModules === undefined) throw new Error('the HTML and markdown modules are not loaded: import lib/pipeline.js, or await loadFormatsFor() first')
  return formatModules
}

/** Hand over the HTML and markdown modules (lib/pipeline.ts does, as it loads). */
export function useFormats(modules: typeof Formats): void {
  formatModules = modules
}

/**
 * Load the HTML and markdown modules if cleaning `input` with `format`
 * could reach them: a forced html or markdown format, or an input that
 * looks like either (the tests {@link cleanDocument} makes, or more).
 */
export async function loadFormatsFor(input: string | Uint8Array, format: InputFormat = PIPELINE_DEFAULTS.format): Promise<void> {
  if (formatModules !== undefined || format === 'text') return
  if (format === 'auto' && !looksLikeMarkdown(input) && !looksLikeHtml(input)) return
  useFormats(await import('./formats.js'))
}

/** What cleaning one document did. Line numbers refer to the text the rules ran on (for HTML, `extracted`). */
export interface DocumentReport extends CleanReport {
  /** How the input was read. */
  format: 'text' | 'html' | 'markdown'
  /** "page" when whole-page detection gave the rules an article region, else "article". */
  mode: 'article' | 'page'
  /** The signs of a whole page the decision counted (absent when none were counted). */
  evidence?: PageEvidence
  /** HTML: the page's metadata (title, byline, date, ...). */
  metadata?: PageMetadata
  /** HTML: the article text the rules ran on (headline first, one line per block). */
  extracted?: string
  /**
   * Why the article region was widened, when it was: the region first chosen
   * (an HTML container, a whole page's run of lines) held far less than the
   * page's prose, so the article would have been lost.
   */
  fallback?: string
  /** HTML bytes: the encoding they were decoded with. */
  encoding?: string
}

/**
 * Clean one document, bytes or text, and say what was removed and why.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * const report = cleanDocument(readFileSync('page.html'), { source: 'example.com' })
 * process.stdout.write(report.text)
 * ```
 */
export function cleanDocument(input: string | Uint8Array, options: CleanDocumentOptions = {}): DocumentReport {
  checkDocument(input, 'clean')
  const format = options.format ?? PIPELINE_DEFAULTS.format
  const rules = scopeRules(options.rules ?? defaultRules(), options.source).rules
  const maxBytes = options.maxBytes ?? PIPELINE_DEFAULTS.maxBytes
  const name = options.name === undefined ? {} : { source: options.name }

  // A markdown page may open with a raw <img> line: markdown is recognised first, and never taken for HTML.
  const markdown = format === 'markdown' || (format === 'auto' && looksLikeMarkdown(input))
  if (format === 'html' || (format === 'auto' && !markdown && looksLikeHtml(input))) {
    // The markup says where the article is: extraction is this input's region stage.
    const html = decodeHtml(input, { maxBytes, ...name, ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) })
    const extraction = formats().extractHtml(html, { vocabulary: options.vocabulary ?? defaultVocabulary(), commentRules: commentRulesOf(rules) })
    const report = runOn(segment(extraction.text), rulesForFormat(rules, 'html'))
    // A document with text is never emptied unsaid (lib/text/empty.ts).
    if (report.text === '' && holdsText(input)) {
      if (format === 'auto') {
        const asText = cleanDocument(input, { ...options, format: 'text' })
        return { ...asText, guard: `${EMPTY_AS_HTML}: cleaned as text instead${asText.guard !== undefined ? `; ${asText.guard}` : ''}` }
      }
      if ((options.emptyHtml ?? 'refuse') === 'refuse') throw new InputError(`${EMPTY_AS_HTML} (${report.linesIn} lines in, 0 out); nothing written (--format text keeps it)`, options.name)
      return { ...report, guard: EMPTY_AS_HTML, format: 'html', mode: 'article', metadata: extraction.metadata, extracted: extraction.text }
    }
    return {
      ...report,
      format: 'html',
      mode: 'article',
      metadata: extraction.metadata,
      extracted: extraction.text,
      ...(extraction.fallback !== undefined ? { fallback: extraction.fallback } : {}),
      ...(typeof input === 'string' ? {} : { encoding: sniffHtmlEncoding(input, options.encoding !== undefined ? { encoding: options.encoding } : {}).encoding }),
    }
  }

  const text = typeof input === 'string' ? stripBom(input) : decodeDocument(input, { maxBytes, ...name })
  if (markdown) {
    // Markdown blocks are the units; the text pipeline decides on what a reader sees of them (lib/markdown/clean.ts).
    // Chrome the markdown features found makes the view a whole page, unless a mode was forced.
    const viewOptions = (page: boolean): CleanDocumentOptions => (page && (options.mode ?? PIPELINE_DEFAULTS.mode) === 'auto' ? { ...options, mode: 'page' } : options)
    const once = (t: string): DocumentReport => ({ ...formats().cleanMarkdown(t, (view, whole) => cleanText(view, rulesForFormat(rules, 'markdown'), viewOptions(whole.page), whole)), format: 'markdown' })
    const report = settle(text, once(text), once)
    if (format === 'markdown' || looksLikeMarkdown(report.text)) return report
    // The clean output no longer reads as markdown: the headings and links
    // that made it markdown were the cruft. Cleaned again, it would be taken
    // for text; so it is cleaned as text here too, and a second clean
    // changes nothing. Its lines are still markdown: a list, table or
    // heading the text rules cut goes whole (lib/markdown/text-pass.ts).
    return settle(text, report, (t) => ({ ...formats().keepBlocksWhole(t, cleanText(t, rulesForFormat(rules, 'text'), options)), format: 'markdown' }))
  }
  return cleanText(text, rulesForFormat(rules, 'text'), options)
}

/** The rules (and in auto mode the page decision) over a text, pass after pass until it settles. */
function cleanText(text: string, rules: RuleSet['rules'], options: CleanDocumentOptions, hints?: ViewHints): DocumentReport {
  const first = cleanTextOnce(text, rules, options, hints)
  return settle(text, first, (t) => cleanTextOnce(t, rules, options, hints))
}

/**
 * One pass of the rules (and in auto mode the page decision) over a text.
 * What one pass removes can change what the next sees (a header that a
 * cut shortened now fits the header rule), so {@link cleanDocument} runs
 * passes until the text stops changing: cleaning is idempotent.
 */
function cleanTextOnce(text: string, rules: RuleSet['rules'], options: CleanDocumentOptions, hints?: ViewHints): DocumentReport {
  const doc = segment(text)
  const mode = options.mode ?? PIPELINE_DEFAULTS.mode
  if (mode === 'article') return { ...runOn(doc, rules), format: 'text', mode: 'article' }
  // The rules' verdicts on the whole document: the page decision reads them,
  // and an article (most documents) is rendered from them without a second run.
  const verdicts = resolve(doc, rules)
  const decision = pageStage(doc, verdicts, mode, options.vocabulary, hints)
  const report = decision.region === undefined ? runOn(doc, rules, { verdicts }) : runOn(doc, rules, { region: decision.region })
  return {
    ...report,
    format: 'text',
    mode: decision.mode,
    ...(decision.evidence !== undefined ? { evidence: decision.evidence } : {}),
    ...(decision.fallback !== undefined ? { fallback: decision.fallback } : {}),
  }
}

/**
 * Passes after the first, at most. On the real corpus's dev split one more
 * pass changes 88 of 4,197 texts and a third none; the bound keeps a
 * pathological document linear all the same.
 */
const MAX_EXTRA_PASSES = 2

/**
 * Run further passes over `first.text` until one removes nothing, and
 * report every pass's removals against the lines of `text` (the output of
 * a pass is a subsequence of its input, so each line maps back).
 * Exported for its tests only (test/settle.test.ts).
 */
export function settle(text: string, first: DocumentReport, again: (text: string) => DocumentReport): DocumentReport {
  let current = first
  for (let pass = 0; pass < MAX_EXTRA_PASSES && current.removals.length > 0 && current.guard === undefined; pass++) {
    const next = again(current.text)
    if (next.removals.length === 0 || next.text === current.text) break
    const origin = lineOrigins(text, current.text)
    const mapped = next.removals.map((r) => ({ ...r, from: (origin[r.from - 1] ?? 0) + 1, to: (origin[r.to - 1] ?? 0) + 1 }))
    current = {
      ...current,
      text: next.text,
      linesOut: next.linesOut,
      removals: [...current.removals, ...mapped].sort((a, b) => a.from - b.from),
      ...(next.guard !== undefined ? { guard: next.guard } : {}),
      // The report says how the output was made: a later pass that found a
      // whole page (or fell back to the safe subset) made it, even when the
      // first pass read an article.
      ...(current.mode !== 'page' && next.mode === 'page' ? { mode: 'page', ...(next.evidence !== undefined ? { evidence: next.evidence } : {}) } : {}),
      ...(current.fallback === undefined && next.fallback !== undefined ? { fallback: next.fallback } : {}),
    }
  }
  return current
}

/**
 * For each line of `output` (a subsequence of `input`'s lines), the 0-based
 * index of the input line it is. Only the lines' texts are compared, so
 * neither text is segmented into a Document (that folded and measured
 * every line of both, half the segmenting of a document with a second pass).
 */
function lineOrigins(input: string, output: string): number[] {
  const a = lineTexts(input)
  const b = lineTexts(output)
  const origin: number[] = []
  let i = 0
  for (const line of b) {
    while (i < a.length && a[i] !== line) i++
    origin.push(i < a.length ? i : a.length - 1)
    i++
  }
  return origin
}

/** Options of {@link cleanTextWithReport}: the pipeline's, for text. */
export interface CleanTextOptions {
  rules?: RuleSet
  /** "auto" (default) decides per document; "article" runs the rules only; "page" finds the article in a whole page first. */
  mode?: CleanMode
  vocabulary?: Vocabulary
  source?: string
}

/** A cleaning report that also says how the document was treated. */
export type ModeReport = DocumentReport

/**
 * {@link cleanDocument} on text that is never taken for HTML.
 *
 * @example
 * ```ts
 * const { text, mode } = cleanTextWithReport(scrapedPage)
 * ```
 */
export function cleanTextWithReport(text: string, options: CleanTextOptions = {}): ModeReport {
  return cleanDocument(text, { ...options, format: 'text' })
}

// What the rules know of comment sections, worked out once per rule list (scopeRules hands back the same list for the same rules and source).
const commentRulesCache = new WeakMap<readonly object[], CommentRules>()
/** The comment sections HTML extraction walls off are the rules' own cues (a user's rules file moves them too). */
function commentRulesOf(rules: RuleSet['rules']): CommentRules {
  let known = commentRulesCache.get(rules)
  if (known === undefined) {
    known = formats().commentRules(rules)
    commentRulesCache.set(rules, known)
  }
  return known
}
