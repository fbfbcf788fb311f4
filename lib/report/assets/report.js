// The report page's only script. It reads the data embedded in the page,
// lists the sampled documents, sorts and filters them, and shows a
// document's lines on demand (rendering every document up front would make
// large reports slow to open). Text always goes in through textContent and
// attributes through setAttribute, never as markup: scraped text stays text.
;(() => {
  'use strict'

  const data = JSON.parse(document.getElementById('report-data').textContent)
  const docs = data.docs
  const compare = data.compare
  const familyIndex = new Map(data.families.map((f, i) => [f, i]))
  const familyClass = (family) => 'fam-' + (familyIndex.get(family) ?? 0)

  const $ = (id) => document.getElementById(id)
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null && v !== false) node.setAttribute(k, String(v))
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)))
    return node
  }
  // A document can gain a byte (the final newline cleaning adds): show that as nothing removed, not "-0.0%".
  const pct = (x) => (x > 0 ? x * 100 : 0).toFixed(1) + '%'
  const grouped = new Intl.NumberFormat('en-US')

  // Rule ids that fired in each document, for the rule filter and the chips.
  for (const d of docs) {
    d.rulesA = [...new Set(d.a.removals.map((r) => r.rule))]
    d.rulesB = d.b ? [...new Set(d.b.removals.map((r) => r.rule))] : []
    d.families = new Map([...d.a.removals, ...(d.b ? d.b.removals : [])].map((r) => [r.rule, r.family]))
    d.sourceLower = d.source.toLowerCase()
  }

  const state = { sort: 'ordinal', dir: 1, open: new Set() }
  const controls = {
    rule: $('filter-rule'),
    flag: $('filter-flag'),
    min: $('filter-min'),
    max: $('filter-max'),
    text: $('filter-text'),
    differ: $('filter-differ'),
  }

  function matches(d) {
    const rule = controls.rule.value
    if (rule && !d.rulesA.includes(rule) && !d.rulesB.includes(rule)) return false
    const flag = controls.flag.value
    if (flag && !d.flags.includes(flag)) return false
    const share = d.a.share * 100
    const min = controls.min.value === '' ? -Infinity : Number(controls.min.value)
    const max = controls.max.value === '' ? Infinity : Number(controls.max.value)
    // Compare on the rounded figure the table shows, so "min 50" keeps a row showing 50.0%.
    const shown = Math.round(share * 10) / 10
    if (shown < min || shown > max) return false
    const text = controls.text.value.trim().toLowerCase()
    if (text && !d.sourceLower.includes(text)) return false
    if (controls.differ && controls.differ.checked && (d.onlyA || 0) + (d.onlyB || 0) === 0) return false
    return true
  }

  const sortKeys = {
    ordinal: (d) => d.ordinal,
    source: (d) => d.source,
    linesIn: (d) => d.linesIn,
    linesOut: (d) => d.a.linesOut,
    share: (d) => d.a.share,
    shareB: (d) => (d.b ? d.b.share : 0),
    onlyA: (d) => d.onlyA || 0,
    onlyB: (d) => d.onlyB || 0,
  }

  function chips(d) {
    const cell = el('td')
    const ids = compare ? [...new Set([...d.rulesA, ...d.rulesB])] : d.rulesA
    for (const id of ids) {
      const title = compare ? (d.rulesA.includes(id) ? (d.rulesB.includes(id) ? 'A and B' : 'A only') : 'B only') : undefined
      cell.append(el('span', { class: 'chip ' + familyClass(d.families.get(id)), title }, id))
    }
    return cell
  }

  function shareCell(share) {
    const bar = el('span', { class: 'share' }, el('span'))
    bar.firstChild.style.width = Math.max(0, Math.min(100, share * 100)) + '%'
    return el('td', { class: 'num' }, pct(share), bar)
  }

  function row(d) {
    const open = state.open.has(d.ordinal)
    const toggle = el('button', { class: 'link', 'aria-expanded': open ? 'true' : 'false', 'data-ordinal': d.ordinal }, d.source)
    toggle.addEventListener('click', () => {
      if (state.open.has(d.ordinal)) state.open.delete(d.ordinal)
      else state.open.add(d.ordinal)
      render()
    })
    const tr = el(
      'tr',
      { class: 'doc-row', 'data-ordinal': d.ordinal },
      el('td', { class: 'num' }, d.ordinal + 1),
      el('td', { class: 'src' }, toggle),
      el('td', { class: 'num' }, grouped.format(d.linesIn)),
      el('td', { class: 'num' }, grouped.format(d.a.linesOut)),
      shareCell(d.a.share),
    )
    if (compare) {
      tr.append(shareCell(d.b.share), el('td', { class: 'num' }, d.onlyA), el('td', { class: 'num' }, d.onlyB))
    }
    tr.append(chips(d), el('td', {}, ...d.flags.map((f) => el('span', { class: 'flag', title: data.flagText[f] }, f))))
    return tr
  }

  /** Per line: the removal that took it, or undefined. */
  function owners(run, lines) {
    const owner = new Array(lines)
    if (!run) return owner
    for (const r of run.removals) for (let i = r.from - 1; i < r.to; i++) owner[i] = r
    return owner
  }

  function ruleCell(removal, set) {
    if (!removal) return el('span', { class: 'rule' })
    return el('span', { class: 'rule' + (set ? ' set-' + set : ''), title: removal.rule + ': ' + removal.reason }, removal.rule)
  }

  function detail(d, columns) {
    const head = el(
      'div',
      { class: 'doc-head' },
      `${grouped.format(d.linesIn)} lines in, ${grouped.format(d.a.linesOut)} out; ${grouped.format(d.bytesIn)} bytes in, ${grouped.format(d.a.bytesOut)} out (${pct(d.a.share)} removed)`,
    )
    if (compare) head.append(`; B: ${grouped.format(d.b.linesOut)} lines out (${pct(d.b.share)} removed), ${d.onlyA} lines only A removed, ${d.onlyB} only B`)
    for (const run of compare ? [d.a, d.b] : [d.a]) {
      if (run.guard) head.append(el('div', { class: 'warn' }, 'guard: ' + run.guard))
    }
    const a = owners(d.a, d.lines.length)
    const b = compare ? owners(d.b, d.lines.length) : []
    const text = el('div', { class: 'text', role: 'list' })
    d.lines.forEach((line, i) => {
      const ra = a[i]
      const rb = b[i]
      const shown = ra || rb
      let cls = 'ln' + (compare ? ' cmp' : '')
      if (shown) cls += ' removed ' + familyClass(shown.family)
      if (compare && ra && !rb) cls += ' only-a'
      if (compare && rb && !ra) cls += ' only-b'
      const title = [ra && `${compare ? 'A ' : ''}${ra.rule}: ${ra.reason}`, rb && `B ${rb.rule}: ${rb.reason}`].filter(Boolean).join('\n')
      const lineEl = el('div', { class: cls, role: 'listitem', title: title || undefined, 'data-line': i + 1 }, el('span', { class: 'no' }, i + 1), ruleCell(ra, compare ? 'a' : ''))
      if (compare) lineEl.append(ruleCell(rb, 'b'))
      lineEl.append(el('span', { class: 't' }, line))
      text.append(lineEl)
    })
    return el('tr', { class: 'detail', 'data-ordinal': d.ordinal }, el('td', { colspan: columns }, head, text))
  }

  function render() {
    const key = sortKeys[state.sort]
    const shown = docs.filter(matches)
    shown.sort((x, y) => {
      const kx = key(x)
      const ky = key(y)
      const c = typeof kx === 'string' ? kx.localeCompare(ky) : kx - ky
      return c * state.dir || x.ordinal - y.ordinal
    })
    const body = $('docs-body')
    const columns = document.querySelectorAll('#docs thead th').length
    const rows = []
    for (const d of shown) {
      rows.push(row(d))
      if (state.open.has(d.ordinal)) rows.push(detail(d, columns))
    }
    body.replaceChildren(...rows)
    const sampled = docs.length < data.documents ? ` (a sample of ${grouped.format(docs.length)}; the totals above count all ${grouped.format(data.documents)})` : ''
    $('doc-count').textContent = `Showing ${grouped.format(shown.length)} of ${grouped.format(docs.length)} document${docs.length === 1 ? '' : 's'}${sampled}.`
    for (const th of document.querySelectorAll('#docs th[data-sort]')) {
      th.setAttribute('aria-sort', th.dataset.sort === state.sort ? (state.dir > 0 ? 'ascending' : 'descending') : 'none')
    }
  }

  for (const th of document.querySelectorAll('#docs th[data-sort]')) {
    th.querySelector('button').addEventListener('click', () => {
      const k = th.dataset.sort
      // Numbers open largest first (the documents that lost most); names and order open ascending.
      if (state.sort === k) state.dir = -state.dir
      else state.dir = k === 'ordinal' || k === 'source' ? 1 : -1
      state.sort = k
      render()
    })
  }
  for (const c of Object.values(controls)) if (c) c.addEventListener('input', render)
  $('filter-reset').addEventListener('click', () => {
    for (const c of Object.values(controls)) {
      if (!c) continue
      if (c.type === 'checkbox') c.checked = false
      else c.value = ''
    }
    render()
  })

  const goToDocuments = () => $('documents').scrollIntoView({ block: 'start' })
  for (const b of document.querySelectorAll('button[data-filter-rule]')) {
    b.addEventListener('click', () => {
      controls.rule.value = b.dataset.filterRule
      render()
      goToDocuments()
    })
  }
  for (const b of document.querySelectorAll('button[data-filter-flag]')) {
    b.addEventListener('click', () => {
      controls.flag.value = b.dataset.filterFlag
      render()
      goToDocuments()
    })
  }

  render()
})()
