// The built CLI as a user runs it: exit codes, stderr messages, files, stdin, --explain.
import { spawnSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { pairs, ROOT } from './helpers/pairs.js'

const BIN = join(ROOT, 'bin/cleanup.js')
const cli = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8' })
const dir = mkdtempSync(join(tmpdir(), 'cleanup-cli-'))
const seeds = pairs('seeds')
const seed = seeds[0]!

t.test('--help and --version', async (t) => {
  const help = cli(['--help'])
  t.equal(help.status, 0)
  t.match(help.stdout, /Usage: cleanup \[options\] \[FILE\.\.\.\]/)
  t.match(help.stdout, /--explain/)
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  t.equal(cli(['-V']).stdout, `${version}\n`)
})

t.test('HTML and markdown inputs, each the first of its process, come out as the library cleans them', async (t) => {
  // The CLI loads the HTML and markdown halves of the pipeline only for an input that needs them (lib/pipeline-core.ts).
  const { cleanDocument } = await import('../lib/pipeline.js')
  const html = join(ROOT, 'test/fixtures-html/article-beside-notice-column.html')
  const markdown = join(ROOT, 'test/fixtures-markdown/archive-grid-turndown.md')
  for (const [name, path, format] of [
    ['an HTML file', html, 'auto'],
    ['a markdown file', markdown, 'auto'],
    ['HTML forced on an HTML file', html, 'html'],
    ['markdown forced on a text file', seed.inputPath, 'markdown'],
  ] as const) {
    const bytes = readFileSync(path)
    const expected = cleanDocument(bytes, { format, name: path }).text
    const args = format === 'auto' ? [] : ['--format', format]
    const r = cli([...args, path])
    t.equal(r.status, 0, name)
    t.equal(r.stdout, expected, name)
    const fromStdin = cli([...args, '-'], bytes)
    t.equal(fromStdin.stdout, expected, `${name}, on stdin`)
  }
})

t.test('usage errors exit 2 with a message and no stack trace', async (t) => {
  for (const args of [['--bogus'], ['a.txt', 'b.txt'], ['--max-bytes', 'lots'], ['-', '-', '--out-dir', dir]]) {
    const r = cli(args)
    t.equal(r.status, 2, args.join(' '))
    t.match(r.stderr, /^cleanup: .+\nTry 'cleanup --help'\.\n$/)
    t.notMatch(r.stderr, /\bat \S+ \(/, 'no stack trace')
    t.equal(r.stdout, '')
  }
})

t.test('a bad rules file exits 2 naming file and rule', async (t) => {
  const bad = join(dir, 'bad-rules.json')
  writeFileSync(bad, JSON.stringify({ rules: [{ id: 'mine', kind: 'line', patterns: ['[z-a]'] }] }))
  const r = cli(['--rules', bad, seed.inputPath])
  t.equal(r.status, 2)
  t.match(r.stderr, new RegExp(`^cleanup: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: rule "mine": invalid pattern`))
  t.equal(r.stdout, '', 'nothing cleaned with a broken config')
})

t.test('input errors exit 1 naming the file; nothing partial on stdout', async (t) => {
  const binary = join(dir, 'binary.txt')
  writeFileSync(binary, Buffer.from('Some text\0more'))
  const r1 = cli([binary])
  t.equal(r1.status, 1)
  t.equal(r1.stderr, `cleanup: ${binary}: binary input: NUL byte at offset 9\n`)
  t.equal(r1.stdout, '')

  const r2 = cli(['missing-file.txt'])
  t.equal(r2.status, 1)
  t.equal(r2.stderr, 'cleanup: missing-file.txt: cannot read: no such file\n')

  const r3 = cli([], Buffer.from([0x61, 0xc3]))
  t.equal(r3.status, 1)
  t.match(r3.stderr, /^cleanup: <stdin>: invalid UTF-8 at byte 1\n$/)

  const r4 = cli(['--max-bytes', '100', seed.inputPath])
  t.equal(r4.status, 1)
  t.match(r4.stderr, /over the limit of 100 bytes/)
  t.equal(r4.stdout, '')
})

t.test('several files with --out-dir; a bad one is reported and the rest still written', async (t) => {
  const out = join(dir, 'out')
  const bad = join(dir, 'bad.txt')
  writeFileSync(bad, Buffer.from([0xff]))
  const r = cli(['--out-dir', out, ...seeds.map((s) => s.inputPath), bad])
  t.equal(r.status, 1)
  t.match(r.stderr, /bad\.txt: invalid UTF-8/)
  for (const s of seeds) {
    const name = s.inputPath.split('/').pop()!
    t.equal(readFileSync(join(out, name), 'utf8'), s.expected, name)
  }
  t.notOk(existsSync(join(out, 'bad.txt')), 'no output for the bad input')
  t.same(readdirSync(out).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left')

  const clash = cli(['--out-dir', out, seed.inputPath, join(dir, '..', seed.inputPath.split('/').pop()!)])
  t.equal(clash.status, 2, 'two inputs with one base name are refused')
})

t.test('--explain lists removals on stderr, stdout unchanged', async (t) => {
  const seed002 = seeds.find((s) => s.name.startsWith('seeds/002'))!
  const r = cli(['--explain', seed002.inputPath])
  t.equal(r.status, 0)
  t.equal(r.stdout, seed002.expected)
  t.match(r.stderr, /002_8705832a1ab5d9c3\.txt:1: app-prompts: contains "all your news in one place"\n {4}\| Get all your news in one place\./)
  t.match(r.stderr, /:69-80: paywall: .*cut to the end/)
  t.match(r.stderr, /80 lines in, 57 out/)
})

t.test('--print-config prints the merged rules; --no-default-rules starts empty', async (t) => {
  const r = cli(['--print-config'])
  t.equal(r.status, 0)
  const printed = JSON.parse(r.stdout) as { rules: Array<{ id: string }> }
  const bundled = JSON.parse(readFileSync(join(ROOT, 'rules.json'), 'utf8')) as { rules: Array<{ id: string }> }
  t.same(printed.rules.map((x) => x.id), bundled.rules.map((x) => x.id))
  const empty = cli(['--no-default-rules', '--print-config'])
  t.same(JSON.parse(empty.stdout), { rules: [] })
  const passthrough = cli(['--no-default-rules', seed.inputPath])
  t.equal(passthrough.stdout, readFileSync(seed.inputPath, 'utf8').replace(/^\n+/, '').replace(/\n*$/, '\n'))
})

t.test('"-" reads stdin; an early-closed pipe ends quietly', async (t) => {
  t.equal(cli(['-'], seed.input).stdout, seed.expected)
  const child = spawn(process.execPath, [BIN, seed.inputPath], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  child.stdout.destroy() // like `| head` exiting before we write
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  t.equal(code, 0)
  t.equal(stderr, '')
})
