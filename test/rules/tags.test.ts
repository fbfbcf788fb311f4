// tags: hashtag, tag and topic lists and share-link rows at the end of the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'tags',
  positions: ['tail'],
  remove: [
    '#Politics #UK #Budget',
    'Tags: Politics, Housing',
    'TAGS: Local government, Parks, Regeneration',
    'Topics: Council, Environment, Planning',
    'Topics',
    'Hashtags',
    'Share on Facebook | Share on X | Email',
    'Share on Facebook · Share on Twitter · Email',
  ],
  keep: [
    'Topics discussed at the meeting included parking, flooding and the cost of the new bridge.',
    'The council tags every tree in the area so that it can track them during the works.',
    'Residents were encouraged to share their photos of the docks on Facebook, a spokesman said.',
    'The hashtags used by campaigners were trending across the country by Wednesday evening.',
    'Opponents said they would email every councillor before the final vote in the spring.',
  ],
})

// Tag headings without a colon, and tag rows separated by slashes.
runTable(t, {
  family: 'tags (rows and headings)',
  positions: ['tail'],
  remove: [
    'Tagged',
    'Related Subjects',
    'Follow topics related to this article:',
    'Politics / Environment / Local Government',
    'Reddit',
  ],
  keep: [
    'The park will cover politics, sport and culture events / festivals, the council said.',
    'Residents tagged the council in hundreds of posts about the plan over the weekend.',
  ],
})

runTable(t, {
  family: 'tags (keyword rows, share rows)',
  positions: ['tail'],
  remove: [
    'Your tags',
    'Keywords Parks, Rivers, Local Government',
    'Tweet Share Pin',
    'Share All sharing options for: Council approves riverside park',
  ],
  keep: [
    'Keywords such as park, river and docks appeared in most of the responses.',
  ],
})

runTable(t, {
  family: 'tags (dotted share rows)',
  positions: ['tail'],
  remove: ['Share · Save · Print', 'Share full article'],
  keep: ['Share, save and print options will be added to the council website next month.'],
})
