/**
 * Checks and printing of what a user passes to reach a queue: the Redis URL
 * (never printed with its password) and the queue name. No Redis client
 * here, so the CLI and the library can use these without loading one.
 */
import { UsageError } from '../errors.js'

/**
 * The URL with its password replaced by `***`, for messages and logs.
 *
 * @example
 * ```ts
 * redactUrl('redis://:s3cret@cache:6379/2') // => 'redis://:***@cache:6379/2'
 * ```
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password !== '') u.password = '***'
    return u.toString()
  } catch {
    // Not a URL at all: still never echo what looks like credentials.
    return url.replace(/\/\/([^/@]*):[^/@]*@/, '//$1:***@')
  }
}

/**
 * Check a Redis URL's shape before any connection is tried, so a typo is a
 * usage error (exit 2) rather than a connection failure.
 */
export function checkRedisUrl(url: string): void {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new UsageError(`--redis ${redactUrl(url)}: not a URL (expected redis://[[user]:password@]host[:port][/db] or rediss://...)`)
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new UsageError(`--redis ${redactUrl(url)}: the scheme must be redis:// or rediss:// (TLS), not ${u.protocol}//`)
  }
  if (u.hostname === '') throw new UsageError(`--redis ${redactUrl(url)}: no host`)
  const db = u.pathname.replace(/^\//, '')
  if (db !== '' && !/^\d+$/.test(db)) throw new UsageError(`--redis ${redactUrl(url)}: the path must be a database number, not "${db}"`)
}

/** BullMQ keys are `prefix:queue:...`, so a queue name cannot hold ":". */
export function checkQueueName(name: string): void {
  if (name === '') throw new UsageError('--queue: the queue name is empty')
  if (name.includes(':')) throw new UsageError(`--queue ${name}: a queue name cannot contain ":"`)
}
