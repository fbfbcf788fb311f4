/**
 * Keeping the main thread's memory in bounds while workers clean.
 *
 * With --jsonl on several threads the main thread allocates almost nothing
 * on the JavaScript heap but a steady stream of short-lived Buffers (read
 * chunks, batches, results). V8 collects them only when a collection runs,
 * and with so little heap allocation that happens once some 64 MB of dead
 * buffers have piled up outside the heap. Running a full collection of this
 * small heap four times a second costs a few percent of the main thread
 * (which is mostly idle) and keeps peak RSS down: with two workers on 1 GB
 * of records, 215 MB -> about 175 MB at twice a second (bench/ingest.js);
 * with the rules grown since, four times a second takes another 10 MB off
 * (215 -> 205 MB on 200 MB of the same records).
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Run a full garbage collection every `ms` milliseconds until the returned
 * function is called. Needs V8's `gc()`, which is switched on here; if the
 * runtime refuses, this does nothing.
 *
 * @example
 * ```ts
 * const stop = collectGarbageEvery(250)
 * try { await cleanEverything() } finally { stop() }
 * ```
 */
export function collectGarbageEvery(ms: number): () => void {
  let gc: (() => void) | undefined
  try {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  } catch {
    return () => {}
  }
  const timer = setInterval(() => gc?.(), ms)
  timer.unref()
  return () => clearInterval(timer)
}
