#!/usr/bin/env node
// Where the markdown F1 goes, by family: for each page of the site-split
// dev half (conversions cached by bench/eval-markdown.js), each markdown
// unit (lib/markdown/blocks.ts) is labelled gold or cruft by the share of
// its shingles found in the gold article, then:
//   kept cruft  units kept that are not gold, grouped by shape (kind, link
//               share, where they stand against the gold text)
//   lost gold   units removed that are gold, grouped by the rule that
//               removed them
// and each group is scored by the mean F1 the pages would gain if that group
// alone were fixed (cruft removed, gold given back): the families worth
// fixing first. Tune on dev only.
//
//   node bench/markdown-loss.js --sites /work/data/html-sites [--converter html2text|turndown]
//        [--sets a,b] [--examples N] [--group KEY] [--pages N]
//
// --group KEY with --examples N prints N units of that group (page, line, text).
// --pages N lists the N pages that lose the most F1 against a perfect cut of their units.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { cleanWithReport } from '../dist/lib/index.js'
import { parseBlocks } from '../dist/lib/markdown/blocks.js'
import { visibleWords } from './lib/markdown-words.js'
import { score, shingles } from './lib/shingles.js'

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '/work/data/html-sites' },
    cache: { type: 'string', default: '/tmp/cleanup-md-cache' },
    converter: { type: 'string' },
    sets: { type: 'string' },
    examples: { type: 'string', default: '0' },
    group: { type: 'string' },
    pages: { type: 'string', default: '0' },
  },
})
const SPLIT = 'dev' // never the check half: its documents are for the final figures only
const GOLD_SHARE = 0.5
const key = (set, id) => createHash('sha1').update(`sites/${set}/${id}`).digest('hex').slice(0, 16)
const converters = values.converter === undefined ? ['html2text', 'turndown'] : [values.converter]
const wantSets = values.sets === undefined ? undefined : new Set(values.sets.split(','))

const pages = []
const root = join(values.sites, SPLIT)
for (const set of readdirSync(root).sort()) {
  if (wantSets !== undefined && !wantSets.has(set)) continue
  for (const f of readdirSync(join(root, set)).filter((f) => f.endsWith('.html')).sort()) {
    const id = f.slice(0, -'.html'.length)
    pages.push({ set, id, gold: readFileSync(join(root, set, `${id}.gold.txt`), 'utf8') })
  }
}

