// The built CLI on folders: -r DIR --out-dir mirrors the .txt tree, --in-place replaces atomically, --skip-existing resumes.
import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { pairs, ROOT } from './helpers/pairs.js'

const BIN = join(ROOT, 'bin/cleanup.js')
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
const seeds = pairs('seeds')

/** A tree: seeds at the top and in sub/deeper/, a non-.txt file, and a clean document. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'cleanup-tree-'))
  mkdirSync(join(root, 'sub/deeper'), { recursive: true })
  seeds.forEach((s, i) => writeFileSync(join(root, i % 2 === 0 ? '' : 'sub/deeper', `${i}.txt`), s.input))
  writeFileSync(join(root, 'notes.md'), 'not a text page')
  writeFileSync(join(root, 'sub/clean.txt'), seeds[0]!.expected)
  return root
}
const where = (i: number): string => (i % 2 === 0 ? `${i}.txt` : `sub/deeper/${i}.txt`)
const listTmp = (root: string): string[] => readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'))

t.test('-r DIR --out-dir OUT mirrors the tree of .txt files', async (t) => {
  for (const jobs of ['1', '2']) {
    const root = tree()
    const out = join(root, '..', `${root.split('/').pop()!}-out-${jobs}`)
    const r = cli(['-r', root, '--out-dir', out, '--stats', '--jobs', jobs])
    t.equal(r.status, 0, r.stderr)
    seeds.forEach((s, i) => t.equal(readFileSync(join(out, where(i)), 'utf8'), s.expected, `${jobs} jobs: ${where(i)}`))
    t.notOk(existsSync(join(out, 'notes.md')), 'only .txt files')
    t.match(r.stderr, new RegExp(`stats: ${seeds.length + 1} files = ${seeds.length + 1} cleaned \\+ 0 unchanged \\+ 0 skipped \\(existing\\) \\+ 0 failed`))
  }
})

t.test('--skip-existing resumes: existing outputs are left alone, the rest written', async (t) => {
  const root = tree()
  const out = join(root, 'out') // inside the tree: never walked into
  mkdirSync(join(out, 'sub/deeper'), { recursive: true })
  writeFileSync(join(out, where(1)), 'from an earlier run\n')
  const r = cli(['-r', root, '--out-dir', out, '--skip-existing', '--stats'])
  t.equal(r.status, 0, r.stderr)
  t.equal(readFileSync(join(out, where(1)), 'utf8'), 'from an earlier run\n', 'existing output untouched')
  t.equal(readFileSync(join(out, where(0)), 'utf8'), seeds[0]!.expected)
  t.match(r.stderr, /1 skipped \(existing\)/)
  t.notOk(existsSync(join(out, 'out')), 'the output folder is not cleaned into itself')
})

t.test('--in-place: atomic replace, permissions kept, unchanged files not rewritten, bad files reported', async (t) => {
  const root = tree()
  chmodSync(join(root, where(0)), 0o640)
  const old = new Date('2020-01-01T00:00:00Z')
  utimesSync(join(root, 'sub/clean.txt'), old, old)
  writeFileSync(join(root, 'bad.txt'), Buffer.from([0x61, 0xff]))
  const before = readFileSync(join(root, 'bad.txt'))
  const r = cli(['-r', root, '--in-place', '--stats', '--jobs', '2'])
  t.equal(r.status, 1, 'a bad file makes the exit status 1')
  t.match(r.stderr, /bad\.txt: invalid UTF-8 at byte 1/)
  seeds.forEach((s, i) => t.equal(readFileSync(join(root, where(i)), 'utf8'), s.expected, where(i)))
  t.equal(statSync(join(root, where(0))).mode & 0o777, 0o640, 'mode kept')
  t.equal(statSync(join(root, 'sub/clean.txt')).mtimeMs, old.getTime(), 'a clean file is not rewritten')
  t.same(readFileSync(join(root, 'bad.txt')), before, 'a bad file is left as it was')
  t.same(listTmp(root), [], 'no temporary files left')
  t.match(r.stderr, /1 unchanged \+ 0 skipped \(existing\) \+ 1 failed/)

  const again = cli(['-r', root, '--in-place', '--stats'])
  t.match(again.stderr, new RegExp(`0 cleaned \\+ ${seeds.length + 1} unchanged`), 'cleaning is idempotent')
})

t.test('--in-place on listed files; usage errors', async (t) => {
  const root = tree()
  const copy = join(root, 'copy.txt')
  cpSync(seeds[1]!.inputPath, copy)
  const r = cli(['--in-place', copy])
  t.equal(r.status, 0, r.stderr)
  t.equal(readFileSync(copy, 'utf8'), seeds[1]!.expected)
  for (const args of [['-r', root], ['-r', root, '--in-place', '--out-dir', 'x'], ['--in-place'], ['-r', root, 'file.txt'], ['--skip-existing', copy], ['--jsonl', '-r', root, '--out-dir', 'x']]) {
    const u = cli(args)
    t.equal(u.status, 2, args.join(' '))
    t.match(u.stderr, /^cleanup: .+\nTry 'cleanup --help'\.\n$/)
  }
  const missing = cli(['-r', join(root, 'nope'), '--out-dir', join(root, 'o')])
  t.equal(missing.status, 1)
  t.match(missing.stderr, /nope: cannot read: no such file/)
})
