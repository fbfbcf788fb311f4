import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'

/** Parsed command line of `cleanup`. */
export interface CliOptions {
  inputs: string[]
  rules: string[]
  defaultRules: boolean
  printConfig: boolean
  explain: boolean
  outDir: string | undefined
  maxBytes: number
  /** The inputs' source, for rules scoped with "sources" (learned per-source profiles). */
  source: string | undefined
  help: boolean
  version: boolean
  /** Text treatment: auto (decide per document), article, or page. */
  mode: 'auto' | 'article' | 'page'
  /** Input format: auto (HTML detected from the content), text, or html. */
  format: 'auto' | 'text' | 'html'
  /** Print a JSON object of the page's metadata and the clean text instead of the text. */
  metadata: boolean
}

export const HELP = `Usage: cleanup [options] [FILE...]

Remove boilerplate (app prompts, paywalls, related stories, captions,
cross-promotion, comment widgets, bylines) from scraped news text and print
the clean article: headline and paragraphs, lines untouched, layout kept.

Reads standard input when no FILE is given or FILE is "-"; writes standard
output. Several FILEs need --out-dir.

Options:
  --rules FILE          layer a rules file over the defaults (repeatable;
                        later files win). Rules with a known id override it,
                        "enabled": false disables it, new ids add rules.
  --no-default-rules    start from no rules instead of the bundled rules.json
  --print-config        print the merged rules as JSON and exit
  --explain             list each removal (lines, rule id, reason) on stderr
  -o, --out-dir DIR     write each input to DIR under its own base name
  --max-bytes N         refuse documents larger than N bytes
                        (default ${DEFAULT_MAX_BYTES})
  --mode MODE           auto (default): an article with cruft gets the
                        rules, a whole page (menus, link lists, cookie
                        notices) gets main-content detection first;
                        article or page forces one
  --format FORMAT       auto (default): HTML is recognised from the content;
                        text or html forces one. HTML is decoded from its
                        declared or sniffed charset; the article (headline
                        first, one line per paragraph, heading, list item)
                        is extracted, then cleaned by the rules
  --metadata            print one JSON object instead of the text: the
                        page's title, byline, date, siteName, url, language
                        (from meta tags and JSON-LD, when present) and text
  --source NAME         the inputs come from source NAME (e.g. a domain):
                        rules scoped to sources (cleanup learn --source-field)
                        apply only to their own source's documents
  -h, --help            show this help and exit
  -V, --version         print the version and exit

Subcommands:
  cleanup report PATH... --out report.html
                        clean a corpus and show what was removed: one
                        self-contained HTML page, or --format text for CI
                        logs (see 'cleanup report --help')
  cleanup learn PATH... --out learned.json
                        learn a corpus's recurring boilerplate and write it
                        as a rules file for --rules, per source with
                        --jsonl --source-field (see 'cleanup learn --help')

Exit status: 0 success; 1 an input could not be cleaned (missing, binary,
invalid UTF-8, too large); 2 usage or rules-file error.

Examples:
  cat page.txt | cleanup > clean.txt
  cleanup --explain page.txt
  cleanup --rules my-rules.json --out-dir clean/ pages/*.txt
  cleanup --metadata page.html
  cleanup report pages/ --out report.html
  cleanup learn --out learned.json pages/
  cleanup --rules learned.json page.txt
`

/** Parse argv (without node and script). Throws UsageError on bad usage. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        rules: { type: 'string', multiple: true },
        'no-default-rules': { type: 'boolean' },
        'print-config': { type: 'boolean' },
        explain: { type: 'boolean' },
        'out-dir': { type: 'string', short: 'o' },
        'max-bytes': { type: 'string' },
        source: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        mode: { type: 'string' },
        format: { type: 'string' },
        metadata: { type: 'boolean' },
      },
    })
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''))
  }
  const v = parsed.values
  let maxBytes = DEFAULT_MAX_BYTES
  if (v['max-bytes'] !== undefined) {
    maxBytes = Number(v['max-bytes'])
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
      throw new UsageError(`--max-bytes must be a positive whole number of bytes, not "${v['max-bytes']}"`)
    }
  }
  if (v.source === '') throw new UsageError('--source needs a name, e.g. --source example.com')
  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['-']
  const outDir = v['out-dir']
  if (inputs.length > 1 && outDir === undefined) {
    throw new UsageError(`${inputs.length} inputs given: several inputs need --out-dir DIR`)
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input ("-") can be read only once')
  const mode = v.mode ?? 'auto'
  if (mode !== 'auto' && mode !== 'article' && mode !== 'page') throw new UsageError(`--mode must be auto, article or page, not "${mode}"`)
  const format = v.format ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'html') throw new UsageError(`--format must be auto, text or html, not "${format}"`)
  return {
    inputs,
    rules: v.rules ?? [],
    defaultRules: v['no-default-rules'] !== true,
    printConfig: v['print-config'] === true,
    explain: v.explain === true,
    outDir,
    maxBytes,
    source: v.source,
    help: v.help === true,
    version: v.version === true,
    mode,
    format,
    metadata: v.metadata === true,
  }
}
