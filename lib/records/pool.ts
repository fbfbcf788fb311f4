/**
 * The engine on several cores: a fixed set of worker threads (piscina) that
 * clean batches of records or single files. Callers bound how many tasks
 * they have in flight and take results in submission order, which is what
 * keeps output order equal to input order.
 */
import { Piscina } from 'piscina'
import type { FileResult, FileTask } from '../files/clean-file.js'
import type { BatchOptions, BatchResult } from './batch.js'
import type { RuleSet } from '../config/load.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'
import type { PoolTask } from './worker.js'

export class CleanPool {
  readonly #pool: Piscina<PoolTask, BatchResult | FileResult>

  /**
   * Start `threads` workers, each compiling the specs of `rules` (loaded and
   * validated once, in the calling thread).
   *
   * @example
   * ```ts
   * const pool = new CleanPool(2, loadRules({ files: ['my-rules.json'] }))
   * const result = await pool.batch(bytes, 1, { onError: 'skip', name: 'in.jsonl', keepRejects: false })
   * await pool.close()
   * ```
   */
  constructor(threads: number, rules: RuleSet, maxBytes = DEFAULT_MAX_BYTES) {
    this.#pool = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      workerData: { specs: rules.specs },
      // Our callers bound the tasks in flight; idle workers wait for the next batch.
      idleTimeout: 60_000,
      // A small young generation and an explicit old-generation limit make V8
      // collect sooner instead of growing each thread's heap: peak RSS with
      // two workers drops by a fifth. The limit leaves room for the largest
      // record (--max-bytes) many times over.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: Math.max(256, 64 + 32 * Math.ceil(maxBytes / 2 ** 20)) },
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
