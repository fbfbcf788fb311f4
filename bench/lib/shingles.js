// The shingle metric of the extraction benchmarks (bench/eval-html.js,
// bench/eval-lines.js --shingles): both texts NFKC-normalised, lower-cased,
// cut into words (runs of letters and digits); a shingle is 4 consecutive
// words (a text of 1-3 words is one shorter shingle). Precision and recall
// are over the multisets of shingles; an empty output scores 0.

const WORD = /[\p{L}\p{N}]+/gu
export function shingles(text) {
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? []
  const counts = new Map()
  const n = words.length < 4 ? Math.min(1, words.length) : words.length - 3
  for (let i = 0; i < n; i++) {
    const s = words.slice(i, i + 4).join(' ')
    counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  return { counts, total: n }
}
export function score(out, gold) {
  const a = shingles(out)
  const b = shingles(gold)
  if (a.total === 0 || b.total === 0) return { p: a.total === b.total ? 1 : 0, r: a.total === b.total ? 1 : 0, f: a.total === b.total ? 1 : 0 }
  let common = 0
  for (const [s, n] of a.counts) common += Math.min(n, b.counts.get(s) ?? 0)
  const p = common / a.total
  const r = common / b.total
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}
