/**
 * `cleanup --jsonl`: records in, records out, in input order, nothing lost.
 *
 * Inputs are split into batches of whole lines; each batch is cleaned in
 * process (--jobs 1, and always the first batch, so small inputs never pay
 * for starting threads) or by the worker pool, with a bounded number in
 * flight and results taken in order. Every record read is either written
 * or rejected; --stats prints the sum.
 */
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RuleSet } from '../config/load.js'
import { InputError } from '../errors.js'
import { cleanBatch, rejectLine, type BatchOptions, type BatchResult } from '../records/batch.js'
import { openInput } from '../records/input.js'
import { DEFAULT_BATCH_BYTES, DEFAULT_BATCH_LINES, splitLines } from '../records/lines.js'
import { OrderedQueue } from '../records/ordered.js'
import { tooLargeReason } from '../records/read.js'
import type { CleanPool } from '../records/pool.js'
import type { RejectCode } from '../records/record.js'
import type { CliOptions } from './args.js'
import type { CliIO } from './io.js'
import { fileSink, streamSink, type Sink } from './output.js'
import { COLLECT_EVERY_BYTES, collectGarbageEvery } from './memory.js'
import { startProgress } from './progress.js'

/** How --stats names each reject code. */
const REJECT_LABELS: Record<RejectCode, string> = {
  malformed: 'malformed JSON',
  'not-object': 'not an object',
  'no-field': 'no text field',
  'not-string': 'text not a string',
  'too-large': 'over --max-bytes',
  binary: 'NUL in text',
  'invalid-utf8': 'invalid UTF-8',
  empty: 'no text as HTML',
}

/** Running totals over all inputs. */
export interface RecordTotals {
  records: number
  written: number
  rejected: number
  blank: number
  /** Records a guard flagged (kept text the rules would have removed). */
  guarded: number
  bytes: number
  counts: Partial<Record<RejectCode, number>>
}

/** The --stats line: records in = out + rejected, by reason. */
export function formatRecordStats(t: RecordTotals, seconds: number): string {
  const reasons = Object.entries(t.counts).map(([code, n]) => `${n} ${REJECT_LABELS[code as RejectCode]}`)
  const mb = t.bytes / 1e6
  const s = Math.max(seconds, 0.001)
  return (
    `stats: ${t.records} records in = ${t.written} out + ${t.rejected} rejected` +
    (reasons.length > 0 ? ` (${reasons.join(', ')})` : '') +
    (t.guarded > 0 ? `; ${t.guarded} flagged by a guard (text kept that the rules would have removed)` : '') +
    `; ${t.blank} blank lines; ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s (${(mb / s).toFixed(1)} MB/s, ${Math.round(t.records / s)} records/s)`
  )
}

