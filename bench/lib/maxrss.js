// Preloaded (node --import) into a benchmarked process: reports its peak
// resident set size and CPU time (worker threads included) on stderr as it exits.
// The peak is the kernel's high-water mark of this program (VmHWM, reset by
// exec); getrusage's maxRSS also counts the parent's pages between fork and
// exec, so a child of a large bench process would report the bench's size.
import { readFileSync, writeSync } from 'node:fs'

function peakKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m) return Number(m[1])
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS
}

process.on('exit', () => {
  const u = process.resourceUsage()
  writeSync(2, `\nbench-maxrss-kb=${peakKb()} bench-cpu-us=${u.userCPUTime + u.systemCPUTime}\n`)
})
