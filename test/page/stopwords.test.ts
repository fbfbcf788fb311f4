// A line whose letters and digits are all ASCII has its stopwords counted in
// one loop with the words hashed as they are read (lib/page/stopwords.ts),
// whatever its punctuation; any other line goes through the word regex and
// the index. Both must count as the word regex and the lists say.
import fc from 'fast-check'
import t from 'tap'
import { readFileSync } from 'node:fs'
import { lineStopwords, packageStopwords, stopwordsFor, stopwordsForTexts, words } from '../../lib/page/stopwords.js'

// What a line's stopword evidence is by definition: its words, and how many of them each list holds.
const lists = Object.values(packageStopwords()).map((list) => new Set(list))
const expected = (text: string): { count: number; hits: number[] } => {
  const ws = words(text)
  return { count: ws.length, hits: lists.map((set) => ws.filter((w) => set.has(w)).length) }
}

t.test('the one-loop count is the word regex and the lists', async (t) => {
  const lines = [
    "The storm hit the coast, and it didn't stop.", 'DER Sturm und die Kuste', "don't DON'T o'clock 'tis ' a'", 'AND-the/OF of.the 42 the2 in', 'Y a-t-il de la neige ici', '',
    // Typographic punctuation between ASCII words: curly quotes, dashes, a no-break space, an ellipsis.
    '“The storm,” she said — and didn’t stop…', 'It’s the end\u00a0of the road – isn’t it?', '‘tis the ’90s', 'don’T O’CLOCK don’', 'the\u00adof soft\u00adhyphen',
    // Letters and digits beyond ASCII, and characters of two code units.
    'l’été de la mer', 'Über die Straße und der', 'the ½ of ² and', 'Ⓐ the ⓑ of', 'the 😀 of and', 'Пётр и мы', 'the ǂ of',
  ]
  for (const line of lines) t.same(lineStopwords(line), expected(line), JSON.stringify(line))
  t.ok(lineStopwords('the of and').hits.some((n) => n === 3), 'English words are found')
  const piece = fc.constantFrom('the', 'The', 'THE', 'of', 'and', 'und', 'der', 'le', 'de', "don't", 'don’t', "'", '’', '‘', "n't", 'x', 'zz', '1', ' ', ' ', '\u00a0', ',', '.', '-', '—', '“', '”', "'s", '’s', 'a', 'I', 'thé', 'é', '½', '😀')
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const line = pieces.join('')
      t.same(lineStopwords(line), expected(line))
    }),
    { numRuns: 500, seed: 15 },
  )
})

t.test('the language of some lines, from their counts, is the language of their words', async (t) => {
  const samples = [
    ['The storm hit the coast.', '', 'It didn’t stop for days, and the roads were closed.'],
    ['Der Sturm traf die Küste.', 'Die Straßen waren gesperrt und es regnete.'],
    ['La tempête a frappé la côte.', 'Les routes étaient fermées.'],
    ['Storm Ciarán', 'Live updates', '12:40'],
    ['東京で大雨', '今日は雨です'],
    [],
  ]
  for (const texts of samples) {
    const [got, want] = [stopwordsForTexts(texts), stopwordsFor(words(texts.join('\n')))]
    // The same list, or none (each call gives a new empty set).
    t.ok(got === want || (got.size === 0 && want.size === 0), JSON.stringify(texts))
  }
})

t.test('the build stores the lists the package gives (dist/lib/precompiled.json)', async (t) => {
  const stored = (JSON.parse(readFileSync(new URL('../../dist/lib/precompiled.json', import.meta.url), 'utf8')) as { stopwords?: Record<string, string[]> }).stopwords
  t.same(stored, packageStopwords(), 'run npm run build')
})
