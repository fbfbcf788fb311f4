// Widgets of today's news sites and reader apps that the real corpus
// (pages from 2007-2012) hardly holds: gift-article buttons, comment
// platforms' sign-in states, contribution flows, ad-blocker notices, audio
// players, licensing links, video embeds with their running time, photo
// credits in the "via Getty Images" and "Credit..." shapes. Found by
// trying the wordings of many outlets; each table keeps prose that uses
// the same words.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'reader-app buttons and gift articles',
  positions: ['middle', 'tail'],
  remove: [
    'See Full Web Article',
    'Sign in to save',
    'Add Topic',
    'Give this article',
    'Read in app',
    'Send any friend a story',
    'Next up',
    'Recommended Video',
    'Comment on this story',
    'Like Loading...',
    'As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.',
    'VIDEO 2:15 02:15 Mayor defends budget plan',
    'Video3:0403:04 Why the council voted for the park',
  ],
  keep: [
    'Next up for the council is a vote on the road budget, which is expected in May.',
    'As a subscriber, you have to accept the new terms by Friday, the company told readers.',
    'The video, 2:15 long, shows the mayor leaving the meeting early.',
    'Residents were asked to comment on this story of the park in a survey sent by the council.',
  ],
})

runTable(t, {
  family: 'comment platforms and sign-in states',
  positions: ['tail'],
  remove: [
    'Do you want to automatically post your MailOnline comments to your Facebook Timeline?',
    'Please log in or register with your email',
    'Please sign in or register to comment.',
    'Please refresh the page or navigate to another page on the site to be automatically logged in',
    'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Δ',
  ],
  keep: [
    'Do you want your comments to count? Then come to the meeting, the mayor said.',
    'Residents must log in or register with the council to book a place at the park.',
    'The site uses a fence to reduce flooding, and the council said it would add more.',
  ],
})

runTable(t, {
  family: 'contribution flows, ad-blocker notices, audio players and AI labels',
  positions: ['middle', 'tail'],
  remove: [
    'Accepted payment methods: Visa, Mastercard, American Express and PayPal',
    'We will be in touch to remind you to contribute. Look out for a message in your inbox in May 2025.',
    "We've noticed you're using an ad blocker.",
    'It looks like you are using an ad blocker. Please support us by whitelisting our site.',
    'Please disable your ad blocker to continue.',
    'Audio is AI-generated. Report an issue',
    'Read more about our AI policy.',
    'NEW You can now listen to Fox News articles!',
  ],
  keep: [
    'Accepted payment methods at the park cafe will include cash, the council said.',
    'We will be in touch with residents to remind them of the new opening hours, the mayor said.',
    'The council said it would not use an ad blocker on its own computers.',
    'You can now listen to the council meetings online, and more than 2,000 people did last week.',
  ],
})

runTable(t, {
  family: 'tips, newsletters, licensing, print editions and credits',
  positions: ['tail'],
  remove: [
    "Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date on the best of what PEOPLE has to offer.",
    'Follow Fox News Digital’s sports coverage on X, and subscribe to the Fox News Sports Huddle newsletter.',
    'Got a confidential news tip? We want to hear from you.',
    'Purchase Licensing Rights, opens new tab',
    "Appeared in the June 4, 2024, print edition as 'Budget Passes'.",
    'Go deeper: The city’s budget fight, explained',
    'AFP via Getty Images',
    'Jane Smith/AFP via Getty Images',
    'Credit...Jane Smith for The New York Times',
  ],
  keep: [
    'Never miss a chance to see the river, the mayor told the crowd, and the council agreed.',
    'Got a tip? The police asked anyone who saw the fire to call them.',
    'The photo appeared in the June 4 print edition and was later shared widely online.',
    'Credit for the plan goes to the residents who campaigned for it, the mayor said.',
    'The images came to the newspaper via Getty Images and a local photographer.',
  ],
})

