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
  help: boolean
  version: boolean
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
  -h, --help            show this help and exit
  -V, --version         print the version and exit

Subcommands:
  cleanup queue ...     clean JSON Lines records on several machines through
                        a Redis queue (see cleanup queue --help)

Exit status: 0 success; 1 an input could not be cleaned (missing, binary,
invalid UTF-8, too large); 2 usage or rules-file error.

Examples:
  cat page.txt | cleanup > clean.txt
  cleanup --explain page.txt
  cleanup --rules my-rules.json --out-dir clean/ pages/*.txt
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
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
  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['-']
  const outDir = v['out-dir']
  if (inputs.length > 1 && outDir === undefined) {
    throw new UsageError(`${inputs.length} inputs given: several inputs need --out-dir DIR`)
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input ("-") can be read only once')
  return {
    inputs,
    rules: v.rules ?? [],
    defaultRules: v['no-default-rules'] !== true,
    printConfig: v['print-config'] === true,
    explain: v.explain === true,
    outDir,
    maxBytes,
    help: v.help === true,
    version: v.version === true,
  }
}
