/**
 * `cleanup queue work|submit|results`: distributed cleaning on BullMQ.
 * Argument handling and output here; the queue itself lives in lib/queue/.
 */
import type { Readable } from 'node:stream'
import { loadRules } from '../config/load.js'
import { InputError, UsageError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../text/decode.js'
import { JobMissingError, QueueConnectionError } from '../queue/errors.js'
import { checkQueueName, checkRedisUrl } from '../queue/url.js'
import { loadQueueModule } from '../queue/load.js'
import { readRecords } from '../records/read.js'
import { rejectLine } from '../records/batch.js'
import type { InputLine } from '../queue/jobs.js'
import { DEFAULT_BATCH, DEFAULT_LOCK_MS } from '../queue/defaults.js'
import type { RecordResult } from '../queue/submit.js'
import { fileSink } from './output.js'
import { EXIT, writeOut, type CliIO } from './io.js'
import { formatOption, isPositiveWhole, modeOption, numberOption, parseOptions, sayOn, usageStatus, type Format, type Mode } from './options.js'

export const QUEUE_HELP = `Usage: cleanup queue work    --redis URL --queue NAME [options]
       cleanup queue submit  --redis URL --queue NAME [--wait] [options] FILE.jsonl
       cleanup queue results --redis URL --queue NAME [options] FILE.jsonl

Clean JSON Lines records on many machines: workers take jobs from a BullMQ
queue in Redis; a submitter enqueues a file's records and collects the
results in input order, each record exactly once. FILE "-" is stdin.

Common options:
  --redis URL           redis://[[user]:password@]host[:port][/db], or
                        rediss://... for TLS (default: $REDIS_URL; prefer the
                        variable for passwords, command lines are public)
  --queue NAME          queue name (no ":"); one queue per configuration
  -h, --help            show this help and exit

work (runs until SIGTERM or SIGINT, then finishes its active jobs; a
second signal stops at once, and other workers redo those jobs):
  --concurrency N       jobs worked on at once (default 1)
  --field NAME          the field holding the text (default "text")
  --out-field NAME      write the clean text here instead of replacing it
  --report-field NAME   add what was removed (lines per rule) under NAME
  --source-field NAME   the field naming a record's source: rules scoped to
                        sources (cleanup learn --source-field) apply to it
  --source NAME         the source of records whose --source-field is unset
                        (as cleanup --source)
  --mode MODE           auto (default), article or page, as for cleanup
  --format FORMAT       auto (default), text, html or markdown: what the field holds,
                        as for cleanup
  --rules FILE          layer a rules file over the defaults (repeatable)
  --no-default-rules    start from no rules instead of the bundled ones
  --max-bytes N         refuse records whose text is over N bytes
                        (default ${DEFAULT_MAX_BYTES})
  --lock-duration MS    job lock, renewed while the worker lives; a killed
                        worker's jobs are redone after 1-2 of these
                        (default ${DEFAULT_LOCK_MS})

submit and results:
  --batch N             records per job (default ${DEFAULT_BATCH}); results needs
                        the value submit used: it decides the job ids
  --id-field NAME       names one-record jobs after this field (default "id")
  --rejects FILE        write refused records there (as cleanup --jsonl
                        does: input, line number, reason, the line verbatim,
                        tab-separated) instead of to stderr
  --stats               print records in / out / rejected on stderr

submit:
  --wait                write the results to stdout, in input order

submit --wait and results:
  --timeout S           give up (exit 1) after S seconds without a result,
                        e.g. when no worker is running; while waiting, a
                        line on stderr every 10 s says for how long

FILE is read as cleanup --jsonl reads it (gzip detected, blank lines
skipped). Job ids come from the records' content, so submitting a file
again adds nothing and its results are not repeated. Output lines are what
cleanup --jsonl writes. A record that is not a JSON object, lacks the text
field or is too large comes back as a reject with its reason.

Exit status: 0 success; 1 Redis unreachable, a job missing, or records
refused (without --rejects); 2 usage or rules-file error.

Examples:
  cleanup queue work --redis redis://queue-host:6379 --queue news --concurrency 2
  cleanup queue submit --redis redis://queue-host:6379 --queue news --wait news.jsonl > clean.jsonl
`

interface QueueArgs {
  action: 'work' | 'submit' | 'results'
  redis: string
  queue: string
  file: string
  wait: boolean
  /** --timeout in ms: give up after so long without a result; undefined waits as long as it takes. */
  timeoutMs: number | undefined
  batch: number
  idField: string
  rejects: string | undefined
  stats: boolean
  concurrency: number
  lockMs: number
  field: string | undefined
  outField: string | undefined
  reportField: string | undefined
  sourceField: string | undefined
  source: string | undefined
  mode: Mode
  format: Format
  maxBytes: number
  rules: string[]
  defaultRules: boolean
}

const OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  concurrency: { type: 'string' },
  field: { type: 'string' },
  'out-field': { type: 'string' },
  'report-field': { type: 'string' },
  'source-field': { type: 'string' },
  source: { type: 'string' },
  mode: { type: 'string' },
  format: { type: 'string' },
  rules: { type: 'string', multiple: true },
  'no-default-rules': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  'lock-duration': { type: 'string' },
  batch: { type: 'string' },
  'id-field': { type: 'string' },
  rejects: { type: 'string' },
  stats: { type: 'boolean' },
  wait: { type: 'boolean' },
  timeout: { type: 'string' },
} as const

