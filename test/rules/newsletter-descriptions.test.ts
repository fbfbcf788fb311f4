// newsletter-descriptions: the description line of a newsletter promo, which goes with the promo.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { ARTICLE, doc, runTable } from './table.js'

runTable(t, {
  family: 'newsletter descriptions',
  positions: ['middle', 'tail'],
  remove: [
    'Get the day’s top stories in your inbox every weekday morning.',
    'The day’s top stories, in your inbox every weekday morning',
    'Our editors pick the best reads of the week, every Saturday.',
    'A clear, calm guide to the news you need, sent each weekday at 6am.',
    'The essential guide to what’s happening in the city, free every Friday.',
    'Our best long reads, delivered to your inbox every Sunday',
    'The week’s biggest stories and analysis, hand-picked by our editors every Friday.',
  ],
  keep: [
    'The newsletter, sent to residents every Friday, will carry updates on the scheme.',
    'The council publishes the latest news on the scheme every Friday.',
    'You can read the latest news on the scheme on the council website every Friday.',
    'Residents will get updates on the scheme in their inbox every week, officials said.',
    'If a message claiming to be from the council lands in your inbox, delete it.',
    'Scam emails about parking fines have been landing in your inbox every week.',
    'Fake news stories about the park keep turning up in your inbox.',
    'Entry to the museum on the quay is free every Sunday, and the café opens at ten.',
  ],
})

// A promo box: heading, description, button. The paragraph after it stays.
t.test('newsletter descriptions: a promo box between paragraphs', async (t) => {
  const boxes = [
    ['Sign up for our Morning Briefing newsletter', 'Get the day’s top stories in your inbox every weekday morning.', 'Sign up'],
    ['Subscribe to our Weekend Edition newsletter', 'Our editors pick the best reads of the week, every Saturday.', 'Enter your email'],
  ]
  for (const box of boxes) {
    const name = box[0] ?? ''
    t.equal(clean(doc([ARTICLE[0], ARTICLE[1], box.join('\n'), ARTICLE[2], ARTICLE[3]])), doc(ARTICLE), name)
    t.equal(clean(doc([ARTICLE[0], ARTICLE[1], ...box, ARTICLE[2], ARTICLE[3]])), doc(ARTICLE), `${name} (blank lines)`)
  }
})
