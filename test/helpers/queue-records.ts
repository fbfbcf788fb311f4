// JSON Lines corpora for the queue tests, built from the seeds, and the
// single-process reference every queue result is compared with.
import { cleanRecordLine, type RecordOptions } from '../../lib/records/record.js'
import { rejectLine } from '../../lib/records/batch.js'
import { pairs } from './pairs.js'

/**
 * `n` records cycling through the seeds, each made distinct by its id and a
 * closing line, with members that must keep their bytes: an integer too
 * large for a double, a number spelt "1.0", an escaped non-ASCII string.
 */
export function makeRecords(n: number, start = 0): string[] {
  const texts = pairs('seeds').map((p) => p.input.toString('utf8'))
  const lines: string[] = []
  for (let i = start; i < start + n; i++) {
    const text = `${texts[i % texts.length] ?? ''}\nFiled as story ${i}.\n`
    lines.push(`{"id":${JSON.stringify(`doc-${i}`)},"url":"https://example.test/news/${i}","big":12345678901234567890${i},"score":1.0,"meta":{"n":${i},"tags":["x","\\u00ff"]},"text":${JSON.stringify(text)}}`)
  }
  return lines
}

export interface Expected {
  /** Output lines of the records that clean, in input order. */
  outputs: string[]
  /** Refused records: 1-based line number, reason, the line verbatim. */
  rejects: Array<{ line: number; reason: string; input: string }>
}

/** What one process gives for these lines: cleanRecordLine on each, in order (blank lines skipped). */
export function reference(lines: readonly string[], options: RecordOptions = {}): Expected {
  const outputs: string[] = []
  const rejects: Expected['rejects'] = []
  lines.forEach((input, i) => {
    if (/^[ \t\r]*$/.test(input)) return
    const r = cleanRecordLine(input, options)
    if (r.ok) outputs.push(r.line)
    else rejects.push({ line: i + 1, reason: r.reason, input })
  })
  return { outputs, rejects }
}

/** The rejects file `cleanup --jsonl --rejects` would write for these rejects of `source`. */
export function rejectsFileText(source: string, rejects: Expected['rejects']): string {
  return rejects.map((r) => rejectLine(source, r.line, r.reason, Buffer.from(r.input)).toString('utf8')).join('')
}