const linkShareOf = (lines) => {
  const text = lines.join(' ')
  const all = visibleWords(text).match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  const inLinks = [...text.matchAll(/\[([^\]\n]*)\]\(/g)].map((m) => m[1]).join(' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  return all === 0 ? 0 : Math.min(1, inLinks / all)
}
const bucket = (x) => (x === 0 ? 'nolink' : x < 0.5 ? 'somelink' : 'linky')
const sizeOf = (n) => (n <= 3 ? 'w<=3' : n <= 12 ? 'w<=12' : n <= 40 ? 'w<=40' : 'w>40')

const groups = new Map() // key -> { gain, units, examples }
const worstPages = []
for (const conv of converters) {
  for (const page of pages) {
    const path = join(values.cache, `${key(page.set, page.id)}.${conv}.md`)
    if (!existsSync(path)) continue
    const md = readFileSync(path, 'utf8')
    if (!/[\p{L}\p{N}]/u.test(visibleWords(md))) continue
    const report = cleanWithReport(md)
    const base = score(visibleWords(report.text), page.gold)
    const lines = md.split('\n')
    if (report.format !== 'markdown') {
      // Not recognised: what markdown cleaning would have scored.
      const forced = cleanWithReport(md, { format: 'markdown' })
      const f = score(visibleWords(forced.text), page.gold).f
      add(`not-markdown ${report.format}`, f - base.f, [], page, conv, 0)
      continue
    }
    const removedBy = new Map()
    for (const r of report.removals) for (let i = r.from - 1; i < r.to; i++) removedBy.set(i, r.rule)
    const blocks = parseBlocks(lines)
    const goldSet = shingles(page.gold).counts
    const units = blocks.units.map((u) => {
      const src = lines.slice(u.from, u.to + 1)
      const text = visibleWords(src.join('\n'))
      const sh = shingles(text)
      let hit = 0
      for (const [s, n] of sh.counts) hit += Math.min(n, goldSet.get(s) ?? 0)
      const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
      const gold = sh.total > 0 && hit / sh.total >= GOLD_SHARE
      let rule
      for (let i = u.from; i <= u.to && rule === undefined; i++) rule = removedBy.get(i)
      const kept = src.some((l, k) => l.trim() !== '' && !removedBy.has(u.from + k))
      return { u, src, words, gold, kept, rule, link: linkShareOf(src) }
    })
    const goldIdx = units.filter((x) => x.gold).map((x) => x.u.index)
    const first = goldIdx[0] ?? Infinity
    const last = goldIdx[goldIdx.length - 1] ?? -Infinity
    const render = (keep) => units.filter((x, i) => keep(x, i)).map((x) => x.src.join('\n')).join('\n\n')
    const withFix = (fix) => score(visibleWords(render((x, i) => (fix(x, i) ?? x.kept))), page.gold).f
    // The page's own loss against a perfect cut of its units.
    const ideal = withFix((x) => x.gold)
    worstPages.push({ id: `${conv} ${page.set}/${page.id} ${key(page.set, page.id)}`, f: base.f, ideal, mode: report.mode })
    const byGroup = new Map()
    for (const x of units) {
      if (x.words === 0) continue
      let g
      if (x.kept && !x.gold) {
        const where = x.u.index < first ? 'before' : x.u.index > last ? 'after' : 'inside'
        g = `kept ${x.u.kind} ${bucket(x.link)} ${sizeOf(x.words)} ${where}`
      } else if (!x.kept && x.gold) {
        g = `lost ${x.rule} ${x.u.kind}`
      } else continue
      if (!byGroup.has(g)) byGroup.set(g, new Set())
      byGroup.get(g).add(x.u.index)
    }
    for (const [g, set] of byGroup) {
      const f = withFix((x) => (set.has(x.u.index) ? !x.kept : undefined))
      add(g, f - base.f, [...set].map((i) => units[i]), page, conv, report.mode)
    }
  }
}

function add(g, gain, units, page, conv, mode) {
  const entry = groups.get(g) ?? { gain: 0, pages: 0, units: 0, examples: [] }
  entry.gain += gain
  entry.pages++
  entry.units += units.length
  for (const x of units) entry.examples.push({ where: `${conv} ${page.set}/${page.id} ${key(page.set, page.id)} L${x.u.from + 1} ${mode}`, text: x.src.join(' ⏎ ').slice(0, 200) })
  if (units.length === 0) entry.examples.push({ where: `${conv} ${page.set}/${page.id} ${key(page.set, page.id)}`, text: '' })
  groups.set(g, entry)
}

const n = pages.length * converters.length
console.log(`F1 to gain per family (sum over pages / ${n} pages; a unit is gold when >= ${GOLD_SHARE} of its shingles are in the gold)`)
const sorted = [...groups].sort((a, b) => b[1].gain - a[1].gain)
for (const [g, e] of sorted.slice(0, 60)) console.log(`${(e.gain / n).toFixed(4)}  ${String(e.pages).padStart(4)} pages ${String(e.units).padStart(5)} units  ${g}`)
if (values.group !== undefined) {
  const e = groups.get(values.group)
  const ex = e?.examples ?? []
  const step = Math.max(1, Math.floor(ex.length / Number(values.examples)))
  for (let i = 0; i < ex.length && i / step < Number(values.examples); i += step) console.log(`  ${ex[i].where}: ${ex[i].text}`)
}
if (Number(values.pages) > 0) {
  worstPages.sort((a, b) => b.ideal - b.f - (a.ideal - a.f))
  for (const p of worstPages.slice(0, Number(values.pages))) console.log(`  ${p.id} F1 ${p.f.toFixed(3)} ideal ${p.ideal.toFixed(3)} ${p.mode}`)
}
