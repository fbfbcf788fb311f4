// Imports run one way: the CLI over the library, never back, and no module
// imports itself through others (an import loop). Type-only imports count
// too: a loop of types is still two modules that cannot be read apart.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const LIB = join(ROOT, 'lib')

// Static imports and re-exports (`from '...'`) and dynamic `import('...')`, relative ones only.
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm

/** Every .ts module under lib/, as paths relative to the repository, with the modules it imports. */
function importGraph(root = LIB): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  for (const file of files) {
    const path = join(root, file)
    const text = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
    const deps = [...text.matchAll(IMPORT)].map((m) => relative(ROOT, resolve(dirname(path), (m[1] ?? '').replace(/\.js$/, '.ts'))))
    graph.set(relative(ROOT, path), [...new Set(deps)])
  }
  return graph
}

/** The strongly connected components with more than one module, or a module importing itself (Tarjan). */
function importLoops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const loops: string[][] = []
  const visit = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string | undefined
    do {
      w = stack.pop()
      if (w === undefined) break
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) loops.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return loops
}

const graph = importGraph()

t.test('the checks can fail: a planted loop and a planted library-to-CLI import are found', async (t) => {
  const planted = new Map([
    ['lib/a.ts', ['lib/b.ts']],
    ['lib/b.ts', ['lib/c.ts']],
    ['lib/c.ts', ['lib/a.ts', 'lib/cli/main.ts']],
    ['lib/cli/main.ts', ['lib/a.ts']],
  ])
  t.same(importLoops(planted), [['lib/a.ts', 'lib/b.ts', 'lib/c.ts', 'lib/cli/main.ts']])
  t.same(libraryToCli(planted), ['lib/c.ts → lib/cli/main.ts'])
  t.ok(graph.size > 50, `the scan finds the library's modules (${graph.size})`)
  t.ok((graph.get('lib/cli/main.ts') ?? []).includes('lib/cli/args.ts'), 'the scan reads imports')
})

function libraryToCli(g: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = []
  for (const [from, deps] of g) {
    if (from.startsWith('lib/cli/')) continue
    for (const d of deps) if (d.startsWith('lib/cli/')) out.push(`${from} → ${d}`)
  }
  return out
}

t.test('no module of the library imports from lib/cli/', async (t) => {
  t.same(libraryToCli(graph), [])
})

t.test('no import loops', async (t) => {
  t.same(importLoops(graph), [])
})

// What `import ... from 'cleanup'` loads when it is evaluated: static
// imports that survive compilation (not `import type`, not `import()`).
const RUNTIME = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?'([^']+)'/gm

/** The modules and packages lib/index.ts loads at import time, following static runtime imports only. */
function loadedByCore(entry = 'lib/index.ts'): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>()
  const packages = new Set<string>()
  const walk = (file: string): void => {
    if (modules.has(file)) return
    modules.add(file)
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
    for (const m of text.matchAll(RUNTIME)) {
      const spec = m[1] ?? ''
      if (spec.startsWith('.')) walk(relative(ROOT, resolve(dirname(join(ROOT, file)), spec.replace(/\.js$/, '.ts'))))
      else if (!spec.startsWith('node:') && !spec.endsWith('.json')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec))
    }
  }
  walk(entry)
  return { modules, packages }
}

t.test('the core entry loads only what cleaning needs', async (t) => {
  const { modules, packages } = loadedByCore()
  t.ok(modules.has('lib/pipeline.ts') && modules.has('lib/engine.ts'), 'the walk follows imports')
  t.same([...modules].filter((m) => m.startsWith('lib/cli/') || m.startsWith('lib/queue/') || m === 'lib/records/pool.ts').sort(), [], 'no CLI, queue or worker-pool module')
  // Heavy packages load on first use (lib/lazy.ts) or with their command.
  for (const heavy of ['bullmq', 'ioredis', 'piscina', 'cli-progress', 'cheerio', 'encoding-sniffer', 'iconv-lite', 'stopword', 'ajv']) t.notOk(packages.has(heavy), `${heavy} is not loaded by the core import`)
})

t.test('the CLI cleaning one text file loads no HTML or markdown module: they load with an input that needs them', async (t) => {
  const { modules, packages } = loadedByCore('lib/cli/clean-inputs.ts')
  t.ok(modules.has('lib/pipeline-core.ts') && modules.has('lib/engine.ts'), 'the walk follows imports')
  t.notOk(modules.has('lib/pipeline.ts'), 'the core of the pipeline, not the whole')
  t.same([...modules].filter((m) => m === 'lib/formats.ts' || m.startsWith('lib/html/') || m.startsWith('lib/markdown/')).sort(), ['lib/html/decode.ts', 'lib/html/detect.ts', 'lib/markdown/detect.ts'], 'recognising HTML and markdown, and decoding HTML bytes, only')
  t.notOk(packages.has('domhandler'), 'domhandler is not loaded')
  t.notOk(packages.has('@eslint-community/regexpp'), 'the regex parser is not loaded: the build stored what the bundled patterns say')
  // Every other face gets the whole pipeline.
  t.ok(loadedByCore().modules.has('lib/formats.ts'), 'the library entry loads the HTML and markdown halves')
})

t.test('imports name modules that exist', async (t) => {
  const missing = [...graph].flatMap(([from, deps]) => deps.filter((d) => d.startsWith('lib/') && !graph.has(d) && !d.endsWith('.json')).map((d) => `${from} → ${d}`))
  t.same(missing, [])
})

t.test('the package entry points: cleanup cleans, cleanup/queue holds the queue (built files, by package name)', async (t) => {
  // Through a variable, so the typecheck (which runs before the build) does not look for the built types.
  const load = (id: string): Promise<Record<string, unknown>> => import(id) as Promise<Record<string, unknown>>
  const core = await load('cleanup')
  const queue = await load('cleanup/queue')
  t.equal(typeof core['clean'], 'function')
  t.equal(typeof core['cleanDocument'], 'function')
  t.equal(core['createWorker'], undefined, 'no queue API in the core entry')
  for (const name of ['createWorker', 'submit', 'submitAndWait', 'collectResults', 'checkRedis']) t.equal(typeof queue[name], 'function', `cleanup/queue exports ${name}`)
})
