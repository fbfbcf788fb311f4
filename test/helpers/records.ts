// JSON Lines built from the seed pairs: each record's expected clean text is the seed's expected file
// (or, for a seed the rules leave alone, its input as it was).
import { pairs, type Pair } from './pairs.js'

export interface SeedRecord {
  line: string
  expected: string
  pair: Pair
}

/**
 * `n` records cycling through the seeds, with other fields that must pass
 * through byte for byte: an integer too large for a double, a number spelt
 * "1.0", an escaped non-ASCII string, a nested object.
 */
export function seedRecords(n: number): SeedRecord[] {
  const seeds = pairs('seeds')
  const out: SeedRecord[] = []
  for (let i = 0; i < n; i++) {
    const pair = seeds[i % seeds.length]!
    const text = JSON.stringify(pair.input.toString('utf8'))
    const line = `{"id":${i},"big":1234567890123456789${i % 10},"score":1.0,"title":"caf\\u00e9 ${i}","text":${text},"meta":{"n":[1,2,{"x":"}"}]}}`
    // A record's text from which nothing is removed comes back as it was, without the final newline the CLI adds.
    const input = pair.input.toString('utf8')
    out.push({ line, expected: pair.expected === `${input}\n` ? input : pair.expected, pair })
  }
  return out
}

/** The members of a JSON object line other than `skip`, as their source text (for byte-for-byte checks). */
export function otherMembers(line: string, skip: string): string {
  return line.replace(new RegExp(`"${skip}":"(?:[^"\\\\]|\\\\.)*"`), '')
}

/**
 * `n` small records (the first lines of each seed, with its cruft at the
 * top): many batches of work for little CPU, for order and pool tests.
 */
export function smallRecords(n: number): string[] {
  const seeds = pairs('seeds')
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const lines = seeds[i % seeds.length]!.input.toString('utf8').split('\n')
    const text = lines.slice(0, 4 + (i % 5)).join('\n') + '\nComments\n'
    out.push(`{"id":${i},"n":${i}.0,"text":${JSON.stringify(text)}}`)
  }
  return out
}
