// Rules scoped by input format (`formats` in a rules file): a rule that
// recognises by shape what markup marks is for text; HTML extraction
// already read the markup, so there it does not run.
import t from 'tap'
import { clean, cleanHtml, defaultRules, loadRules } from '../../lib/index.js'
import { rulesForFormat } from '../../lib/config/scope.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

t.test('the bundled shape-only rules skip HTML and keep text and markdown', async (t) => {
  const rules = defaultRules().rules
  const ids = (format: 'text' | 'markdown' | 'html'): Set<string> => new Set(rulesForFormat(rules, format).map((r) => r.id))
  for (const id of ['caption-credit-shape', 'listing-source']) {
    t.ok(ids('text').has(id), `${id} runs on text`)
    t.ok(ids('markdown').has(id), `${id} runs on markdown`)
    t.notOk(ids('html').has(id), `${id} does not run on HTML`)
  }
  t.ok(ids('html').has('captions'), 'rules with credit words still run on HTML')
  t.equal(rulesForFormat(rules, 'html'), rulesForFormat(rules, 'html'), 'worked out once per list and format')
})

t.test('a user file scopes its own rule by format', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-formats-'))
  const file = join(dir, 'rules.json')
  writeFileSync(file, JSON.stringify({ rules: [{ id: 'ferry-notice', kind: 'line', formats: ['html'], phrases: ['ferry notice'] }] }))
  const rules = loadRules({ files: [file] })
  const text = 'Ferry timetable changes\n\nThe new ferry timetable starts on Monday, and the early crossing moves back by twenty minutes.\n\nFerry notice\n'
  t.equal(clean(text, { rules }), text, 'not on text')
  const html = `<html><body><div class="story"><h1>Ferry timetable changes</h1><p>The new ferry timetable starts on Monday, and the early crossing moves back by twenty minutes.</p><p>Ferry notice</p></div></body></html>`
  t.notMatch(cleanHtml(html, { rules }), /Ferry notice/, 'on HTML')
})

t.test('a bad format is refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-formats-'))
  const file = join(dir, 'rules.json')
  writeFileSync(file, JSON.stringify({ rules: [{ id: 'x', kind: 'line', formats: ['pdf'], phrases: ['x'] }] }))
  t.throws(() => loadRules({ files: [file] }), /rules\.json/)
})
