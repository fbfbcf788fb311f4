// The linear engine's translation means the same as V8 on every line: the
// same lines match (and, unless reversed, with the same match text).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import t from 'tap'
import { translate, Untranslatable } from '../../lib/match/linear.js'
import { DEFAULT_RULES_PATH } from '../../lib/config/paths.js'
import { segment } from '../../lib/document.js'
import type { RulesFile } from '../../lib/config/load.js'
import { ROOT } from '../helpers/pairs.js'

/** Where the translation answers otherwise than V8: "pattern on text: v8 … linear …". */
function disagreements(source: string, flags: string, texts: readonly string[]): string[] {
  const v8 = new RegExp(source, flags)
  const linear = translate(source, flags)
  const out: string[] = []
  for (const text of texts) {
    const m = v8.exec(text)?.[0] ?? null
    const got = linear.exec(text)
    if (linear.reversed ? (got === null) !== (m === null) : got !== m) out.push(`${source} /${flags} on ${JSON.stringify(text)}: v8 ${JSON.stringify(m)}, linear ${JSON.stringify(got)}`)
  }
  return out
}

// Where the dialects differ: Unicode spaces, line separators, astral characters, empty classes, case folding.
const TRICKY = ['a\u00a0b', 'a\u2028b', 'x \u3000 y', 'tab\there', '😀 smile', 'Émile ÉMILE émile', 'ſtop Kelvin', '', ' ', 'said: yes', 'foo-bar_baz 42', 'Read more: the story', 'ab', 'αβγ δ']
const PATTERNS: Array<[string, string]> = [
  ['\\s', 'u'], ['^\\S+$', 'u'], ['a.b', 'u'], ['^.*$', 'u'], ['[\\s\\d]+', 'u'], ['[^\\s]+', 'u'], ['\\w+', 'iu'], ['\\bstop\\b', 'iu'], ['\\bſtop\\b', 'iu'], ['[😀-😃] \\bsmile', 'iu'], ['\\p{Lu}', 'iu'], ['\\bKELVIN$', 'iu'],
  ['\\u{1F600}', 'u'], ['[😀-😃]', 'u'], ['^[]', 'u'], ['[^]', 'u'], ['émile', 'iu'], ['^\\p{Lu}\\p{Ll}+', 'u'], ['\\p{Letter}+', 'u'],
  ['\\p{Script=Greek}+', 'u'], ['\\P{L}+', 'u'], ['(?<w>\\w+) (\\d+)', 'u'], ['a|ab', 'u'], ['\\w+?', 'u'], ['(?<=: )\\w+', 'u'], ['(?<!read )more', 'iu'],
  ['^(?!.*\\bsaid\\b).*:', 'u'], ['\\w+(?= \\d)', 'u'], ['^read more\\b(?!:)', 'iu'], ['x{2,3}|\\d{2}', 'u'], ['[\\w-]{3,}', 'u'],
]

t.test('patterns where the dialects differ agree with V8', async (t) => {
  for (const [source, flags] of PATTERNS) t.same(disagreements(source, flags, TRICKY), [], `${source} /${flags}`)
})

t.test('long lines, which meet the DFA before the matcher, agree with V8 too', async (t) => {
  const long = TRICKY.flatMap((text) => [`${'word '.repeat(60)}${text}`, `${text}${' word'.repeat(60)}`])
  t.ok(long.every((text) => text.length > 250))
  for (const [source, flags] of PATTERNS) t.same(disagreements(source, flags, long), [], `${source} /${flags}`)
})

t.test('random lines over the characters where the dialects differ', async (t) => {
  const unit = fc.constantFrom('a', 'b', 's', 'S', 'k', 'x', '1', ' ', '\t', ':', '.', '\u00a0', '\u2028', '\u3000', 'ſ', '\u212a', '😀', 'é', 'É', '_', '-')
  const text = fc.array(unit, { maxLength: 24 }).map((units) => units.join(''))
  const failures: string[] = []
  fc.assert(
    fc.property(text, (line) => {
      for (const [source, flags] of PATTERNS) failures.push(...disagreements(source, flags, [line]))
      return failures.length === 0
    }),
    { numRuns: 300, seed: 14 },
  )
  t.same(failures, [])
})

