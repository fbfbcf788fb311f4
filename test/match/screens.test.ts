// A bundled pattern's stored screen is looked up by the text of the pattern
// (lib/match/screens.ts storedScreen), so that its RegExp is made only when
// it first runs: the store names a regex by `${flags}/${re.source}`, which
// must be the same key for every pattern the lookup accepts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { screenKey, storedScreen } from '../../lib/match/screens.js'
import { bundledLinearPatterns, bundledV8Patterns } from '../helpers/bundled-patterns.js'
import { ROOT } from '../helpers/pairs.js'

const store = (JSON.parse(readFileSync(join(ROOT, 'dist/lib/precompiled.json'), 'utf8')) as { screens?: Record<string, unknown> }).screens ?? {}

t.test('a pattern printed as written is stored under its own text: its screen is found without making its RegExp', async (t) => {
  let asWritten = 0
  for (const { rule, source, re } of [...bundledV8Patterns(), ...bundledLinearPatterns()]) {
    t.ok(Object.hasOwn(store, screenKey(re)), `${rule}: the build stored a screen`)
    if (source === '' || /[/\n\r\u2028\u2029]/.test(source)) continue
    asWritten++
    t.equal(re.source, source, `${rule}: printed as written`)
    t.ok(Object.hasOwn(store, `${re.flags}/${source}`), `${rule}: found by its text`)
  }
  t.ok(asWritten > 400, `${asWritten} bundled patterns found by their text`)
})

t.test('a pattern with a slash or a line break is not looked up by its text (V8 prints it escaped)', async (t) => {
  t.equal(new RegExp('a/b', 'u').source, 'a\\/b')
  t.equal(storedScreen('a/b', 'u'), undefined)
  t.equal(storedScreen('a\nb', 'u'), undefined)
  t.equal(storedScreen('', 'u'), undefined)
})
