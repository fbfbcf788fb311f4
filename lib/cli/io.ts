/**
 * What the CLI talks to: its three streams (tests pass their own), its exit
 * statuses, and writing to a stream with backpressure.
 */
import type { Readable } from 'node:stream'

/** The streams the CLI talks to; tests pass their own. */
export interface CliIO {
  stdin: Readable
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/** Exit statuses: 0 success, 1 an input could not be cleaned, 2 usage or rules-file error. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const

/** Write to a stream, honouring backpressure. */
export function writeOut(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err)
    stream.once('error', onError)
    const done = (): void => {
      stream.removeListener('error', onError)
      resolve()
    }
    if (stream.write(data)) done()
    else stream.once('drain', done)
  })
}
