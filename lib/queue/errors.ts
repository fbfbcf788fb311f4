/** Errors of the queue faces, apart from any Redis client so they load cheaply. */
import { InputError } from '../errors.js'

/** Redis could not be reached, refused our credentials, or broke the TLS handshake. */
export class QueueConnectionError extends Error {
  override readonly name = 'QueueConnectionError'
}

/** A record's job is not in the queue: collecting would wait forever. */
export class JobMissingError extends InputError {
  constructor(
    readonly line: number,
    readonly jobId: string,
    queue: string,
  ) {
    super(`job ${jobId} is not in queue "${queue}" (not submitted, submitted with another --batch, or removed)`)
  }
}

/** Waiting for results went past --timeout with none arriving: most likely no worker is running. */
export class QueueWaitTimeoutError extends InputError {
  constructor(queue: string, waitedMs: number, pendingJobs: number) {
    super(`no result from queue "${queue}" for ${Math.round(waitedMs / 1000)} s (--timeout), ${pendingJobs} jobs still pending: is a worker running (cleanup queue work --queue ${queue})?`)
  }
}
