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

// post-metadata: a blog platform's closing formulas under the story, and
// sentences about where a story was published, which stay.
runTable(t, {
  family: 'post-metadata',
  positions: ['tail'],
  remove: [
    'This entry was posted on Thursday, August 9th, 2012 at 12:04 am and is filed under Local News, Parks. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.',
    'This entry was posted in City Hall, Parks and tagged riverside, council by Jane Doe. Bookmark the permalink.',
    'This was written by Jane Doe. Posted on Friday, November 2, 2012, at 1:23 pm. Filed under Council. Bookmark the permalink.',
    'You can follow any responses to this entry through the RSS 2.0 feed.',
    'Both comments and pings are currently closed.',
    'Trackbacks are closed, but you can post a comment.',
  ],
  keep: [
    'This story was posted on the council website on Tuesday, hours before the vote, and filed with the planning office.',
    'This article was published in the Riverside Gazette in 2019 and reprinted with the permission of its author.',
    'You can follow the debate on the council website, where every meeting is streamed live.',
  ],
})

// Code in a technical post is short lines too: an enum member that reads
// as a cue ("AUTHOR") takes no more than the entries before the next brace.
t.test('a listing under a cue ends at a line of code', async (t) => {
  const { clean } = await import('../../lib/index.js')
  const intro = 'Enums restrict a field to a specific set of allowed values, and you can use them for status fields or categories.'
  const after = 'Using enums in your types keeps the schema honest, because the server rejects any value the enum does not list.'
  const code = ['enum UserRole {', '  ADMIN', '  EDITOR', '  AUTHOR', '  SUBSCRIBER', '}', 'enum PostStatus {', '  DRAFT', '  ARCHIVED', '}', 'enum SortDirection {', '  ASC', '  DESC', '}']
  const input = ['Working with GraphQL enums', intro, ...code, after, ''].join('\n')
  const out = clean(input).split('\n')
  // (A lone brace is the symbol-line rule's to judge: in page text it is a script's leftover.)
  for (const line of code.slice(5).filter((l) => l !== '}')) t.ok(out.includes(line), `keeps ${line.trim()}`)
  t.ok(out.includes(after))
})
