import { availableParallelism } from 'node:os'
import { UsageError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'
import { checkStdinOnce, formatOption, isPositiveWhole, modeOption, numberOption, parseOptions, type Format, type Mode } from './options.js'

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
  mode: Mode
  /** Input format: auto (HTML detected from the content), text, or html. */
  format: Format
  /** Print a JSON object of the page's metadata and the clean text instead of the text. */
  metadata: boolean
  /** Each input line is a JSON record (--jsonl). */
  jsonl: boolean
  field: string
  outField: string | undefined
  reportField: string | undefined
  /** With --jsonl: the field a record cleaned as HTML gets its page's metadata in (--metadata-field, or "metadata" with --metadata). */
  metadataField: string | undefined
  /** One output file (--output); ".gz" writes gzip. */
  output: string | undefined
  onError: 'fail' | 'skip'
  rejects: string | undefined
  stats: boolean
  /** A folder whose .txt tree is cleaned (-r). */
  recursive: string | undefined
  inPlace: boolean
  skipExisting: boolean
  jobs: number
  /** --jobs was given: threads start even for little work (still never more than inputs). */
  jobsGiven: boolean
  quiet: boolean
}

export const HELP = `Usage: cleanup [options] [FILE...]

Remove boilerplate (app prompts, paywalls, related stories, captions,
cross-promotion, comment widgets, bylines) from scraped news text and print
the clean article: headline and paragraphs, lines untouched, layout kept.

Reads standard input when no FILE is given or FILE is "-"; writes standard
output. Several FILEs need --out-dir (with --jsonl they may also go, one
after another, to one output).

Options:
  --rules FILE          layer a rules file over the defaults (repeatable;
                        later files win). Rules with a known id override it,
                        "enabled": false disables it, new ids add rules.
  --no-default-rules    start from no rules instead of the bundled rules.json
  --print-config        print the merged rules as JSON and exit
  --explain             list each removal (lines, rule id, reason) on stderr
  --out-dir DIR         write each input to DIR under its own base name
  -o, --output FILE     write the output to FILE, whole or not at all
                        (temp file + rename); FILE.gz is written gzipped
  --max-bytes N         refuse documents (with --jsonl: records) larger than
                        N bytes (default ${DEFAULT_MAX_BYTES})
  -j, --jobs N          worker threads for --jsonl, -r and --in-place
                        (default: the number of cores, here ${availableParallelism()},
                        when the work pays for starting them; never more
                        than the files)
  -q, --quiet           no progress bar (it is shown only when stderr is a
                        terminal, never on a pipe)
  --mode MODE           auto (default): an article with cruft gets the
                        rules, a whole page (menus, link lists, cookie
                        notices) gets main-content detection first;
                        article or page forces one
  --format FORMAT       auto (default): markdown and HTML are recognised
                        from the content; text, html or markdown forces
                        one. HTML is decoded from its declared or sniffed
                        charset; the article (headline first, one line per
                        paragraph, heading, list item) is extracted, then
                        cleaned by the rules. Markdown is cleaned by blocks
                        (a list, table, code block, quote is kept or
                        removed whole)
  --metadata            print one JSON object instead of the text: the
                        page's title, byline, date, siteName, url, language
                        (from meta tags and JSON-LD, when present) and text;
                        with --jsonl, HTML records get them in a "metadata"
                        field (see --metadata-field)
  --source NAME         the inputs come from source NAME (e.g. a domain):
                        rules scoped to sources (cleanup learn --source-field)
                        apply only to their own source's documents
  -h, --help            show this help and exit
  -V, --version         print the version and exit

JSON Lines (records in, records out, in input order):
  --jsonl               each input line is a JSON object; its text field is
                        cleaned, every other field passes through byte for
                        byte. Gzipped input is read transparently. Several
                        FILEs are read one after another into one output.
  --field NAME          the field holding the text (default "text")
  --out-field NAME      write the clean text to NAME, keeping the original
  --report-field NAME   add what was removed: {linesIn, linesOut,
                        removed: [{rule, lines}]}
  --metadata-field NAME a record whose field holds HTML (--format auto
                        recognises it; --format html forces it) gets its
                        page's metadata in NAME: {title, byline, date,
                        siteName, url, language, description}, only the
                        ones the page gives; no NAME when it gives none.
                        --metadata alone means --metadata-field metadata
  --on-error fail|skip  a malformed line, a record without the field, a
                        non-string field, invalid UTF-8 or a record over
                        --max-bytes: "fail" (default) stops with exit 1
                        naming the line; "skip" sets it aside and goes on
  --rejects FILE        write each refused line there, tab-separated:
                        input, line number, reason, the line verbatim
  --stats               print a summary on stderr: records in = out +
                        rejected (by reason), blank lines, MB/s; for -r and
                        --in-place: files cleaned, unchanged, skipped, failed

Folders:
  -r, --recursive DIR   clean every .txt file under DIR; needs --out-dir
                        (mirrors the tree) or --in-place
  --in-place            replace each file (FILEs or -r DIR) with its clean
                        text, atomically (temp file + rename); files that
                        come out unchanged are not rewritten
  --skip-existing       with --out-dir: skip inputs whose output exists
                        (resumes an interrupted run)

Subcommands:
  cleanup report PATH... --output report.html
                        clean a corpus and show what was removed: one
                        self-contained HTML page, or --format text for CI
                        logs (see 'cleanup report --help')
  cleanup learn PATH... --out learned.json
                        learn a corpus's recurring boilerplate and write it
                        as a rules file for --rules, per source with
                        --jsonl --source-field (see 'cleanup learn --help')
  cleanup queue work|submit|results ...
                        clean JSON Lines records on several machines through
                        a Redis queue (see 'cleanup queue --help')

Exit status: 0 success; 1 an input could not be cleaned (missing, binary,
invalid UTF-8, too large; with --jsonl, a bad record under --on-error fail);
2 usage or rules-file error.

Examples:
  cat page.txt | cleanup > clean.txt
  cleanup --explain page.txt
  cleanup --rules my-rules.json --out-dir clean/ pages/*.txt
  cleanup --metadata page.html
  cleanup report pages/ --output report.html
  cleanup learn --out learned.json pages/
  cleanup --rules learned.json page.txt
  cleanup --jsonl crawl.jsonl.gz --output clean.jsonl.gz --stats
  cleanup --jsonl --on-error skip --rejects bad.tsv --report-field removed < in.jsonl > out.jsonl
  cleanup -r pages/ --out-dir clean/ --skip-existing
  parallel --pipe --keep-order --block 10M cleanup --jsonl --jobs 1 < in.jsonl > out.jsonl
`

