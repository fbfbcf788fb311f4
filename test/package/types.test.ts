// The published types: the packed tarball, installed into a consumer with
// only its declared dependencies, type-checks under strict settings with
// skipLibCheck off. A type the .d.ts files import from a package that is
// only a devDependency (TS7016) fails here.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import t from 'tap'
import { ROOT } from '../helpers/pairs.js'

t.setTimeout(0) // packing and a full type-check: no clock bound on that

t.test('a strict consumer type-checks against the packed package', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-consumer-'))
  // --ignore-scripts: the suite has built dist/ already; prepare would build it again.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string }>
  const tarball = join(dir, packed[0]!.filename)
  const pkgDir = join(dir, 'node_modules', 'cleanup')
  mkdirSync(pkgDir, { recursive: true })
  execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1'])
  // Install what the package declares, and nothing else, by linking this checkout's copies
  // (offline and fast); @types/node stands for the consumer's own Node.js types.
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  for (const name of [...Object.keys(manifest.dependencies), '@types/node']) {
    const link = join(dir, 'node_modules', name)
    mkdirSync(dirname(link), { recursive: true })
    if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules', name), link, 'dir')
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], types: ['node'], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
    include: ['index.ts'],
  }))
  writeFileSync(join(dir, 'index.ts'), [
    "import { clean, cleanWithReport, createCleanStream, createRecordStream, loadRules, cleanHtml, learnRules, type CleanReport } from 'cleanup'",
    "const text: string = clean('Storm hits coast\\nThe storm arrived at dawn, officials said.\\n')",
    'const report: CleanReport = cleanWithReport(text)',
    'const stream = createCleanStream({ rules: loadRules() })',
    'stream.end(text)',
    'const records = createRecordStream({})',
    "void [report.linesOut, records, cleanHtml('<p>x</p>'), learnRules]",
    '',
  ].join('\n'))
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' })
  t.equal(tsc.status, 0, tsc.stdout + tsc.stderr)
  t.notMatch(tsc.stdout, /TS7016/)

  // The queue's Redis packages are optional peers: not installed here, as for a user who never runs the queue.
  t.notOk(Object.keys(manifest.dependencies).some((name) => name === 'bullmq' || name === 'ioredis'), 'bullmq and ioredis are not dependencies')
  const peers = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { peerDependenciesMeta?: Record<string, { optional?: boolean }> }).peerDependenciesMeta
  t.same(peers, { bullmq: { optional: true }, ioredis: { optional: true } })
  const run = (code: string): ReturnType<typeof spawnSync> => spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8' })
  const core = run("import { clean } from 'cleanup'; process.stdout.write(clean('Storm hits coast\\n\\nThe storm arrived at dawn, officials said.\\n'))")
  t.equal(core.status, 0, String(core.stderr))
  t.match(String(core.stdout), 'The storm arrived at dawn, officials said.')
  const queue = run("import { checkRedis, QueueDependencyError } from 'cleanup/queue'; checkRedis('redis://127.0.0.1:1').catch((e) => { console.log(String(e instanceof QueueDependencyError) + ': ' + e.message); process.exit(3) })")
  t.equal(queue.status, 3, String(queue.stderr))
  t.match(String(queue.stdout), /^true: the queue needs the packages bullmq and ioredis \((?:bullmq|ioredis) is not installed\): npm install bullmq ioredis\n$/)
  const cli = spawnSync(process.execPath, [join(pkgDir, 'bin', 'cleanup.js'), 'queue', 'work', '--redis', 'redis://127.0.0.1:1', '--queue', 'q'], { cwd: dir, encoding: 'utf8' })
  t.equal(cli.status, 2, cli.stderr)
  t.equal(cli.stderr.trim().split('\n').length, 1, cli.stderr)
  t.match(cli.stderr, 'npm install bullmq ioredis')
})
