/**
 * Command-line pieces that `cleanup` and its subcommands (learn, report,
 * queue) share: parsing with node:util parseArgs into UsageErrors, number
 * and choice options, and the exit status of an error met before any work.
 * Each command keeps its own option table, help text and checks; only what
 * was the same logic in each lives here.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ConfigError, UsageError } from '../errors.js'

/** An option table as parseArgs takes it. */
export type OptionTable = NonNullable<ParseArgsConfig['options']>

/** The values and positionals parseArgs gives for an option table (strict, positionals allowed). */
export type ParsedOptions<O extends OptionTable> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>

/**
 * Parse `argv` against an option table (strict, positionals allowed). An
 * unknown option or a missing value throws a UsageError with parseArgs'
 * message, less its advice about "--" (our commands take no such arguments).
 *
 * @example
 * ```ts
 * const { values, positionals } = parseOptions(['-o', 'out.json', 'pages/'], { out: { type: 'string', short: 'o' } })
 * // values.out === 'out.json', positionals = ['pages/']
 * ```
 */
export function parseOptions<const O extends OptionTable>(argv: readonly string[], options: O): ParsedOptions<O> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options })
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''))
  }
}

/** Whether a whole number of at least 1 (a count, a size in bytes). */
export const isPositiveWhole = (n: number): boolean => Number.isSafeInteger(n) && n >= 1

/**
 * The number an option gives, or `fallback` when it is absent. A blank
 * value, or one `accept` refuses, throws a UsageError:
 * `--NAME must be WHAT, not "VALUE"`. `accept` sees the number and the text
 * it came from (for a check on the digits themselves).
 *
 * @example
 * ```ts
 * numberOption('jobs', '4', 1, isPositiveWhole, 'a positive whole number') // 4
 * numberOption('jobs', undefined, 1, isPositiveWhole, 'a positive whole number') // 1
 * numberOption('jobs', '0', 1, isPositiveWhole, 'a positive whole number') // throws: --jobs must be a positive whole number, not "0"
 * ```
 */
export function numberOption(name: string, value: string | undefined, fallback: number, accept: (n: number, text: string) => boolean, what: string): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (value.trim() === '' || !accept(n, value)) throw new UsageError(`--${name} must be ${what}, not "${value}"`)
  return n
}

/** Text treatments of --mode: auto (decide per document), article, or page. */
export type Mode = 'auto' | 'article' | 'page'

/**
 * The --mode value, "auto" when absent; anything else throws a UsageError.
 *
 * @example
 * ```ts
 * modeOption(undefined) // 'auto'
 * modeOption('page') // 'page'
 * ```
 */
export function modeOption(value: string | undefined): Mode {
  const mode = value ?? 'auto'
  if (mode !== 'auto' && mode !== 'article' && mode !== 'page') throw new UsageError(`--mode must be auto, article or page, not "${mode}"`)
  return mode
}

/** Input formats of --format: auto (recognised from the content), text, html or markdown. */
export type Format = 'auto' | 'text' | 'html' | 'markdown'

/**
 * The --format value (what the input is), "auto" when absent; anything else throws a UsageError.
 *
 * @example
 * ```ts
 * formatOption(undefined) // 'auto'
 * formatOption('html') // 'html'
 * ```
 */
export function formatOption(value: string | undefined): Format {
  const format = value ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'html' && format !== 'markdown') throw new UsageError(`--format must be auto, text, html or markdown, not "${format}"`)
  return format
}

/**
 * Refuse a list of inputs naming standard input ("-") more than once: it
 * can be read only once.
 *
 * @example
 * ```ts
 * checkStdinOnce(['a.txt', '-']) // fine
 * checkStdinOnce(['-', '-']) // throws a UsageError
 * ```
 */
export function checkStdinOnce(inputs: readonly string[]): void {
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input ("-") can be read only once')
}

/**
 * The exit status for an error met while a command reads its arguments and
 * rules: a UsageError is said with `prefix` and a pointer to `help`, a
 * ConfigError as it is, both exit 2. Anything else is not a user error and
 * is thrown on.
 *
 * @example
 * ```ts
 * try {
 *   opts = parseLearnArgs(argv)
 * } catch (err) {
 *   return usageStatus(err, say, 'cleanup learn --help', 'learn: ')
 * }
 * ```
 */
export function usageStatus(err: unknown, say: (msg: string) => void, help: string, prefix = ''): 2 {
  if (err instanceof UsageError) {
    say(`${prefix}${err.message}\nTry '${help}'.`)
    return 2
  }
  if (err instanceof ConfigError) {
    say(err.message)
    return 2
  }
  throw err
}

/**
 * The CLI's way of saying something on stderr: one line (or a line and a
 * hint) after "cleanup: ", as every command reports its errors.
 *
 * @example
 * ```ts
 * const say = sayOn(process.stderr)
 * say('pages/a.txt: cannot read: no such file') // "cleanup: pages/a.txt: cannot read: no such file\n"
 * ```
 */
export function sayOn(stderr: NodeJS.WritableStream): (msg: string) => void {
  return (msg) => {
    stderr.write(`cleanup: ${msg}\n`)
  }
}
