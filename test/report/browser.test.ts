// End to end in a real browser: the report opened from disk in headless
// Chromium (Debian's `chromium`, driven by playwright-core), summary numbers
// checked against clean(), filtered by a rule, a document opened, a
// screenshot taken, and not one console error, dialog or network request.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import t from 'tap'
import { clean, cleanWithReport } from '../../lib/index.js'
import { pairs, ROOT } from '../helpers/pairs.js'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
// Flags for a quiet, reproducible headless run: no GPU, no sandbox (CI runs as root), nothing phoning home.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

if (!existsSync(CHROMIUM) && process.env['CLEANUP_SKIP_BROWSER'] === '1') {
  t.plan(0, `skipped: no browser at ${CHROMIUM} (CLEANUP_SKIP_BROWSER=1)`)
} else {
  t.ok(existsSync(CHROMIUM), `a browser at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH; CLEANUP_SKIP_BROWSER=1 skips this test)`)
  if (existsSync(CHROMIUM)) await browserTests()
}

async function browserTests(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-report-browser-'))
  const hostile = join(dir, 'hostile <img src=x onerror=alert(5)>.txt')
  const hostileText = [
    'Storm <b>hits</b> the coast',
    '',
    'The storm arrived at dawn and flooded the harbour, officials said on Monday.',
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(2)">',
    '',
    'Comments',
    '<script>alert(3)</script> great article',
    '',
  ].join('\n')
  writeFileSync(hostile, hostileText)
  const inputs = [...pairs('seeds').map((s) => s.inputPath), hostile]
  const texts = [...pairs('seeds').map((s) => s.input.toString('utf8')), hostileText]
  const out = join(dir, 'report.html')
  const made = spawnSync(process.execPath, [join(ROOT, 'bin/cleanup.js'), 'report', ...inputs, '--out', out], { encoding: 'utf8' })
  t.equal(made.status, 0, made.stderr)

  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  t.teardown(() => browser.close())
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`)
  })
  await page.goto(pathToFileURL(out).href)

  const reports = texts.map((text) => cleanWithReport(text))
  const rows = () => page.locator('#docs-body tr.doc-row')

  t.test('summary numbers', async (t) => {
    t.equal(await page.textContent('#sum-documents'), String(texts.length))
    t.equal(await page.textContent('#sum-bytes-out'), texts.reduce((n, x) => n + Buffer.byteLength(clean(x)), 0).toLocaleString('en-US'))
    t.equal(await page.textContent('#sum-lines-in'), reports.reduce((n, r) => n + r.linesIn, 0).toLocaleString('en-US'))
    t.equal(await page.textContent('#sum-lines-out'), reports.reduce((n, r) => n + r.linesOut, 0).toLocaleString('en-US'))
    t.equal(await rows().count(), texts.length, 'every document listed')
    t.equal(await page.textContent('#doc-count'), `Showing ${texts.length} of ${texts.length} documents.`)
  })

  t.test('filter by a rule', async (t) => {
    const fired = (rule: string) => reports.filter((r) => r.removals.some((x) => x.rule === rule)).length
    t.ok(fired('comment-section') >= 2 && fired('comment-section') < texts.length, 'the rule fired on some documents, not all')
    await page.selectOption('#filter-rule', 'comment-section')
    t.equal(await rows().count(), fired('comment-section'))
    for (const row of await rows().all()) t.ok(await row.locator('.chip', { hasText: 'comment-section' }).count(), 'each row shows the rule')
    // The rules table's links set the same filter.
    await page.click('button[data-filter-rule="paywall"]')
    t.equal(await page.inputValue('#filter-rule'), 'paywall')
    t.equal(await rows().count(), fired('paywall'))
    await page.click('#filter-reset')
    t.equal(await rows().count(), texts.length, 'reset shows all again')
  })

  t.test('filter and sort by share removed', async (t) => {
    const shares = texts.map((x) => 1 - Buffer.byteLength(clean(x)) / Buffer.byteLength(x))
    await page.fill('#filter-min', '50')
    t.equal(await rows().count(), shares.filter((s) => Math.round(s * 1000) / 10 >= 50).length)
    await page.click('#filter-reset')
    await page.click('#docs th[data-sort="share"] button')
    const first = await rows().first().locator('td').nth(4).textContent()
    t.equal(first, `${(Math.max(...shares) * 100).toFixed(1)}%`, 'largest share first')
    t.equal(await page.getAttribute('#docs th[data-sort="share"]', 'aria-sort'), 'descending')
  })

  t.test('a document: removed lines struck with their rule, markup as text', async (t) => {
    await page.fill('#filter-text', 'hostile')
    t.equal(await rows().count(), 1)
    await page.click('#docs-body button[data-ordinal]')
    const detail = page.locator('#docs-body tr.detail')
    t.equal(await detail.locator('.ln').count(), hostileText.split('\n').length - 1, 'one row per line')
    const report = cleanWithReport(hostileText)
    const removed = report.removals.reduce((n, r) => n + r.to - r.from + 1, 0)
    t.ok(removed > 0)
    t.equal(await detail.locator('.ln.removed').count(), removed, 'struck lines are the removed lines')
    const comments = detail.locator('.ln[data-line="7"]')
    t.equal(await comments.locator('.rule').textContent(), 'comment-section', 'rule id beside the line')
    t.match(await comments.getAttribute('title'), /^comment-section: /, 'reason on hover')
    t.equal(await detail.locator('.ln[data-line="4"] .t').textContent(), '<script>alert(1)</script>', 'a script tag shows as text')
    t.equal(await detail.locator('script, img, b').count(), 0, 'no element made from the document')
    t.equal(await page.locator('body b, body img').count(), 0, 'nor anywhere in the page (file name included)')
    const shot = join(dir, 'report.png')
    await page.screenshot({ path: shot, fullPage: true })
    t.ok(statSync(shot).size > 10_000, 'a screenshot')
  })

  t.test('no console errors, dialogs or network', async (t) => {
    t.same(problems, [])
  })
}
