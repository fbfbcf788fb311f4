// fold() and the word counters are character loops written for speed; each is
// checked here against the plain regex formulation it replaces, on the seeds'
// lines and on generated strings full of the characters folding touches.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countWords, fold, foldCounting, foldedWords, labelOfKey, plainWords } from '../../lib/text/fold.js'
import { ROOT } from '../helpers/pairs.js'

// The regex formulations (what the loops must keep saying).
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
// The backtick is ASCII but folds to a quote, so a line holding one needs folding.
const NEEDS_FOLDING = /[^\x21-\x5F\x61-\x7E ]| {2}|^ | $/

function referenceFold(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text
  return text.replace(FOLDABLE, (m) => REPLACEMENT.get(m) ?? ' ').trim()
}

/** Tokens holding a UTF-16 code unit that is, alone, a letter or digit (so astral letters do not count). */
function referenceWords(folded: string): number {
  const isWord = (token: string): boolean => {
    for (let i = 0; i < token.length; i++) if (/[\p{L}\p{N}]/u.test(token.charAt(i))) return true
    return false
  }
  return folded.split(' ').filter(isWord).length
}

function referenceLabel(key: string): string {
  return key
    .replace(/^[^\p{L}\p{N}"'([]+/u, '')
    .replace(/\s*\(\d[\d,.]*\)\s*$/u, '')
    .replace(/[\s.:;,!?|»>›-]+$/u, '')
    .trim()
}

function seedLines(): string[] {
  const dir = join(ROOT, 'seeds')
  return readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
}

/** Strings from an alphabet of plain text and every character folding or labels care about. */
function generated(count: number): string[] {
  const alphabet = [
    'a', 'B', 'z', '7', 'é', 'Ж', '中', 'ʼ', '`', '´', ' ', ' ', '  ', '\t', '\u00A0', '\u2009', '\u200B', '\u3000', '\uFEFF', '\r',
    '\u2018', '\u2019', '\u201C', '\u201D', '«', '»', '\u2013', '\u2014', '\u2212', '\u2026', '.', ',', ':', ';', '!', '?', '|', '-',
    '(', ')', '(12)', '#', '•', '►', '›', '\u{1D400}', 'x y', 'sign up',
  ]
  let seed = 42
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 2 ** 32
  }
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    let s = ''
    const n = Math.floor(next() * 14)
    for (let k = 0; k < n; k++) s += alphabet[Math.floor(next() * alphabet.length)] ?? ''
    out.push(s)
  }
  return out
}

const samples = [...seedLines(), ...generated(20000)]

t.test('fold says what the regex formulation says', async (t) => {
  const wrong = samples.filter((s) => fold(s) !== referenceFold(s))
  t.same(wrong.slice(0, 5).map((s) => [s, fold(s), referenceFold(s)]), [], `${wrong.length} strings differ`)
})

t.test('every word counter agrees with counting the folded tokens', async (t) => {
  const wrong: string[] = []
  for (const s of samples) {
    const folded = referenceFold(s)
    const words = referenceWords(folded)
    const plain = plainWords(s)
    const counted = foldCounting(s)
    const needs = NEEDS_FOLDING.test(s)
    const ok =
      countWords(folded) === words &&
      foldedWords(s) === words &&
      (plain === -1 ? needs : plain === words && !needs) &&
      counted?.words === words &&
      (!needs || counted.folded === folded)
    if (!ok) wrong.push(s)
  }
  t.same(wrong.slice(0, 5), [], `${wrong.length} strings miscounted`)
})

t.test('capped counters stop at the cap and agree below it', async (t) => {
  const wrong: string[] = []
  for (const s of samples) {
    const words = referenceWords(referenceFold(s))
    for (const cap of [1, 2, 3, 5]) {
      const expected = Math.min(words, cap)
      const plain = plainWords(s, cap)
      const counted = foldCounting(s, cap)
      if (foldedWords(s, cap) !== expected) wrong.push(`foldedWords ${cap}: ${s}`)
      if (plain !== -1 && plain !== expected) wrong.push(`plainWords ${cap}: ${s}`)
      if ((counted === undefined) !== (words >= cap)) wrong.push(`foldCounting ${cap}: ${s}`)
    }
  }
  t.same(wrong.slice(0, 5), [], `${wrong.length} disagreements`)
})

t.test('labelOfKey says what the regex formulation says', async (t) => {
  const keys = samples.map((s) => referenceFold(s).toLowerCase())
  const wrong = keys.filter((k) => labelOfKey(k) !== referenceLabel(k))
  t.same(wrong.slice(0, 5), [], `${wrong.length} labels differ`)
  t.equal(labelOfKey('» comments (12) :'), 'comments (12)')
  t.equal(labelOfKey('» comments (12)'), 'comments')
})

// The engine counts words before folding and lower-casing, and looks for a
// line's copies only among lines with as many words: sound only if
// lower-casing keeps every token's letters and digits and adds no space.
t.test('lower-casing never changes whether a character is part of a word', async (t) => {
  const wrong: number[] = []
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const ch = String.fromCodePoint(cp)
    const lower = ch.toLowerCase()
    if (lower === ch) continue
    if (countWords(ch) !== countWords(lower) || (lower.includes(' ') && ch !== ' ')) wrong.push(cp)
  }
  t.same(wrong.map((cp) => cp.toString(16)), [])
  t.equal(countWords('ΣΑΣ ΟΔΟΣ'), countWords('ΣΑΣ ΟΔΟΣ'.toLowerCase()), 'final sigma in context')
})
