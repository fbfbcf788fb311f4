// An ASCII line's stopwords are counted in one loop with the words hashed as
// they are read (lib/page/stopwords.ts); any other line goes through the
// word regex and the index. Both must count alike.
import fc from 'fast-check'
import t from 'tap'
import { readFileSync } from 'node:fs'
import { lineStopwords, packageStopwords } from '../../lib/page/stopwords.js'

// A dash is no word character and not ASCII: appended, it sends the same words down the general path.
const general = (text: string): string => `${text} \u2014`

t.test('the ASCII loop counts as the word regex does', async (t) => {
  const lines = ["The storm hit the coast, and it didn't stop.", 'DER Sturm und die Kuste', "don't DON'T o'clock 'tis ' a'", 'AND-the/OF of.the 42 the2 in', 'Y a-t-il de la neige ici', '']
  for (const line of lines) {
    t.same(lineStopwords(line), lineStopwords(general(line)), JSON.stringify(line))
  }
  t.ok(lineStopwords('the of and').hits.some((n) => n === 3), 'English words are found')
  const piece = fc.constantFrom('the', 'The', 'THE', 'of', 'and', 'und', 'der', 'le', 'de', "don't", "'", "n't", 'x', 'zz', '1', ' ', ' ', ',', '.', '-', "'s", 'a', 'I', 'thé')
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const line = pieces.join('').replace(/é/g, 'e')
      t.same(lineStopwords(line), lineStopwords(general(line)))
    }),
    { numRuns: 300, seed: 15 },
  )
})

t.test('the build stores the lists the package gives (dist/lib/precompiled.json)', async (t) => {
  const stored = (JSON.parse(readFileSync(new URL('../../dist/lib/precompiled.json', import.meta.url), 'utf8')) as { stopwords?: Record<string, string[]> }).stopwords
  t.same(stored, packageStopwords(), 'run npm run build')
})
