/** Number formatting shared by the text and HTML renderers, fixed to one locale so reports compare byte for byte. */

const GROUPED = new Intl.NumberFormat('en-US')

/** 12345 -> "12,345". */
export function count(n: number): string {
  return GROUPED.format(n)
}

/** Share removed as a percentage with one decimal: 0.1234 -> "12.3%". */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '0.0%'
  return `${((part / whole) * 100).toFixed(1)}%`
}

/** "1 document", "2 documents": a count with its noun. */
export function counted(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`
}
