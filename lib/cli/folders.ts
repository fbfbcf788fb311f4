/**
 * `cleanup -r DIR --out-dir OUT` and `--in-place`: many text files, each
 * written whole (temp file + rename) so an interrupted run never leaves a
 * half-written file, and `--skip-existing` picks it up where it stopped.
 * Files are cleaned by the worker pool when --jobs > 1.
 */
import { existsSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { RuleSet } from '../config/load.js'
import { InputError } from '../errors.js'
import { describeReadError } from '../records/input.js'
import { OrderedQueue } from '../records/ordered.js'
import type { CleanPool } from '../records/pool.js'
import type { CliOptions } from './args.js'
import { cleanFile, type FileResult, type FileTask } from '../files/clean-file.js'
import type { CliIO } from './io.js'
import { startProgress } from './progress.js'

/**
 * The .txt files under `dir`, as paths relative to it, sorted. Symbolic
 * links to folders are not followed (no loops); `skip` (the output folder,
 * when it lies inside) is left out.
 *
 * @example
 * ```ts
 * await listTextFiles('pages') // ['a.txt', 'world/b.txt']
 * ```
 */
export async function listTextFiles(dir: string, skip?: string): Promise<string[]> {
  const found: string[] = []
  const skipAbs = skip === undefined ? undefined : resolve(skip)
  const walk = async (folder: string): Promise<void> => {
    if (skipAbs !== undefined && resolve(folder) === skipAbs) return
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (err) {
      throw new InputError(describeReadError(err), folder)
    }
    for (const e of entries) {
      const path = join(folder, e.name)
      if (e.isDirectory()) await walk(path)
      else if (e.name.endsWith('.txt') && (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile() === true))) {
        found.push(relative(dir, path))
      }
    }
  }
  await walk(dir)
  return found.sort()
}

/** When files are cleaned by worker threads. */
export const FOLDER_POOL = {
  /**
   * Without --jobs, files totalling less than this are cleaned on the main
   * thread: a worker starts in about 0.2 s of CPU (bench/throughput.js,
   * small jobs), about what the main thread takes to clean half a megabyte.
   */
  minBytes: 2_000_000,
} as const

/**
 * Worker threads for files of these sizes: they load only when the work
 * pays for starting them (or --jobs asks for them), and never more than
 * there are files. 1 cleans on the main thread.
 *
 * @example
 * ```ts
 * folderThreads({ jobs: 2, jobsGiven: false }, [3000, 4000]) // => 1
 * folderThreads({ jobs: 16, jobsGiven: true }, [3000, 4000]) // => 2
 * ```
 */
export function folderThreads(opts: Pick<CliOptions, 'jobs' | 'jobsGiven'>, sizes: readonly number[]): number {
  const threads = Math.min(opts.jobs, sizes.length)
  if (threads <= 1) return 1
  return opts.jobsGiven || sizes.reduce((a, b) => a + b, 0) >= FOLDER_POOL.minBytes ? threads : 1
}

/** Run -r / --in-place; returns the exit status. */
export async function cleanFolders(opts: CliOptions, rules: RuleSet, io: CliIO, say: (msg: string) => void): Promise<number> {
  const started = Date.now()
  // The same pipeline options as for a single file (the rules travel separately: workers compile their own).
  const options = { mode: opts.mode, format: opts.format, ...(opts.source !== undefined ? { source: opts.source } : {}) }
  let tasks: FileTask[]
  try {
    if (opts.recursive !== undefined) {
      const root = opts.recursive
      const st = await stat(root).catch((err: unknown) => {
        throw new InputError(describeReadError(err), root)
      })
      if (!st.isDirectory()) throw new InputError('not a folder (-r needs a folder)', root)
      const files = await listTextFiles(root, opts.outDir)
      tasks = files.map((rel) => ({ input: join(root, rel), output: opts.inPlace ? join(root, rel) : join(opts.outDir ?? '.', rel), maxBytes: opts.maxBytes, options }))
    } else {
      tasks = opts.inputs.map((input) => ({ input, output: input, maxBytes: opts.maxBytes, options }))
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err
    say(err.message)
    return 1
  }
  let skipped = 0
  if (opts.skipExisting) {
    const before = tasks.length
    tasks = tasks.filter((t) => !existsSync(t.output))
    skipped = before - tasks.length
  }

  const counts = { cleaned: 0, unchanged: 0, failed: 0 }
  const progress = await startProgress({ stream: io.stderr, quiet: opts.quiet, total: tasks.length, unit: 'files' })
  const sizes = await Promise.all(tasks.map(async (t) => (await stat(t.input).catch(() => undefined))?.size ?? 0))
  const threads = folderThreads(opts, sizes)
  const pool: CleanPool | undefined = threads > 1 ? new (await import('../records/pool.js')).CleanPool(threads, rules, opts.maxBytes) : undefined
  let done = 0
  let bytes = 0
  const queue = new OrderedQueue<FileResult>(pool ? threads * 2 : 1, (r) => {
    done++
    if (r.status === 'failed') say(r.message)
    counts[r.status]++
    progress.update(done, done, bytes)
    return Promise.resolve(true)
  })
  try {
    for (const [k, task] of tasks.entries()) {
      bytes += sizes[k] ?? 0
      await queue.push(pool ? pool.file(task).catch(() => cleanFile(task, rules)) : cleanFile(task, rules))
    }
    await queue.drain()
  } finally {
    progress.stop()
    await pool?.close()
  }
  if (opts.stats) {
    const s = Math.max((Date.now() - started) / 1000, 0.001)
    const where = opts.inPlace ? 'in place' : `into ${opts.outDir ?? '.'}${sep}`
    say(
      `stats: ${tasks.length + skipped} files = ${counts.cleaned} cleaned + ${counts.unchanged} unchanged + ${skipped} skipped (existing) + ${counts.failed} failed, ${where}; ` +
        `${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(1)} s`,
    )
  }
  return counts.failed > 0 ? 1 : 0
}
