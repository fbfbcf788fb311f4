// Page builders' class words (Elementor's "widget", AEM's "cmp") on nearly
// all of a page's prose: they label the page, not a region of it.
import t from 'tap'
import type { Element } from 'domhandler'
import type { ChromeFlag } from '../lib/html/blocks.js'
import { pageWideWords, PAGE_WIDE_SHARE } from '../lib/html/page-wide-labels.js'
import { defaultVocabulary } from '../lib/page/vocabulary.js'

const el = {} as Element
const flag = (word: string, strong = false): ChromeFlag => ({ element: el, reason: `class/id "${word}"`, strong, word })
const vocab = defaultVocabulary()

t.test('a doubtable word on most of the prose outside strong labels is page-wide', async (t) => {
  const prose = [
    { words: 400, flagged: [flag('widget'), flag('widget')] },
    { words: 300, flagged: [flag('widget')] },
    // A cookie notice and a comment thread are measured apart, whatever the builder calls them.
    { words: 500, flagged: [flag('comments', true), flag('widget')] },
    { words: 60, flagged: [] },
  ]
  t.same([...pageWideWords(prose, vocab)], ['widget'], '700 of the 760 words outside strong labels')
})

t.test('a word on a minority of the prose is a region: kept as chrome', async (t) => {
  const prose = [
    { words: 300, flagged: [] },
    { words: 100, flagged: [flag('widget')] },
  ]
  t.same([...pageWideWords(prose, vocab)], [], 'a sidebar of widgets beside an unlabelled article')
  t.ok(100 / 400 < PAGE_WIDE_SHARE)
})

t.test('strong words are never page-wide', async (t) => {
  const prose = [{ words: 300, flagged: [flag('sidebar', true)] }, { words: 10, flagged: [flag('comments', true)] }]
  t.same([...pageWideWords(prose, vocab)], [], 'a "sidebar" layout wrapper has its own check')
})
