// Preloaded (node --import) into a benchmarked process: reports its peak
// resident set size (worker threads included) on stderr as it exits.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  writeSync(2, `\nbench-maxrss-kb=${process.resourceUsage().maxRSS}\n`)
})
