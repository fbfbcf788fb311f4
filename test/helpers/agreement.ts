// The agreement check (test/agreement*.test.ts): every face of the cleaner
// gives the same bytes for the same input and options: clean(),
// cleanWithReport(), the stream, the CLI with files, on stdin, with -r (one
// thread and two) and --in-place, and --jsonl (one thread and two), over
// every fixture. The CLI runs are batched (one run per face and variant over
// a folder of all fixtures) so the check stays quick.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import type { Test } from 'tap'
import { main } from '../../lib/cli/main.js'
import { clean, cleanWithReport, createCleanStream, decodeDocument, decodeHtml, InputError, looksLikeHtml, loadRules, type CleanOptions } from '../../lib/index.js'
import { BIN } from './cli.js'
import { ROOT, throughStream } from './pairs.js'

const FOLDERS = ['seeds', 'test/fixtures', 'test/pages', 'test/fixtures-html']
const work = mkdtempSync(join(tmpdir(), 'cleanup-agreement-'))

/** Every fixture input (a file beside its .expected.txt), under a name unique across folders; all end in .txt so -r takes them. */
export const inputs = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((f) => !f.endsWith('.expected.txt') && readdirSync(join(ROOT, folder)).includes(`${f.replace(/\.[^.]+$/, '')}.expected.txt`))
    .sort()
    .map((f) => ({ name: `${folder.replaceAll('/', '-')}--${f}${f.endsWith('.txt') ? '' : '.txt'}`, bytes: readFileSync(join(ROOT, folder, f)) })),
)
const docs = join(work, 'docs')
mkdirSync(docs)
for (const d of inputs) writeFileSync(join(docs, d.name), d.bytes)

// A rule scoped to one source that removes lines found in most fixtures: with
// the source it fires, without it it must not (so a face that drops --source shows).
const scopedRules = join(work, 'scoped.json')
writeFileSync(scopedRules, JSON.stringify({ rules: [{ id: 'agreement-scoped', kind: 'line', sources: ['example.com'], patterns: ['\\b(?:said|the)\\b'], maxWords: 400 }] }))

export interface Variant {
  name: string
  options: CleanOptions
  flags: string[]
  /** Also run the two-thread faces (they cost a process start each). */
  threads?: boolean
}
export const VARIANTS: Variant[] = [
  { name: 'defaults', options: {}, flags: [], threads: true },
  { name: '--mode article', options: { mode: 'article' }, flags: ['--mode', 'article'] },
  { name: '--mode page', options: { mode: 'page' }, flags: ['--mode', 'page'] },
  { name: '--format text', options: { format: 'text' }, flags: ['--format', 'text'] },
  { name: '--format html', options: { format: 'html' }, flags: ['--format', 'html'] },
  { name: '--source', options: { source: 'example.com', rules: loadRules({ files: [scopedRules] }) }, flags: ['--rules', scopedRules, '--source', 'example.com'], threads: true },
]

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** The built CLI, run to the end. */
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

/** The CLI's main() with `bytes` on its standard input. */
async function onStdin(flags: string[], bytes: Buffer): Promise<string> {
  const stdin = new PassThrough()
  const stdout = new PassThrough()
  let out = ''
  stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
  stdin.end(bytes)
  const status = await main([...flags, '-q'], { stdin, stdout, stderr: new PassThrough() })
  if (status !== 0) throw new Error(`cleanup ${flags.join(' ')} on stdin: exit ${status}`)
  return out
}

/** A record's text is a string: the document as the pipeline decodes it (a page from its sniffed charset). */
function recordText(bytes: Buffer, options: CleanOptions): string {
  const html = options.format === 'html' || (options.format !== 'text' && looksLikeHtml(bytes))
  return html ? decodeHtml(bytes) : decodeDocument(bytes)
}

/** --jsonl over all fixtures (`copies` times over, so two threads get more than one batch); outputs by record id. */
async function jsonl(v: Variant, docs: typeof inputs, jobs: number, copies: number): Promise<Map<string, string>> {
  const file = join(work, `records ${v.name} ${copies}.jsonl`.replace(/[^a-z0-9.]+/gi, '-'))
  const lines: string[] = []
  for (let c = 0; c < copies; c++) for (const d of docs) lines.push(JSON.stringify({ id: `${c}/${d.name}`, text: recordText(d.bytes, v.options) }))
  writeFileSync(file, lines.join('\n') + '\n')
  const r = await cli(['--jsonl', file, '--jobs', String(jobs), '-q', ...v.flags])
  if (r.status !== 0) throw new Error(`--jsonl ${v.name}: exit ${r.status}: ${r.stderr}`)
  const out = new Map<string, string>()
  for (const line of r.stdout.split('\n').filter((l) => l !== '')) {
    const record = JSON.parse(line) as { id: string; text: string }
    out.set(record.id, record.text)
  }
  return out
}

