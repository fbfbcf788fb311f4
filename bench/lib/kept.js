// Which lines of a document a cleaner kept, for the line benchmarks
// (bench/eval-lines.js, bench/train-page-decision.js).

/** Which input lines an output kept: the output's lines are a subsequence of the input's, matched greedily. */
export function keptLines(lines, out) {
  const kept = new Array(lines.length).fill(false)
  const outLines = out.split(/\r?\n/).filter((l) => l.trim() !== '')
  let j = 0
  for (let i = 0; i < lines.length && j < outLines.length; i++) {
    if (lines[i] === outLines[j]) {
      kept[i] = true
      j++
    }
  }
  return kept
}

/** Line F1 of one document: kept article lines against its labels (non-blank lines only). */
export function lineF1(lines, labels, out) {
  const kept = keptLines(lines, out)
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    if (kept[i] && labels[i] === 1) tp++
    else if (kept[i]) fp++
    else if (labels[i] === 1) fn++
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}
