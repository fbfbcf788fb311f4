#!/usr/bin/env node
// How heavy is `import ... from 'cleanup'`? Prints, for the core entry
// point (dist/lib/index.js), the same followed by cleaning one HTML page
// (what the core defers: cheerio, charset sniffing, stopwords) and the
// queue entry point (dist/lib/queue/index.js) beside it: the wall time in a
// fresh process (median of a few runs, without hooks) and the number of
// modules loaded (ES modules seen by a resolve hook, plus CommonJS modules
// in require's cache), with the packages they come from.
// Run after `npm run build`: node bench/import-time.js [--list]
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PAGE = '<html><body><nav><a href="/">Home</a></nav><article><h1>Storm hits coast</h1><p>The storm arrived at dawn, and officials said the damage along the coast was severe.</p></article></body></html>'
const ENTRIES = [
  ['cleanup (core)', 'dist/lib/index.js', ''],
  ['core + 1 article', 'dist/lib/index.js', 'Storm hits coast\nThe storm arrived at dawn, and officials said the damage along the coast was severe.\n'],
  ['core + 1 HTML page', 'dist/lib/index.js', PAGE],
  ['cleanup/queue', 'dist/lib/queue/index.js', ''],
]
const RUNS = 5

// Child for the time: import the entry (and clean the page, if any), no hooks.
const TIMED = `
const t0 = performance.now()
const m = await import(process.argv[1])
if (process.argv[2]) Buffer.from(m.clean(Buffer.from(process.argv[2])))
process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }))
`

// Child for the count: a resolve hook (in the loader thread) posts every resolved URL back; the main thread counts them.
const COUNTED = `
import { register, createRequire } from 'node:module'
import { MessageChannel } from 'node:worker_threads'
const { port1, port2 } = new MessageChannel()
const seen = new Set()
port1.on('message', (url) => seen.add(url))
port1.unref()
const hooks = 'data:text/javascript,' + encodeURIComponent(\`
  let port
  export function initialize(data) { port = data.port }
  export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); port.postMessage(r.url); return r }
\`)
register(hooks, { data: { port: port2 }, transferList: [port2] })
const m = await import(process.argv[1])
if (process.argv[2]) m.clean(Buffer.from(process.argv[2]))
await new Promise((r) => setTimeout(r, 50))
const cjs = Object.keys(createRequire(import.meta.url).cache)
const all = [...new Set([...seen].filter((u) => u.startsWith('file:')).map((u) => new URL(u).pathname).concat(cjs))]
process.stdout.write(JSON.stringify({ modules: all }))
`

function child(code, entry, page) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, new URL(entry, `file://${ROOT}/`).href, page], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${entry}: ${r.stderr}`)
  return JSON.parse(r.stdout)
}

const packageOf = (path) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  return m ? m[1] : '(cleanup)'
}

console.log(`import of each entry point in a fresh process, median of ${RUNS} (node ${process.version})`)
console.log('entry'.padEnd(18), 'ms'.padStart(6), 'modules'.padStart(8), '  packages')
for (const [label, entry, page] of ENTRIES) {
  const ms = Array.from({ length: RUNS }, () => child(TIMED, entry, page).ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)]
  const { modules } = child(COUNTED, entry, page)
  const packages = new Map()
  for (const m of modules) packages.set(packageOf(m), (packages.get(packageOf(m)) ?? 0) + 1)
  const list = [...packages].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ')
  console.log(label.padEnd(18), ms.toFixed(0).padStart(6), String(modules.length).padStart(8), ' ', list)
  if (process.argv.includes('--list')) for (const m of modules.sort()) console.log('   ', m)
}
