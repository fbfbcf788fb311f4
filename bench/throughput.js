#!/usr/bin/env node
// Throughput of the `cleanup` command beside a passthrough, in one run, on
// a corpus built from public data (issue 15). Prints figures; asserts nothing.
//
//   node bench/throughput.js [--corpus FILE] [--limit N] [--rounds 3] [--root DIR] [--jsonl-repeat K] [--only a,b]
//
// --corpus is a JSON Lines file of records with a "text" field, by default
// /work/data/corpus/dev.jsonl (bench/build-corpus.js builds it from public
// repositories: Dragnet, L3S-GN1, CleanEval, CleanPortalEval, Readability
// test pages); --limit takes its first N records. --root is the cleanup checkout to measure (default: this
// one), so an older build can be measured with this same script:
//
//   git -C /work/main archive COMMIT | tar -x -C /tmp/before && (cd /tmp/before && ln -s /work/main/node_modules && npm run build)
//   node bench/throughput.js --root /tmp/before
//
// Every figure is a child process (`node bin/cleanup.js ...` against a node
// script doing the least the same job needs), timed by its CPU time (user +
// system, worker threads included; bench/lib/maxrss.js reports it from
// inside) and wall clock. Cleanup and its passthrough alternate for
// --rounds rounds and medians are printed: on a shared machine compare the
// ratios, not the absolutes. Ratio = passthrough time / cleanup time, so
// 0.5x means cleanup runs at half the passthrough's speed.
//
// Shapes:
//   folder   every record as a file, `cleanup --out-dir OUT FILE...`
//   long     every record in one file (blank line between), `cleanup -o OUT FILE`
//   short    one file of 100k short lines (the corpus's lines of at most 8 words)
//   linear   one line of 2.5, 5 and 10 MB through the command, and adversarial
//            lines in process (about x2 per doubling is linear)
//   jsonl    the corpus file at --jobs 1 and 2 (default) beside a parse/stringify
//            passthrough, with peak RSS and a byte-identical check
//   small    `-r` on 7 small files, default --jobs beside --jobs 1
//   startup  `cleanup --version` and one small file beside a bare node script
//            that imports the library
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { ADVERSARIAL, adversarialDocument } from './lib/adversarial.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '/work/data/corpus/dev.jsonl' },
    rounds: { type: 'string', default: '3' },
    root: { type: 'string', default: resolve(here, '..') },
    'jsonl-repeat': { type: 'string', default: '1' },
    only: { type: 'string' },
    limit: { type: 'string' },
    'time-limit': { type: 'string', default: '120' },
  },
})
const rounds = Number(values.rounds)
const root = resolve(values.root)
const cli = join(root, 'bin/cleanup.js')
const library = join(root, 'dist/lib/index.js')
const maxrss = join(here, 'lib/maxrss.js')
const only = values.only === undefined ? null : new Set(values.only.split(','))
const want = (shape) => only === null || only.has(shape)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (x, digits = 2) => x.toFixed(digits)

/** Run node with ARGS (stdout to a file when given); CPU seconds, wall seconds and peak RSS in MB. */
function run(args, { stdout, timeout } = {}) {
  const start = process.hrtime.bigint()
  const out = stdout === undefined ? 'ignore' : ['ignore', 'pipe', 'pipe']
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(maxrss).href, ...args], { stdio: out === 'ignore' ? ['ignore', 'ignore', 'pipe'] : out, maxBuffer: 1 << 30, ...(timeout !== undefined ? { timeout } : {}) })
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') return null
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  const stderr = r.stderr.toString()
  const m = /bench-maxrss-kb=(\d+) bench-cpu-us=(\d+)/.exec(stderr)
  if (r.status !== 0 || m === null) throw new Error(`node ${args.join(' ').slice(0, 200)} failed (${r.status}): ${stderr.slice(0, 500)}`)
  if (stdout !== undefined) writeFileSync(stdout, r.stdout)
  return { cpu: Number(m[2]) / 1e6, wall, rss: Number(m[1]) / 1024 }
}

/** Alternate the named commands for `rounds` rounds; the medians of each. */
function compare(commands) {
  const got = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  for (let r = 0; r < rounds; r++) for (const [name, fn] of Object.entries(commands)) got[name].push(fn())
  return Object.fromEntries(Object.entries(got).map(([k, xs]) => [k, { cpu: median(xs.map((x) => x.cpu)), wall: median(xs.map((x) => x.wall)), rss: Math.max(...xs.map((x) => x.rss)) }]))
}

function row(label, t, mb) {
  return `  ${label.padEnd(40)} ${fmt(t.cpu).padStart(7)} s CPU ${fmt(t.wall).padStart(7)} s wall ${fmt(mb / t.cpu, 1).padStart(7)} MB/s ${fmt(t.rss, 0).padStart(5)} MB peak RSS`
}

