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
  private state: number

  constructor(readonly size: number, seed: number) {
    this.state = seed >>> 0
  }

  /** mulberry32: small, fast, good enough to pick a sample (not for secrets). */
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
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