/** Options only some actions take. */
const ONLY: Record<string, Array<QueueArgs['action']>> = {
  concurrency: ['work'],
  field: ['work'],
  'out-field': ['work'],
  'report-field': ['work'],
  'source-field': ['work'],
  source: ['work'],
  mode: ['work'],
  format: ['work'],
  rules: ['work'],
  'no-default-rules': ['work'],
  'max-bytes': ['work'],
  'lock-duration': ['work'],
  batch: ['submit', 'results'],
  'id-field': ['submit', 'results'],
  rejects: ['submit', 'results'],
  stats: ['submit', 'results'],
  wait: ['submit'],
  timeout: ['submit', 'results'],
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  return numberOption(name, value, fallback, isPositiveWhole, 'a positive whole number')
}

/** Parse `cleanup queue ...` arguments (after "queue"). Returns undefined for --help. */
export function parseQueueArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): QueueArgs | undefined {
  const parsed = parseOptions(argv, OPTIONS)
  const v = parsed.values
  if (v.help === true) return undefined
  const [action, ...files] = parsed.positionals
  if (action === undefined) throw new UsageError('queue: say what to do: work, submit or results')
  if (action !== 'work' && action !== 'submit' && action !== 'results') throw new UsageError(`queue: unknown action "${action}" (work, submit or results)`)
  for (const [opt, actions] of Object.entries(ONLY)) {
    if (v[opt as keyof typeof v] !== undefined && !actions.includes(action)) throw new UsageError(`queue ${action}: --${opt} is an option of ${actions.join(' and ')}`)
  }
  const redis = v.redis ?? env.REDIS_URL
  if (redis === undefined || redis === '') throw new UsageError(`queue ${action}: --redis URL is required (or set REDIS_URL)`)
  checkRedisUrl(redis)
  if (v.queue === undefined) throw new UsageError(`queue ${action}: --queue NAME is required`)
  checkQueueName(v.queue)
  const mode = modeOption(v.mode)
  const format = formatOption(v.format)
  if (v.source === '') throw new UsageError('queue work: --source needs a name, e.g. --source example.com')
  if (action === 'work' && files.length > 0) throw new UsageError('queue work takes no FILE: workers read jobs from the queue')
  if (action === 'submit' && v.wait !== true && v.timeout !== undefined) throw new UsageError('queue submit: --timeout needs --wait (it bounds the wait for results)')
  if (action === 'submit' && v.wait !== true && v.rejects !== undefined) throw new UsageError('queue submit: --rejects needs --wait (or use it with queue results)')
  if (action !== 'work' && files.length !== 1) throw new UsageError(`queue ${action}: give exactly one FILE.jsonl ("-" for stdin), not ${files.length}`)
  return {
    action,
    redis,
    queue: v.queue,
    file: files[0] ?? '-',
    wait: v.wait === true,
    timeoutMs: v.timeout === undefined ? undefined : positiveInt('timeout', v.timeout, 0) * 1000,
    batch: positiveInt('batch', v.batch, DEFAULT_BATCH),
    idField: v['id-field'] ?? 'id',
    rejects: v.rejects,
    stats: v.stats === true,
    concurrency: positiveInt('concurrency', v.concurrency, 1),
    lockMs: positiveInt('lock-duration', v['lock-duration'], DEFAULT_LOCK_MS),
    field: v.field,
    outField: v['out-field'],
    reportField: v['report-field'],
    sourceField: v['source-field'],
    source: v.source,
    mode,
    format,
    maxBytes: positiveInt('max-bytes', v['max-bytes'], DEFAULT_MAX_BYTES),
    rules: v.rules ?? [],
    defaultRules: v['no-default-rules'] !== true,
  }
}