/** Run --jsonl over `opts.inputs`; returns the exit status. */
export async function cleanJsonl(opts: CliOptions, rules: RuleSet, io: CliIO, say: (msg: string) => void): Promise<number> {
  const started = Date.now()
  const totals: RecordTotals = { records: 0, written: 0, rejected: 0, blank: 0, guarded: 0, bytes: 0, counts: {} }
  const rejects = opts.rejects !== undefined ? fileSink(opts.rejects) : undefined
  // One output for all inputs, unless --out-dir asks for one each.
  const single = opts.outDir !== undefined ? undefined : opts.output !== undefined ? fileSink(opts.output) : streamSink(io.stdout)
  const sizes = await Promise.all(opts.inputs.map(async (i) => (i === '-' ? undefined : (await stat(i).catch(() => undefined))?.size)))
  const total = sizes.every((s) => s !== undefined) ? sizes.reduce((a: number, b) => a + (b ?? 0), 0) : undefined
  const progress = await startProgress({ stream: io.stderr, quiet: opts.quiet, total, unit: 'records' })
  let consumedBefore = 0
  let batches = 0
  // Worker threads (piscina) load with the first batch they take.
  let pool: Promise<CleanPool> | undefined
  // Collections paced by the input handed to the workers (see memory.ts).
  let handed: (size: number) => void = () => {}
  let status = 0
  let failure: string | undefined

  const runBatch = (bytes: Buffer, firstLine: number, count: number, options: Omit<BatchOptions, 'rules'>): Promise<BatchResult> => {
    // Threads only pay off past one batch: a first batch that is not full is the whole input.
    const more = batches > 0 || count >= DEFAULT_BATCH_LINES || bytes.length >= DEFAULT_BATCH_BYTES
    batches++
    if (opts.jobs > 1 && more) {
      if (pool === undefined) {
        pool = import('../records/pool.js').then((m) => new m.CleanPool(opts.jobs, rules, opts.maxBytes))
        handed = collectGarbageEvery(COLLECT_EVERY_BYTES)
      }
      handed(bytes.length)
      // A worker that dies (out of its heap on a huge record) costs only time: the batch is cleaned here instead.
      return pool.then((p) => p.batch(bytes, firstLine, options)).catch(() => cleanBatch(bytes, firstLine, { ...options, rules }))
    }
    return Promise.resolve(cleanBatch(bytes, firstLine, { ...options, rules }))
  }

  const stopMessage = (where: string, reason: string): string => {
    const notWritten = single !== undefined && opts.output !== undefined ? `; ${opts.output} not written` : ''
    return `${where}: ${reason}; stopped (--on-error fail) after ${totals.written} records written${notWritten}`
  }

  const cleanInput = async (input: string, sink: Sink): Promise<void> => {
    const opened = await openInput(input, io.stdin)
    const options: Omit<BatchOptions, 'rules'> = {
      field: opts.field,
      ...(opts.outField !== undefined ? { outField: opts.outField } : {}),
      ...(opts.reportField !== undefined ? { reportField: opts.reportField } : {}),
      ...(opts.metadataField !== undefined ? { metadataField: opts.metadataField } : {}),
      format: opts.format,
      mode: opts.mode,
      maxBytes: opts.maxBytes,
      onError: opts.onError,
      name: opened.name,
      ...(opts.source !== undefined ? { source: opts.source } : {}),
      keepRejects: rejects !== undefined,
    }
    const queue = new OrderedQueue<BatchResult>(opts.jobs > 1 ? opts.jobs * 2 : 1, async (r) => {
      totals.records += r.records
      totals.written += r.written
      totals.rejected += r.rejected
      totals.blank += r.blank
      totals.guarded += r.guarded
      for (const [code, n] of Object.entries(r.rejectCounts)) totals.counts[code as RejectCode] = (totals.counts[code as RejectCode] ?? 0) + n
      await sink.write(r.out)
      if (rejects !== undefined) await rejects.write(r.rejects)
      if (r.stopped && r.firstReject !== undefined) {
        failure = stopMessage(`${opened.name}:${r.firstReject.lineNo}`, r.firstReject.reason)
        return false
      }
      return true
    })
    let stopAfterOversize = false
    for await (const ev of splitLines(opened.bytes, { maxLineBytes: opts.maxBytes })) {
      if (ev.kind === 'lines') {
        totals.bytes += ev.bytes.length
        if (!(await queue.push(runBatch(ev.bytes, ev.firstLine, ev.count, options)))) return
      } else if (ev.kind === 'oversize-start') {
        // Everything before the long line is settled first, so outputs and rejects stay in order.
        if (!(await queue.drain())) return
        const reason = tooLargeReason(opts.maxBytes, '--max-bytes')
        totals.records++
        totals.rejected++
        totals.bytes += ev.bytes.length
        totals.counts['too-large'] = (totals.counts['too-large'] ?? 0) + 1
        // The rejects file gets the line verbatim, streamed through as it arrives.
        if (rejects !== undefined) await rejects.write(rejectLine(opened.name, ev.lineNo, reason, ev.bytes).subarray(0, -1))
        if (opts.onError === 'fail') {
          failure = stopMessage(`${opened.name}:${ev.lineNo}`, reason)
          stopAfterOversize = true
        }
      } else if (ev.kind === 'oversize-part') {
        totals.bytes += ev.bytes.length
        if (rejects !== undefined) await rejects.write(ev.bytes)
      } else {
        if (rejects !== undefined) await rejects.write('\n')
        if (stopAfterOversize) return
      }
      progress.update(consumedBefore + opened.consumed(), totals.records, totals.bytes)
    }
    await queue.drain()
    consumedBefore += opened.consumed()
  }

  try {
    for (const input of opts.inputs) {
      if (failure !== undefined) break
      let sink = single
      if (sink === undefined) {
        const target = join(opts.outDir ?? '.', input === '-' ? 'stdin.jsonl' : basename(input))
        if (opts.skipExisting && existsSync(target)) continue
        sink = fileSink(target)
      }
      try {
        await cleanInput(input, sink)
        if (sink !== single) {
          if (failure === undefined) await sink.commit()
          else await sink.abort()
        }
      } catch (err) {
        if (sink !== single) await sink.abort()
        const code = (err as NodeJS.ErrnoException).code
        if (err instanceof InputError) say(err.message)
        else if (typeof code === 'string') say(`${sink.name}: cannot write: ${(err as Error).message}`)
        else throw err
        status = 1
        // Output that cannot be written stops the run; a bad input only skips that input.
        if (!(err instanceof InputError)) break
      }
    }
  } finally {
    progress.stop()
    await pool?.then((p) => p.close(), () => undefined)
  }

  if (failure !== undefined) {
    say(failure)
    status = 1
  }
  // A combined output missing any part is not passed off as complete.
  if (single !== undefined) {
    if (status === 0) await single.commit()
    else await single.abort()
  }
  await rejects?.commit()
  if (opts.stats) say(formatRecordStats(totals, (Date.now() - started) / 1000))
  else if (totals.rejected > 0 && opts.onError === 'skip') {
    say(`${totals.rejected} of ${totals.records} records rejected (--on-error skip)${rejects ? `; see ${rejects.name}` : '; --rejects FILE keeps them'}`)
  }
  return status
}
