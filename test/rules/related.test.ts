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