/** `cleanup queue ...`: returns the exit status. */
export default async function queueCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const say = sayOn(io.stderr)
  try {
    const args = parseQueueArgs(argv)
    if (args === undefined) {
      await writeOut(io.stdout, QUEUE_HELP)
      return EXIT.ok
    }
    if (args.action === 'work') return await work(args, say)
    return await submitOrCollect(args, io, say)
  } catch (err) {
    if (err instanceof InputError || err instanceof QueueConnectionError) {
      say(err.message)
      return EXIT.input
    }
    return usageStatus(err, say, 'cleanup queue --help')
  }
}

async function work(args: QueueArgs, say: (msg: string) => void): Promise<number> {
  const rules = loadRules({ files: args.rules, defaults: args.defaultRules })
  // BullMQ loads only now: help and usage errors stay quick.
  const { createWorker } = await loadQueueModule(() => import('../queue/worker.js'))
  const w = await createWorker({
    redis: args.redis,
    queue: args.queue,
    concurrency: args.concurrency,
    lockDurationMs: args.lockMs,
    rules,
    field: args.field,
    outField: args.outField,
    reportField: args.reportField,
    sourceField: args.sourceField,
    ...(args.source !== undefined ? { source: args.source } : {}),
    mode: args.mode,
    format: args.format,
    maxBytes: args.maxBytes,
  })
  // A worker that says nothing looks hung: say it is up, where, and how to stop it.
  say(`queue "${args.queue}": worker started on ${redactUrl(args.redis)} (concurrency ${args.concurrency}); waiting for jobs; SIGTERM or Ctrl-C stops it`)
  await new Promise<void>((resolve) => {
    let closing = false
    const onSignal = (): void => {
      // First signal: finish the active jobs. Second: stop now; the jobs' locks
      // lapse and other workers redo them.
      const force = closing
      closing = true
      w.close(force).then(done, done)
    }
    const done = (): void => {
      process.off('SIGTERM', onSignal)
      process.off('SIGINT', onSignal)
      resolve()
    }
    process.on('SIGTERM', onSignal)
    process.on('SIGINT', onSignal)
  })
  return EXIT.ok
}

