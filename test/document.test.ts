// segment() computes a long line's text features only when asked and counts
// repeats only among lines of the same length; here every feature of every
// line is checked against computing it directly from the line's text.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LONG_LINE_WORDS, lineTexts, segment, type Line } from '../lib/document.js'
import { countWords, fold, labelOfKey } from '../lib/text/fold.js'
import { ROOT } from './helpers/pairs.js'

function documents(): string[] {
  const dir = join(ROOT, 'seeds')
  const seeds = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))
  const paragraph = seeds.join(' ').split(/\s+/).slice(0, 400)
  const long = (words: number): string => paragraph.slice(0, words).join(' ')
  // Lines either side of the long-line threshold, copies of long and short lines, odd spacing and CRLF.
  const edges = [
    long(LONG_LINE_WORDS - 1), long(LONG_LINE_WORDS), long(LONG_LINE_WORDS + 1), long(300),
    long(300), `  ${long(300)}  `, long(300).toUpperCase(), long(LONG_LINE_WORDS) + '…', 'Related Stories', 'RELATED STORIES', 'related  stories',
    '', '   ', '- Jane Smith', 'Comments (12)', long(5) + '.', long(5),
    'Jane O’Neil', 'J. Smith, de la Cruz', '\u{1D400}bc Smith', 'Émile Zola-Ünal', 'Jane smith', 'Jane 3rd', 'Jane Smith & Co',
  ]
  return [...seeds, edges.join('\n'), edges.reverse().join('\r\n') + '\r\n']
}

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|de|da|del|der|van|von|bin|al|la|le|du|of|and|&|,)$/u

function nameShaped(folded: string, words: number): boolean {
  if (words < 1 || words > 5 || /\d/.test(folded)) return false
  const tokens = folded.replace(/,/g, ' , ').split(' ').filter(Boolean)
  return tokens.every((t) => NAME_TOKEN.test(t)) && /^\p{Lu}/u.test(folded)
}

/** Every feature computed the straightforward way. */
function expected(text: string, all: readonly string[]): Record<string, unknown> {
  const folded = fold(text)
  const key = folded.toLowerCase()
  const words = countWords(folded)
  return {
    folded,
    key,
    words,
    label: words <= 24 ? labelOfKey(key) : key,
    blank: folded === '',
    endsSentence: /(?<!\.\.)[.!?]["')\]]*$/u.test(folded),
    repeats: folded === '' ? 1 : all.filter((other) => fold(other).toLowerCase() === key).length,
    bullet: /^\s*(?:[-*•·▪►▶–—✓✔]|\d{1,2}[.)])\s+/u.test(text),
    name: nameShaped(folded, words),
    more: [0, 5, 24, LONG_LINE_WORDS - 1, LONG_LINE_WORDS, 100, 1000, Infinity].map((n) => words > n),
  }
}

function actual(line: Line): Record<string, unknown> {
  return {
    folded: line.folded,
    key: line.key,
    words: line.words,
    label: line.label,
    blank: line.blank,
    endsSentence: line.endsSentence,
    repeats: line.repeats,
    bullet: line.bullet,
    name: line.nameShaped,
    more: [0, 5, 24, LONG_LINE_WORDS - 1, LONG_LINE_WORDS, 100, 1000, Infinity].map((n) => line.moreWordsThan(n)),
  }
}

t.test('every feature of every line, long or short, as computed directly', async (t) => {
  for (const text of documents()) {
    const raw = text.split(/\r?\n/)
    if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop()
    // Segmented twice: the second time, folded lines come from the memo the settling passes read.
    for (const doc of [segment(text), segment(text)]) {
      t.equal(doc.lines.length, raw.length)
      // Ask for the features in two orders: what one read computes must not change another.
      for (const order of [doc.lines, [...doc.lines].reverse()]) {
        for (const line of order) t.same(actual(line), expected(raw[line.index] ?? '', raw), `line ${line.index + 1}: ${line.text.slice(0, 40)}`)
      }
    }
  }
})

t.test('shapes of long lines', async (t) => {
  const doc = segment(Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ') + '\nJane Smith\n')
  const [long, short] = doc.lines
  t.ok(long?.prose)
  t.notOk(long?.headlineShaped)
  t.notOk(long?.nameShaped)
  t.equal(long?.words, 200)
  t.equal(short?.nameShaped, true)
  t.equal(doc.bodyStart, 0)
})

t.test('lineTexts splits as segment does', async (t) => {
  // The settling passes map a pass's output back to its input by these texts alone.
  const odd = ['', '\n', '\n\n', 'a', 'a\n', 'a\r', 'a\r\n', 'a\r\r\n', '\r\n\r\n', 'a\rb\nc', 'a\n\nb', 'a\r\nb\nc\r', ' \n \n']
  for (const text of [...documents(), ...odd]) t.same(lineTexts(text), segment(text).lines.map((l) => l.text), JSON.stringify(text.slice(0, 40)))
})
