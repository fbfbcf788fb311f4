/**
 * The engine on several cores: a fixed set of worker threads (piscina) that
 * clean batches of records or single files. Callers bound how many tasks
 * they have in flight and take results in submission order, which is what
 * keeps output order equal to input order.
 */
import { Piscina } from 'piscina'
import type { FileResult, FileTask } from '../cli/clean-file.js'
import type { BatchOptions, BatchResult } from './batch.js'
import type { PoolRules, PoolTask } from './worker.js'

export class CleanPool {
  readonly #pool: Piscina<PoolTask, BatchResult | FileResult>

  /**
   * Start `threads` workers, each compiling `rules` (load and validate them
   * in the main thread first, so a bad file is reported once, as a usage error).
   *
   * @example
   * ```ts
   * const pool = new CleanPool(2, { files: [], defaults: true })
   * const result = await pool.batch(bytes, 1, { onError: 'skip', source: 'in.jsonl', keepRejects: false })
   * await pool.close()
   * ```
   */
  constructor(threads: number, rules: PoolRules) {
    this.#pool = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      workerData: rules,
      // Our callers bound the tasks in flight; idle workers wait for the next batch.
      idleTimeout: 60_000,
    })
  }

  batch(bytes: Uint8Array, firstLine: number, options: Omit<BatchOptions, 'rules'>): Promise<BatchResult> {
    return this.#pool.run({ kind: 'batch', bytes, firstLine, options }) as Promise<BatchResult>
  }

  file(task: FileTask): Promise<FileResult> {
    return this.#pool.run({ kind: 'file', task }) as Promise<FileResult>
  }

  close(): Promise<void> {
    return this.#pool.destroy()
  }
}
