// Preloaded (node --import) into a benchmarked process: reports its peak
// resident set size and CPU time (worker threads included) on stderr as it exits.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const u = process.resourceUsage()
  writeSync(2, `\nbench-maxrss-kb=${u.maxRSS} bench-cpu-us=${u.userCPUTime + u.systemCPUTime}\n`)
})