runTable(t, {
  family: 'feed readers and aggregators around the story',
  positions: ['head', 'tail'],
  remove: [
    'Discover more from Flipboard',
    'Read later',
    'Mark as read',
    'Save to board',
    'Save to Pocket',
    'Open website',
    'Go to website',
    'Follow publisher',
    'Block this source',
    'Story summary',
    'Compare coverage',
    'See how other outlets covered this',
    'Left 3 · Center 6 · Right 3',
    'Suggest Less Like This',
    'Report a Concern',
  ],
  keep: [
    'Discover more from the archive: the council has published the plans from 1998 online.',
    'The council will read later drafts of the plan before the vote, the clerk said.',
    'Residents can compare coverage of the park plan in the council newsletter with the minutes.',
    'The board voted 3-6 on the first plan, with the centre party split.',
  ],
})

runTable(t, {
  family: 'feed personalisation, upsells, display settings and audio players',
  positions: ['head', 'tail'],
  remove: [
    'Why am I seeing this?',
    'Personalise my feed',
    'Your daily digest is ready',
    'Unlock premium summaries',
    'Dark mode',
    'Why this ad?',
    'Stop seeing this ad',
    'Get the full experience',
    'Choose your edition',
    'Listen to this story 4:12',
    'Read on dailyherald.com',
  ],
  keep: [
    'Why am I seeing this rise in rents, one resident asked the council.',
    'Dark mode of the new street lights was switched on for the first time last night, the council said.',
    'Read on the council website, the plan looks very different from the one the mayor described.',
    'Unlock premium parking at the park for residents was one idea the council rejected.',
  ],
})

runTable(t, {
  family: 'outlet footers, player lengths, blocked embeds and link labels in several languages',
  positions: ['middle', 'tail'],
  remove: [
    'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.',
    'Get Latest World News along with Latest News and Top Headlines from across the globe.',
    'Copy URL',
    'ABC News Homepage',
    'Duration: 2 minutes 15 seconds',
    'Duration 1:32',
    'This content is blocked because you have not accepted social media cookies.',
    "Ce contenu est bloqué car vous n'avez pas accepté les cookies",
    'Zur Startseite',
    'Mehr lesen',
    'Más información',
  ],
  keep: [
    'Get the latest figures from the council, the mayor told residents who asked about the news on Tuesday.',
    'The council homepage was redesigned last year at a cost of $40,000, the audit found.',
    'Duration of the works: two years, the council said in a statement on Tuesday.',
    'The content of the plan is blocked until the court rules, the mayor said.',
  ],
})

runTable(t, {
  family: 'sign-up buttons, AI-summary states, feedback widgets and notification prompts',
  positions: ['middle', 'tail'],
  remove: [
    'Join for free',
    'Create a free account',
    'Generating AI summary...',
    'Video unavailable',
    'Listen (3 min)',
    'Copy article link',
    'Manage preferences',
    'Top of page',
    'Zum Artikel',
    'Send us feedback',
    'Why you can trust us',
    'Did you find this article helpful?',
    'Was this article helpful? Yes No',
    'Support us for $1',
    'Notifications can be managed in browser preferences.',
    "We'd like to send you notifications for the latest news and updates.",
    'I would like to be emailed about offers, events and updates from The Independent.',
    'Original reporting on everything that matters in your inbox.',
    'Read the full article here',
  ],
  keep: [
    'Join for free: the park will open its gates to everyone on the first Sunday of each month, the council said.',
    'Residents can create a free account on the council website to book a barbecue spot.',
    'The video was unavailable for weeks after the meeting, residents complained.',
    'Was this article of the plan helpful to the mayor? Her critics doubt it.',
    'Support us, the mayor told residents, and the park will open by 2027.',
    'I would like to be emailed about the works, one resident told the meeting, but nobody had asked her.',
    'The council was accused of hiding its reporting on the costs, which nobody in the inbox had seen.',
  ],
})

runTable(t, {
  family: 'syndication footers, mission statements, links to more coverage and ad labels in more languages',
  positions: ['middle', 'tail'],
  remove: [
    'The post Council approves park plan appeared first on KTLA.',
    'Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.',
    'Request Reprint & Licensing Submit Correction View Editorial Guidelines',
    "See more stories on Insider's business page.",
    'Pubblicità',
    'Publicidade',
    'Advertentie',
    '广告',
    '광고',
  ],
  keep: [
    'The council is committed to building the park, the mayor said, whatever the cost.',
    'The post of park ranger appeared first on the list of jobs the council wants to fill.',
    'See more of the plan at the town hall, where the drawings are on show until May.',
  ],
})
