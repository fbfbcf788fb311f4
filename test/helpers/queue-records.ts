// JSON Lines corpora for the queue tests, built from the seeds, and the
// single-process reference every queue result is compared with.
import { cleanRecord, parseRecordLine, type RecordOptions } from '../../lib/records/record.js'
import { pairs } from './pairs.js'

/** `n` records cycling through the seeds, each made distinct by its id and a closing line. */
export function makeRecords(n: number, start = 0): string[] {
  const texts = pairs('seeds').map((p) => p.input.toString('utf8'))
  const lines: string[] = []
  for (let i = start; i < start + n; i++) {
    const text = `${texts[i % texts.length] ?? ''}\nFiled as story ${i}.\n`
    lines.push(JSON.stringify({ id: `doc-${i}`, url: `https://example.test/news/${i}`, meta: { n: i, lang: 'en', tags: ['x', 'ÿ'] }, text }))
  }
  return lines
}

export interface Expected {
  /** Output lines of the records that clean, in input order. */
  outputs: string[]
  /** Refused records: 1-based line number, reason, the line verbatim. */
  rejects: Array<{ line: number; reason: string; input: string }>
}

/** What one process gives for these lines: cleanRecord on each, in order (blank lines skipped). */
export function reference(lines: readonly string[], options: RecordOptions = {}): Expected {
  const outputs: string[] = []
  const rejects: Expected['rejects'] = []
  lines.forEach((input, i) => {
    if (input.trim() === '') return
    const parsed = parseRecordLine(input)
    if (!parsed.ok) return void rejects.push({ line: i + 1, reason: parsed.reason, input })
    const r = cleanRecord(parsed.value, options)
    if (r.ok) outputs.push(JSON.stringify(r.record))
    else rejects.push({ line: i + 1, reason: r.reason, input })
  })
  return { outputs, rejects }
}
