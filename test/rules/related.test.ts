// related: a dangling "related/more/recommended" heading left as the last line of the article.
import t from 'tap'
import { runTable } from './table.js'

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
  ],
  keep: [
    'Related events in the city centre drew thousands of visitors over the weekend.',
    'More from the council’s budget will be spent on parks over the next five years.',
    'The plan was recommended for approval by planning officers earlier this month.',
    'You may also like the view from the new footbridge, the mayor joked at the meeting.',
    'The most read pages on the council website last month were about the park plan.',
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

// listing-source: the source line under a listed story names an outlet; a
// short bulleted name is otherwise the article's own list item (products,
// schools, camera features), and an agency's sign-off ends a wire story.
runTable(t, {
  family: 'listing sources and bulleted list items',
  positions: ['middle', 'tail'],
  remove: ['- The Sun', '• BBC News', '- Daily Mail', '| The Denver Post', '- nytimes.com'],
  keep: ['• Barnes & Noble Nook', '• Somerville Public Schools', '– Autofocus', '- Alaska', '- AFP', '-Peter Shankman'],
})
