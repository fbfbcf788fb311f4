// Issue 14: no stack traces, one meaning for -o. Every error that reaches
// the top of a command is one line and a non-zero exit.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import t from 'tap'
import { reportFatal } from '../../lib/cli/fatal.js'
import { clean, cleanHtml, cleanWithReport } from '../../lib/index.js'
import { cli } from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'cleanup-fatal-'))
const ARTICLE = 'Floods close the coast road\n\nHeavy rain closed the coast road for most of Sunday, police said, and drivers were told to avoid the area.\n'
const a = join(dir, 'a.txt')
const b = join(dir, 'b.txt')
writeFileSync(a, ARTICLE)
writeFileSync(b, ARTICLE)
const TRACE = /\bat \S+ \(|triggerUncaughtException|node:internal/

t.test('--out-dir naming an existing file: one line, exit 1', async (t) => {
  const existing = join(dir, 'existing')
  writeFileSync(existing, '')
  const r = await cli(['--out-dir', existing, a, b])
  t.equal(r.status, 1)
  t.equal(r.stderr, `cleanup: ${existing}: cannot create folder: already exists (as a file, where a folder is needed)\n`)
  t.notMatch(r.stderr, TRACE)
})

t.test('--output in a missing folder: one line naming the path, exit 1, nothing left behind', async (t) => {
  const target = join(dir, 'nodir', 'x.txt')
  const r = await cli(['--output', target, a])
  t.equal(r.status, 1)
  t.equal(r.stderr, `cleanup: ${target}: cannot write: no such file or folder\n`)
})

t.test('-o names a file, as in learn and report; --out-dir a folder', async (t) => {
  const out = join(dir, 'clean.txt')
  const r = await cli([a, '-o', out])
  t.equal(r.status, 0, r.stderr)
  t.ok(statSync(out).isFile(), '-o wrote a file, not a folder')
  t.equal(readFileSync(out, 'utf8'), ARTICLE)
  const help = await cli(['--help'])
  t.match(help.stdout, /^ {2}-o, --output FILE/m)
  t.match(help.stdout, /^ {2}--out-dir DIR/m)
  for (const sub of ['learn', 'report']) t.match((await cli([sub, '--help'])).stdout, /^ {2}-o, --output FILE/m, sub)
})

t.test('an unknown error: one line asking for a bug report; the trace only with --debug', async (t) => {
  const run = (debug: boolean): { status: number; text: string } => {
    const err = new PassThrough()
    let text = ''
    err.setEncoding('utf8').on('data', (d: string) => (text += d))
    const status = reportFatal(new RangeError('boom\nsecond line'), err, { debug })
    return { status, text }
  }
  const quiet = run(false)
  t.equal(quiet.status, 70)
  t.equal(quiet.text, 'cleanup: internal error: boom (this is a bug: please report it with the command line; --debug prints the stack trace)\n')
  const loud = run(true)
  t.match(loud.text, /^cleanup: internal error: boom .*\nRangeError: boom\n.*\n\s+at /s)
})

t.test('the library says what it wanted instead of failing deep inside', async (t) => {
  const bads: unknown[] = [undefined, null, 42, {}, ['x']]
  for (const bad of bads) {
    const text = bad as string
    t.throws(() => clean(text), { name: 'TypeError', message: /^clean\(text\): text must be a string or a Uint8Array, not / }, JSON.stringify(bad) ?? 'undefined')
    t.throws(() => cleanWithReport(text), { name: 'TypeError', message: /^clean\(text\)/ })
    t.throws(() => cleanHtml(text), { name: 'TypeError', message: /^cleanHtml\(text\)/ })
  }
})
