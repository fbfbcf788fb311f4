/**
 * The last word of the command line: any error that reaches the top of a
 * command becomes one line on stderr and a non-zero exit status. Errors a
 * user causes (a bad option, rules file, input or output path) are said
 * plainly; anything else is a bug, reported as one line that asks for a
 * bug report, with the stack trace only under --debug.
 */
import { ConfigError, InputError, UsageError } from '../errors.js'

/** Exit statuses: 1 for an input or output that failed, 2 for usage or rules, 70 for a bug (EX_SOFTWARE). */
export const FATAL_EXIT = { input: 1, usage: 2, bug: 70 } as const

/** What an errno code means, in the words of a user who gave the path. */
const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  EEXIST: 'already exists (as a file, where a folder is needed)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
}

interface ErrnoLike {
  code?: unknown
  syscall?: unknown
  path?: unknown
  dest?: unknown
}

/** A system error about a path: its path (less our temp-file suffix) and what went wrong. */
function describeErrno(err: Error & ErrnoLike): string | undefined {
  if (typeof err.code !== 'string' || typeof err.syscall !== 'string') return undefined
  const what = ERRNO[err.code] ?? err.code
  const raw = typeof err.dest === 'string' && err.syscall === 'rename' ? err.dest : err.path
  if (typeof raw !== 'string') return `${err.syscall}: ${what}`
  // Outputs are written to "<path>.<pid>.<time>.tmp" first: name the path the user gave.
  const path = raw.replace(/\.\d+\.\d+\.tmp$/, '')
  const verb = err.syscall === 'mkdir' ? 'cannot create folder' : err.syscall === 'open' || err.syscall === 'rename' || err.syscall === 'write' ? 'cannot write' : `cannot ${err.syscall}`
  return `${path}: ${verb}: ${what}`
}

/**
 * Say one line about `err` on `stderr` and return the exit status.
 *
 * @example
 * ```ts
 * process.exitCode = reportFatal(err, process.stderr, { debug: false })
 * // cleanup: existing: cannot create folder: already exists (as a file, where a folder is needed)
 * ```
 */
export function reportFatal(err: unknown, stderr: NodeJS.WritableStream, options: { debug: boolean }): number {
  const say = (line: string): void => void stderr.write(`cleanup: ${line}\n`)
  if (err instanceof UsageError) {
    say(`${err.message}\nTry 'cleanup --help'.`)
    return FATAL_EXIT.usage
  }
  if (err instanceof ConfigError) {
    say(err.message)
    return FATAL_EXIT.usage
  }
  if (err instanceof InputError) {
    say(err.message)
    return FATAL_EXIT.input
  }
  const errno = err instanceof Error ? describeErrno(err) : undefined
  if (errno !== undefined) {
    say(errno)
    if (options.debug && err instanceof Error) stderr.write(`${err.stack ?? ''}\n`)
    return FATAL_EXIT.input
  }
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
  say(`internal error: ${message} (this is a bug: please report it with the command line${options.debug ? '' : '; --debug prints the stack trace'})`)
  if (options.debug && err instanceof Error) stderr.write(`${err.stack ?? ''}\n`)
  return FATAL_EXIT.bug
}

/**
 * Run a command with every error handled: thrown, rejected, or raised
 * later by a stream nobody listens to. `--debug` anywhere in `argv` is
 * taken out and turns on stack traces.
 */
export async function runGuarded(argv: readonly string[], command: (argv: string[]) => Promise<number>, stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  const debug = argv.includes('--debug') || process.env['CLEANUP_DEBUG'] === '1'
  const args = argv.filter((a) => a !== '--debug')
  // An error event no one listens to ends the process: after one line, not a trace.
  const late = (err: unknown): void => {
    const status = reportFatal(err, stderr, { debug })
    process.exit(status)
  }
  process.on('uncaughtException', late)
  process.on('unhandledRejection', late)
  try {
    return await command(args)
  } catch (err) {
    return reportFatal(err, stderr, { debug })
  }
}
