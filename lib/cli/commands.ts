import type { CliIO } from './io.js'

/**
 * Subcommands of `cleanup` (`cleanup learn ...`, `cleanup report ...`).
 * Each lives in its own module, loaded only when used, so plain cleaning
 * never pays for their dependencies. A subcommand returns its exit status.
 */
export type Subcommand = (argv: readonly string[], io: CliIO) => Promise<number>

export const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  learn: () => import('./learn.js').then((m) => m.default),
  report: () => import('./report.js').then((m) => m.runReport),
  // Distributed cleaning on BullMQ (loads bullmq and ioredis only when used).
  queue: () => import('./queue.js').then((m) => m.default),
}
