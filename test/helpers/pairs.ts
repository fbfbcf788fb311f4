import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { Transform } from 'readable-stream'

export const ROOT = new URL('../../', import.meta.url).pathname

/** An input/expected pair: `<name>.txt` beside `<name>.expected.txt`. */
export interface Pair {
  name: string
  inputPath: string
  input: Buffer
  expected: string
}

/** Every pair in a folder; a new fixture needs no new test code. */
export function pairs(dir: string): Pair[] {
  const abs = join(ROOT, dir)
  return readdirSync(abs)
    .filter((f) => f.endsWith('.expected.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.expected.txt'.length)
      const inputPath = join(abs, `${name}.txt`)
      return { name: `${dir}/${name}`, inputPath, input: readFileSync(inputPath), expected: readFileSync(join(abs, f), 'utf8') }
    })
}

/** Seeds and our own fixtures: the documents every invariant is checked on. */
export function allPairs(): Pair[] {
  return [...pairs('seeds'), ...pairs('test/fixtures')]
}

/** Push `bytes` through a stream in chunks of `size` bytes and collect the output. */
export async function throughStream(stream: Transform, bytes: Buffer, size: number): Promise<string> {
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  const out: Buffer[] = []
  stream.on('data', (c: Buffer | string) => out.push(Buffer.from(c)))
  await new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
    Readable.from(chunks).pipe(stream)
  })
  return Buffer.concat(out).toString('utf8')
}
