// Prompts to the reader to comment or share, "send to a friend" buttons,
// page-update stamps and group-photo credits: kept most often across sites
// in the dev split's extractor outputs. An author's own question to readers
// (in the first person) is the post's content, and stays.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'prompts to comment or share, and send-to-a-friend buttons',
  positions: ['middle', 'tail'],
  remove: [
    'What do you think? Let us know in the comments!',
    'Tell us what you think in the comments below.',
    'Agree or disagree? Tell us on Facebook!',
    'Would you visit the park? Share your thoughts in the comments section below.',
    'Send this article to Friends by E-Mail',
    'Share this story with a friend',
  ],
  keep: [
    'If you have used the new park, what should I see first on my visit? Sound off in the comments.',
    // A question of its own topic is the article's closing line; the gold of every corpus keeps it.
    'Do you think the new judge will do better than the last one? Tell us on Facebook!',
    'Do you know of any other parks that are making a difference in the lives of people in the city? Let us know in the comments…',
    'Tell us about it, she said, and the council will listen to residents below the dam.',
    'Let us know by Friday, the mayor told the developers below the hill.',
    'The council sent this story to friends of the park by e-mail on Tuesday, the clerk said.',
  ],
})

runTable(t, {
  family: 'page-update stamps and group-photo credits',
  positions: ['tail'],
  remove: [
    'This page last reviewed July 21, 2006',
    'Page last updated at 14:32 GMT, Monday, 7 January 2008',
    "Photos (from left to right): Courtesy of Kinky-Curly, Burt's Bees, Bain De Terre.",
  ],
  keep: [
    'The page was last updated before the vote, critics said.',
    'This page last year carried the first plans for the park, which were later dropped.',
    'Photos (from the 1998 closure) show the docks fenced off, courtesy of a local historian who kept them.',
  ],
})

runTable(t, {
  family: 'share and bookmark prompts, enlarge links, comment disclaimers',
  positions: ['tail'],
  remove: [
    'Recommend this article...',
    'Did you enjoy this article? Please bookmark it onto:',
    'Click photo to enlarge',
    'Post to Yahoo!',
    'The comments above are from readers. In no way do they represent the views of the Daily News.',
  ],
  keep: [
    'Recommend the article to the board, the mayor told her staff on Tuesday.',
    'The comments above were from readers of the council newsletter, who opposed the plan.',
    'Click the photo to see how the river looked before the docks closed, the museum says on its site.',
  ],
})

runTable(t, {
  family: 'follow and join prompts, report buttons',
  positions: ['tail'],
  remove: [
    'Follow @ScienceDesk on Twitter.',
    'Join over 104,000 monthly readers! Subscribe to the free email newsletter.',
    'Why is this article offensive?',
  ],
  keep: [
    'Join over 500 residents! Sign up at the library, the mayor said, before the meeting.',
    'Why is this article of the bylaw so offensive to residents, the council asked on Tuesday.',
  ],
})

runTable(t, {
  family: 'ad and player notes of today\'s news sites',
  positions: ['middle', 'tail'],
  remove: [
    'This article continues after the advertisement',
    'Report an ad',
    'Video loading',
    'This video can not be played',
    'Watch the latest video at foxnews.com',
    'Listen · 5:12 min',
    'Follow the topics in this article',
  ],
  keep: [
    'This report continues a series on the river, the editor said.',
    'Watch the latest video at the museum, which opens on Friday.',
    'Video loading times on the council site doubled after the upgrade, residents said.',
  ],
})

runTable(t, {
  family: 'aggregator hand-offs, source lines, feedback widgets',
  positions: ['head', 'tail'],
  remove: [
    'Read on NewsBreak',
    'Opens in a new window',
    'Was this summary helpful?',
    'Thumbs up',
    'See all sources',
    'Continue to article',
    'Provided by Reuters',
    'Published by The Independent',
  ],
  keep: [
    'Read on for more about the park and the council vote.',
    'Published by Penguin in 1998, the book sold well in the town.',
    'Provided by the council, the land will be handed over in March.',
  ],
})

runTable(t, {
  family: 'sign-up form states and checkboxes',
  positions: ['middle', 'tail'],
  remove: [
    "I'd like to receive offers from partners",
    "You're all set!",
    "You're subscribed",
    'Please check your inbox to confirm your subscription.',
  ],
  keep: [
    "I'd like to receive news of the plan before the vote, one resident told the council.",
    "You're all set for a long winter if the park closes, the mayor joked.",
    'Please check your inbox for the council letter, the clerk told residents who had not replied.',
  ],
})

runTable(t, {
  family: 'author contact prompts',
  positions: ['tail'],
  remove: [
    'Follow Jane Smith',
    'Email the author',
    'Contact the reporter at jsmith@ledger.com',
  ],
  keep: [
    // A republication note is kept: the Readability test pages' gold keeps one (dev).
    'This article originally appeared on The Conversation.',
    'Follow the Money',
    "Follow Jane Smith's advice, the mayor said.",
    'Contact the reporter who wrote the first story, residents were told.',
    'This story first appeared in the Ledger in 1998, when the docks closed, and is reprinted here.',
    // Wire sign-offs are article content (the policy).
    'The Associated Press contributed to this report.',
  ],
})
