/**
 * The report as one self-contained HTML page: inline CSS and script, data
 * embedded as JSON, no network (a Content-Security-Policy forbids any
 * fetch, and only the page's own script may run). Totals, the rule table
 * and the flags are written here as markup; the document list is built by
 * the page's script from the embedded data.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../config/paths.js'
import { escapeHtml as h, jsonForScript } from './escape.js'
import { FLAG_KINDS, FLAG_TEXT } from './flags.js'
import { count, counted, percent } from './format.js'
import type { ReportData, RuleStats, SetSummary } from './model.js'

/** The page's stylesheet and script, shipped with the package (see `files` in package.json). */
export const ASSETS_DIR = join(PACKAGE_ROOT, 'lib', 'report', 'assets')

let assets: { css: string; js: string } | undefined
function loadAssets(): { css: string; js: string } {
  if (assets === undefined) {
    const css = readFileSync(join(ASSETS_DIR, 'report.css'), 'utf8')
    const js = readFileSync(join(ASSETS_DIR, 'report.js'), 'utf8')
    // Inlined as-is: either would end its element early.
    if (/<\/style/i.test(css) || /<\/script/i.test(js)) throw new Error('report assets must not contain a closing </style> or </script>')
    assets = { css, js }
  }
  return assets
}

/** Family colours: distinct, readable on white, cycled when a rule set has more families. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#8c8c8c', '#17becf', '#d37295']

function familiesOf(data: ReportData): string[] {
  const families = new Set<string>()
  for (const set of [data.a, data.b]) for (const r of set?.rules ?? []) families.add(r.family)
  return [...families]
}

function card(label: string, id: string, value: string, sub?: string, subId?: string): string {
  return `<div><dt>${h(label)}</dt><dd id="${id}">${h(value)}</dd>${sub === undefined ? '' : `<dd class="sub"${subId ? ` id="${subId}"` : ''}>${h(sub)}</dd>`}</div>`
}

function summaryCards(data: ReportData, set: SetSummary, prefix: string): string {
  return `<dl class="cards">
${card('Bytes in', `${prefix}bytes-in`, count(data.bytesIn))}
${card('Bytes out', `${prefix}bytes-out`, count(set.bytesOut), `${percent(data.bytesIn - set.bytesOut, data.bytesIn)} removed`, `${prefix}share`)}
${card('Lines in', `${prefix}lines-in`, count(data.linesIn))}
${card('Lines out', `${prefix}lines-out`, count(set.linesOut), `${percent(data.linesIn - set.linesOut, data.linesIn)} removed`, `${prefix}lines-share`)}
${card('Documents with removals', `${prefix}docs-removed`, count(set.docsWithRemovals), `${percent(set.docsWithRemovals, data.documents)} of documents`)}
</dl>`
}

function summary(data: ReportData): string {
  const head = `<dl class="cards">
${card('Documents', 'sum-documents', count(data.documents), `${count(data.sample.length)} shown below`, 'sum-shown')}
${card('Refused inputs', 'sum-refused', count(data.refused.count), data.refused.count > 0 ? 'listed below' : 'none')}
</dl>`
  if (data.b === undefined) return `${head}\n${summaryCards(data, data.a, 'sum-')}`
  const diff = data.diff ?? { linesOnlyA: 0, linesOnlyB: 0, docsDiffer: 0 }
  return `${head}
<p class="set-label set-a">A: ${h(data.a.label)}</p>
${summaryCards(data, data.a, 'sum-')}
<p class="set-label set-b">B: ${h(data.b.label)}</p>
${summaryCards(data, data.b, 'sum-b-')}
<p class="set-label">A against B</p>
<dl class="cards">
${card('Lines only A removed', 'sum-only-a', count(diff.linesOnlyA))}
${card('Lines only B removed', 'sum-only-b', count(diff.linesOnlyB))}
${card('Documents that differ', 'sum-docs-differ', count(diff.docsDiffer), `${percent(diff.docsDiffer, data.documents)} of documents`)}
</dl>`
}

function bar(value: number, max: number, cls: string): string {
  const width = max === 0 ? 0 : (value / max) * 100
  return `<span class="bar ${value === 0 ? 'zero ' : ''}${cls}" style="width:${width.toFixed(2)}%" title="${count(value)} lines"></span>`
}

function ruleButton(id: string): string {
  return `<button class="link" type="button" data-filter-rule="${h(id)}" title="show the documents this rule removed lines from">${h(id)}</button>`
}

/** Rules that removed nothing under any set: one line under the table, so the table shows what fired. */
function idleRules(data: ReportData): string {
  const fired = new Set([...data.a.rules, ...(data.b?.rules ?? [])].filter((r) => r.lines > 0).map((r) => r.id))
  const idle = [...new Set([...data.a.rules, ...(data.b?.rules ?? [])].map((r) => r.id))].filter((id) => !fired.has(id)).sort()
  if (idle.length === 0) return ''
  return `<p id="rules-idle" class="examples">Removed nothing (${count(idle.length)}): ${idle.map((id) => h(id)).join(', ')}</p>`
}

