/**
 * The queue's Redis packages (bullmq, ioredis) are optional peer
 * dependencies: a library or CLI user who never runs the queue does not
 * install them (docs/jsonl.md, "Installing the queue"). The queue's modules
 * import them, so they are loaded through here, which turns their absence
 * into one error that says what to install.
 */
import { ConfigError } from '../errors.js'

/** The queue's optional peer dependencies, as `npm install` takes them. */
export const QUEUE_PEERS = ['bullmq', 'ioredis'] as const

/** A queue command or function ran without bullmq/ioredis installed. Exit 2, like other setup errors. */
export class QueueDependencyError extends ConfigError {
  constructor(missing: string) {
    super(`the queue needs the packages ${QUEUE_PEERS.join(' and ')} (${missing} is not installed): npm install ${QUEUE_PEERS.join(' ')}`)
  }
}

/** `load()` (a dynamic import of a queue module), with a missing peer reported as a QueueDependencyError. */
export async function loadQueueModule<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (err) {
    const code = (err as { code?: unknown }).code
    const missing = QUEUE_PEERS.find((name) => (err as Error).message?.includes(`'${name}'`))
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && missing !== undefined) throw new QueueDependencyError(missing)
    throw err
  }
}
