/**
 * A queue worker: takes jobs of JSON Lines records from a BullMQ queue,
 * cleans each record through the shared record core with this worker's
 * options (rules files included), and stores one outcome per record as the
 * job's result. BullMQ holds a lock on each active job and renews it while
 * the worker lives; a worker that dies (even by SIGKILL) stops renewing, and
 * the stalled-job check of any live worker puts its jobs back in the queue.
 */
import { hostname } from 'node:os'
import { UnrecoverableError, Worker, type Job } from 'bullmq'
import type { RecordOptions } from '../records/record.js'
import { defaultRules } from '../config/defaults.js'
import { checkRedis, connectionOptions } from './connection.js'
import { DEFAULT_LOCK_MS } from './defaults.js'
import { checkQueueName, redactUrl } from './url.js'
import { FORMAT, cleanLine, configFingerprint, isJobData, type JobData, type JobResult } from './jobs.js'

/** Options of {@link createWorker}: where to find the queue and how to clean. */
export interface QueueWorkerOptions extends RecordOptions {
  /** redis:// or rediss:// URL. */
  redis: string
  /** Queue name (no ":"). */
  queue: string
  /** Jobs worked on at once by this process (default 1). */
  concurrency?: number
  /**
   * Job lock duration in ms (default 30000). A killed worker's jobs go back
   * to the queue between one and two of these after its death; keep it well
   * above the time one job takes, or live jobs are taken for stalled.
   */
  lockDurationMs?: number
  /** Name stored on each job this worker processes (default host.pid). */
  name?: string
  /** Called with connection and job errors; default: one line on stderr per new message. */
  onError?: (err: Error) => void
}

/** A running worker. */
export interface QueueWorker {
  /** The BullMQ worker, for events and metrics. */
  readonly worker: Worker<JobData, JobResult>
  /** Fingerprint of the cleaning options, stored with every result. */
  readonly config: string
  /**
   * Stop taking jobs, finish the active ones, disconnect. With `force`,
   * stop at once: the active jobs' locks lapse and another worker redoes them.
   */
  close(force?: boolean): Promise<void>
}

/**
 * Start a worker on a queue. Resolves once it is connected; rejects with a
 * QueueConnectionError naming the URL if Redis cannot be reached.
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
  checkQueueName(options.queue)
  await checkRedis(options.redis)
  const { redis, queue, concurrency = 1, lockDurationMs = DEFAULT_LOCK_MS, name = `${hostname()}.${process.pid}`, onError, ...recordOptions } = options
  // Compile the rules once, before the first job, not per job.
  const record: RecordOptions = { ...recordOptions, rules: recordOptions.rules ?? defaultRules() }
  const config = configFingerprint(record)

  const cleanJob = (job: Job<JobData, JobResult>): JobResult => {
    const data: unknown = job.data
    // A job we cannot read will not get better on retry.
    if (!isJobData(data)) throw new UnrecoverableError(`job ${job.id ?? '?'} is not a cleanup job of format ${FORMAT}`)
    return { v: FORMAT, config, records: data.lines.map((line) => cleanLine(line, record)) }
  }
  // Cleaning is synchronous; a promise chain turns a throw into a rejection.
  const processor = (job: Job<JobData, JobResult>): Promise<JobResult> => Promise.resolve(job).then(cleanJob)

  const worker = new Worker<JobData, JobResult>(queue, processor, {
    connection: connectionOptions(redis),
    concurrency,
    name,
    lockDuration: lockDurationMs,
    stalledInterval: lockDurationMs,
    // A job whose worker died twice is failed (its records come back as
    // rejects) rather than left to kill worker after worker.
    maxStalledCount: 2,
    autorun: true,
  })
  const report = onError ?? stderrOnce(`queue "${queue}" at ${redactUrl(redis)}`)
  worker.on('error', report)
  // A failed job's records reach the submitter as rejects; the operator hears of it here.
  worker.on('failed', (job, err) => report(new Error(`job ${job?.id ?? '?'} failed: ${err.message}`)))
  await worker.waitUntilReady()

  return {
    worker,
    config,
    close: (force = false) => worker.close(force),
  }
}

/** Report each distinct error message once, so a Redis outage is one line, not one per retry. */
function stderrOnce(where: string): (err: Error) => void {
  let last = ''
  return (err) => {
    if (err.message === last) return
    last = err.message
    process.stderr.write(`cleanup: ${where}: ${err.message}\n`)
  }
}
