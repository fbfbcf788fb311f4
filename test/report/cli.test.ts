// `cleanup report` as a user runs it: the built CLI, its files, exit codes and messages.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { clean, cleanWithReport, defaultRules } from '../../lib/index.js'
import { summariseReport } from '../../lib/records/record.js'
import { pairs, ROOT } from '../helpers/pairs.js'

const BIN = join(ROOT, 'bin/cleanup.js')
const cli = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, 'report', ...args], { input: input ?? '', encoding: 'utf8' })
const dir = mkdtempSync(join(tmpdir(), 'cleanup-report-'))
const seeds = pairs('seeds')
const seedInputs = seeds.map((s) => s.inputPath)

/** The document list embedded in a report page. */
function embedded(html: string): { documents: number; docs: Array<{ source: string; lines: string[] }> } {
  const m = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)
  if (!m) throw new Error('no data block')
  return JSON.parse(m[1]!) as { documents: number; docs: Array<{ source: string; lines: string[] }> }
}
const cardValue = (html: string, id: string): string | undefined => new RegExp(`<dd id="${id}">([^<]*)</dd>`).exec(html)?.[1]

t.test('--help, and the main help names the subcommand', async (t) => {
  const r = cli(['--help'])
  t.equal(r.status, 0)
  t.match(r.stdout, /^Usage: cleanup report \[options\] PATH\.\.\./)
  for (const option of ['--output', '--format', '--rules', '--no-default-rules', '--compare', '--jsonl', '--field', '--id-field', '--max-docs', '--max-bytes']) {
    t.match(r.stdout, new RegExp(`^  (?:-o, )?${option}\\b`, 'm'), option)
  }
  const main = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })
  t.match(main.stdout, /cleanup report PATH\.\.\. --output report\.html/)
})

t.test('usage errors exit 2 with one message and no stack trace', async (t) => {
  const cases: Array<[string[], RegExp]> = [
    [[], /no PATH given/],
    [['--format', 'pdf', 'x.txt'], /--format must be html or text, not "pdf"/],
    [['--field', 'body', 'x.txt'], /--field needs --jsonl/],
    [['--id-field', 'id', 'x.txt'], /--id-field needs --jsonl/],
    [['--max-docs=-3', 'x.txt'], /--max-docs must be a whole number, not "-3"/],
    [['--max-docs', 'lots', 'x.txt'], /--max-docs must be a whole number, not "lots"/],
    [['--max-bytes', '0', 'x.txt'], /--max-bytes must be a whole number above 0/],
    [['--bogus', 'x.txt'], /Unknown option '--bogus'/],
    [['-', '-'], /standard input/],
  ]
  for (const [args, message] of cases) {
    const r = cli(args)
    t.equal(r.status, 2, args.join(' '))
    t.match(r.stderr, /^cleanup: report: .+\nTry 'cleanup report --help'\.\n$/, args.join(' '))
    t.match(r.stderr, message)
    t.equal(r.stdout, '')
  }
})

t.test('a bad rules file, for either set, exits 2 naming the file', async (t) => {
  const bad = join(dir, 'bad-rules.json')
  writeFileSync(bad, '{"rules": [')
  for (const option of ['--rules', '--compare']) {
    const out = join(dir, `never-${option.slice(2)}.html`)
    const r = cli([option, bad, '--out', out, seedInputs[0]!])
    t.equal(r.status, 2, option)
    t.match(r.stderr, new RegExp(`^cleanup: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON`))
    t.notOk(existsSync(out), 'no report written')
  }
})

t.test('a report of the seeds: the page counts what cleaning does', async (t) => {
  const out = join(dir, 'nested', 'seeds.html')
  const r = cli([...seedInputs, '--out', out])
  t.equal(r.status, 0, r.stderr)
  t.equal(r.stdout, '', 'the page goes to --out')
  const html = readFileSync(out, 'utf8')
  const bytesOut = seeds.reduce((n, s) => n + Buffer.byteLength(clean(s.input)), 0)
  const linesOut = seeds.reduce((n, s) => n + cleanWithReport(s.input).linesOut, 0)
  t.equal(cardValue(html, 'sum-documents'), String(seeds.length))
  t.equal(cardValue(html, 'sum-bytes-out'), bytesOut.toLocaleString('en-US'))
  t.equal(cardValue(html, 'sum-lines-out'), linesOut.toLocaleString('en-US'))
  t.equal(cardValue(html, 'sum-refused'), '0')
  const data = embedded(html)
  t.same(data.docs.map((d) => d.source), seedInputs, 'every seed shown, in order')
  t.same(readdirSync(join(dir, 'nested')), ['seeds.html'], 'no temporary file left behind')
})

