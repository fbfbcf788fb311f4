/**
 * Results of tasks run in parallel, taken in the order the tasks were
 * started: what keeps output order equal to input order while several
 * workers run. At most `limit` tasks are in flight; `push` waits (settling
 * the oldest) when the line is full, which is the backpressure that keeps
 * memory bounded however large the input.
 */
export class OrderedQueue<T> {
  readonly #pending: Array<Promise<T>> = []
  readonly #limit: number
  readonly #settle: (value: T) => Promise<boolean>
  #stopped = false

  /**
   * @param settle called with each result in order; returns false to stop
   * (later results are then dropped, never settled).
   *
   * @example
   * ```ts
   * const q = new OrderedQueue<Buffer>(4, async (out) => { await sink.write(out); return true })
   * for (const batch of batches) if (!(await q.push(pool.run(batch)))) break
   * await q.drain()
   * ```
   */
  constructor(limit: number, settle: (value: T) => Promise<boolean>) {
    this.#limit = Math.max(1, limit)
    this.#settle = settle
  }

  /** Queue a started task; false once settling has stopped. */
  async push(task: Promise<T>): Promise<boolean> {
    // A task that fails while waiting its turn must not count as unhandled; its error is thrown when its turn comes.
    task.catch(() => undefined)
    if (this.#stopped) return false
    this.#pending.push(task)
    while (this.#pending.length >= this.#limit && !this.#stopped) await this.#next()
    return !this.#stopped
  }

  /** Settle everything in flight; false if settling stopped. */
  async drain(): Promise<boolean> {
    while (this.#pending.length > 0 && !this.#stopped) await this.#next()
    return !this.#stopped
  }

  async #next(): Promise<void> {
    const task = this.#pending.shift()
    if (task === undefined) return
    if (!(await this.#settle(await task))) {
      this.#stopped = true
      this.#pending.length = 0
    }
  }
}
