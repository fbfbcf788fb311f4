// fold and labelOfKey are character loops for speed; the regexes they replaced are the reference.
import t from 'tap'
import { fold, labelOfKey } from '../../lib/text/fold.js'
import { pairs } from '../helpers/pairs.js'

const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u02BC`´'
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D'
const REPLACEMENT = new Map<string, string>([
  ...[...SINGLE_QUOTES].map((c): [string, string] => [c, "'"]),
  ...[...DOUBLE_QUOTES].map((c): [string, string] => [c, '"']),
  ...[...DASHES].map((c): [string, string] => [c, '-']),
  ['\u2026', '...'],
])
const FOLDABLE = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}${DASHES}\u2026]|[\\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+`, 'g')
const referenceFold = (text: string): string => text.replace(FOLDABLE, (m) => REPLACEMENT.get(m) ?? ' ').trim()
const referenceLabel = (key: string): string =>
  key
    .replace(/^[^\p{L}\p{N}"'([]+/u, '')
    .replace(/\s*\(\d[\d,.]*\)\s*$/u, '')
    .replace(/[\s.:;,!?|»>›-]+$/u, '')
    .trim()

/** Strings built from the characters both functions treat specially, plus letters and digits. */
function samples(): string[] {
  const alphabet = [...`ab1 (),.:;!?|#-*•»›>${SINGLE_QUOTES}${DOUBLE_QUOTES}${DASHES}\u2026\t\u00A0\u200B\u3000\uFEFF\u1680\u2028\r`]
  let seed = 42
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const out = ['', ' ', 'plain text', ' lead', 'trail ', 'two  spaces', 'Comments (12)', 'Comments (1,234.5) ', '(12)', 'x (12)(3)', 'x ()', 'x (a1)', '— Read more » ', '# tags | share:', '\u2014\u2014', 'a\u2026b', '\uD83D\uDE00 emoji']
  for (let n = 0; n < 4000; n++) {
    let s = ''
    for (let k = Math.floor(rand() * 14); k > 0; k--) s += alphabet[Math.floor(rand() * alphabet.length)]
    out.push(s)
  }
  for (const p of pairs('seeds')) out.push(...p.input.toString('utf8').split(/\r?\n/))
  return out
}

t.test('fold gives what the reference regex gives', async (t) => {
  let bad = 0
  for (const s of samples()) {
    if (fold(s) !== referenceFold(s)) {
      bad++
      if (bad < 5) t.equal(fold(s), referenceFold(s), JSON.stringify(s))
    }
  }
  t.equal(bad, 0, 'no sample differs')
})

t.test('labelOfKey gives what the reference regexes give', async (t) => {
  let bad = 0
  for (const s of samples()) {
    for (const key of [s, referenceFold(s).toLowerCase()]) {
      if (labelOfKey(key) !== referenceLabel(key)) {
        bad++
        if (bad < 5) t.equal(labelOfKey(key), referenceLabel(key), JSON.stringify(key))
      }
    }
  }
  t.equal(bad, 0, 'no sample differs')
})