async function submitOrCollect(args: QueueArgs, io: CliIO, say: (msg: string) => void): Promise<number> {
  const source = args.file === '-' ? '<stdin>' : args.file
  const { collectResults, submit, submitAndWait } = await loadQueueModule(() => import('../queue/submit.js'))
  const lines = inputLines(args.file, io.stdin)
  const waiting = ({ waitedMs, pendingJobs }: { waitedMs: number; pendingJobs: number }): void =>
    say(`queue "${args.queue}": waiting for results: none for ${Math.round(waitedMs / 1000)} s, ${pendingJobs} jobs pending (is a worker running?${args.timeoutMs === undefined ? '' : ` giving up after ${args.timeoutMs / 1000} s`})`)
  const options = { redis: args.redis, queue: args.queue, batchSize: args.batch, idField: args.idField, onWaiting: waiting, ...(args.timeoutMs === undefined ? {} : { timeoutMs: args.timeoutMs }) }
  if (args.action === 'submit' && !args.wait) {
    const s = await submit(lines, options)
    // Lines the reader refused are not queued; say so now (results will count them as rejects).
    for (const r of s.refused) say(`${source}:${r.line}: ${r.reason} (not queued)`)
    if (args.stats) say(`queue "${args.queue}": ${s.records - s.refused.length} records queued in ${s.jobs} jobs${s.refused.length > 0 ? `, ${s.refused.length} refused` : ''}`)
    return EXIT.ok
  }
  // Rejects go where `cleanup --jsonl --rejects` puts them, in the same format, written whole or not at all.
  const rejects = args.rejects === undefined ? undefined : fileSink(args.rejects)
  const toRejects = async (data: Uint8Array): Promise<void> => {
    try {
      await rejects?.write(data)
    } catch (err) {
      throw new InputError(`cannot write rejects: ${(err as Error).message}`, args.rejects)
    }
  }
  const configs = new Set<string>()
  let out = 0
  let refused = 0
  try {
    const results: AsyncGenerator<RecordResult> = args.action === 'submit' ? submitAndWait(lines, options) : collectResults(lines, options)
    try {
      for await (const r of results) {
        if (r.config !== undefined) configs.add(r.config)
        if (r.ok) {
          await writeOut(io.stdout, r.output + '\n')
          out++
          continue
        }
        refused++
        if (rejects) await toRejects(rejectLine(source, r.line, r.reason, Buffer.from(r.input)))
        else say(`${source}:${r.line}: ${r.reason}`)
      }
    } catch (err) {
      if (err instanceof JobMissingError) throw new InputError(`${err.message}; ${out + refused} records were written before it`, `${source}:${err.line}`)
      throw err
    }
    if (rejects) {
      try {
        await rejects.commit()
      } catch (err) {
        throw new InputError(`cannot write rejects: ${(err as Error).message}`, args.rejects)
      }
    }
  } catch (err) {
    await rejects?.abort()
    throw err
  }
  if (configs.size > 1) {
    say(`queue "${args.queue}": results come from workers with ${configs.size} different configurations (${[...configs].join(', ')}); run one configuration per queue`)
  }
  if (args.stats) say(`queue "${args.queue}": ${out + refused} records in, ${out} out, ${refused} rejected${args.rejects ? ` (to ${args.rejects})` : ''}`)
  return refused > 0 && rejects === undefined ? EXIT.input : EXIT.ok
}

/**
 * The input through the JSON Lines reader every record command uses (gzip
 * detected, blank lines skipped, line numbers kept). Lines it refuses
 * before anyone could clean them (over the size limit, invalid UTF-8) are
 * passed on as refused; the rest travel to the workers verbatim.
 */
async function* inputLines(path: string, stdin: Readable): AsyncGenerator<InputLine> {
  for await (const r of readRecords(path, { stdin })) {
    const early = !r.parsed.ok && (r.parsed.code === 'too-large' || r.parsed.code === 'invalid-utf8')
    yield early && !r.parsed.ok ? { lineNo: r.lineNo, line: r.line, refused: r.parsed.reason } : { lineNo: r.lineNo, line: r.line }
  }
}

/** A Redis URL without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password !== '') u.password = '***'
    return u.toString()
  } catch {
    return url
  }
}
