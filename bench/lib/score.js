// Scoring a cleaned document against its expected text, for the accuracy
// benchmarks (bench/eval.js on input/expected pairs, bench/learn.js on the
// generated learning corpus): both count documents the same way.

/** The words of a text: runs of non-space. */
export const words = (text) => text.split(/\s+/).filter(Boolean)

/** Words of `a`'s lines missing from `b` (line multiset difference). */
export function missingWords(a, b) {
  const have = new Map()
  for (const l of b.split(/\r?\n/)) have.set(l, (have.get(l) ?? 0) + 1)
  let missing = 0
  for (const l of a.split(/\r?\n/)) {
    const n = have.get(l) ?? 0
    if (n > 0) have.set(l, n - 1)
    else missing += words(l).length
  }
  return missing
}

/** Counts over documents: exact outputs, clean documents changed, lossy ones, ones with cruft left. */
export const newTally = () => ({ docs: 0, exact: 0, clean: 0, cleanChanged: 0, lossy: 0, cruftLeft: 0 })

/**
 * Count one document into `tally`: `out` the cleaner's output, `expected`
 * the article alone, `isClean` whether the input had nothing to remove.
 * Returns the share of article words lost and the cruft words left.
 */
export function countDocument(tally, out, expected, isClean) {
  const lost = missingWords(expected, out) / Math.max(1, words(expected).length)
  const left = missingWords(out, expected)
  tally.docs++
  if (out === expected) tally.exact++
  if (isClean) {
    tally.clean++
    if (out !== expected) tally.cleanChanged++
  }
  if (lost > 0.01) tally.lossy++
  if (left > 0) tally.cruftLeft++
  return { lost, left }
}
