// Word counts of unspaced scripts come from Unicode word segmentation, run
// in pieces because V8's segment iterator is quadratic on long text. The
// pieces must not change a count: checked against one segmentation of the
// whole text on long mixed lines, including marks and format characters
// right after spaces (which attach to the space, so no piece may end there).
import t from 'tap'
import { segmentedWords } from '../../lib/text/words.js'
import { random } from '../helpers/lines.js'

function whole(text: string): number {
  let n = 0
  for (const s of new Intl.Segmenter('und', { granularity: 'word' }).segment(text)) if (s.isWordLike === true) n++
  return n
}

t.test('counting in pieces counts what one segmentation counts', async (t) => {
  const next = random(5)
  const parts = ['日本語の文章です。', 'ภาษาไทยง่ายมาก', '한국어 문장', 'the storm', "don't", '12:30', ' ', '  ', ' \u0301a', ' \u200db', ' \u200dc', '\u00a0', 'e\u0301', '🙂', ' 🙂 ', '—', '.']
  for (let k = 0; k < 20; k++) {
    let text = ''
    while (text.length < 9000) text += parts[Math.floor(next() * parts.length)] ?? ''
    t.equal(segmentedWords(text), whole(text), `mixed line ${k}`)
  }
  const long = 'Ein Satz mit Wörtern. 日本語の文章です。 '.repeat(300)
  t.equal(segmentedWords(long), whole(long), 'a long line of repeated sentences')
  t.equal(segmentedWords(long, 50), 50, 'the cap stops the count')
})
