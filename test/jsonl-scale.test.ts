// The built CLI with --jsonl at scale: worker pool equal to one thread, GNU parallel --pipe equal to one process,
// progress only on a terminal.
import { spawnSync } from 'node:child_process'
import t from 'tap'
import { BIN, cli, file, INPUT, stats } from './helpers/jsonl.js'
import { smallRecords } from './helpers/records.js'

t.test('--jobs 2 (worker pool) writes exactly what one thread writes', async (t) => {
  const many = smallRecords(1500).join('\n') + '\n' // several batches of 256
  const path = file('many.jsonl', many)
  const one = cli(['--jsonl', '--jobs', '1', '--report-field', 'r', path])
  const two = cli(['--jsonl', '--jobs', '2', '--report-field', 'r', '--stats', path])
  t.equal(one.status, 0)
  t.equal(two.status, 0, two.stderr)
  t.equal(two.stdout.length, one.stdout.length)
  t.ok(two.stdout === one.stdout, 'byte-identical output')
  t.same(stats(two.stderr), { records: 1500, out: 1500, rejected: 0 })
  t.same(one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id), [...Array(1500).keys()], 'in input order')
})

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0
const parallelSkip = hasParallel ? false : 'GNU parallel is not installed (apt-get install parallel; .ci/run installs it)'

t.test('GNU parallel --pipe: output equal to a single process', { skip: parallelSkip }, async (t) => {
  const many = smallRecords(1500).join('\n') + '\n'
  const single = cli(['--jsonl', '--jobs', '1'], many).stdout
  const r = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '--block', '100k', '-j', '2', process.execPath, BIN, '--jsonl', '--jobs', '1'], { input: many, encoding: 'utf8', maxBuffer: 1 << 28 })
  t.equal(r.status, 0, r.stderr)
  t.ok(r.stdout === single, 'byte-identical to one process')
  t.equal(r.stdout.split('\n').length, single.split('\n').length)
})

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0

t.test('progress: never on a pipe', async (t) => {
  t.equal(cli(['--jsonl', file('piped.jsonl', INPUT)]).stderr, '', 'nothing on a piped stderr')
})

t.test('progress: on a terminal unless --quiet', { skip: hasScript ? false : 'script(1) (util-linux) is not there to fake a terminal' }, async (t) => {
  const path = file('progress.jsonl', INPUT)
  const run = (extra: string) => spawnSync('script', ['-qec', `${process.execPath} ${BIN} --jsonl ${extra} ${path} > /dev/null`, '/dev/null'], { encoding: 'utf8' })
  t.match(run('').stdout, /records/, 'a bar on the terminal')
  t.notMatch(run('--quiet').stdout, /records/, '--quiet silences it')
})
