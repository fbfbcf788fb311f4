// Site notes that real extractor outputs keep (bench/eval-lines.js on the
// dev split): syndication notes, personal sites' disclaimers, tip-off
// appeals, comment feeds, subscription offers. Look-alike prose must stay.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'syndication and print-edition notes',
  positions: ['tail'],
  remove: [
    'The full article contains 512 words and appears in Press Association newspaper.',
    'The full story has 1,204 words and is available in the print edition.',
    'This article appeared in print on page A12 of the New York edition.',
    'This story appeared in the Sunday edition of the Daily Ledger.',
  ],
  keep: [
    'The story appeared in print on page A1 of the weekend edition before the council voted, and prompted dozens of letters.',
    'This article appeared in several newspapers in the region after the mayor shared it online, and prompted a debate.',
    'The full report contains 512 words on parks and 3,000 on roads, the clerk said.',
    'The full text has 40 words that residents found confusing, according to the petition.',
  ],
})

runTable(t, {
  family: "a site's disclaimer of its writers' views",
  positions: ['middle', 'tail'],
  remove: [
    'Schneier.com is a personal website. Opinions expressed are not necessarily those of Co3 Systems, Inc.',
    'Riverside Notes is a personal blog. The views expressed here are my own.',
    'Opinions expressed by contributors are their own.',
    'Views expressed on this page are those of the authors and not necessarily those of the Institute.',
  ],
  keep: [
    'Opinions expressed at the meeting were sharply divided between residents of the two wards.',
    'Views expressed by residents at the hearing will be sent to the planning board next month.',
    'Riverside is a private site. Opinions expressed by neighbours suggest it should stay that way, the report said.',
  ],
})

runTable(t, {
  family: 'tip-off appeals and newsletter prompts',
  positions: ['middle', 'tail'],
  remove: [
    'When news happens: send photos, videos & tip-offs to 0424 SMH (+61 424 764 764), or email us.',
    'See news happening? Send us your photos and videos.',
    'Send us your news tips, photos and videos.',
    'Know something we should? Send tips to tips@dailyherald.com',
    'Never miss a recipe',
    'Never miss a story.',
    'News Alerts by Email click here )',
  ],
  keep: [
    'Never miss a chance to see the river at dawn, the guide told visitors.',
    'When news happens, our reporters are often the first to arrive, the editor said at the ceremony.',
    'Know something we should change? The council asks residents to send ideas before March.',
    'News alerts by email were sent to residents on Tuesday warning of flooding near the river.',
    'Send us your pictures of the flood, residents were told, and hundreds did.',
  ],
})

runTable(t, {
  family: 'comment feeds and comment-form fine print',
  positions: ['tail'],
  remove: [
    'RSS feed for comments on this post. TrackBack URI',
    'Create your own RSS',
    'Subscribe to comments feed',
    '(Name is required. Email address will not be displayed with the comment.)',
  ],
  keep: [
    'Her name is required reading for anyone who studies the river, the mayor said.',
    'Residents can follow the comments on this plan through the council feed, the clerk said at the meeting.',
  ],
})

runTable(t, {
  family: 'subscription offers and sign-up buttons',
  positions: ['middle', 'tail'],
  remove: [
    'Pick up a good habit this New Year - subscribe now to save 50%',
    'Subscribe today and save 60% off the cover price!',
    'Sign up for StreetInsider Free!',
    'Search for more stories on this topic on Newstext, our news archive search service.',
  ],
  keep: [
    "Subscribe and save 20% is the offer the council's leisure centre is running this month, officials said.",
    'She told members to subscribe now to save the club from closing, and 40 did.',
    "Search for more information on this topic was slow because the council's site was down.",
  ],
})
