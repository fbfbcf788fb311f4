/**
 * Reading a corpus to learn from: text files, folders of them, or JSON
 * Lines records (read by the shared record reader, as `cleanup --jsonl`
 * reads them). It yields documents and reports each one it cannot use,
 * never dropping one silently.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { InputError } from '../errors.js'
import { readRecords } from '../records/read.js'
import { recordSource, recordText } from '../records/record.js'
import { decodeDocument } from '../text/decode.js'
import type { LearnDocument } from './profile.js'

export interface ReadCorpusOptions {
  /** Read JSON Lines records instead of one document per file. */
  jsonl?: boolean
  /** Record field holding the text (default "text"). */
  field?: string
  /** Record field naming the record in examples (default "id"; else FILE:LINE). */
  idField?: string
  /** Record field naming the record's source. */
  sourceField?: string
  maxBytes: number
  /** What "-" reads. */
  stdin: Readable
}

/** A document or record that could not be used: where, and why (one line). */
export type ProblemHandler = (message: string) => void

const TEXT_FILE = /\.txt$/i
const JSONL_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/i

/** Files under a folder whose names match, sorted, at any depth. */
async function walk(dir: string, wanted: RegExp): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const path = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(path, wanted)))
    else if (e.isFile() && wanted.test(e.name)) out.push(path)
  }
  return out
}

function why(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  return e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message
}

/** Expand PATHs: folders become the files in them the mode reads. */
async function expand(paths: readonly string[], wanted: RegExp, problem: ProblemHandler): Promise<string[]> {
  const out: string[] = []
  for (const path of paths) {
    if (path === '-') {
      out.push(path)
      continue
    }
    try {
      if ((await stat(path)).isDirectory()) {
        const files = await walk(path, wanted)
        if (files.length === 0) problem(`${path}: no ${wanted === TEXT_FILE ? '.txt' : '.jsonl'} files in this folder`)
        out.push(...files)
      } else {
        out.push(path)
      }
    } catch (err) {
      problem(`${path}: cannot read: ${why(err)}`)
    }
  }
  return out
}

async function readWhole(path: string, stdin: Readable, maxBytes: number): Promise<Buffer> {
  if (path !== '-') {
    const size = (await stat(path)).size
    if (size > maxBytes) throw new InputError(`document is ${size} bytes, over the limit of ${maxBytes} (--max-bytes)`, path)
    return readFile(path)
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buf.length
    if (size > maxBytes) throw new InputError(`document is over the limit of ${maxBytes} bytes (--max-bytes)`, '<stdin>')
    chunks.push(buf)
  }
  return Buffer.concat(chunks, size)
}

/**
 * The documents of a corpus, in order. Each problem (unreadable file,
 * binary or invalid text, malformed record, missing text field) goes to
 * `problem` with its place, and reading goes on.
 *
 * @example
 * ```ts
 * for await (const doc of readCorpus(['pages/'], { maxBytes: 1e7, stdin: process.stdin }, console.error)) docs.push(doc)
 * ```
 */
export async function* readCorpus(paths: readonly string[], options: ReadCorpusOptions, problem: ProblemHandler): AsyncGenerator<LearnDocument> {
  const files = await expand(paths, options.jsonl === true ? JSONL_FILE : TEXT_FILE, problem)
  for (const path of files) {
    if (options.jsonl === true) {
      yield* jsonlDocuments(path, options, problem)
      continue
    }
    const id = path === '-' ? '<stdin>' : path
    try {
      const text = decodeDocument(await readWhole(path, options.stdin, options.maxBytes), { maxBytes: options.maxBytes, source: id })
      yield { id, text }
    } catch (err) {
      problem(err instanceof InputError ? err.message : `${id}: cannot read: ${why(err)}`)
    }
  }
}

/**
 * The records of one JSON Lines input through the reader `cleanup --jsonl`
 * uses (gzip told from the bytes, BOM dropped, invalid UTF-8 and over-long
 * lines refused, every line counted), checked by the shared record core:
 * a record learn cannot use gets the reason cleaning would give it.
 */
async function* jsonlDocuments(path: string, options: ReadCorpusOptions, problem: ProblemHandler): AsyncGenerator<LearnDocument> {
  const field = options.field ?? 'text'
  const idField = options.idField ?? 'id'
  try {
    for await (const r of readRecords(path, { stdin: options.stdin, maxBytes: options.maxBytes, maxBytesOption: '--max-bytes' })) {
      const where = `${r.source}:${r.lineNo}`
      if (!r.parsed.ok) {
        problem(`${where}: ${r.parsed.reason}`)
        continue
      }
      const record = r.parsed.value
      const checked = recordText(record, { field, maxBytes: options.maxBytes })
      if (!checked.ok) {
        problem(`${where}: ${checked.reason}`)
        continue
      }
      const id = recordSource(record, idField) ?? where
      const source = options.sourceField === undefined ? undefined : recordSource(record, options.sourceField)
      yield { id, text: checked.text, ...(source === undefined ? {} : { source }) }
    }
  } catch (err) {
    // A missing file or corrupt gzip: the records before it were used; the message names the input.
    if (!(err instanceof InputError)) throw err
    problem(err.message)
  }
}