function rulesTable(data: ReportData, famClass: (family: string) => string): string {
  return rulesRows(data, famClass) + idleRules(data)
}

function rulesRows(data: ReportData, famClass: (family: string) => string): string {
  if (data.b === undefined) {
    const max = Math.max(0, ...data.a.rules.map((r) => r.lines))
    const rows = data.a.rules.filter((r) => r.lines > 0).map(
      (r) => `<tr data-rule="${h(r.id)}"><td>${ruleButton(r.id)}</td><td><span class="swatch ${famClass(r.family)}"></span>${h(r.family)}</td><td class="num">${count(r.docs)}</td><td class="num">${count(r.lines)}</td><td class="chart">${bar(r.lines, max, famClass(r.family))}</td><td class="num${r.proseLines > 0 ? ' warn' : ''}">${count(r.proseLines)}</td></tr>`,
    )
    return `<table id="rules-table">
<thead><tr><th>rule</th><th>family</th><th class="num">documents</th><th class="num">lines removed</th><th>lines removed (chart)</th><th class="num" title="removed lines shaped like long article prose">long prose lines</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`
  }
  const a = new Map(data.a.rules.map((r) => [r.id, r]))
  const b = new Map(data.b.rules.map((r) => [r.id, r]))
  const ids = [...new Set([...a.keys(), ...b.keys()])].filter((id) => (a.get(id)?.lines ?? 0) + (b.get(id)?.lines ?? 0) > 0)
  const max = Math.max(0, ...data.a.rules.map((r) => r.lines), ...data.b.rules.map((r) => r.lines))
  const n = (r: RuleStats | undefined, f: (r: RuleStats) => number): string => (r === undefined ? '–' : count(f(r)))
  const rows = ids.map((id) => {
    const ra = a.get(id)
    const rb = b.get(id)
    const family = (ra ?? rb)?.family ?? ''
    return `<tr data-rule="${h(id)}"><td>${ruleButton(id)}</td><td><span class="swatch ${famClass(family)}"></span>${h(family)}</td><td class="num">${n(ra, (r) => r.docs)}</td><td class="num">${n(ra, (r) => r.lines)}</td><td class="num">${n(rb, (r) => r.docs)}</td><td class="num">${n(rb, (r) => r.lines)}</td><td class="chart">${bar(ra?.lines ?? 0, max, 'set-a')}${bar(rb?.lines ?? 0, max, 'set-b')}</td><td class="num">${n(ra, (r) => r.exclusive)}</td><td class="num">${n(rb, (r) => r.exclusive)}</td></tr>`
  })
  return `<table id="rules-table">
<thead><tr><th>rule</th><th>family</th><th class="num set-a">A documents</th><th class="num set-a">A lines</th><th class="num set-b">B documents</th><th class="num set-b">B lines</th><th>lines removed (<span class="set-a">A</span> / <span class="set-b">B</span>)</th><th class="num" title="lines this rule removed under A that B kept">only A</th><th class="num" title="lines this rule removed under B that A kept">only B</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`
}

function flagsTable(data: ReportData): string {
  const rows = FLAG_KINDS.map((k) => {
    const f = data.flags[k]
    const more = f.count > f.examples.length ? ` … and ${count(f.count - f.examples.length)} more` : ''
    const examples = f.examples.length > 0 ? `<div class="examples">${f.examples.map((s) => h(s)).join(', ')}${more}</div>` : ''
    const name = f.count > 0 ? `<button class="link" type="button" data-filter-flag="${k}">${k}</button>` : k
    return `<tr data-flag="${k}"><td>${name}</td><td class="num${f.count > 0 ? ' warn' : ''}">${count(f.count)}</td><td>${h(FLAG_TEXT[k])}${examples}</td></tr>`
  })
  return `<table id="flags-table">
<thead><tr><th>flag</th><th class="num">documents</th><th>meaning (under ${data.b ? 'rule set A' : 'these rules'})</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`
}

function refusedSection(data: ReportData): string {
  if (data.refused.count === 0) return ''
  const items = data.refused.examples.map((r) => `<li><code>${h(r.source)}</code>: ${h(r.reason)}</li>`)
  const more = data.refused.count > data.refused.examples.length ? `<li>… and ${count(data.refused.count - data.refused.examples.length)} more</li>` : ''
  return `<section id="refused"><h2>Refused inputs (${count(data.refused.count)})</h2>
<p>These inputs could not be cleaned and are not in the totals.</p>
<ul>${items.join('')}${more}</ul></section>`
}

