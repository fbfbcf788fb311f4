#!/usr/bin/env node
// Runs the tap suite, passes its TAP output through, and ends with one
// plain summary line ("N passed, N failed") so a run that executed no
// test is visible to CI. The counts are tap's own final tally (every test
// point, including a test file that crashed before its first assertion);
// if tap never printed one, the run counts as failed.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const child = spawn('npx', ['tap', '--reporter=tap', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] })
let tally
const lines = createInterface({ input: child.stdout })
lines.on('line', (line) => {
  process.stdout.write(line + '\n')
  const m = /^# \{ total: (\d+), pass: (\d+)(?:, fail: (\d+))?/.exec(line)
  if (m) tally = { passed: Number(m[2]), failed: Number(m[3] ?? 0) }
})
child.on('close', (code) => {
  const { passed, failed } = tally ?? { passed: 0, failed: 1 }
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
  process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1)
})
