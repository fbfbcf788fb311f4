// A JSON Lines corpus for benchmarks, generated from the seed pairs: each
// document is a seed's article (headline and a run of its paragraphs) inside
// cruft taken from the seeds (head chrome, stray captions/promos in the body,
// a tail widget block), with varied layout; each record carries other fields
// that must pass through. Deterministic for a given size.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
// mulberry32, a small seeded PRNG, so the corpus is the same on every run (built code: `npm run build` first).
import { mulberry32 as prng } from '../../dist/lib/random.js'

/** Each seed split into article lines and the cruft around and inside them. */
function seedParts(seedsDir) {
  const parts = []
  for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.expected.txt')).sort()) {
    const input = readFileSync(join(seedsDir, f.replace('.expected.txt', '.txt')), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '')
    // Article lines are the expected ones (as a multiset); cruft before the first is head, any other is tail.
    const kept = new Map()
    for (const l of readFileSync(join(seedsDir, f), 'utf8').split(/\r?\n/)) if (l.trim() !== '') kept.set(l, (kept.get(l) ?? 0) + 1)
    const article = []
    const head = []
    const tail = []
    for (const l of input) {
      const n = kept.get(l) ?? 0
      if (n > 0) {
        kept.set(l, n - 1)
        article.push(l)
      } else if (article.length === 0) head.push(l)
      else tail.push(l)
    }
    parts.push({ article, head, tail })
  }
  return parts
}

function document(rand, parts) {
  const pick = (arr) => arr[Math.floor(rand() * arr.length)]
  const base = pick(parts)
  const [headline, ...paras] = base.article
  const start = Math.floor(rand() * Math.max(1, paras.length / 3))
  const end = paras.length - Math.floor(rand() * Math.max(1, paras.length / 4))
  const body = paras.slice(start, Math.max(start + 3, end))
  const strays = parts.flatMap((p) => p.tail.filter((l) => l.split(' ').length <= 8))
  for (let k = Math.floor(rand() * 3); k > 0 && strays.length > 0; k--) body.splice(1 + Math.floor(rand() * body.length), 0, pick(strays))
  const head = pick(parts).head.filter(() => rand() < 0.7)
  const tail = rand() < 0.8 ? pick(parts).tail : []
  const sep = rand() < 0.5 ? '\n' : '\n\n'
  const eol = rand() < 0.05 ? '\r\n' : '\n'
  return [...head, headline, ...body].join(sep).replaceAll('\n', eol) + eol + (tail.length > 0 ? tail.join(eol) + eol : '')
}

const OUTLETS = ['The Independent', 'Daily Mail', 'The Guardian', 'Reuters', 'AP News', 'Sky News']

/**
 * Write a corpus of at least `megabytes` MB to `path` (reused when a file of
 * that size is already there). Returns { path, bytes, records }.
 */
export function makeCorpus(path, megabytes, seedsDir = 'seeds') {
  const target = megabytes * 1e6
  if (existsSync(path) && statSync(path).size >= target && statSync(path).size < target * 1.01 + 1e6) {
    const records = readFileSync(`${path}.records`, 'utf8')
    return { path, bytes: statSync(path).size, records: Number(records) }
  }
  const parts = seedParts(seedsDir)
  const rand = prng(20240917)
  const tmp = `${path}.tmp`
  const fd = openSync(tmp, 'w')
  let bytes = 0
  let records = 0
  while (bytes < target) {
    const lines = []
    for (let k = 0; k < 500; k++, records++) {
      const text = document(rand, parts)
      lines.push(JSON.stringify({
        id: records,
        url: `https://news.example.com/story/${records.toString(36)}`,
        source: OUTLETS[records % OUTLETS.length],
        fetched_at: new Date(Date.UTC(2024, 0, 1) + records * 60_000).toISOString(),
        lang: 'en',
        text,
        meta: { words: text.split(/\s+/).length, tags: ['news', records % 2 === 0 ? 'uk' : 'world'], score: 0.5 + (records % 7) / 10 },
      }))
    }
    const chunk = Buffer.from(lines.join('\n') + '\n')
    writeSync(fd, chunk)
    bytes += chunk.length
  }
  closeSync(fd)
  renameSync(tmp, path)
  writeSync(openSync(`${path}.records`, 'w'), String(records))
  return { path, bytes, records }
}
