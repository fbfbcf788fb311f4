/**
 * A progress bar on stderr for long runs (records or files, MB/s, ETA when
 * the total is known), drawn only when stderr is a terminal: on a pipe or
 * in a log file it would be noise, so there it never appears. cli-progress
 * loads only when a bar is drawn.
 */

export interface Progress {
  /** `done` counts toward `total` (bytes read, or files); `items` is what the user counts (records, files). */
  update(done: number, items: number, bytes: number): void
  stop(): void
}

const NONE: Progress = { update: () => {}, stop: () => {} }

export interface ProgressOptions {
  /** The stream to draw on; nothing is drawn unless it is a TTY. */
  stream: NodeJS.WritableStream
  quiet: boolean
  /** What `done` counts up to, when known (input bytes, or files). */
  total: number | undefined
  /** What items are called: "records", "files". */
  unit: string
}

/**
 * A progress bar, or a no-op when the stream is not a terminal or `quiet` is set.
 *
 * @example
 * ```ts
 * const bar = await startProgress({ stream: process.stderr, quiet: false, total: size, unit: 'records' })
 * bar.update(bytesRead, records, bytesRead)
 * bar.stop()
 * ```
 */
export async function startProgress(options: ProgressOptions): Promise<Progress> {
  const tty = (options.stream as NodeJS.WriteStream).isTTY === true
  if (options.quiet || !tty) return NONE
  const { default: cliProgress } = await import('cli-progress')
  const known = options.total !== undefined && options.total > 0
  const format = known
    ? `{bar} {percentage}% | {items} ${options.unit} | {rate} MB/s | ETA {eta_formatted}`
    : `{items} ${options.unit} | {mb} MB | {rate} MB/s`
  const bar = new cliProgress.SingleBar(
    { stream: options.stream, format, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  const payload = (items: number, bytes: number): Record<string, string> => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001)
    return { items: items.toLocaleString('en-US'), mb: (bytes / 1e6).toFixed(1), rate: (bytes / 1e6 / seconds).toFixed(1) }
  }
  bar.start(known ? (options.total ?? 1) : 1, 0, payload(0, 0))
  return {
    update(done, items, bytes) {
      bar.update(known ? done : 0, payload(items, bytes))
    },
    stop() {
      bar.stop()
    },
  }
}
