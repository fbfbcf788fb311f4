// The built CLI with --jsonl on files: gzip in and out, several inputs, --out-dir and --skip-existing.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import t from 'tap'
import { cli, dir, file, INPUT } from './helpers/jsonl.js'

t.test('gzip in (detected from the bytes) and out (--output FILE.gz)', async (t) => {
  const plain = cli(['--jsonl', '--jobs', '1'], INPUT).stdout
  const gz = file('in.jsonl.gz', gzipSync(INPUT))
  const out = join(dir, 'out.jsonl.gz')
  const r = cli(['--jsonl', gz, '--output', out])
  t.equal(r.status, 0, r.stderr)
  t.equal(gunzipSync(readFileSync(out)).toString(), plain)
  t.equal(cli(['--jsonl', '--jobs', '1'], gzipSync(INPUT)).stdout, plain, 'gzipped stdin')
  const two = cli(['--jsonl', gz, file('in.jsonl', INPUT)])
  t.equal(two.stdout, plain + plain, 'several inputs, one after another')
  const truncated = cli(['--jsonl', file('cut.jsonl.gz', gzipSync(INPUT).subarray(0, 2000))])
  t.equal(truncated.status, 1)
  t.match(truncated.stderr, /cut\.jsonl\.gz: gzip: /)
})

t.test('--out-dir: one output per input, gzip kept by name; --skip-existing', async (t) => {
  const plain = cli(['--jsonl', '--jobs', '1'], INPUT).stdout
  const out = join(dir, 'per-input')
  const a = file('a.jsonl.gz', gzipSync(INPUT))
  const b = file('b.jsonl', INPUT)
  const r = cli(['--jsonl', '--out-dir', out, a, b])
  t.equal(r.status, 0, r.stderr)
  t.equal(gunzipSync(readFileSync(join(out, 'a.jsonl.gz'))).toString(), plain)
  t.equal(readFileSync(join(out, 'b.jsonl'), 'utf8'), plain)
  writeFileSync(join(out, 'b.jsonl'), 'kept\n')
  t.equal(cli(['--jsonl', '--out-dir', out, '--skip-existing', a, b]).status, 0)
  t.equal(readFileSync(join(out, 'b.jsonl'), 'utf8'), 'kept\n', 'an existing output is skipped')
})

