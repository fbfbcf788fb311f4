// The HTML page as text: self-contained, and scraped markup never becomes markup.
import t from 'tap'
import { cleanWithReport, ruleSetFrom } from '../../lib/index.js'
import { escapeHtml, jsonForScript } from '../../lib/report/escape.js'
import { renderHtml, renderHtmlChunks } from '../../lib/report/html.js'
import { ReportBuilder, type DocView } from '../../lib/report/model.js'

const HOSTILE = [
  'Storm <b>hits</b> the coast & harbour',
  '',
  'The storm arrived at dawn and flooded the harbour, officials said on Monday.',
  '<script>alert(1)</script>',
  '</script><script>alert(2)</script>',
  '<img src=x onerror="alert(3)"> <!-- comment --> \u2028 line separator',
  'Read more: <a href="javascript:alert(4)">click</a>',
  '',
].join('\n')

// A user rules file can put markup in a family name, and reasons quote the document.
const rules = ruleSetFrom([
  {
    source: 'hostile.json',
    rules: {
      rules: [
        { id: 'scripts', kind: 'line', family: '<i>fam</i>"\'', patterns: ['<script>'] },
        { id: 'images', kind: 'line', family: 'img', phrases: ['<img src=x'], match: 'contains' },
      ],
    },
  },
])

function page(): { html: string; doc: DocView } {
  const builder = new ReportBuilder({ a: { label: 'defaults + <hostile>.json', rules }, maxDocs: 10 })
  builder.add('pages/<script>alert(5)</script>.txt', HOSTILE, cleanWithReport(HOSTILE, { rules }))
  builder.refuse('bad <b>name</b>.txt', 'reason with <script>alert(6)</script>')
  const data = builder.finish({ version: '0.0.0', inputs: ['pages/<u>x</u>'] })
  return { html: renderHtml(data), doc: data.sample[0]! }
}

t.test('escapeHtml and jsonForScript', async (t) => {
  t.equal(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;')
  const value = { text: '</script><!-- \u2028\u2029 <b>', n: 1 }
  const json = jsonForScript(value)
  t.notMatch(json, /</, 'no < at all')
  t.notMatch(json, /[\u2028\u2029]/)
  t.same(JSON.parse(json), value, 'reads back unchanged')
})

t.test('scraped markup is text, never markup', async (t) => {
  const { html, doc } = page()
  t.ok(doc.a.removals.some((r) => r.rule === 'scripts'), 'the hostile rule fired')
  // Exactly the page's own two script elements: the data block and the client.
  t.equal(html.match(/<script\b/gi)?.length, 2, 'two <script> tags, both ours')
  t.equal(html.match(/<\/script>/gi)?.length, 2)
  for (const bad of ['alert(1)</script>', '<b>hits', '<img src=x', '<a href="javascript', '<i>fam</i>', '<b>name</b>', '<u>x</u>', '<hostile>']) {
    t.notOk(html.includes(bad), `not in the page raw: ${bad}`)
  }
  for (const text of ['&lt;i&gt;fam&lt;/i&gt;&quot;&#39;', 'bad &lt;b&gt;name&lt;/b&gt;.txt', 'reason with &lt;script&gt;alert(6)&lt;/script&gt;', 'defaults + &lt;hostile&gt;.json', 'pages/&lt;u&gt;x&lt;/u&gt;']) {
    t.ok(html.includes(text), `escaped: ${text}`)
  }
  const data = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)
  t.ok(data, 'the data block is there and ends at its own </script>')
  const parsed = JSON.parse(data![1]!) as { docs: DocView[] }
  t.same(parsed.docs[0]!.lines, HOSTILE.replace(/\n$/, '').split('\n'), 'the text reads back exactly')
  t.equal(parsed.docs[0]!.source, 'pages/<script>alert(5)</script>.txt')
})

t.test('the rule table lists the rules that fired; the rest on one line', async (t) => {
  const { html, doc } = page()
  const fired = new Set(doc.a.removals.map((r) => r.rule))
  const rows = [...html.matchAll(/<tr data-rule="([^"]+)">/g)].map((m) => m[1])
  t.same(new Set(rows), fired)
  const idle = /<p id="rules-idle" class="examples">Removed nothing \((\d+)\): ([^<]*)<\/p>/.exec(html)
  t.ok(idle)
  t.equal(Number(idle![1]), new Set(rules.rules.map((r) => r.id)).size - fired.size)
  t.notOk(idle![2]!.split(', ').some((id) => fired.has(id)))
})

t.test('self-contained and offline', async (t) => {
  const { html } = page()
  t.notMatch(html, /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i, 'nothing loaded from anywhere')
  t.notMatch(html, /@import|url\(/i, 'no stylesheet imports or fetched images')
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'")
  t.ok(csp, 'a content security policy')
  t.match(csp, /default-src 'none'/, 'nothing fetched')
  t.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+'/, 'only the page script by hash')
  t.notMatch(csp, /script-src[^;]*unsafe-inline/)
  const empty = new ReportBuilder({ a: { label: 'x', rules }, maxDocs: 1 }).finish({ version: '0', inputs: [] })
  t.equal([...renderHtmlChunks(empty)].join(''), renderHtml(empty), 'the chunks make the same page')
  t.match(renderHtml(empty), /"docs":\[\]\}<\/script>/, 'an empty sample is an empty list')
})
