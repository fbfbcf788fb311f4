/**
 * Keeping the main thread's memory in bounds while workers clean.
 *
 * With --jsonl on several threads the main thread allocates almost nothing
 * on the JavaScript heap but a steady stream of short-lived Buffers (read
 * chunks, batches, results). V8 collects them only when a collection runs,
 * and with so little heap allocation that happens once some 64 MB of dead
 * buffers have piled up outside the heap. Running a full collection of this
 * small heap now and then keeps peak RSS down: with two workers on 1 GB
 * of records, 215 MB -> about 175 MB at twice a second (bench/ingest.js);
 * with the rules grown since, four times a second took another 10 MB off
 * (215 -> 205 MB on 200 MB of the same records).
 *
 * The garbage is made per byte of input, not per second, so collections are
 * paced by the bytes handed to the workers ({@link collectGarbageEvery}):
 * a timer collected the same garbage several times over on a loaded
 * machine, where the same input takes longer (a full collection every
 * 250 ms was about a tenth of the CPU time of --jsonl --jobs 2 over 1,500 records with a load average of 12).
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Input bytes between two collections: a fraction of a second of two workers' work (a batch is at most 1 MiB). */
export const COLLECT_EVERY_BYTES = 2 * 2 ** 20

/**
 * A function to call with the size of each piece of input handed on: it
 * runs a full garbage collection each time `bytes` more have passed. Needs
 * V8's `gc()`, which is switched on here; if the runtime refuses, it does
 * nothing.
 *
 * @example
 * ```ts
 * const handed = collectGarbageEvery(COLLECT_EVERY_BYTES)
 * for (const batch of batches) {
 *   handed(batch.length)
 *   await pool.batch(batch)
 * }
 * ```
 */
export function collectGarbageEvery(bytes: number): (size: number) => void {
  let gc: (() => void) | undefined
  try {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  } catch {
    return () => {}
  }
  let since = 0
  return (size) => {
    since += size
    if (since < bytes) return
    since = 0
    gc?.()
  }
}
