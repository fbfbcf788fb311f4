// related: a dangling "related/more/recommended" heading left as the last line of the article.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { ARTICLE, doc, runTable } from './table.js'

runTable(t, {
  family: 'related',
  positions: ['tail'],
  remove: [
    'Related Articles',
    'RELATED ARTICLES',
    'More from Sky News',
    'More From The Gazette',
    'Recommended for you',
    'You may also like',
    'You might also like:',
    'Most read',
    'Most Read',
    // 2025 pages (WCXB dev split)
    'Related Resources',
    'Further reading',
  ],
  keep: [
    'Related events in the city centre drew thousands of visitors over the weekend.',
    'More from the council’s budget will be spent on parks over the next five years.',
    'The plan was recommended for approval by planning officers earlier this month.',
    'You may also like the view from the new footbridge, the mayor joked at the meeting.',
    'The most read pages on the council website last month were about the park plan.',
    'Related resources for the park, including a new footbridge, were approved in the same vote.',
  ],
})

// Listing headings in other wordings: section names after "More",
// "Other sources", "Elsewhere on X", "Stories to ...", "Hot right now".
runTable(t, {
  family: 'related (other headings)',
  positions: ['tail'],
  remove: [
    'More Politics',
    'Other sources',
    'Elsewhere on The Herald',
    'Stories you might enjoy',
    'Stories to read this weekend',
    'Hot right now',
    'What’s trending',
    'More great reads from The Post',
    'Recommended from around the web',
    'Read this next',
    'You may also be interested in:',
    'Related video',
    'Skip next section',
    'Catch up',
  ],
  keep: [
    'More politics is the last thing the residents want, one councillor said.',
    'Other sources of money for the park include a lottery grant and local businesses.',
    'Elsewhere on the river, work on the new footbridge is due to finish next month.',
    'Stories of the old docks are still told by families who lived on the river.',
    'Catch up sessions for residents who missed the meeting will be held next week.',
  ],
})

runTable(t, {
  family: 'related (section and sponsor headings)',
  positions: ['tail'],
  remove: [
    'Latest Politics',
    'Top picks',
    'Before you go',
    'Sponsored links',
    'Also on The Herald',
    'Don’t miss these',
    'View full coverage',
  ],
  keep: [
    'Before you go to the park, check the opening times on the council website.',
    'Also on the agenda was a plan to resurface the high street.',
    'The latest politics of the park plan left both parties claiming victory.',
  ],
})

runTable(t, {
  family: 'related (recommendation vendors)',
  positions: ['tail'],
  remove: ['Recommended by Outbrain', 'Sponsored Stories by Taboola'],
  keep: ['The plan was recommended by officers and backed by a majority of councillors.'],
})

// Partner, network and reader-choice headings, and the listing of other
// stories (headline and teaser) they own at the end of the article.
runTable(t, {
  family: 'related (partner, network and reader headings)',
  positions: ['tail'],
  remove: ['From our partners', 'More from our network', 'What others are reading', 'People also read', 'Readers also liked', 'Featured stories', "Today's top news"],
  keep: [
    'From our partners in the city, the council has raised almost half of the money.',
    'What others are reading into the vote is a shift in the balance of the council.',
    'People also read the plans at the library, where copies were left for a month.',
  ],
})

t.test('a partner or reader heading owns the headlines and teasers under it', async (t) => {
  const teasers = [
    'Stocks slip as traders await inflation data',
    'Global stocks slipped on Tuesday as investors held back before key inflation figures.',
    'Gold hits two-week high on weaker dollar',
    'Gold prices climbed to their highest in two weeks as the dollar weakened.',
    'Airline shares fall after profit warning',
    'Shares in the carrier dropped after it cut its forecast for the year.',
  ]
  for (const heading of ['From our partners', 'What people are reading', 'Featured']) {
    t.equal(clean(doc([...ARTICLE, heading, ...teasers])), doc(ARTICLE), heading)
  }
})

// listing-source: the source line under a listed story names an outlet; a
// short bulleted name is otherwise the article's own list item (products,
// schools, camera features), and an agency's sign-off ends a wire story.
runTable(t, {
  family: 'listing sources and bulleted list items',
  positions: ['middle', 'tail'],
  remove: ['- The Sun', '• BBC News', '- Daily Mail', '| The Denver Post', '- nytimes.com'],
  keep: ['• Barnes & Noble Nook', '• Somerville Public Schools', '– Autofocus', '- Alaska', '- AFP', '-Peter Shankman'],
})

// A columnist's teaser names its writer before a colon ("Jane Smith: Why
// ..."): another story, not the label-and-value item of a list the article
// goes on after ("Best overall: ..."), which stays.
t.test('columnist teasers under a heading between paragraphs go; label-and-value items stay', async (t) => {
  const [headline, first, second, third] = ARTICLE
  const teasers = ['More from our columnists\nJohn Doe: Why the budget fight was always coming\nMary Roe: What the council gets wrong about roads']
  t.equal(clean(doc([headline, first, second, ...teasers, third])), doc(ARTICLE), 'columnist teasers')
  const picks = ['Our picks\nBest overall: The Sony WH-1000XM5 noise-cancelling headphones\nBest value: The Anker Soundcore Q30 wireless headphones']
  const withPicks = [headline, first, second, ...picks, third]
  t.equal(clean(doc(withPicks)), doc(withPicks), 'product picks')
  const short = ['More from our columnists\nJohn Doe: Budget\nMary Roe: Roads']
  const withShort = [headline, first, second, ...short, third]
  t.equal(clean(doc(withShort)), doc(withShort), 'short label-and-value items')
})

// A headline that lists the best podcasts or stories for someone is a listicle's, not a cue:
// a cue's "for" names the reader ("Recommended stories for you"). Found on the WCXB dev split.
runTable(t, {
  family: 'related (listicle headlines)',
  positions: ['head'],
  remove: [],
  keep: ['Best Tech Podcasts for CTOs and IT Decision Makers'],
})
runTable(t, {
  family: 'related (a cue for the reader)',
  positions: ['tail'],
  remove: ['Recommended stories for you', 'Top stories for today'],
  keep: [],
})