function documentsSection(data: ReportData, families: readonly string[], famClass: (family: string) => string): string {
  const ruleIds = [...new Set([...data.a.rules, ...(data.b?.rules ?? [])].filter((r) => r.lines > 0).map((r) => r.id))].sort()
  // The legend names the families that coloured a line, not every family the rules know.
  const seen = new Set([...data.a.rules, ...(data.b?.rules ?? [])].filter((r) => r.lines > 0).map((r) => r.family))
  const legend = families
    .filter((f) => seen.has(f))
    .map((f) => `<span><span class="swatch ${famClass(f)}"></span>${h(f)}</span>`)
    .join('')
  const compareHead = data.b
    ? '<th class="num" data-sort="shareB"><button type="button">B removed</button></th><th class="num" data-sort="onlyA"><button type="button">only A</button></th><th class="num" data-sort="onlyB"><button type="button">only B</button></th>'
    : ''
  return `<section id="documents"><h2>Documents</h2>
<p>Removed lines are struck through and coloured by rule family, with the rule id beside them (hover for the reason)${data.b ? '; lines only one rule set removed are outlined' : ''}. Click a document to open it.</p>
<div class="legend">${legend}</div>
<div class="controls" role="search">
<label>rule<select id="filter-rule"><option value="">any rule</option>${ruleIds.map((id) => `<option value="${h(id)}">${h(id)}</option>`).join('')}</select></label>
<label>flag<select id="filter-flag"><option value="">any</option>${FLAG_KINDS.map((k) => `<option value="${k}">${k}</option>`).join('')}</select></label>
<label>removed ≥ %<input id="filter-min" type="number" min="0" max="100" step="any" inputmode="decimal"></label>
<label>removed ≤ %<input id="filter-max" type="number" min="0" max="100" step="any" inputmode="decimal"></label>
<label>document name<input id="filter-text" type="search" placeholder="part of the name"></label>
${data.b ? '<label>rule sets differ<input id="filter-differ" type="checkbox"></label>' : ''}
<button id="filter-reset" type="button">reset</button>
</div>
<p id="doc-count" aria-live="polite"></p>
<noscript><p>The document list needs JavaScript.</p></noscript>
<table id="docs">
<thead><tr><th class="num" data-sort="ordinal"><button type="button">#</button></th><th data-sort="source"><button type="button">document</button></th><th class="num" data-sort="linesIn"><button type="button">lines in</button></th><th class="num" data-sort="linesOut"><button type="button">lines out</button></th><th class="num" data-sort="share"><button type="button">${data.b ? 'A removed' : 'removed'}</button></th>${compareHead}<th>rules</th><th>flags</th></tr></thead>
<tbody id="docs-body"></tbody>
</table></section>`
}

/**
 * The page in pieces, so a report of thousands of documents is written
 * without ever holding the whole page (or all the documents' JSON) as one
 * string: each sampled document is serialised on its own.
 *
 * @example
 * ```ts
 * for (const chunk of renderHtmlChunks(data)) out.write(chunk)
 * ```
 */
export function* renderHtmlChunks(data: ReportData): Generator<string> {
  const { css, js } = loadAssets()
  const families = familiesOf(data)
  const index = new Map(families.map((f, i) => [f, i]))
  const famClass = (family: string): string => `fam-${index.get(family) ?? 0}`
  const familyCss = families.map((_, i) => `.fam-${i} { --fam: ${PALETTE[i % PALETTE.length]}; }`).join('\n')
  const client = {
    compare: data.b !== undefined,
    documents: data.documents,
    families,
    flagText: FLAG_TEXT,
  }
  // Only this exact script may run: injected markup could not run a script even if escaping failed.
  const scriptHash = createHash('sha256').update(js).digest('base64')
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`
  const inputs = data.inputs.length > 8 ? [...data.inputs.slice(0, 8), `… ${data.inputs.length - 8} more`] : data.inputs
  const rulesLine = data.b ? `A: ${data.a.label}; B: ${data.b.label}` : data.a.label
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="generator" content="cleanup ${h(data.version)}">
<title>cleanup report: ${counted(data.documents, 'document')}</title>
<style>
${css}
${familyCss}
</style>
</head>
<body>
<header>
<h1>What cleanup removed</h1>
<p class="meta">cleanup ${h(data.version)} · rules: ${h(rulesLine)} · inputs: ${inputs.map((i) => `<code>${h(i)}</code>`).join(', ')}</p>
</header>
<main>
<section id="summary"><h2>Summary</h2>
${summary(data)}
</section>
<section id="rules"><h2>Rules</h2>
<p>Per rule: the documents it removed lines from and the lines it removed (blank lines inside a removed range count, as in <code>--explain</code>). Click a rule to list its documents.</p>
${rulesTable(data, famClass)}
</section>
<section id="flags"><h2>Flags</h2>
${flagsTable(data)}
</section>
${refusedSection(data)}
${documentsSection(data, families, famClass)}
</main>
<script type="application/json" id="report-data">${jsonForScript(client).slice(0, -1)},"docs":[`
  let first = true
  for (const doc of data.sample) {
    yield (first ? '' : ',') + jsonForScript(doc)
    first = false
  }
  yield `]}</script>
<script>${js}</script>
</body>
</html>
`
}

/**
 * Render the report as one HTML page that works from disk with no network.
 *
 * @example
 * ```ts
 * await writeFile('report.html', renderHtml(await collectReport(paths, options)))
 * ```
 */
export function renderHtml(data: ReportData): string {
  return [...renderHtmlChunks(data)].join('')
}
