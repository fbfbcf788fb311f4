/**
 * `cleanup report`: clean a corpus and show what was removed, as one
 * self-contained HTML page or a plain-text summary for CI logs.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { loadRules } from '../config/load.js'
import { PACKAGE_ROOT } from '../config/paths.js'
import { UsageError } from '../errors.js'
import { collectReport } from '../report/collect.js'
import { renderHtmlChunks } from '../report/html.js'
import type { NamedRuleSet } from '../report/model.js'
import { renderText } from '../report/text.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'
import { writeChunks, writeChunksAtomic } from '../report/write.js'
import { writeOut, type CliIO } from './io.js'
import { checkStdinOnce, numberOption, parseOptions, sayOn, usageStatus } from './options.js'

/** Documents shown line by line unless --max-docs says otherwise; the totals always count every document. */
export const DEFAULT_MAX_DOCS = 2000

export const REPORT_HELP = `Usage: cleanup report [options] PATH...

Clean every document of PATH... and report what was removed: one
self-contained HTML page (no network; open it from disk) or, with
--format text, a per-rule summary for terminals and CI logs.

PATH is a text file, a folder (its .txt files, all depths, in name order),
or "-" for standard input. With --jsonl, PATH holds JSON Lines records
(.jsonl, .jsonl.gz; a folder gives its .jsonl and .jsonl.gz files), read
as cleanup --jsonl reads them: gzip told from the bytes, not the name.

The page shows totals (documents, bytes and lines in and out, share
removed), a table and chart of documents and lines per rule, and each
sampled document with its removed lines struck through, coloured by rule
family and labelled with the rule id; documents sort and filter by share
removed, rule and flag. Flags point at results worth a look: a document
that lost most of its text, one with nothing removed where most had
removals, a rule removing long prose-shaped lines.

Options:
  -o, --output FILE     write the report to FILE (written whole); default
                        standard output
  --format FORMAT       html (default) or text
  --rules FILE          layer a rules file over the defaults (repeatable)
  --no-default-rules    start from no rules instead of the bundled rules.json
  --compare FILE        also clean with a second rule set: the defaults (unless
                        --no-default-rules) with FILE layered over them
                        (repeatable; --rules files are not applied to it),
                        and show both side by side: lines removed by one
                        set and not the other
  --jsonl               read JSON Lines records instead of text documents
  --field NAME          with --jsonl: the field holding the text (default text)
  --id-field NAME       with --jsonl: a field that names each record in the
                        report (default: file and line number only)
  --max-docs N          show at most N documents line by line, a uniform
                        random sample (seeded: the same corpus gives the same
                        sample); the totals count every document
                        (default ${DEFAULT_MAX_DOCS})
  --max-bytes N         refuse documents larger than N bytes
                        (default ${DEFAULT_MAX_BYTES})
  -h, --help            show this help and exit

Exit status: 0 success; 1 some input could not be cleaned (each is named on
stderr, and the report counts and lists them); 2 usage or rules-file error.

Examples:
  cleanup report pages/ --output report.html
  cleanup report --jsonl crawl.jsonl.gz --field body --output report.html
  cleanup report pages/ --compare tuned.json --output compare.html
  cleanup report pages/ --format text
`

/** Parsed command line of `cleanup report`. */
export interface ReportCliOptions {
  paths: string[]
  out: string | undefined
  format: 'html' | 'text'
  rules: string[]
  defaultRules: boolean
  compare: string[]
  jsonl: boolean
  field: string
  idField: string | undefined
  maxDocs: number
  maxBytes: number
  help: boolean
}

/** A whole number of at least `min` written in digits only (no "1e3", no "0x10"). */
function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  const digits = (n: number, text: string): boolean => /^\d+$/.test(text.trim()) && Number.isSafeInteger(n) && n >= min
  return numberOption(name, value, fallback, digits, `a whole number${min > 0 ? ' above 0' : ''}`)
}