/** Parse argv (without node and script). Throws UsageError on bad usage. */
export function parseCli(argv: readonly string[]): CliOptions {
  const parsed = parseOptions(argv, {
    rules: { type: 'string', multiple: true },
    'no-default-rules': { type: 'boolean' },
    'print-config': { type: 'boolean' },
    explain: { type: 'boolean' },
    'out-dir': { type: 'string' },
    'max-bytes': { type: 'string' },
    source: { type: 'string' },
    output: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
    quiet: { type: 'boolean', short: 'q' },
    jsonl: { type: 'boolean' },
    field: { type: 'string' },
    'out-field': { type: 'string' },
    'report-field': { type: 'string' },
    'on-error': { type: 'string' },
    rejects: { type: 'string' },
    stats: { type: 'boolean' },
    recursive: { type: 'string', short: 'r' },
    'in-place': { type: 'boolean' },
    'skip-existing': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    mode: { type: 'string' },
    format: { type: 'string' },
    metadata: { type: 'boolean' },
    'metadata-field': { type: 'string' },
  })
  const v = parsed.values
  const maxBytes = numberOption('max-bytes', v['max-bytes'], DEFAULT_MAX_BYTES, isPositiveWhole, 'a positive whole number of bytes')
  if (v.source === '') throw new UsageError('--source needs a name, e.g. --source example.com')
  const jsonl = v.jsonl === true
  const recursive = v.recursive
  const inPlace = v['in-place'] === true
  const outDir = v['out-dir']
  if (recursive !== undefined && parsed.positionals.length > 0) throw new UsageError('-r DIR takes no FILE arguments')
  const inputs = parsed.positionals.length > 0 || recursive !== undefined || inPlace ? parsed.positionals : ['-']
  checkCombinations(v, inputs, jsonl)
  if (inputs.length > 1 && outDir === undefined && !jsonl && !inPlace) {
    throw new UsageError(`${inputs.length} inputs given: several inputs need --out-dir DIR`)
  }
  checkStdinOnce(inputs)
  const mode = modeOption(v.mode)
  const format = formatOption(v.format)
  const onError = v['on-error'] ?? 'fail'
  if (onError !== 'fail' && onError !== 'skip') throw new UsageError(`--on-error must be "fail" or "skip", not "${onError}"`)
  const jobs = numberOption('jobs', v.jobs, availableParallelism(), isPositiveWhole, 'a positive whole number')
  return {
    jsonl,
    field: v.field ?? 'text',
    outField: v['out-field'],
    reportField: v['report-field'],
    metadataField: v['metadata-field'] ?? (jsonl && v.metadata === true ? 'metadata' : undefined),
    output: v.output,
    onError,
    rejects: v.rejects,
    stats: v.stats === true,
    recursive,
    inPlace,
    skipExisting: v['skip-existing'] === true,
    jobs,
    jobsGiven: v.jobs !== undefined,
    quiet: v.quiet === true,
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

/** Options that only make sense together, or never together: refused with the reason. */
function checkCombinations(v: Record<string, string | boolean | string[] | undefined>, inputs: readonly string[], jsonl: boolean): void {
  const has = (name: string): boolean => v[name] !== undefined && v[name] !== false
  if (!jsonl) {
    for (const name of ['field', 'out-field', 'report-field', 'metadata-field', 'on-error', 'rejects']) {
      if (has(name)) throw new UsageError(`--${name} needs --jsonl`)
    }
  }
  const field = typeof v.field === 'string' ? v.field : 'text'
  const outField = typeof v['out-field'] === 'string' ? v['out-field'] : field
  if (v['report-field'] === outField) throw new UsageError(`--report-field "${outField}" would overwrite the clean text`)
  const metadataField = typeof v['metadata-field'] === 'string' ? v['metadata-field'] : jsonl && has('metadata') ? 'metadata' : undefined
  if (metadataField === '') throw new UsageError('--metadata-field needs a name, e.g. --metadata-field page')
  if (metadataField === outField) throw new UsageError(`--metadata-field "${outField}" would overwrite the clean text`)
  if (metadataField !== undefined && metadataField === v['report-field']) throw new UsageError(`--metadata-field and --report-field are both "${metadataField}"`)
  const folders = has('recursive') || has('in-place')
  if (has('recursive')) {
    if (jsonl) throw new UsageError('-r mirrors trees of .txt files; for JSON Lines give the files (with --out-dir for one output each)')
    if (has('out-dir') === has('in-place')) throw new UsageError('-r DIR needs either --out-dir OUT or --in-place')
  }
  if (has('in-place')) {
    if (jsonl) throw new UsageError('--in-place works on .txt files, not with --jsonl')
    if (has('out-dir') || has('output')) throw new UsageError('--in-place writes over its inputs: drop --out-dir/--output')
    if (!has('recursive') && (inputs.length === 0 || inputs.includes('-'))) throw new UsageError('--in-place needs FILEs (or -r DIR), not standard input')
  }
  if (has('output') && has('out-dir')) throw new UsageError('--output and --out-dir exclude each other')
  if (has('skip-existing') && !has('out-dir')) throw new UsageError('--skip-existing needs --out-dir')
  if (has('explain') && (jsonl || folders)) throw new UsageError('--explain lists removals for single documents; with --jsonl use --report-field')
  if (has('stats') && !jsonl && !folders) throw new UsageError('--stats works with --jsonl, -r and --in-place')
}