t.test('folders: their .txt files, all depths, in name order', async (t) => {
  const folder = join(dir, 'corpus')
  mkdirSync(join(folder, 'b'), { recursive: true })
  writeFileSync(join(folder, 'b', 'two.txt'), 'Headline two here today\nThe council agreed the plan on Monday, members said.\nRead more: elsewhere\n')
  writeFileSync(join(folder, 'a.txt'), 'Headline one here today\nThe council agreed the plan on Monday, members said.\n')
  writeFileSync(join(folder, 'notes.md'), 'not a document\n')
  const r = cli([folder])
  t.equal(r.status, 0, r.stderr)
  t.same(embedded(r.stdout).docs.map((d) => d.source), [join(folder, 'a.txt'), join(folder, 'b', 'two.txt')], 'HTML on stdout without --out')

  const empty = join(dir, 'empty')
  mkdirSync(empty)
  const e = cli([empty, '--format', 'text'])
  t.equal(e.status, 1, 'an empty folder is an input error')
  t.equal(e.stderr, `cleanup: ${empty}: no .txt files in this folder\n`)
  t.match(e.stdout, /0 documents, 1 refused/)
})

t.test('--format text: the per-rule table matches the cleaning run', async (t) => {
  const r = cli(['--format', 'text', ...seedInputs])
  t.equal(r.status, 0, r.stderr)
  t.match(r.stdout, new RegExp(`^cleanup report: ${seeds.length} documents, 0 refused\n`))
  const perRule = new Map<string, { docs: number; lines: number }>()
  for (const s of seeds) {
    for (const { rule, lines } of summariseReport(cleanWithReport(s.input)).removed) {
      const e = perRule.get(rule) ?? { docs: 0, lines: 0 }
      perRule.set(rule, { docs: e.docs + 1, lines: e.lines + lines })
    }
  }
  const rows = new Map<string, { docs: number; lines: number }>()
  for (const line of r.stdout.split('\n')) {
    const m = /^(\S+)\s+(\S+)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)$/.exec(line)
    if (m) rows.set(m[1]!, { docs: Number(m[3]!.replace(/,/g, '')), lines: Number(m[4]!.replace(/,/g, '')) })
  }
  t.ok(perRule.size > 3)
  for (const [rule, counts] of perRule) t.same(rows.get(rule), counts, rule)
  t.equal(rows.size, perRule.size, 'a row for each rule that fired, no other')
  const idle = /^removed nothing \((\d+)\): (.*)$/m.exec(r.stdout)
  t.ok(idle, 'the rules that never fired on one line')
  const ids = new Set(defaultRules().rules.map((x) => x.id))
  t.same(new Set([...rows.keys(), ...idle![2]!.split(', ')]), ids, 'every rule accounted for')
  t.equal(Number(idle![1]), ids.size - perRule.size)
  const linesIn = seeds.reduce((n, s) => n + cleanWithReport(s.input).linesIn, 0)
  const linesOut = seeds.reduce((n, s) => n + cleanWithReport(s.input).linesOut, 0)
  t.match(r.stdout, new RegExp(`lines\\s+${linesIn}\\s+in\\s+${linesOut}\\s+out`))
  t.match(r.stdout, /^flags:\n {2}most-removed\s+\d+/m)
})

t.test('--compare in text and HTML', async (t) => {
  const tuned = join(dir, 'tuned.json')
  writeFileSync(tuned, JSON.stringify({ rules: [{ id: 'cross-promo', enabled: false }] }))
  const r = cli(['--format', 'text', '--compare', tuned, ...seedInputs])
  t.equal(r.status, 0, r.stderr)
  t.match(r.stdout, /^A: bundled rules\.json$/m)
  t.match(r.stdout, /^B: bundled rules\.json \+ tuned\.json$/m)
  const crossPromo = seeds.reduce((n, s) => n + (summariseReport(cleanWithReport(s.input)).removed.find((x) => x.rule === 'cross-promo')?.lines ?? 0), 0)
  t.ok(crossPromo > 0)
  t.match(r.stdout, new RegExp(`lines removed by A only: ${crossPromo}, by B only: 0`))
  t.match(r.stdout, new RegExp(`^cross-promo\\s+cross-promo\\s+\\d+\\s+${crossPromo}\\s+-\\s+-\\s+${crossPromo}\\s+-$`, 'm'), 'B has no such rule')
  const out = join(dir, 'compare.html')
  t.equal(cli(['--compare', tuned, '--out', out, ...seedInputs]).status, 0)
  const html = readFileSync(out, 'utf8')
  t.equal(cardValue(html, 'sum-only-a'), String(crossPromo))
  t.equal(cardValue(html, 'sum-only-b'), '0')
})

t.test('--max-docs: a sample shown, every document counted', async (t) => {
  const r = cli(['--max-docs', '2', ...seedInputs])
  t.equal(r.status, 0)
  const data = embedded(r.stdout)
  t.equal(data.docs.length, 2)
  t.equal(data.documents, seeds.length)
  t.equal(cardValue(r.stdout, 'sum-documents'), String(seeds.length))
})

