#!/usr/bin/env node
// Start-up of two builds side by side (issue 15): a bare node script that
// imports the library, `cleanup --version` and `cleanup FILE` on one small
// corpus document, each a fresh process, the six commands alternated for
// --rounds rounds (on a shared machine single runs move by 10-20%). Prints
// the median and the least CPU time (user + system) of each; asserts nothing.
//
//   node bench/startup.js --before DIR [--rounds 10] [--corpus FILE]
//
// DIR is another checkout, built (see bench/throughput.js for making one).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    rounds: { type: 'string', default: '10' },
    corpus: { type: 'string', default: '/work/data/corpus/dev.jsonl' },
  },
})
if (values.before === undefined) throw new Error('--before DIR is required')
const roots = { before: resolve(values.before), after: resolve(here, '..') }
const maxrss = join(here, 'lib/maxrss.js')
const work = mkdtempSync(join(tmpdir(), 'cleanup-startup-'))

try {
  // The small file throughput.js uses: the first document of 2-4 kB.
  const small = join(work, 'one-small.txt')
  for (const line of readFileSync(values.corpus, 'utf8').split('\n')) {
    const text = line.trim() === '' ? undefined : JSON.parse(line).text
    if (typeof text === 'string' && text.length > 2000 && text.length < 4000) {
      writeFileSync(small, text)
      break
    }
  }
  const commands = {}
  for (const [which, root] of Object.entries(roots)) {
    const bare = join(work, `bare-${which}.mjs`)
    writeFileSync(bare, `import ${JSON.stringify(pathToFileURL(join(root, 'dist/lib/index.js')).href)}\n`)
    const cli = join(root, 'bin/cleanup.js')
    commands[`bare import, ${which}`] = [bare]
    commands[`--version, ${which}`] = [cli, '--version']
    commands[`one small file, ${which}`] = [cli, '-q', small]
  }
  const cpu = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  console.log(`start-up, ${values.rounds} alternating rounds; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const [name, args] of Object.entries(commands)) {
      const run = spawnSync(process.execPath, ['--import', pathToFileURL(maxrss).href, ...args], { encoding: 'utf8' })
      const m = /bench-cpu-us=(\d+)/.exec(run.stderr)
      if (run.status !== 0 || m === null) throw new Error(`${name} failed (${run.status}): ${run.stderr.slice(0, 500)}`)
      cpu[name].push(Number(m[1]) / 1e3)
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
  for (const [name, xs] of Object.entries(cpu)) console.log(`  ${name.padEnd(24)} median ${median(xs).toFixed(0).padStart(4)} ms CPU, least ${Math.min(...xs).toFixed(0).padStart(4)} ms`)
  for (const which of Object.keys(roots)) {
    const bare = median(cpu[`bare import, ${which}`])
    console.log(`${which.padEnd(6)} bare import / --version ${(bare / median(cpu[`--version, ${which}`])).toFixed(2)}x, bare import / one small file ${(bare / median(cpu[`one small file, ${which}`])).toFixed(2)}x  (${roots[which]})`)
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
