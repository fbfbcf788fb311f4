// Other stories under a related-stories heading, each a headline over
// paragraphs of its own, go with the heading; the guards keep an article's
// own sections, a block longer than the article, and text under a stub.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { LAYOUTS } from './table.js'

const ARTICLE = [
  'Storm leaves thousands without power along the coast',
  'A winter storm brought down power lines across the coast on Sunday, leaving more than 40,000 homes and businesses without electricity as temperatures dropped below freezing, the regional utility said.',
  'Crews from three neighbouring states were sent to help restore service, but the utility warned that some rural customers could wait until Wednesday for their lights to come back on.',
  'Emergency warming centres opened in six towns, and officials urged residents who use generators to keep them outside and away from windows.',
]

const OTHER = [
  'Museum returns stolen painting after forty years',
  'A painting stolen from a village church in 1984 has been returned by a museum in the capital, which bought it at auction without knowing its history, curators said on Friday.',
  'Ticket prices rise as league approves new budget',
  'Football fans will pay about 8% more for season tickets next year after the league clubs voted to approve a budget that raises player wages and stadium repair spending.',
]

const SAME_TOPIC = [
  'Storm recovery could take the utility weeks',
  'The utility said crews restoring power along the coast after the storm would work through the week, and that homes without electricity in rural areas would be the last to get service back.',
]

const text = (lines: readonly string[], sep: string): string => lines.join(sep) + '\n'

t.test('unrelated stories with bodies under "Related Articles" go with the heading', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    for (const cue of ['Related Articles', 'More Stories', 'You might also like']) {
      t.equal(clean(text([...ARTICLE, cue, ...OTHER], sep)), text(ARTICLE, sep), `${layout}: ${cue}`)
    }
  }
})

t.test('a section on the article\'s own subject under such a heading stays', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    const input = text([...ARTICLE, 'More Stories', ...SAME_TOPIC], sep)
    t.match(clean(input), SAME_TOPIC[1] ?? '', layout)
  }
})

t.test('stories longer than the article above them stay: the prose guard keeps the document (flag, do not gut)', async (t) => {
  const long = [...OTHER, 'Library extends opening hours for exam season', 'The central library will stay open until midnight for the next six weeks so that students preparing for exams have somewhere quiet and warm to work, the council announced.', 'Bakery wins national award for its sourdough', 'A family bakery that opened in a former bank building two years ago has won a national award for its sourdough loaf, beating more than four hundred entries from across the country.']
  for (const [layout, sep] of LAYOUTS) {
    const input = text([...ARTICLE, 'Related Articles', ...long], sep)
    t.match(clean(input), long[1] ?? '', layout)
  }
})

t.test('under a stub of an article there is no subject to compare with: the text stays', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    const stub = [ARTICLE[0] ?? '', 'Power is out across the coast after the storm, the utility said on Sunday night, and crews from three states are on their way.', 'Warming centres opened in six towns and officials urged residents to keep generators outside.']
    const other = ['Museum returns stolen painting after forty years', 'A painting stolen from a village church in 1984 has been returned by a museum in the capital, curators said.']
    const input = text([...stub, 'Related Articles', ...other], sep)
    t.match(clean(input), other[1] ?? '', layout)
  }
})

// Aggregators' teasers are often one short sentence, with the outlet or the
// time under it; one teaser may say too little to compare, and another may
// share a word every story uses ("officials") once with the article.
const TEASERS = [
  'Museum returns stolen painting after forty years',
  'The painting, stolen from a village church in 1984, was bought at auction by a museum in the capital, officials said.',
  'Arts Daily',
  'Ticket prices rise as league approves new budget',
  'Football fans will pay about 8% more for season tickets next year after clubs voted for higher player wages.',
  '2 hours ago',
  'Police arrest suspect in string of car thefts',
  'The 24-year-old was arrested Monday.',
  'City Wire',
]

t.test('one-line teasers with their outlet or time under them go with the heading', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    for (const cue of ['Recommended Stories', 'Related Articles']) {
      t.equal(clean(text([...ARTICLE, cue, ...TEASERS], sep)), text(ARTICLE, sep), `${layout}: ${cue}`)
    }
  }
})

t.test('a section that returns to a word the article repeats stays, short as it is', async (t) => {
  // "utility" is in two of the article's paragraphs: the section is the article's own.
  const section = ['What customers should do now', 'The utility asked customers to report fallen lines by phone and to stay well clear of them until crews arrive.']
  for (const [layout, sep] of LAYOUTS) {
    const input = text([...ARTICLE, 'More Stories', ...section], sep)
    t.match(clean(input), section[1] ?? '', layout)
  }
})

t.test('teasers that mostly say too little to compare stay: one informative teaser is no evidence for three', async (t) => {
  const thin = ['Museum returns stolen painting after forty years', 'The museum paid for it.', 'Ticket prices rise as league approves new budget', 'Fans will pay more.', 'Bakery wins national award for sourdough', 'A family bakery that opened in a former bank building two years ago beat four hundred entries from across the country.']
  for (const [layout, sep] of LAYOUTS) {
    const input = text([...ARTICLE, 'Related Articles', ...thin], sep)
    t.match(clean(input), thin[5] ?? '', layout)
  }
})
