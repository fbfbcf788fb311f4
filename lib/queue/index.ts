/**
 * The queue's public face: the `cleanup/queue` entry point, apart from the
 * core `cleanup` so a library user who only cleans never loads it. BullMQ
 * and ioredis load only when a queue function is first called.
 */
import type { QueueWorker, QueueWorkerOptions } from './worker.js'
import type { QueueClientOptions, RecordResult, SubmitSummary } from './submit.js'
import type { Lines } from './jobs.js'

export type { QueueWorker, QueueWorkerOptions } from './worker.js'
export type { QueueClientOptions, RecordResult, SubmitSummary } from './submit.js'
export type { InputLine, Lines } from './jobs.js'
export { JobMissingError, QueueConnectionError } from './errors.js'
export { QueueDependencyError } from './load.js'
import { loadQueueModule } from './load.js'
export { redactUrl } from './url.js'
export { DEFAULT_BATCH, DEFAULT_LOCK_MS } from './defaults.js'


/**
 * Start a queue worker that cleans JSON Lines records with the given options.
 * Resolves once connected; rejects with a QueueConnectionError naming the
 * (redacted) URL when Redis cannot be reached.
 *
 * @example
 * ```ts
 * import { loadRules } from 'cleanup'
 * import { createWorker } from 'cleanup/queue'
 * const w = await createWorker({ redis: 'redis://cache:6379', queue: 'news', concurrency: 2, rules: loadRules({ files: ['site.json'] }) })
 * process.once('SIGTERM', () => void w.close())
 * ```
 */
export async function createWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  return (await loadQueueModule(() => import('./worker.js'))).createWorker(options)
}

/**
 * Enqueue JSON Lines records (raw lines) as jobs; records already in the
 * queue are not added again.
 *
 * @example
 * ```ts
 * import { submit } from 'cleanup/queue'
 * const { records, jobs } = await submit(readFileSync('news.jsonl', 'utf8').split('\n'), { redis: 'redis://cache:6379', queue: 'news' })
 * ```
 */
export async function submit(lines: Lines, options: QueueClientOptions): Promise<SubmitSummary> {
  return (await loadQueueModule(() => import('./submit.js'))).submit(lines, options)
}

/**
 * Enqueue records and yield their results in input order, each exactly once.
 *
 * @example
 * ```ts
 * import { submitAndWait } from 'cleanup/queue'
 * for await (const r of submitAndWait(lines, { redis: 'redis://cache:6379', queue: 'news' })) {
 *   if (r.ok) out.write(r.output + '\n')
 *   else console.error(`line ${r.line}: ${r.reason}`)
 * }
 * ```
 */
export async function* submitAndWait(lines: Lines, options: QueueClientOptions): AsyncGenerator<RecordResult> {
  yield* (await loadQueueModule(() => import('./submit.js'))).submitAndWait(lines, options)
}

/**
 * Yield the results of records submitted earlier (same records, same batch
 * size), in input order, waiting for unfinished ones.
 *
 * @example
 * ```ts
 * import { collectResults } from 'cleanup/queue'
 * for await (const r of collectResults(lines, { redis: 'redis://cache:6379', queue: 'news' })) if (r.ok) out.write(r.output + '\n')
 * ```
 */
export async function* collectResults(lines: Lines, options: QueueClientOptions): AsyncGenerator<RecordResult> {
  yield* (await loadQueueModule(() => import('./submit.js'))).collectResults(lines, options)
}

/**
 * Connect once to Redis and PING; throws a QueueConnectionError naming the
 * (redacted) URL and the reason.
 *
 * @example
 * ```ts
 * await checkRedis('rediss://:secret@cache:6380')
 * ```
 */
export async function checkRedis(url: string): Promise<void> {
  return (await loadQueueModule(() => import('./connection.js'))).checkRedis(url)
}
