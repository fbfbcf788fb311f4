// Every seed and fixture through every face of the engine: the function,
// the stream (whole and in 1-byte chunks) and the built CLI (file and stdin).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import t from 'tap'
import { clean, createCleanStream } from '../lib/index.js'
import { allPairs, pairs, ROOT, throughStream } from './helpers/pairs.js'

const BIN = join(ROOT, 'bin/cleanup.js')

t.test('there are enough fixtures to mean something', async (t) => {
  t.equal(pairs('seeds').length, 5, 'five seeds')
  t.ok(pairs('test/fixtures').length >= 30, 'at least 30 fixtures of our own')
})

for (const pair of allPairs()) {
  t.test(pair.name, async (t) => {
    t.equal(clean(pair.input), pair.expected, 'clean()')
    t.equal(await throughStream(createCleanStream(), pair.input, pair.input.length || 1), pair.expected, 'stream, one chunk')
    t.equal(await throughStream(createCleanStream(), pair.input, 1), pair.expected, 'stream, 1-byte chunks')
  })
}

t.test('the built CLI gives the same bytes, from a file and from stdin', async (t) => {
  for (const pair of pairs('seeds')) {
    const fromFile = spawnSync(process.execPath, [BIN, pair.inputPath], { encoding: 'utf8' })
    t.equal(fromFile.status, 0, `${pair.name}: exit 0`)
    t.equal(fromFile.stdout, pair.expected, `${pair.name}: file`)
    const fromStdin = spawnSync(process.execPath, [BIN], { input: pair.input, encoding: 'utf8' })
    t.equal(fromStdin.stdout, pair.expected, `${pair.name}: stdin`)
  }
})
