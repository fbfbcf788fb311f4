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
  // Worker threads (piscina) load only when there is work for more than one.
  const pool: CleanPool | undefined = opts.jobs > 1 && tasks.length > 1 ? new (await import('../records/pool.js')).CleanPool(opts.jobs, rules, opts.maxBytes) : undefined
  let done = 0
  let bytes = 0
  const queue = new OrderedQueue<FileResult>(pool ? opts.jobs * 2 : 1, (r) => {
    done++
    if (r.status === 'failed') say(r.message)
    counts[r.status]++
    progress.update(done, done, bytes)
    return Promise.resolve(true)
  })
  try {
    for (const task of tasks) {
      bytes += (await stat(task.input).catch(() => undefined))?.size ?? 0
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