function ratio(label, base, t) {
  return `  ${label.padEnd(40)} ${fmt(base.cpu / t.cpu).padStart(7)}x CPU ${fmt(base.wall / t.wall).padStart(6)}x wall`
}

const work = mkdtempSync(join(tmpdir(), 'cleanup-throughput-'))
try {
  console.log(`cleanup at ${root}; node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${fmt(totalmem() / 2 ** 30, 1)} GiB, load average ${loadavg().map((l) => fmt(l)).join(' ')}`)
  console.log(`corpus ${values.corpus}${values.limit === undefined ? '' : ` (first ${values.limit} records)`}; medians of ${rounds} alternating rounds; ratio = passthrough time / cleanup time`)
  const recordLines = readFileSync(values.corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, values.limit === undefined ? undefined : Number(values.limit))
  const records = recordLines.map((l) => JSON.parse(l))
  const texts = records.map((r) => r.text).filter((t) => typeof t === 'string' && t.trim() !== '')

  if (want('folder')) {
    const dir = join(work, 'folder')
    mkdirSync(dir)
    const files = texts.map((t, i) => {
      const f = join(dir, `${String(i).padStart(5, '0')}.txt`)
      writeFileSync(f, t)
      return f
    })
    const mb = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6
    const out = join(work, 'folder-out')
    mkdirSync(out)
    const t = compare({
      passthrough: () => run([join(here, 'lib/text-passthrough.js'), '--out-dir', out, ...files]),
      cleanup: () => run([cli, '-q', '--out-dir', out, ...files]),
    })
    console.log(`\nFolder: ${files.length} documents, ${fmt(mb, 1)} MB (median ${fmt(median(texts.map((x) => x.length)) / 1e3, 1)} kB)`)
    console.log(row('passthrough (read, split, join, write)', t.passthrough, mb))
    console.log(row('cleanup --out-dir OUT FILE...', t.cleanup, mb))
    console.log(ratio('cleanup / passthrough', t.passthrough, t.cleanup))
  }

  const textShape = (title, name, text) => {
    const file = join(work, `${name}.txt`)
    writeFileSync(file, text)
    const mb = statSync(file).size / 1e6
    const out = join(work, `${name}.out`)
    const t = compare({
      passthrough: () => run([join(here, 'lib/text-passthrough.js'), '-o', out, file]),
      cleanup: () => run([cli, '-q', '--max-bytes', String(2 ** 31), '-o', out, file]),
    })
    console.log(`\n${title}: ${fmt(mb, 1)} MB, ${text.split('\n').length - 1} lines`)
    console.log(row('passthrough (read, split, join, write)', t.passthrough, mb))
    console.log(row('cleanup -o OUT FILE', t.cleanup, mb))
    console.log(ratio('cleanup / passthrough', t.passthrough, t.cleanup))
    return t
  }

  if (want('long')) textShape('One long document (every record, blank line between)', 'long', texts.join('\n\n') + '\n')

  if (want('short')) {
    const short = texts.flatMap((t) => t.split('\n')).filter((l) => l.trim() !== '' && l.trim().split(/\s+/).length <= 8)
    const lines = Array.from({ length: 100_000 }, (_, i) => short[i % short.length])
    textShape('A document of 100k short lines (the corpus lines of at most 8 words)', 'short', lines.join('\n') + '\n')
  }

  if (want('linear')) {
    const prose = texts.join(' ').replace(/\s+/g, ' ')
    const limit = Number(values['time-limit'])
    console.log(`\nLinear time: one line of prose through the command (cleanup CPU time minus \`--version\`; limit ${limit} s wall each)`)
    const base = compare({ version: () => run([cli, '--version']) }).version.cpu
    let previous
    for (const size of [2_500_000, 5_000_000, 10_000_000]) {
      let s = prose
      while (s.length < size) s += ' ' + s
      const file = join(work, `line-${size}.txt`)
      writeFileSync(file, s.slice(0, size) + '\n')
      const t = run([cli, '-q', '--max-bytes', String(2 ** 31), '-o', join(work, 'line.out'), file], { timeout: limit * 1000 })
      if (t === null) {
        console.log(`  ${`${fmt(size / 1e6, 1)} MB, 1 line`.padEnd(20)} over the limit (${limit} s): not linear`)
        break
      }
      const own = t.cpu - base
      console.log(`  ${`${fmt(size / 1e6, 1)} MB, 1 line`.padEnd(20)} ${fmt(own, 3).padStart(8)} s   ${previous === undefined ? '' : `x${fmt(own / previous)} time for x2 size`}`)
      previous = own
    }
    const { clean } = await import(pathToFileURL(library).href)
    const seconds = (fn) => {
      const start = process.cpuUsage()
      fn()
      const u = process.cpuUsage(start)
      return (u.user + u.system) / 1e6
    }
    const sizes = [100_000, 200_000, 400_000]
    console.log(`Linear time: adversarial lines in process (each in the header, body and tail of a short article), ${sizes.join(' / ')} characters`)
    let worst = 0
    for (const [family, make] of Object.entries(ADVERSARIAL)) {
      const times = sizes.map((n) => {
        const doc = adversarialDocument(make(n))
        clean(doc)
        return Math.min(seconds(() => clean(doc)), seconds(() => clean(doc)))
      })
      const growth = times.slice(1).map((t, i) => t / times[i])
      worst = Math.max(worst, ...growth)
      console.log(`  ${family.padEnd(30)} ${times.map((t) => `${fmt(t * 1000, 1)} ms`.padStart(10)).join('')}   ${growth.map((g) => `x${fmt(g, 1)}`).join(' ')}`)
    }
    console.log(`  worst growth per doubling: x${fmt(worst, 1)} (linear is about x2; quadratic x4)`)
  }

  if (want('jsonl')) {
    const file = join(work, 'records.jsonl')
    const body = Buffer.from(recordLines.join('\n') + '\n')
    writeFileSync(file, Buffer.concat(Array.from({ length: Number(values['jsonl-repeat']) }, () => body)))
    const mb = statSync(file).size / 1e6
    const out = (n) => join(work, `records.${n}.jsonl`)
    const t = compare({
      passthrough: () => run([join(here, 'lib/passthrough.js'), file], { stdout: out('p') }),
      jobs1: () => run([cli, '-q', '--jsonl', '--jobs', '1', file], { stdout: out('1') }),
      jobs2: () => run([cli, '-q', '--jsonl', '--jobs', '2', file], { stdout: out('2') }),
    })
    const same = readFileSync(out('1')).equals(readFileSync(out('2')))
    console.log(`\nJSON Lines: ${records.length * Number(values['jsonl-repeat'])} records, ${fmt(mb, 1)} MB`)
    console.log(row('passthrough (parse, stringify)', t.passthrough, mb))
    console.log(row('cleanup --jsonl --jobs 1', t.jobs1, mb))
    console.log(row('cleanup --jsonl --jobs 2', t.jobs2, mb))
    console.log(`  ${'--jobs 2 / passthrough'.padEnd(40)} ${fmt(t.passthrough.wall / t.jobs2.wall).padStart(7)}x wall`)
    console.log(`  ${'--jobs 2 / --jobs 1'.padEnd(40)} ${fmt(t.jobs1.wall / t.jobs2.wall).padStart(7)}x wall`)
    console.log(`  --jobs 2 output byte-identical to --jobs 1: ${same ? 'yes' : 'NO'}`)
  }

  if (want('small')) {
    const dir = join(work, 'small')
    mkdirSync(dir)
    texts.filter((t) => t.length < 4000).slice(0, 7).forEach((t, i) => writeFileSync(join(dir, `${i}.txt`), t))
    const out = join(work, 'small-out')
    const t = compare({
      jobs1: () => run([cli, '-q', '-r', dir, '--out-dir', out, '--jobs', '1']),
      default: () => run([cli, '-q', '-r', dir, '--out-dir', out]),
      jobs16: () => run([cli, '-q', '-r', dir, '--out-dir', out, '--jobs', '16']),
    })
    console.log(`\nSmall jobs: -r on ${readdirSync(dir).length} small files`)
    console.log(row('cleanup -r DIR --jobs 1', t.jobs1, 0).replace(/ +\S+ MB\/s/, ''))
    console.log(row(`cleanup -r DIR (default --jobs ${cpus().length})`, t.default, 0).replace(/ +\S+ MB\/s/, ''))
    console.log(row('cleanup -r DIR --jobs 16', t.jobs16, 0).replace(/ +\S+ MB\/s/, ''))
    console.log(ratio('default / --jobs 1', t.jobs1, t.default))
  }

  if (want('startup')) {
    const small = join(work, 'one-small.txt')
    writeFileSync(small, texts.find((t) => t.length > 2000 && t.length < 4000))
    const bare = join(work, 'bare.mjs')
    writeFileSync(bare, `import ${JSON.stringify(pathToFileURL(library).href)}\n`)
    const t = compare({
      bare: () => run([bare]),
      version: () => run([cli, '--version']),
      file: () => run([cli, '-q', small]),
    })
    console.log('\nStart-up')
    console.log(row('node bare.mjs (imports the library)', t.bare, 0).replace(/ +\S+ MB\/s/, ''))
    console.log(row('cleanup --version', t.version, 0).replace(/ +\S+ MB\/s/, ''))
    console.log(row('cleanup SMALL.txt (3 kB)', t.file, 0).replace(/ +\S+ MB\/s/, ''))
    console.log(ratio('--version / bare import', t.bare, t.version))
    console.log(ratio('one small file / bare import', t.bare, t.file))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
