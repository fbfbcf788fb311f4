/**
 * A small seeded pseudo-random generator, for what must come out the same
 * on every run: the report's document sample, and the generated corpora of
 * the tests and benchmarks (a failing case can be replayed from its seed).
 */

/**
 * mulberry32: a function giving numbers in [0, 1), the same sequence for
 * the same seed. Small and fast; not for secrets.
 *
 * @example
 * ```ts
 * const rng = mulberry32(7)
 * const coin = rng() < 0.5
 * ```
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
