#!/usr/bin/env node
// Runs the tap suite, passes its TAP output through, and ends with one
// plain summary line ("N passed, N failed") so a run that executed no
// test is visible to CI. Counts leaf assertions: TAP points without the
// "# time=" that tap puts on test files and subtests.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const child = spawn('npx', ['tap', '--reporter=tap', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] })
let passed = 0
let failed = 0
const lines = createInterface({ input: child.stdout })
lines.on('line', (line) => {
  process.stdout.write(line + '\n')
  const m = /^\s*(not )?ok \d+\b(.*)$/.exec(line)
  if (!m || /# time=/.test(m[2])) return
  if (m[1]) failed++
  else passed++
})
child.on('close', (code) => {
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
  process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1)
})