t.test('input errors: named on stderr, exit 1, counted and listed in the report', async (t) => {
  const binary = join(dir, 'binary.txt')
  writeFileSync(binary, Buffer.from('Some text\0more'))
  const out = join(dir, 'with-errors.html')
  const r = cli([seedInputs[0]!, 'missing.txt', binary, '--out', out])
  t.equal(r.status, 1)
  t.equal(r.stderr, `cleanup: missing.txt: cannot read: no such file\ncleanup: ${binary}: binary input: NUL byte at offset 9\n`)
  const html = readFileSync(out, 'utf8')
  t.equal(cardValue(html, 'sum-documents'), '1')
  t.equal(cardValue(html, 'sum-refused'), '2')
  t.match(html, /<li><code>missing\.txt<\/code>: cannot read: no such file<\/li>/)

  const tooBig = cli(['--max-bytes', '100', '--format', 'text', seedInputs[0]!])
  t.equal(tooBig.status, 1)
  t.match(tooBig.stderr, /over the limit of 100 bytes \(--max-bytes\)/)

  const unwritable = cli(['--out', dir, seedInputs[0]!])
  t.equal(unwritable.status, 1, 'a folder as --out')
  t.match(unwritable.stderr, new RegExp(`^cleanup: ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write: `))
  t.same(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind')
})

t.test('--jsonl: records from plain and gzip files, bad records named', async (t) => {
  const good = seeds.slice(0, 3).map((s, i) => JSON.stringify({ id: `doc-${i}`, body: s.input.toString('utf8') }))
  const lines = [good[0], 'not json', '', good[1], JSON.stringify({ id: 'no-body' }), JSON.stringify({ body: 42 }), good[2]]
  const plain = join(dir, 'records.jsonl')
  writeFileSync(plain, lines.join('\n') + '\n')
  const gz = join(dir, 'records.jsonl.gz')
  writeFileSync(gz, gzipSync(lines.join('\r\n') + '\r\n'))
  for (const file of [plain, gz]) {
    const r = cli(['--jsonl', '--field', 'body', '--id-field', 'id', file])
    t.equal(r.status, 1, file)
    const errors = r.stderr.trim().split('\n')
    t.equal(errors.length, 3, 'one line per bad record')
    t.match(errors[0], new RegExp(`^cleanup: .*records\\.jsonl(\\.gz)?:2: malformed JSON`))
    t.match(errors[1], /:5 no-body: no "body" field$/)
    t.match(errors[2], /:6: "body" is number, not a string$/)
    const data = embedded(r.stdout)
    t.equal(data.documents, 3)
    t.same(data.docs.map((d) => d.source), [`${file}:1 doc-0`, `${file}:4 doc-1`, `${file}:7 doc-2`])
    t.same(data.docs[1]!.lines, seeds[1]!.input.toString('utf8').replace(/\n$/, '').split('\n'), 'the record text shown')
  }
  const folder = join(dir, 'records')
  mkdirSync(folder)
  writeFileSync(join(folder, 'a.jsonl'), good.join('\n'))
  writeFileSync(join(folder, 'b.jsonl.gz'), gzipSync(good.join('\n')))
  writeFileSync(join(folder, 'c.txt'), 'not records\n')
  const f = cli(['--jsonl', '--field', 'body', folder])
  t.equal(f.status, 0, f.stderr)
  t.equal(embedded(f.stdout).docs.filter((d) => d.source.includes('b.jsonl.gz:')).length, 3, 'a folder gives its .jsonl and .jsonl.gz files')
  t.equal(embedded(f.stdout).documents, 6)
  const corrupt = join(dir, 'corrupt.jsonl.gz')
  writeFileSync(corrupt, Buffer.concat([gzipSync(good[0] + '\n').subarray(0, 30), Buffer.from('garbage')]))
  const c = cli(['--jsonl', '--field', 'body', '--format', 'text', corrupt])
  t.equal(c.status, 1)
  // The words cleanup --jsonl uses for the same file (the shared reader's).
  t.match(c.stderr, new RegExp(`^cleanup: ${corrupt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: gzip: `))
  const missing = cli(['--jsonl', '--format', 'text', join(dir, 'nope.jsonl')])
  t.equal(missing.status, 1)
  t.match(missing.stderr, /nope\.jsonl: cannot read: no such file\n$/)
  const stdin = cli(['--jsonl', '--field', 'body', '--format', 'text', '-'], good.join('\n'))
  t.equal(stdin.status, 0, stdin.stderr)
  t.match(stdin.stdout, /^cleanup report: 3 documents, 0 refused/)
})

t.test('a text document on standard input', async (t) => {
  const r = cli(['-'], seeds[2]!.input)
  t.equal(r.status, 0)
  const data = embedded(r.stdout)
  t.same(data.docs.map((d) => d.source), ['<stdin>'])
})
