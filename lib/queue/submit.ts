/**
 * The submitting side of the queue: enqueue JSON Lines records as jobs, and
 * collect their results in input order, each record exactly once.
 *
 * Exactly once: a job's id comes from its records, so resubmitting adds
 * nothing; BullMQ stores one result per job (a worker whose lock lapsed
 * cannot complete the job after another worker took it over); and the
 * collector walks the input in order, so each input line yields one result.
 */
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { DEFAULT_BATCH } from './defaults.js'
import { JobMissingError, QueueWaitTimeoutError } from './errors.js'
import { CONNECT_TIMEOUT_MS, checkRedis, connectionOptions } from './connection.js'
import { checkQueueName } from './url.js'
import { FORMAT, batches, isJobResult, type Batch, type JobData, type JobResult, type Lines } from './jobs.js'

/** Where the queue is and how records are grouped into jobs. */
export interface QueueClientOptions {
  /** redis:// or rediss:// URL. */
  redis: string
  /** Queue name (no ":"). */
  queue: string
  /**
   * Records per job (default 50). Collecting later needs the same value:
   * it decides the job ids.
   */
  batchSize?: number
  /** The record field that names one-record jobs (default "id"). */
  idField?: string
  /**
   * Give up waiting for results after this many milliseconds without one
   * (no worker running, or all stuck): a {@link QueueWaitTimeoutError}.
   * Default: wait as long as it takes.
   */
  timeoutMs?: number
  /** Called about every {@link WAIT_REPORT_MS} while no result arrives, with how long and for how many batches. */
  onWaiting?: (info: { waitedMs: number; pendingJobs: number }) => void
}

/** How often a wait without results is reported through onWaiting. */
export const WAIT_REPORT_MS = 10_000

/** What {@link submit} enqueued. */
export interface SubmitSummary {
  /** Records (non-blank lines) read. */
  records: number
  /** Jobs they were grouped into (jobs already in the queue included). */
  jobs: number
  /** Lines refused by the reader (not UTF-8, too long): not queued; collecting reports them as rejects too. */
  refused: Array<{ line: number; reason: string }>
}

/** One input record's result, in input order. */
export type RecordResult =
  | { line: number; ok: true; output: string; config: string }
  | { line: number; ok: false; reason: string; input: string; config?: string }

/** Jobs added per round trip. */
const ADD_CHUNK = 50
/** Jobs awaited at once when collecting: the head of the input, in order. */
const LOOKAHEAD = 64
/** Jobs submitted ahead of the collected ones with `submitAndWait`. */
const WINDOW = 10_000
const POLL_MIN_MS = 20
const POLL_MAX_MS = 500

/** How jobs are added: retried on a worker error; kept after they finish, for collecting. */
const JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false } as const

/**
 * Enqueue JSON Lines records (raw lines; blank lines are skipped) as jobs of
 * `batchSize` records. Records already submitted with the same batch size
 * are not added again.
 *
 * @example
 * ```ts
 * import { submit, collectResults } from 'cleanup/queue'
 * const lines = readFileSync('news.jsonl', 'utf8').split('\n')
 * await submit(lines, { redis: 'redis://cache:6379', queue: 'news' })
 * // later, anywhere:
 * for await (const r of collectResults(lines, { redis: 'redis://cache:6379', queue: 'news' })) {
 *   if (r.ok) console.log(r.output)
 *   else console.error(`line ${r.line}: ${r.reason}`)
 * }
 * ```
 */
export async function submit(lines: Lines, options: QueueClientOptions): Promise<SubmitSummary> {
  const conn = await open(options, false)
  try {
    const summary: SubmitSummary = { records: 0, jobs: 0, refused: [] }
    for await (const chunk of addInChunks(conn, lines, options)) {
      for (const b of chunk) {
        summary.records += b.lineNumbers.length
        if (b.refused === undefined) summary.jobs++
        else summary.refused.push({ line: b.lineNumbers[0] ?? 0, reason: b.refused })
      }
    }
    return summary
  } finally {
    await conn.close()
  }
}

/**
 * Enqueue records and yield their results in input order as workers finish
 * them: each record exactly once, as its output line or as a reject with
 * the reason. Keeps at most 10,000 jobs in flight, so memory stays bounded.
 *
 * @example
 * ```ts
 * for await (const r of submitAndWait(lines, { redis, queue: 'news' })) if (r.ok) out.write(r.output + '\n')
 * ```
 */
