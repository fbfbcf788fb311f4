#!/usr/bin/env node
// Screenshot of a report page, as in docs/report.md: opens REPORT.html from disk
// in headless Chromium (Debian's `chromium`, or CHROMIUM_PATH), opens the
// document listed at position N (--open N), and writes a full-page PNG.
// Needs the devDependency playwright-core.
//
//   node scripts/screenshot-report.js report.html docs/report.png --open 3
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { open: { type: 'string' }, width: { type: 'string' } } })
const [report, png] = positionals
if (report === undefined || png === undefined) {
  process.stderr.write('usage: node scripts/screenshot-report.js REPORT.html OUT.png [--open N] [--width PX]\n')
  process.exit(2)
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width ?? 1280), height: 900 } })
  const problems = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  await page.goto(pathToFileURL(resolve(report)).href)
  if (values.open !== undefined) await page.click(`#docs-body tr.doc-row:nth-child(${Number(values.open)}) button[data-ordinal]`)
  await page.screenshot({ path: png, fullPage: true })
  if (problems.length > 0) {
    process.stderr.write(`errors in the page:\n${problems.join('\n')}\n`)
    process.exitCode = 1
  }
} finally {
  await browser.close()
}
