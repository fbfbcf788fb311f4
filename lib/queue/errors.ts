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
