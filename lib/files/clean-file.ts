/**
 * One file cleaned into its output file through the pipeline: the unit of
 * work of `-r` and `--in-place`, run in process or in a worker thread.
 */
import { mkdir, readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { RuleSet } from '../config/load.js'
import { InputError } from '../errors.js'
import { cleanDocument, type CleanDocumentOptions } from '../pipeline.js'
import { describeReadError } from '../records/input.js'
import { writeAtomic } from './io.js'

/** One file to clean: plain data, so it can be sent to a worker thread. */
export interface FileTask {
  input: string
  /** Where the clean text goes; the input itself for --in-place. */
  output: string
  maxBytes: number
  /** The pipeline options besides the rules (mode, format, source), as for any other input. */
  options?: Omit<CleanDocumentOptions, 'rules' | 'maxBytes' | 'name' | 'vocabulary'>
}

export type FileResult = { status: 'cleaned' | 'unchanged' } | { status: 'failed'; message: string }

/**
 * Clean `task.input` into `task.output`, written atomically. When the two
 * are the same file and cleaning changes nothing, the file is left alone
 * (its time stamps too). Input problems come back as a failed result, not
 * an exception, so one bad file never stops the others.
 *
 * @example
 * ```ts
 * const r = await cleanFile({ input: 'pages/a.txt', output: 'clean/a.txt', maxBytes: 10 << 20 }, defaultRules())
 * if (r.status === 'failed') console.error(r.message)
 * ```
 */
export async function cleanFile(task: FileTask, rules: RuleSet): Promise<FileResult> {
  try {
    let bytes: Buffer
    let mode: number
    try {
      const st = await stat(task.input)
      if (st.size > task.maxBytes) throw new InputError(`document is over the limit of ${task.maxBytes} bytes (--max-bytes)`, task.input)
      mode = st.mode & 0o7777
      bytes = await readFile(task.input)
    } catch (err) {
      if (err instanceof InputError) throw err
      throw new InputError(describeReadError(err), task.input)
    }
    const { text } = cleanDocument(bytes, { ...task.options, rules, maxBytes: task.maxBytes, name: task.input })
    const inPlace = task.output === task.input
    if (inPlace && Buffer.from(text).equals(bytes)) return { status: 'unchanged' }
    await mkdir(dirname(task.output), { recursive: true })
    await writeAtomic(task.output, text, inPlace ? mode : undefined)
    return { status: 'cleaned' }
  } catch (err) {
    if (err instanceof InputError) return { status: 'failed', message: err.message }
    const e = err as NodeJS.ErrnoException
    if (typeof e.code === 'string') return { status: 'failed', message: `${task.output}: cannot write: ${e.message}` }
    throw err
  }
}