export async function* submitAndWait(lines: Lines, options: QueueClientOptions): AsyncGenerator<RecordResult> {
  const conn = await open(options, true)
  try {
    const collector = new Collector(conn, options)
    for await (const chunk of addInChunks(conn, lines, options)) {
      for (const b of chunk) collector.push(b)
      yield* collector.drain(collector.size > WINDOW ? WINDOW / 2 : undefined)
    }
    yield* collector.drain(0)
  } finally {
    await conn.close()
  }
}

/**
 * Yield the results of records submitted earlier, in input order, waiting
 * for the ones still queued or running. Give the same records and batch
 * size as the submission. Throws an InputError at the first record whose
 * job is not in the queue (never submitted, other batch size, or removed).
 *
 * @example
 * ```ts
 * for await (const r of collectResults(lines, { redis, queue: 'news' })) if (r.ok) out.write(r.output + '\n')
 * ```
 */
export async function* collectResults(lines: Lines, options: QueueClientOptions): AsyncGenerator<RecordResult> {
  const conn = await open(options, true)
  try {
    const collector = new Collector(conn, options)
    for await (const b of batches(lines, batchSizeOf(options), options.idField ?? 'id')) {
      collector.push(b.refused === undefined ? { jobId: b.jobId, lines: [], lineNumbers: b.lineNumbers } : b)
      if (collector.size > WINDOW) yield* collector.drain(WINDOW / 2)
    }
    yield* collector.drain(0)
  } finally {
    await conn.close()
  }
}

interface Conn {
  queue: Queue<JobData>
  /** A plain client for reading results, apart from BullMQ's own. */
  reader: Redis | undefined
  name: string
  close(): Promise<void>
}

async function open(options: QueueClientOptions, reading: boolean): Promise<Conn> {
  checkQueueName(options.queue)
  batchSizeOf(options)
  await checkRedis(options.redis)
  const queue = new Queue<JobData>(options.queue, { connection: connectionOptions(options.redis) })
  // Without a listener a connection error would be thrown from the emitter;
  // the failed command itself reports it to the caller.
  queue.on('error', () => {})
  const reader = reading ? new Redis(options.redis, { connectTimeout: CONNECT_TIMEOUT_MS }) : undefined
  reader?.on('error', () => {})
  return {
    queue,
    reader,
    name: options.queue,
    close: async () => {
      await queue.close()
      reader?.disconnect()
    },
  }
}

function batchSizeOf(options: QueueClientOptions): number {
  const size = options.batchSize ?? DEFAULT_BATCH
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`batchSize must be a positive whole number, not ${size}`)
  return size
}

/** Add the batches a few dozen jobs per round trip; yields each chunk once it is in the queue. */
async function* addInChunks(conn: Conn, lines: Lines, options: QueueClientOptions): AsyncGenerator<Batch[]> {
  let chunk: Batch[] = []
  const flush = async (): Promise<Batch[]> => {
    const added = chunk
    chunk = []
    const jobs = added.filter((b) => b.refused === undefined)
    if (jobs.length > 0) await conn.queue.addBulk(jobs.map((b) => ({ name: 'clean', data: { v: FORMAT, lines: b.lines }, opts: { ...JOB_OPTIONS, jobId: b.jobId } })))
    // The lines now live in Redis; keep only what collecting needs (a refused line keeps its text).
    return added.map((b) => (b.refused === undefined ? { jobId: b.jobId, lines: [], lineNumbers: b.lineNumbers } : b))
  }
  for await (const b of batches(lines, batchSizeOf(options), options.idField ?? 'id')) {
    chunk.push(b)
    if (chunk.length === ADD_CHUNK) yield await flush()
  }
  if (chunk.length > 0) yield await flush()
}

interface Pending {
  batch: Batch
  /** Set once the job is seen finished: its outcome. */
  done?: { result: JobResult } | { failed: string } | { refused: string }
}

/** Walks submitted batches in input order and turns finished jobs into record results. */
class Collector {
  private pending: Pending[] = []
  private head = 0
  private pollMs = POLL_MIN_MS
  /** When the last result came (or waiting began), and when the wait was last reported. */
  private idleSince = Date.now()
  private reportedAt = Date.now()

  constructor(
    private readonly conn: Conn,
    private readonly wait: Pick<QueueClientOptions, 'timeoutMs' | 'onWaiting'> = {},
  ) {}

  /** Say that results are overdue, and give up past the timeout. */
  private idle(): void {
    const now = Date.now()
    const waited = now - this.idleSince
    // Reported before giving up, so a timeout past WAIT_REPORT_MS always follows a progress line.
    if (now - this.reportedAt >= WAIT_REPORT_MS) {
      this.reportedAt = now
      this.wait.onWaiting?.({ waitedMs: waited, pendingJobs: this.size })
    }
    if (this.wait.timeoutMs !== undefined && waited >= this.wait.timeoutMs) throw new QueueWaitTimeoutError(this.conn.name, waited, this.size)
  }

