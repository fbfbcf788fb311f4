/**
 * The documents a report covers, one at a time: text files, folders of
 * .txt files (walked in name order), or JSON Lines records. Nothing is held
 * beyond the current document, and an input that cannot be read comes back
 * as a refusal with the reason instead of ending the run.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { InputError } from '../errors.js'
import { readInput } from '../files/io.js'
import { describeReadError } from '../records/input.js'
import { readRecords } from '../records/read.js'
import { decodeDocument } from '../text/decode.js'

/** A text document to clean. */
export interface TextInput {
  kind: 'text'
  source: string
  text: string
}

/** A JSON Lines record to clean with the shared record core. */
export interface RecordInput {
  kind: 'record'
  source: string
  value: Record<string, unknown>
}

/** An input that could not be read or parsed. */
export interface RefusedInputItem {
  kind: 'refused'
  source: string
  reason: string
}

export type InputItem = TextInput | RecordInput | RefusedInputItem

export interface InputOptions {
  /** Read JSON Lines records instead of text documents. */
  jsonl: boolean
  /** With jsonl: a field whose value names the record in the report. */
  idField?: string
  maxBytes: number
  stdin: Readable
}

/** Files under a folder whose names match, all depths, in a stable order. */
async function filesUnder(dir: string, pattern: RegExp): Promise<string[]> {
  const names = await readdir(dir, { recursive: true })
  const files: string[] = []
  for (const name of names.sort()) {
    if (!pattern.test(name)) continue
    const path = join(dir, name)
    if ((await stat(path)).isFile()) files.push(path)
  }
  return files
}

async function isDirectory(path: string): Promise<boolean> {
  if (path === '-') return false
  try {
    return (await stat(path)).isDirectory()
  } catch {
    // Missing or unreadable: reading it reports why.
    return false
  }
}

/** An input error as a refusal of `source`: the reason without the name it already carries. */
function refusal(err: unknown, source: string): RefusedInputItem {
  if (!(err instanceof InputError)) throw err
  return { kind: 'refused', source, reason: err.message.startsWith(`${source}: `) ? err.message.slice(source.length + 2) : err.message }
}

async function* textDocuments(path: string, options: InputOptions): AsyncGenerator<InputItem> {
  const source = path === '-' ? '<stdin>' : path
  try {
    const bytes = await readInput(path, options.stdin, options.maxBytes)
    yield { kind: 'text', source, text: decodeDocument(bytes, { maxBytes: options.maxBytes, source }) }
  } catch (err) {
    yield refusal(err, source)
  }
}

function recordName(path: string, lineNo: number, value: Record<string, unknown>, idField: string | undefined): string {
  const where = `${path === '-' ? '<stdin>' : path}:${lineNo}`
  const id = idField === undefined ? undefined : value[idField]
  return typeof id === 'string' || typeof id === 'number' ? `${where} ${String(id)}` : where
}

/**
 * The records of one input through the reader `cleanup --jsonl` uses, so
 * the report sees the same records (gzip told from the bytes, BOM dropped,
 * invalid UTF-8 and over-long lines refused, every line counted). A record
 * it refuses is a refusal here; a read error after some records refuses
 * the input, after the records read before it.
 */
async function* jsonRecords(path: string, options: InputOptions): AsyncGenerator<InputItem> {
  const source = path === '-' ? '<stdin>' : path
  try {
    for await (const r of readRecords(path, { stdin: options.stdin, maxBytes: options.maxBytes, maxBytesOption: '--max-bytes' })) {
      if (r.parsed.ok) yield { kind: 'record', source: recordName(path, r.lineNo, r.parsed.value, options.idField), value: r.parsed.value }
      else yield { kind: 'refused', source: `${r.source}:${r.lineNo}`, reason: r.parsed.reason }
    }
  } catch (err) {
    yield refusal(err, source)
  }
}

/**
 * Every document of the given paths, in order: a folder gives its .txt
 * files (or, with jsonl, its .jsonl and .jsonl.gz files), "-" is standard input.
 *
 * @example
 * ```ts
 * for await (const item of inputDocuments(['pages/'], { jsonl: false, maxBytes: 1e7, stdin: process.stdin })) {
 *   if (item.kind === 'text') console.log(item.source, item.text.length)
 * }
 * ```
 */
export async function* inputDocuments(paths: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  const pattern = options.jsonl ? /\.jsonl(?:\.gz)?$/i : /\.txt$/i
  const what = options.jsonl ? '.jsonl or .jsonl.gz' : '.txt'
  for (const path of paths) {
    let files = [path]
    if (await isDirectory(path)) {
      try {
        files = await filesUnder(path, pattern)
      } catch (err) {
        yield { kind: 'refused', source: path, reason: describeReadError(err) }
        continue
      }
      // An empty folder is most likely a wrong path: say so rather than report on nothing.
      if (files.length === 0) yield { kind: 'refused', source: path, reason: `no ${what} files in this folder` }
    }
    for (const file of files) yield* options.jsonl ? jsonRecords(file, options) : textDocuments(file, options)
  }
}


