import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../config/paths.js'
import { HELP, parseCli, type CliOptions } from './args.js'
import { EXIT, writeOut, type CliIO } from './io.js'
import { SUBCOMMANDS } from './commands.js'
import { sayOn, usageStatus } from './options.js'

export { EXIT, type CliIO } from './io.js'

function version(): string {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
  return version
}

/**
 * Run the CLI and return its exit status. User errors become one line on
 * stderr (no stack trace); with several inputs each bad one is reported and
 * the rest are still cleaned.
 */
export async function main(argv: readonly string[], io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // `cleanup ... | head` closes the pipe early: that is the reader's choice, not an error.
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok)
    throw err
  })
  const say = sayOn(io.stderr)
  const sub = argv[0] !== undefined && Object.hasOwn(SUBCOMMANDS, argv[0]) ? SUBCOMMANDS[argv[0]] : undefined
  if (sub) return (await sub())(argv.slice(1), io)
  let opts: CliOptions
  try {
    opts = parseCli(argv)
    if (opts.help) {
      await writeOut(io.stdout, HELP)
      return EXIT.ok
    }
    if (opts.version) {
      await writeOut(io.stdout, `${version()}\n`)
      return EXIT.ok
    }
  } catch (err) {
    return usageStatus(err, say, 'cleanup --help')
  }
  // Cleaning and its modules (rules, the pipeline, HTML and markdown) load only now: --help and --version do without them.
  return (await import('./clean-inputs.js')).cleanInputs(opts, io, say)
}
