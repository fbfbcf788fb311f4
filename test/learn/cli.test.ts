// `cleanup learn` as a user runs it (the built CLI): learn from a folder or
// JSON Lines, write the rules, clean with them; errors and exit codes.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { parseRulesFile } from '../../lib/index.js'
import { corpus } from '../helpers/outlets.js'
import { ROOT } from '../helpers/pairs.js'

const BIN = join(ROOT, 'bin/cleanup.js')
const cli = (args: string[], input = '') => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' })
const dir = mkdtempSync(join(tmpdir(), 'cleanup-learn-'))
const docs = corpus({ seed: 21 })

// One folder per outlet, as a crawl might be laid out.
const pages = join(dir, 'pages')
for (const d of docs) {
  mkdirSync(join(pages, d.source), { recursive: true })
  writeFileSync(join(pages, `${d.id}.txt`), d.text)
}
const jsonl = docs.map((d) => JSON.stringify({ id: d.id, domain: d.source, text: d.text })).join('\n') + '\n'

t.test('learn from one outlet\'s folder, then clean its pages with the rules', async (t) => {
  const out = join(dir, 'bugle.json')
  const r = cli(['learn', '--out', out, join(pages, 'bugle.example')])
  t.equal(r.status, 0, r.stderr)
  t.equal(r.stdout, '')
  t.match(r.stderr, /^cleanup learn: 11 documents: \d+ line rules, \d+ cue rules/)
  const rules = parseRulesFile(readFileSync(out, 'utf8'), out)
  t.ok(rules.rules.length > 0)
  t.notOk(rules.rules.some((x) => x.sources !== undefined), 'no --source-field: rules are not scoped')
  for (const d of docs.filter((x) => x.source === 'bugle.example').slice(0, 3)) {
    const cleaned = cli(['--rules', out, join(pages, `${d.id}.txt`)])
    t.equal(cleaned.stdout, d.expected, d.id)
  }
})

t.test('learn per source from gzipped JSON Lines; clean with --source', async (t) => {
  const gz = join(dir, 'corpus.jsonl.gz')
  writeFileSync(gz, gzipSync(jsonl))
  const r = cli(['learn', '--jsonl', '--source-field', 'domain', gz])
  t.equal(r.status, 0, r.stderr)
  t.match(r.stderr, /44 documents, 4 sources/)
  const file = join(dir, 'learned.json')
  writeFileSync(file, r.stdout)
  const rules = parseRulesFile(r.stdout, 'stdout')
  t.ok(rules.rules.every((x) => x.sources?.length === 1), 'every rule is scoped to its source')
  t.same(JSON.parse(cli(['learn', '--jsonl', '--source-field', 'domain', '-'], jsonl).stdout), rules, 'stdin gives the same rules')
  for (const d of docs.filter((x) => x.source === 'metro.example').slice(0, 2)) {
    t.equal(cli(['--rules', file, '--source', d.source, '-'], d.text).stdout, d.expected, d.id)
  }
  const metro = docs.find((x) => x.source === 'metro.example')!
  t.not(cli(['--rules', file, '--source', 'bugle.example', '-'], metro.text).stdout, metro.expected, 'another source\'s rules do not clean it')
})

t.test('--verbose lists what the guards kept out', async (t) => {
  const r = cli(['learn', '--jsonl', '--source-field', 'domain', '--verbose', '-'], jsonl)
  t.equal(r.status, 0)
  t.match(r.stderr, /cleanup learn: kept out \(article-line, \d+ documents of \w+\.example\): /)
})

t.test('unusable inputs are named, the rest still learned, exit 1', async (t) => {
  const bad = join(dir, 'bad.jsonl')
  writeFileSync(bad, `${jsonl}not json\n{"id":"x","domain":"metro.example"}\n{"id":"y","text":7}\n`)
  const r = cli(['learn', '--jsonl', '--source-field', 'domain', bad, join(dir, 'missing.jsonl')])
  t.equal(r.status, 1)
  t.match(r.stderr, new RegExp(`cleanup: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:45: malformed JSON`))
  t.match(r.stderr, /bad\.jsonl:46: no "text" field/)
  t.match(r.stderr, /bad\.jsonl:47: "text" is number, not a string/, 'the reason cleanup --jsonl gives')
  t.match(r.stderr, /missing\.jsonl: cannot read: no such file/)
  t.match(r.stderr, /4 inputs could not be used/)
  t.ok(parseRulesFile(r.stdout, 'stdout').rules.length > 0, 'rules from the good records')

  const noSource = cli(['learn', '--jsonl', '--source-field', 'site', '-'], jsonl)
  t.equal(noSource.status, 1)
  t.match(noSource.stderr, /no record has a "site" field \(--source-field\): no documents to learn from/)
  t.equal(noSource.stdout, '')

  const binary = join(dir, 'bin', 'x.txt')
  mkdirSync(join(dir, 'bin'), { recursive: true })
  writeFileSync(binary, Buffer.from('a\0b'))
  const r2 = cli(['learn', join(dir, 'bin')])
  t.equal(r2.status, 1)
  t.match(r2.stderr, /x\.txt: binary input/)
  t.match(r2.stderr, /no documents to learn from/)
  t.equal(r2.stdout, '', 'nothing written without documents')
})

t.test('usage errors exit 2; help lists the options', async (t) => {
  for (const args of [['learn'], ['learn', '--source-field', 'domain', 'x'], ['learn', '--min-docs', '1', 'x'], ['learn', '--min-share', '2', 'x'], ['learn', '--bogus', 'x']]) {
    const r = cli(args)
    t.equal(r.status, 2, args.join(' '))
    t.match(r.stderr, /^cleanup: learn: .+\nTry 'cleanup learn --help'\.\n$/)
  }
  const help = cli(['learn', '--help'])
  t.equal(help.status, 0)
  for (const option of ['--out', '--jsonl', '--field', '--id-field', '--source-field', '--min-docs', '--min-share', '--examples', '--verbose']) t.match(help.stdout, option)
  const main = cli(['--help'])
  t.match(main.stdout, /cleanup learn/)
  t.match(main.stdout, /--source NAME/)
})