/** Parse the arguments after `report`. Throws UsageError on bad usage. */
export function parseReportArgs(argv: readonly string[]): ReportCliOptions {
  const parsed = parseOptions(argv, {
    output: { type: 'string', short: 'o' },
    // --out was the first name of --output; kept so scripts keep working.
    out: { type: 'string' },
    format: { type: 'string' },
    rules: { type: 'string', multiple: true },
    'no-default-rules': { type: 'boolean' },
    compare: { type: 'string', multiple: true },
    jsonl: { type: 'boolean' },
    field: { type: 'string' },
    'id-field': { type: 'string' },
    'max-docs': { type: 'string' },
    'max-bytes': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  const v = parsed.values
  const help = v.help === true
  const format = v.format ?? 'html'
  if (format !== 'html' && format !== 'text') throw new UsageError(`--format must be html or text, not "${format}"`)
  const jsonl = v.jsonl === true
  if (!jsonl && v.field !== undefined) throw new UsageError('--field needs --jsonl')
  if (!jsonl && v['id-field'] !== undefined) throw new UsageError('--id-field needs --jsonl')
  if (v.field === '') throw new UsageError('--field needs a field name')
  const paths = parsed.positionals
  if (paths.length === 0 && !help) throw new UsageError('no PATH given: name files, folders, or "-" for standard input')
  checkStdinOnce(paths)
  return {
    paths,
    out: v.output ?? v.out,
    format,
    rules: v.rules ?? [],
    defaultRules: v['no-default-rules'] !== true,
    compare: v.compare ?? [],
    jsonl,
    field: v.field ?? 'text',
    idField: v['id-field'],
    maxDocs: wholeNumber('max-docs', v['max-docs'], DEFAULT_MAX_DOCS, 0),
    maxBytes: wholeNumber('max-bytes', v['max-bytes'], DEFAULT_MAX_BYTES, 1),
    help,
  }
}

/** How the report names a rule set: where its rules came from. */
function ruleSetLabel(defaults: boolean, files: readonly string[]): string {
  const parts = [...(defaults ? ['bundled rules.json'] : []), ...files.map((f) => basename(f))]
  return parts.length > 0 ? parts.join(' + ') : 'no rules'
}

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version
}

/**
 * Run `cleanup report` and return its exit status.
 *
 * @example
 * ```ts
 * process.exitCode = await runReport(['pages/', '--out', 'report.html'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
 * ```
 */
export async function runReport(argv: readonly string[], io: CliIO): Promise<number> {
  const say = sayOn(io.stderr)
  let opts: ReportCliOptions
  let a: NamedRuleSet
  let b: NamedRuleSet | undefined
  try {
    opts = parseReportArgs(argv)
    if (opts.help) {
      await writeOut(io.stdout, REPORT_HELP)
      return 0
    }
    a = { label: ruleSetLabel(opts.defaultRules, opts.rules), rules: loadRules({ files: opts.rules, defaults: opts.defaultRules }) }
    if (opts.compare.length > 0) {
      b = { label: ruleSetLabel(opts.defaultRules, opts.compare), rules: loadRules({ files: opts.compare, defaults: opts.defaultRules }) }
    }
  } catch (err) {
    return usageStatus(err, say, 'cleanup report --help', 'report: ')
  }

  // Fail on an unwritable destination before the run, not after it.
  if (opts.out !== undefined) {
    try {
      await mkdir(dirname(opts.out), { recursive: true })
    } catch (err) {
      say(`${opts.out}: cannot create its folder: ${(err as Error).message}`)
      return 1
    }
  }

  const data = await collectReport(opts.paths, {
    a,
    ...(b ? { b } : {}),
    jsonl: opts.jsonl,
    field: opts.field,
    ...(opts.idField !== undefined ? { idField: opts.idField } : {}),
    maxBytes: opts.maxBytes,
    // The text summary shows no documents: keep none.
    maxDocs: opts.format === 'text' ? 0 : opts.maxDocs,
    stdin: io.stdin,
    version: version(),
    onRefused: (source, reason) => say(`${source}: ${reason}`),
  })
  const output = opts.format === 'text' ? [renderText(data)] : renderHtmlChunks(data)
  if (opts.out !== undefined) {
    try {
      await writeChunksAtomic(opts.out, output)
    } catch (err) {
      say(`${opts.out}: cannot write: ${(err as Error).message}`)
      return 1
    }
  } else {
    await writeChunks(io.stdout, output)
  }
  return data.refused.count > 0 ? 1 : 0
}
