// The documentation stays true to the repository: docs/rules.md is
// regenerated whenever rules.json changes (scripts/rules-doc.js --check),
// and every relative link in README.md and docs/ leads to a file that
// exists (and, for a Markdown file, to a heading or anchor it has).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import t from 'tap'
import { ROOT } from './helpers/pairs.js'

const SCRIPT = join(ROOT, 'scripts/rules-doc.js')
const rulesDoc = (args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' })

/** README.md and every Markdown file under docs/. */
function markdownFiles(): string[] {
  const docs = (readdirSync(join(ROOT, 'docs'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'docs', f))
  return [join(ROOT, 'README.md'), ...docs.sort()]
}

/** The text outside fenced code blocks and inline code spans. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '')
}

/** Link and image targets: [text](target) and ![alt](target), without a title. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = []
  for (const m of withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1] ?? '')
  for (const m of withoutCode(markdown).matchAll(/<a\s[^>]*href="([^"]+)"/g)) targets.push(m[1] ?? '')
  return targets
}

/** GitHub's anchors for a Markdown file: its headings (slugged, duplicates numbered) and explicit ids. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>()
  const seen = new Map<string, number>()
  const text = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = (m[1] ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\- _]/gu, '')
      .replace(/ /g, '-')
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    found.add(n === 0 ? slug : `${slug}-${n}`)
  }
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) found.add(m[1] ?? '')
  return found
}

t.test('docs/rules.md is generated from rules.json (node scripts/rules-doc.js)', async (t) => {
  const r = rulesDoc(['--check'])
  t.equal(r.status, 0, `docs/rules.md is up to date: ${r.stderr}`)
  const page = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')
  const { rules } = JSON.parse(readFileSync(join(ROOT, 'rules.json'), 'utf8')) as { rules: { id: string }[] }
  for (const { id } of rules) t.match(page, `\n### ${id}\n`, `rule ${id} has its entry`)
})

t.test('--check fails when rules.json changes without regenerating', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-docs-'))
  const data = JSON.parse(readFileSync(join(ROOT, 'rules.json'), 'utf8')) as { rules: { description: string }[] }
  data.rules[0]!.description += ' Changed.'
  const changed = join(dir, 'rules.json')
  writeFileSync(changed, JSON.stringify(data))
  const stale = rulesDoc(['--check', '--rules', changed])
  t.equal(stale.status, 1)
  t.match(stale.stderr, /out of date.*node scripts\/rules-doc\.js/)

  // Regenerating a copy of the page brings it up to date, and leaves the text outside the markers alone.
  const doc = join(dir, 'rules.md')
  const original = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')
  writeFileSync(doc, original)
  t.equal(rulesDoc(['--rules', changed, '--doc', doc]).status, 0)
  t.equal(rulesDoc(['--check', '--rules', changed, '--doc', doc]).status, 0)
  const regenerated = readFileSync(doc, 'utf8')
  t.match(regenerated, ' Changed.')
  t.equal(regenerated.split('<!-- rules:begin -->')[0], original.split('<!-- rules:begin -->')[0], 'text before the markers kept')
  t.equal(regenerated.split('<!-- rules:end -->')[1], original.split('<!-- rules:end -->')[1], 'text after the markers kept')

  writeFileSync(doc, '# no markers\n')
  const bad = rulesDoc(['--check', '--doc', doc])
  t.equal(bad.status, 2)
  t.match(bad.stderr, /markers/)
})

t.test('every relative link in README.md and docs/ resolves', async (t) => {
  const files = markdownFiles()
  t.ok(files.length > 5, 'README and the docs pages are found')
  let checked = 0
  for (const file of files) {
    const name = relative(ROOT, file)
    const markdown = readFileSync(file, 'utf8')
    for (const target of linkTargets(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto:
      const [path = '', hash] = target.split('#', 2)
      const dest = path === '' ? file : resolve(dirname(file), decodeURIComponent(path.split('?')[0] ?? ''))
      checked++
      t.ok(dest.startsWith(ROOT), `${name}: ${target} stays in the repository`)
      if (!existsSync(dest)) {
        t.fail(`${name}: ${target} → ${relative(ROOT, dest)} does not exist`)
        continue
      }
      if (hash !== undefined && hash !== '' && dest.endsWith('.md')) {
        const ok = anchors(readFileSync(dest, 'utf8')).has(decodeURIComponent(hash))
        t.ok(ok, `${name}: ${target} names an anchor of ${relative(ROOT, dest)}`)
      }
    }
  }
  t.ok(checked > 20, `${checked} links checked`)
})

t.test('the README links every page under docs/', async (t) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const linked = new Set(linkTargets(readme).map((l) => l.split('#')[0]))
  for (const file of markdownFiles().slice(1)) {
    const path = relative(ROOT, file)
    t.ok(linked.has(path), `README links ${path}`)
  }
})