  get size(): number {
    return this.pending.length - this.head
  }

  push(batch: Batch): void {
    // A line the reader refused has no job: its outcome is known now.
    this.pending.push(batch.refused === undefined ? { batch } : { batch, done: { refused: batch.refused } })
  }

  /**
   * Yield results from the head while its jobs are finished. With `until`,
   * wait (polling) until at most that many batches are pending; without,
   * stop at the first unfinished job.
   */
  async *drain(until: number | undefined): AsyncGenerator<RecordResult> {
    for (;;) {
      if (this.size === 0) return
      const window = this.pending.slice(this.head, this.head + LOOKAHEAD)
      await this.poll(window)
      let progressed = false
      for (const p of window) {
        if (p.done === undefined) break
        yield* this.results(p)
        this.head++
        progressed = true
      }
      // Drop what was yielded now and then, not on every step.
      if (this.head > 4096 && this.head * 2 > this.pending.length) {
        this.pending = this.pending.slice(this.head)
        this.head = 0
      }
      if (until === undefined) {
        if (!progressed || this.size === 0) return
        continue
      }
      if (this.size <= until) return
      if (progressed) {
        this.pollMs = POLL_MIN_MS
        this.idleSince = this.reportedAt = Date.now()
      } else {
        this.idle()
        await new Promise((resolve) => setTimeout(resolve, this.pollMs))
        this.pollMs = Math.min(this.pollMs * 2, POLL_MAX_MS)
      }
    }
  }

  /** Read the state of the window's unfinished jobs in one round trip. */
  private async poll(window: Pending[]): Promise<void> {
    const todo = window.filter((p) => p.done === undefined)
    if (todo.length === 0) return
    const reader = this.conn.reader as Redis
    const pipe = reader.pipeline()
    for (const p of todo) pipe.hmget(this.conn.queue.toKey(p.batch.jobId), 'name', 'finishedOn', 'returnvalue', 'failedReason')
    const replies = (await pipe.exec()) ?? []
    todo.forEach((p, i) => {
      const [err, fields] = replies[i] ?? [new Error('no reply'), null]
      if (err) throw err
      const [name = null, finishedOn = null, returnvalue = null, failedReason = null] = fields as Array<string | null>
      if (name === null) {
        throw new JobMissingError(p.batch.lineNumbers[0] ?? 0, p.batch.jobId, this.conn.name)
      }
      if (finishedOn === null) return
      if (failedReason !== null && failedReason !== '' && (returnvalue === null || returnvalue === 'null')) {
        p.done = { failed: failedReason }
        return
      }
      let result: unknown
      try {
        result = JSON.parse(returnvalue ?? 'null')
      } catch {
        result = undefined
      }
      p.done = isJobResult(result, p.batch.lineNumbers.length)
        ? { result }
        : { failed: `job ${p.batch.jobId} finished with a result that is not cleanup's (is another program using queue "${this.conn.name}"?)` }
    })
  }

  private async *results(p: Pending): AsyncGenerator<RecordResult> {
    const done = p.done as NonNullable<Pending['done']>
    const numbers = p.batch.lineNumbers
    // Rejects carry their input line verbatim; it is read back from the job only when needed.
    let inputs: string[] | undefined
    const inputOf = async (i: number): Promise<string> => {
      inputs ??= await this.jobLines(p.batch.jobId)
      return inputs[i] ?? ''
    }
    if ('refused' in done) {
      yield { line: numbers[0] as number, ok: false, reason: done.refused, input: p.batch.lines[0] ?? '' }
      return
    }
    if ('failed' in done) {
      for (let i = 0; i < numbers.length; i++) yield { line: numbers[i] as number, ok: false, reason: `job failed: ${done.failed}`, input: await inputOf(i) }
      return
    }
    const { config, records } = done.result
    for (let i = 0; i < numbers.length; i++) {
      const r = records[i] as JobResult['records'][number]
      const line = numbers[i] as number
      if (r.ok) yield { line, ok: true, output: r.out, config }
      else yield { line, ok: false, reason: r.reason, input: await inputOf(i), config }
    }
  }

  private async jobLines(jobId: string): Promise<string[]> {
    const data = await (this.conn.reader as Redis).hget(this.conn.queue.toKey(jobId), 'data')
    try {
      const parsed = JSON.parse(data ?? 'null') as Partial<JobData> | null
      return Array.isArray(parsed?.lines) ? parsed.lines : []
    } catch {
      return []
    }
  }
}
