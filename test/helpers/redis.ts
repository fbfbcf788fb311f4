// A private redis-server for one test file: its own loopback port, no
// persistence, stopped at the end. Tests that need it skip (saying why)
// when redis-server is not installed; .ci/run installs it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export interface RedisServer {
  port: number
  url: string
  stop(): Promise<void>
}

/** Why Redis tests cannot run here, or undefined when they can. */
export function redisMissing(): string | undefined {
  const r = spawnSync('redis-server', ['--version'], { encoding: 'utf8' })
  return r.error ? 'redis-server is not installed (apt-get install redis-server); skipping the queue tests' : undefined
}

/** A free TCP port on loopback (asked of the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/**
 * Start redis-server with extra arguments. With `tls`, the port given by the
 * OS is the TLS port and the plain port is off.
 */
export async function startRedis(extra: string[] = [], options: { tls?: boolean; password?: string } = {}): Promise<RedisServer> {
  const port = await freePort()
  const portArgs = options.tls ? ['--port', '0', '--tls-port', String(port)] : ['--port', String(port)]
  const args = [...portArgs, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extra]
  if (options.password !== undefined) args.push('--requirepass', options.password)
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer): void => {
      log += d.toString()
      if (log.includes('Ready to accept connections')) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${log}`)))
    child.once('error', reject)
  })
  const auth = options.password !== undefined ? `:${encodeURIComponent(options.password)}@` : ''
  return {
    port,
    url: `${options.tls ? 'rediss' : 'redis'}://${auth}127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