/** A CLI run that writes one output file per input into a folder; returns the folder. */
async function intoFolder(label: string, status: number, args: (out: string) => string[]): Promise<string> {
  const out = join(work, label.replace(/[^a-z0-9]+/gi, '-'))
  const r = await cli([...args(out), '-q'])
  if (r.status !== status) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`)
  return out
}

/** What clean() gives for a fixture, or the refusal (an InputError, e.g. a legacy-encoded page forced to be text). */
export function cleaned(bytes: Buffer, options: CleanOptions): { text: string } | { refused: string } {
  try {
    return { text: clean(bytes, options) }
  } catch (err) {
    if (err instanceof InputError) return { refused: err.message }
    throw err
  }
}

/**
 * Check that every face gives clean()'s bytes for every fixture under one
 * variant. A fixture clean() refuses must be refused by every face: no
 * output file, no record, a stream error.
 */
export async function checkAgreement(t: Test, v: Variant): Promise<void> {
  const expected = new Map(inputs.map((d) => [d.name, cleaned(d.bytes, v.options)]))
  const refused = inputs.filter((d) => 'refused' in (expected.get(d.name) ?? { text: '' }))
  const accepted = inputs.filter((d) => !refused.includes(d))
  // The CLI exits 1 when an input could not be cleaned, after cleaning the rest.
  const status = refused.length > 0 ? 1 : 0
  const [files, recursive, recursive2, inPlace, records, records2] = await Promise.all([
    intoFolder(`files ${v.name}`, status, (out) => [...v.flags, '--out-dir', out, ...inputs.map((d) => join(docs, d.name))]),
    intoFolder(`r ${v.name}`, status, (out) => [...v.flags, '-r', docs, '--out-dir', out, '--jobs', '1']),
    v.threads === true ? intoFolder(`r2 ${v.name}`, status, (out) => [...v.flags, '-r', docs, '--out-dir', out, '--jobs', '2']) : undefined,
    v.threads === true ? inPlaceCopy(v, status) : undefined,
    jsonl(v, accepted, 1, 1),
    v.threads === true ? jsonl(v, accepted, 2, 4) : undefined,
  ])
  for (const d of refused) {
    await t.rejects(throughStream(createCleanStream(v.options), d.bytes, 7), InputError, `${d.name}: the stream refuses it too`)
    t.throws(() => cleanWithReport(d.bytes, v.options), InputError, `${d.name}: cleanWithReport() refuses it too`)
    t.notOk(existsSync(join(files, d.name)) || existsSync(join(recursive, d.name)), `${d.name}: the CLI refuses it too (no output)`)
    await t.rejects(onStdin(v.flags, d.bytes), /exit 1/, `${d.name}: on stdin too`)
  }
  for (const d of accepted) {
    const want = (expected.get(d.name) as { text: string }).text
    const faces: Array<[string, string | undefined]> = [
      ['cleanWithReport()', cleanWithReport(d.bytes, v.options).text],
      ['stream, 7-byte chunks', await throughStream(createCleanStream(v.options), d.bytes, 7)],
      ['CLI with a file', readFileSync(join(files, d.name), 'utf8')],
      ['CLI on stdin', await onStdin(v.flags, d.bytes)],
      ['-r --out-dir', readFileSync(join(recursive, d.name), 'utf8')],
      ['--jsonl', records.get(`0/${d.name}`)],
    ]
    if (recursive2 !== undefined) faces.push(['-r --jobs 2', readFileSync(join(recursive2, d.name), 'utf8')])
    if (inPlace !== undefined) faces.push(['--in-place', readFileSync(join(inPlace, d.name), 'utf8')])
    if (records2 !== undefined) for (let c = 0; c < 4; c++) faces.push([`--jsonl --jobs 2, copy ${c + 1}`, records2.get(`${c}/${d.name}`)])
    // A JSON Lines text from which nothing is removed comes back byte for byte
    // (issue 14): the one documented difference, a final newline clean() adds.
    const report = cleanWithReport(d.bytes, v.options)
    const asGiven = report.format === 'text' && report.removals.length === 0 && report.guard === undefined ? d.bytes.toString('utf8') : undefined
    const differ = faces.filter(([face, text]) => text !== want && !(face.startsWith('--jsonl') && asGiven !== undefined && text === asGiven)).map(([face]) => face)
    t.same(differ, [], `${d.name}: every face gives clean()'s bytes`)
  }
}

/** -r --in-place on a copy of the fixtures folder; returns the copy. */
async function inPlaceCopy(v: Variant, status: number): Promise<string> {
  const copy = join(work, `in-place ${v.name}`.replace(/[^a-z0-9]+/gi, '-'))
  cpSync(docs, copy, { recursive: true })
  const r = await cli([...v.flags, '-r', copy, '--in-place', '--jobs', '1', '-q'])
  if (r.status !== status) throw new Error(`--in-place ${v.name}: exit ${r.status}: ${r.stderr}`)
  return copy
}
