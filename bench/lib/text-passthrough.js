#!/usr/bin/env node
// The baseline the throughput benchmark compares text cleaning with: read
// each file, split it into lines, join them and write the result. No
// cleaning: the least any line filter must do.
//
//   node bench/lib/text-passthrough.js --out-dir OUT FILE...
//   node bench/lib/text-passthrough.js -o OUT FILE
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

const args = process.argv.slice(2)
const flag = args.shift()
const target = args.shift()
for (const file of args) {
  const out = flag === '-o' ? target : join(target, basename(file))
  writeFileSync(out, readFileSync(file, 'utf8').split(/\r?\n/).join('\n'))
}
