// Rules files: validation names the file, rule and fault; layering adds,
// overrides and disables rules by id.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { clean, ConfigError, loadRules, mergeRules, parseRulesFile, type RuleSpec } from '../lib/index.js'

const dir = mkdtempSync(join(tmpdir(), 'cleanup-config-'))
function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

const ARTICLE = 'Floods close the coast road\n\nHeavy rain closed the coast road for most of Sunday, police said, and drivers were told to avoid the area.\n'

t.test('the bundled rules load and every rule has an id, kind and description', async (t) => {
  const { specs, rules } = loadRules()
  t.ok(rules.length >= 10)
  for (const s of specs) {
    t.ok(s.kind, `${s.id} has a kind`)
    t.ok(s.description, `${s.id} has a description`)
  }
  t.equal(new Set(specs.map((s) => s.id)).size, specs.length, 'ids are unique')
})

t.test('a bad rules file is refused with file, rule id and fault', async (t) => {
  const badJson = file('bad.json', '{\n  "rules": [\n    { "id": "x", }\n  ]\n}')
  t.throws(() => loadRules({ files: [badJson] }), { name: 'ConfigError', message: /bad\.json: invalid JSON: .*line 3/ })

  const badKind = file('kind.json', { rules: [{ id: 'my-rule', kind: 'sentence', phrases: ['x'] }] })
  t.throws(() => loadRules({ files: [badKind] }), { message: /kind\.json: rule "my-rule" \(rules\[0\]\): \/kind must be equal to one of the allowed values/ })

  const unknownField = file('field.json', { rules: [{ id: 'my-rule', kind: 'line', phrase: ['x'] }] })
  t.throws(() => loadRules({ files: [unknownField] }), { message: /field\.json: rule "my-rule".*additional properties "phrase"/ })

  const badPattern = file('pattern.json', { rules: [{ id: 'broken', kind: 'line', patterns: ['(unclosed'] }] })
  t.throws(() => loadRules({ files: [badPattern] }), { message: /pattern\.json: rule "broken": invalid pattern "\(unclosed"/ })

  const noKind = file('nokind.json', { rules: [{ id: 'brand-new', phrases: ['x'] }] })
  t.throws(() => loadRules({ files: [noKind] }), { message: /nokind\.json: rule "brand-new": no "kind"/ })

  const wrongOption = file('option.json', { rules: [{ id: 'hdr', kind: 'header', cut: 'tail' }] })
  t.throws(() => loadRules({ files: [wrongOption] }), { message: /rule "hdr": option "cut" does not apply to kind "header"/ })

  const empty = file('empty.json', { rules: [{ id: 'nothing', kind: 'line' }] })
  t.throws(() => loadRules({ files: [empty] }), { message: /rule "nothing": a line rule needs "phrases" or "patterns"/ })

  const twice = file('twice.json', { rules: [{ id: 'a', kind: 'line', phrases: ['x'] }, { id: 'a', kind: 'line', phrases: ['y'] }] })
  t.throws(() => loadRules({ files: [twice] }), { message: /rule "a": defined twice/ })

  t.throws(() => loadRules({ files: [join(dir, 'missing.json')] }), { message: /missing\.json: cannot read rules file: ENOENT/ })
})

t.test('a user file adds a rule', async (t) => {
  const doc = `${ARTICLE}\nA word from Acme Insurance\n`
  t.equal(clean(doc), doc.replace(/\n+$/, '\n'), 'not removed by default')
  const rules = loadRules({ files: [file('add.json', { rules: [{ id: 'acme', kind: 'line', patterns: ['^a word from '] }] })] })
  t.equal(clean(doc, { rules }), ARTICLE)
})

t.test('a user file disables and overrides bundled rules by id', async (t) => {
  const doc = `${ARTICLE}\nAdvertisement\n`
  t.equal(clean(doc), ARTICLE, 'removed by default')
  const off = loadRules({ files: [file('off.json', { rules: [{ id: 'ad-markers', enabled: false }] })] })
  t.equal(clean(doc, { rules: off }), doc)
  t.notOk(off.rules.some((r) => r.id === 'ad-markers'))
  t.ok(off.specs.some((s) => s.id === 'ad-markers' && s.enabled === false), '--print-config still shows it, disabled')

  const extended = loadRules({ files: [file('more.json', { rules: [{ id: 'ad-markers', addPhrases: ['a word from our sponsor'] }] })] })
  const withSponsor = `${ARTICLE}\nA word from our sponsor\n`
  t.equal(clean(withSponsor, { rules: extended }), ARTICLE, 'addPhrases extends the list')
  t.equal(clean(doc, { rules: extended }), ARTICLE, 'and keeps the bundled phrases')
})

t.test('later files win, and --no-default-rules starts empty', async (t) => {
  const a = file('a.json', { rules: [{ id: 'x', kind: 'line', phrases: ['alpha'] }] })
  const b = file('b.json', { rules: [{ id: 'x', phrases: ['beta'] }] })
  const rules = loadRules({ files: [a, b], defaults: false })
  t.equal(rules.specs.length, 1)
  t.same(rules.specs[0]?.kind === 'line' && rules.specs[0].phrases, ['beta'])
  const none = loadRules({ defaults: false })
  t.equal(none.rules.length, 0)
  t.equal(clean(`${ARTICLE}\nAdvertisement\n`, { rules: none }), `${ARTICLE}\nAdvertisement\n`)
})

t.test('mergeRules: a changed kind replaces the rule rather than mixing options', async (t) => {
  const base: RuleSpec[] = [{ id: 'r', kind: 'cue', phrases: ['related'], cut: 'tail' }]
  const merged = mergeRules(base, [{ id: 'r', kind: 'line', phrases: ['x'] }], 'test')
  t.same(merged[0], { id: 'r', kind: 'line', phrases: ['x'] })
})

t.test('parseRulesFile accepts the bundled schema reference', async (t) => {
  t.doesNotThrow(() => parseRulesFile(JSON.stringify({ $schema: './rules.schema.json', rules: [] }), 'inline'))
  t.throws(() => parseRulesFile('[]', 'inline'), ConfigError)
})
