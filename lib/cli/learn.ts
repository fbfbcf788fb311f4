/**
 * `cleanup learn PATH...`: learn a corpus's boilerplate and write it as a
 * rules file (the schema of rules.json) for `cleanup --rules`.
 */
import { loadRules, type RuleSet } from '../config/load.js'
import { UsageError } from '../errors.js'
import { learnRules, LEARN_DEFAULTS, type LearnSummary } from '../learn/learn.js'
import { readCorpus } from '../learn/read.js'
import type { LearnDocument } from '../learn/profile.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'
import { writeAtomic } from '../files/io.js'
import { writeOut, type CliIO } from './io.js'
import { checkStdinOnce, isPositiveWhole, numberOption, parseOptions, sayOn, usageStatus } from './options.js'

export const LEARN_HELP = `Usage: cleanup learn [options] PATH...

Learn a corpus's own boilerplate and write it as a rules file for
cleanup --rules. Lines that recur across many documents of a source
(app prompts, section labels, sign-offs, widget labels) become line
rules; a recurring heading over changing listings becomes a cue rule.
Numbers, dates, times and "N minutes ago" are normalised, so variants
count together and the rules match new variants. Lines that recur only
with the rest of one story (syndication), and lines that are some
document's own headline or first paragraph (cross-references), are not
learned. Each rule carries its support, position and example documents:
review the file before you use it.

PATH is a text file, a folder (its .txt files, at any depth) or "-"
(standard input, one document). With --jsonl, PATHs are JSON Lines files
or folders of them (their .jsonl and .ndjson files, .gz too), read as
cleanup --jsonl reads them: gzip told from the bytes, not the name.

Options:
  -o, --output FILE     write the rules to FILE (whole or not at all)
                        instead of standard output
  --jsonl               read JSON Lines records, one document each
  --field NAME          record field holding the text (default "text")
  --id-field NAME       record field naming a record in examples
                        (default "id"; else FILE:LINE)
  --source-field NAME   learn per source, the value of this field (e.g.
                        "domain"); each rule is scoped to its source and
                        applies only to that source's documents. Records
                        without it are not learned from.
  --min-docs N          a line must recur in N documents of its source
                        (default ${LEARN_DEFAULTS.minDocs}, at least 2)
  --min-share X         ...and in this share of them, 0-1 (default ${LEARN_DEFAULTS.minShare})
  --examples N          example document ids per rule (default ${LEARN_DEFAULTS.examples})
  --rules FILE          rules the learned ones will run on top of, besides
                        the defaults (repeatable); lines these rules
                        already remove everywhere are not learned
  --no-default-rules    learn without the bundled rules underneath (also
                        learns what they would remove)
  --verbose             list on stderr the recurring lines the guards kept
                        out, and why
  --max-bytes N         refuse documents larger than N bytes
                        (default ${DEFAULT_MAX_BYTES})
  -h, --help            show this help and exit

A summary goes to stderr. Exit status: 0 success; 1 some input could not
be read (each is named on stderr; the rules are learned from the rest);
2 usage or rules-file error.

Examples:
  cleanup learn --output learned.json pages/
  cleanup learn --jsonl --source-field domain -o learned.json crawl.jsonl.gz
  cleanup --rules learned.json --explain pages/a.txt
`

interface LearnCli {
  paths: string[]
  out: string | undefined
  jsonl: boolean
  field: string | undefined
  idField: string | undefined
  sourceField: string | undefined
  minDocs: number
  minShare: number
  examples: number
  rules: string[]
  defaultRules: boolean
  verbose: boolean
  maxBytes: number
  help: boolean
}

