// promo: aggregator product promotions (AI features, summaries) at the end of the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'promo',
  positions: ['tail'],
  remove: [
    'Try Our AI Features',
    'Try our new AI summaries',
    'Explore what NewsNow AI can do for you:',
    'TRY OUR AI FEATURES',
    'Try our AI features.',
    'Try our new AI summaries!',
    'Explore what NewsNow AI can do for you',
  ],
  keep: [
    'The council said it would try new ways to explore what residents want from the park.',
    'Officials plan to try an AI system to count visitors to the park once it opens.',
    'The new features of the park include a boardwalk, a wildflower meadow and a jetty.',
    'Planners will explore what the old docks can do for the local economy, the mayor said.',
  ],
})

// "Get more from X" product boxes.
runTable(t, {
  family: 'promo (get more)',
  positions: ['tail'],
  remove: [
    'Get more from NewsNow',
    'Get the most out of NewsNow Premium',
  ],
  keep: [
    'Residents will get more from the park once the footbridge opens, the mayor said.',
  ],
})

runTable(t, {
  family: 'promo (unlock plans)',
  positions: ['tail'],
  remove: [
    'UNLOCK NEWSNOW PREMIUM',
  ],
  keep: [
    'Unlocking the old docks for public use will take at least two years, the council said.',
  ],
})