t.test('what has no linear form is named', async (t) => {
  t.throws(() => translate('(\\w+) \\1', 'u'), Untranslatable)
  t.throws(() => translate('(?=a)(?<=b)', 'u'), { message: /lookbehind beside a lookahead|lookahead/ })
  t.throws(() => translate('\\p{Script_Extensions=Latin}', 'u'), { message: /Script_Extensions/ })
  t.throws(() => translate('a{2000}', 'u'), Untranslatable)
})

t.test('every bundled pattern translates and agrees with V8 on the seed documents', async (t) => {
  // Patterns run with `u` on the lower-case key, and with `iu` on the folded text (lib/match/patterns.ts).
  const texts: Record<string, string[]> = { u: [], iu: [] }
  for (const name of readdirSync(join(ROOT, 'seeds'))) {
    for (const line of segment(readFileSync(join(ROOT, 'seeds', name), 'utf8')).lines) {
      if (line.blank) continue
      texts['u']?.push(line.key)
      texts['iu']?.push(line.folded)
    }
  }
  const file = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  let translated = 0
  const wrong: string[] = []
  for (const rule of file.rules) {
    for (const source of (rule as { patterns?: string[] }).patterns ?? []) {
      for (const flags of ['u', 'iu']) {
        try {
          translate(source, flags)
        } catch (err) {
          t.match((err as Error).message, /^backreference/, `${rule.id}: only backreferences have no translation`)
          continue
        }
        translated++
        wrong.push(...disagreements(source, flags, texts[flags] ?? []))
      }
    }
  }
  t.ok(translated > 700, `${translated} translations checked`)
  t.same(wrong.slice(0, 10), [], `${wrong.length} disagreements`)
})

t.test('a pattern with lookarounds is screened by the pattern without them', async (t) => {
  t.equal(translate('\\w+', 'u').screen, undefined, 'no lookaround, no screen')
  const screened = translate('^(?!.*\\bsaid\\b).*:', 'u')
  t.ok(screened.screen !== undefined && !/\(\?<?[=!]/.test(screened.screen), `screen without lookarounds: ${screened.screen ?? ''}`)
  const { RE2JS } = await import('re2js')
  const screen = RE2JS.compile(screened.screen ?? '')
  // The screen lets through more than the pattern, never less.
  t.ok(screen.test('she said: no') && screened.exec('she said: no') === null, 'a line only the lookaround rejects passes the screen')
  t.notOk(screen.test('no colon here'), 'a line without what the pattern needs does not')
  // Each bundled pattern's screen passes every line of the seeds and fixtures its pattern matches.
  const file = JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')) as RulesFile
  const folders = [join(ROOT, 'seeds'), join(ROOT, 'test', 'fixtures')]
  const lines = folders.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).flatMap((name) => segment(readFileSync(join(dir, name), 'utf8')).lines.filter((l) => !l.blank).map((l) => l.folded)))
  let checked = 0
  const missed: string[] = []
  for (const rule of file.rules) {
    for (const source of (rule as { patterns?: string[] }).patterns ?? []) {
      let linear
      try {
        linear = translate(source, 'iu')
      } catch {
        continue
      }
      if (linear.screen === undefined) continue
      const re = RE2JS.compile(linear.screen)
      const v8 = new RegExp(source, 'iu')
      for (const line of lines) {
        if (!v8.test(line)) continue
        checked++
        if (!re.test(line)) missed.push(`${source} on ${JSON.stringify(line)}`)
      }
    }
  }
  t.ok(checked > 20, `${checked} matching lines checked against their screens`)
  t.same(missed.slice(0, 5), [], `${missed.length} matching lines the screen rejected`)
})
