/**
 * Redis connections for the queue: options from a redis:// or rediss:// URL
 * (ioredis reads user, password, db and TLS from it) and a first
 * connection that fails fast with a message a user can act on,
 * instead of BullMQ's endless reconnect loop.
 */
import type { ConnectionOptions } from 'bullmq'
import { Redis } from 'ioredis'
import { QueueConnectionError } from './errors.js'
import { checkRedisUrl, redactUrl } from './url.js'

/** How long the first connection may take before we give up (ms). */
export const CONNECT_TIMEOUT_MS = 10_000

/**
 * BullMQ connection options for a URL. BullMQ hands `url` and the rest to
 * ioredis, which takes host, port, user, password and db from the URL and
 * turns TLS on for rediss:// (a private CA goes in NODE_EXTRA_CA_CERTS).
 */
export function connectionOptions(url: string): ConnectionOptions {
  return { url, connectTimeout: CONNECT_TIMEOUT_MS }
}

/**
 * Connect once, without retries, and PING. Throws QueueConnectionError naming
 * the (redacted) URL and the reason: refused, unknown host, timeout, bad
 * password, TLS failure.
 *
 * @example
 * ```ts
 * await checkRedis('redis://localhost:6379') // resolves, or throws a QueueConnectionError
 * ```
 */
export async function checkRedis(url: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  checkRedisUrl(url)
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  })
  // Errors also arrive as events; the promise below reports them.
  let lastError: Error | undefined
  client.on('error', (err: Error) => {
    lastError = err
  })
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    })
    await Promise.race([
      (async () => {
        await client.connect()
        await client.ping()
      })(),
      timeout,
    ])
  } catch (err) {
    const tls = url.startsWith('rediss:')
    throw new QueueConnectionError(`cannot connect to Redis at ${redactUrl(url)}: ${describe(lastError ?? (err as Error), tls)}`)
  } finally {
    clearTimeout(timer)
    client.disconnect()
  }
}

/** A short reason from an ioredis / socket / TLS error. */
function describe(err: Error, tls: boolean): string {
  const e = err as NodeJS.ErrnoException & { hostname?: string }
  const msg = e.message.replace(/^ReplyError: /, '')
  if (e.code === 'ECONNREFUSED') return 'connection refused (is redis-server running there?)'
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `unknown host (${e.hostname ?? 'DNS lookup failed'})`
  if (/WRONGPASS|invalid password|invalid username-password/i.test(msg)) return 'wrong user name or password'
  if (/NOAUTH/i.test(msg)) return 'the server wants a password (redis://:PASSWORD@host...)'
  if (/self[- ]signed|unable to (get|verify)|certificate/i.test(msg)) return `${msg} (trust the server's CA with NODE_EXTRA_CA_CERTS=ca.pem)`
  if (tls && /^no answer/.test(msg)) return `${msg} (TLS handshake: does that port speak TLS?)`
  return msg
}