function parseLearnArgs(argv: readonly string[]): LearnCli {
  const parsed = parseOptions(argv, {
    output: { type: 'string', short: 'o' },
    // --out was the first name of --output; kept so scripts keep working.
    out: { type: 'string' },
    jsonl: { type: 'boolean' },
    field: { type: 'string' },
    'id-field': { type: 'string' },
    'source-field': { type: 'string' },
    'min-docs': { type: 'string' },
    'min-share': { type: 'string' },
    examples: { type: 'string' },
    rules: { type: 'string', multiple: true },
    'no-default-rules': { type: 'boolean' },
    verbose: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  const v = parsed.values
  const jsonl = v.jsonl === true
  for (const name of ['field', 'id-field', 'source-field'] as const) {
    if (v[name] !== undefined && !jsonl) throw new UsageError(`--${name} needs --jsonl (it names a field of JSON Lines records)`)
    if (v[name] === '') throw new UsageError(`--${name} needs a field name`)
  }
  const help = v.help === true
  if (!help && parsed.positionals.length === 0) throw new UsageError('no PATH given: name the files, folders or JSON Lines files to learn from ("-" for standard input)')
  checkStdinOnce(parsed.positionals)
  return {
    paths: parsed.positionals,
    out: v.output ?? v.out,
    jsonl,
    field: v.field,
    idField: v['id-field'],
    sourceField: v['source-field'],
    minDocs: numberOption('min-docs', v['min-docs'], LEARN_DEFAULTS.minDocs, (n) => Number.isSafeInteger(n) && n >= 2, 'a whole number of documents, at least 2'),
    minShare: numberOption('min-share', v['min-share'], LEARN_DEFAULTS.minShare, (n) => n >= 0 && n <= 1, 'a share between 0 and 1'),
    examples: numberOption('examples', v.examples, LEARN_DEFAULTS.examples, (n) => Number.isSafeInteger(n) && n >= 0, 'a whole number'),
    rules: v.rules ?? [],
    defaultRules: v['no-default-rules'] !== true,
    verbose: v.verbose === true,
    maxBytes: numberOption('max-bytes', v['max-bytes'], DEFAULT_MAX_BYTES, isPositiveWhole, 'a positive whole number of bytes'),
    help,
  }
}

function summaryLine(s: LearnSummary, bySource: boolean, problems: number): string {
  const groups = bySource ? `, ${s.groups} source${s.groups === 1 ? '' : 's'}` : ''
  const parts = [`${s.documents} documents${groups}: ${s.lineRules} line rules, ${s.cueRules} cue rules`]
  if (s.rejected.length > 0) parts.push(`${s.rejected.length} recurring lines kept out by the guards`)
  if (s.unsourced > 0) parts.push(`${s.unsourced} records without a source field not learned from`)
  if (problems > 0) parts.push(`${problems} inputs could not be used (named above)`)
  return `cleanup learn: ${parts.join('; ')}\n`
}

/** Run `cleanup learn`; returns the exit status. */
export default async function learn(argv: readonly string[], io: CliIO): Promise<number> {
  const say = sayOn(io.stderr)
  let opts: LearnCli
  let base: RuleSet | false
  try {
    opts = parseLearnArgs(argv)
    if (opts.help) {
      await writeOut(io.stdout, LEARN_HELP)
      return 0
    }
    base = opts.defaultRules || opts.rules.length > 0 ? loadRules({ files: opts.rules, defaults: opts.defaultRules }) : false
  } catch (err) {
    return usageStatus(err, say, 'cleanup learn --help', 'learn: ')
  }

  let problems = 0
  const docs: LearnDocument[] = []
  const reader = readCorpus(
    opts.paths,
    {
      jsonl: opts.jsonl,
      maxBytes: opts.maxBytes,
      stdin: io.stdin,
      ...(opts.field === undefined ? {} : { field: opts.field }),
      ...(opts.idField === undefined ? {} : { idField: opts.idField }),
      ...(opts.sourceField === undefined ? {} : { sourceField: opts.sourceField }),
    },
    (message) => {
      problems++
      say(message)
    },
  )
  for await (const doc of reader) docs.push(doc)
  if (docs.length === 0) {
    say('learn: no documents to learn from')
    return 1
  }

  const bySource = opts.sourceField !== undefined
  if (bySource && !docs.some((d) => d.source !== undefined)) {
    say(`learn: no record has a "${opts.sourceField ?? ''}" field (--source-field): no documents to learn from`)
    return 1
  }
  const { rules, summary } = learnRules(docs, { bySource, minDocs: opts.minDocs, minShare: opts.minShare, examples: opts.examples, base })
  const json = JSON.stringify(rules, null, 2) + '\n'
  if (opts.out === undefined) await writeOut(io.stdout, json)
  else {
    try {
      await writeAtomic(opts.out, json)
    } catch (err) {
      say(`${opts.out}: cannot write: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
      return 1
    }
  }
  if (opts.verbose) {
    for (const r of summary.rejected) {
      const line = r.line.length > 70 ? `${r.line.slice(0, 67)}...` : r.line
      io.stderr.write(`cleanup learn: kept out (${r.reason}, ${r.documents} documents${r.source === undefined ? '' : ` of ${r.source}`}): ${line}\n`)
    }
  }
  io.stderr.write(summaryLine(summary, bySource, problems))
  return problems > 0 ? 1 : 0
}
