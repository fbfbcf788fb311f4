import { mulberry32 } from '../random.js'

/**
 * A uniform random sample of at most `size` items from a stream of unknown
 * length (Vitter's algorithm R), with a seeded generator so the same input
 * always gives the same sample. Items are built lazily: a stream item the
 * sample would not keep is never constructed.
 *
 * @example
 * ```ts
 * const r = new Reservoir<number>(2, 1)
 * for (let i = 0; i < 10; i++) r.offer(() => i)
 * r.items().length // => 2
 * ```
 */
export class Reservoir<T> {
  private readonly kept: T[] = []
  private seen = 0
  private readonly random: () => number

  constructor(readonly size: number, seed: number) {
    this.random = mulberry32(seed)
  }

  /** Consider the next item of the stream; `make` runs only if the sample keeps it. */
  offer(make: () => T): void {
    const n = this.seen++
    if (n < this.size) {
      this.kept.push(make())
      return
    }
    const j = Math.floor(this.random() * (n + 1))
    if (j < this.size) this.kept[j] = make()
  }

  /** How many items were offered. */
  get offered(): number {
    return this.seen
  }

  /** The sample (a copy, in no particular order). */
  items(): T[] {
    return [...this.kept]
  }
}
