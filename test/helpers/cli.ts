// Running `cleanup` from tests: the built CLI in a child process, or main()
// in this process (same code, no process start: for the many quick cases).
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { main } from '../../lib/cli/main.js'
import { ROOT } from './pairs.js'

export const BIN = join(ROOT, 'bin/cleanup.js')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the built CLI to the end (async, so workers in this process keep running meanwhile). */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

/** Run the CLI's main() in this process with its own streams (and `input` on stdin). */
export async function inProcess(args: string[], input: string | Buffer = ''): Promise<Run> {
  const stdin = new PassThrough()
  stdin.end(input)
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
  stderr.setEncoding('utf8').on('data', (d: string) => (err += d))
  const status = await main(args, { stdin, stdout, stderr })
  return { status, stdout: out, stderr: err }
}

/** The lines of an output, without the final newline. */
export const outLines = (text: string): string[] => (text === '' ? [] : text.split('\n').slice(0, -1))

/** A child's exit status, whether or not it has exited yet. */
export const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)))
