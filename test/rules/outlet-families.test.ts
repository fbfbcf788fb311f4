// More families as unseen outlets word them: browser and player notices,
// share rows, arrow promos, author contact lines, agency-input credits,
// photo agencies, reader appeals, tip prompts, emoji-led follow prompts,
// bylines with lower-case roles, outlet names with "of"/"and", logos, video
// labels and advertiser units. Each removal case is a wording of the family,
// each keep case article prose built on the same words.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { ARTICLE, doc, runTable } from './table.js'

runTable(t, {
  family: 'browser and player notices',
  positions: ['head', 'middle', 'tail'],
  remove: [
    'Your browser does not support the video tag.',
    'Please use a modern browser to view this video',
    'Please enable JavaScript to watch this video.',
    'JavaScript is disabled in your browser.',
    'For the best experience, please use the latest version of your browser.',
    'Sorry, your browser cannot play this video.',
    'Switch to a supported browser for an accessible player',
  ],
  keep: [
    'Google said its Chrome browser would start blocking some video adverts from next year.',
    'Use a different browser, the bank advised customers who could not log in on Monday.',
    'Your browser history can reveal more than you think, the researchers warned.',
    'JavaScript is used on most of the council’s web pages, the audit found.',
  ],
})

runTable(t, {
  family: 'share rows and reading on elsewhere',
  positions: ['tail'],
  remove: ['Share via', 'Share on WhatsApp', 'share with:', 'Keep reading on The Hindu', 'Continue reading at Irish Examiner'],
  keep: [
    'Share via text messages was the most common way the rumour spread, the study found.',
    'Continue reading on the train, she told her students, and the exam will take care of itself.',
  ],
})

runTable(t, {
  family: 'promos with an arrow for a colon',
  positions: ['middle'],
  remove: [
    'Read more → Council tax bills to rise again',
    'ALSO READ » Floods hit the north',
    'Related -> Bridge closure extended',
    'Watch → Moment crane collapses',
  ],
  keep: [
    'Read "The Old Man and the Sea" again and you will see why the prize mattered.',
    'Read more about the plans at the public meeting on Thursday.',
    'Related to the mayor by marriage, the contractor denied any conflict of interest.',
  ],
})

runTable(t, {
  family: 'author contact lines',
  positions: ['tail'],
  remove: [
    'Contact Ravi Sharma at 555-0142 or ravi.sharma@courier.com.',
    'Reach Jane Okafor at jokafor@times.com or on Twitter @jokafor.',
    'Email Tom Baker at tbaker@gazette.co.uk',
    'Megan Holt covers courts for the Evening Echo. Reach her at mholt@echo.ie.',
    'Dan Price writes about transport for The Argus. Email him at dprice@argus.com or call 555-0100.',
  ],
  keep: [
    'Contact tracing teams reached 80 per cent of cases within two days, officials said.',
    'Reach the summit at dawn and you will see the whole valley, the guide said.',
    'Jane Smith covers the whole county on her own. Reach her by phone, she said, not by email.',
  ],
})

runTable(t, {
  family: 'agency inputs and photo agencies',
  positions: ['middle', 'tail'],
  remove: [
    '(With inputs from PTI)',
    'With agency inputs from Reuters',
    'With inputs from IANS',
    'The crowd gathers outside the court. (Imago Images)',
    'Fans at the stadium (Sportsfile)',
    'The minister arrives (dpa)',
  ],
  keep: [
    'With inputs from residents, the council redrew the map of the new ward.',
    'With input from teachers, the plan was changed twice before the vote.',
    'Officers cordoned off the street after a suspicious package was found (police said).',
  ],
})

runTable(t, {
  family: 'reader appeals and tip prompts',
  positions: ['middle', 'tail'],
  remove: [
    'Thanks for reading!',
    'Thank you for reading. Please consider supporting our journalism with a subscription.',
    'Hi there, thanks for reading. Subscribe to keep local news alive.',
    'We pay for videos! Send us your footage.',
    'Have you got a story for our news desk?',
    'Do you have a tip for the newsroom?',
    '👉 Follow us on Telegram for the latest updates',
    '🔔 Join our WhatsApp channel',
    '➡️ Follow us on Instagram',
  ],
  keep: [
    'Thanks for reading the letter aloud, the judge told the clerk.',
    'Thank you for reading to the children every week, the head teacher wrote.',
    'We pay for your stories about the war in blood, the veteran said.',
    'Do you have a story for the newsroom about the strike? Reporters want to hear it.',
    'Follow us on the route map to see where the park will run.',
  ],
})

runTable(t, {
  family: 'header names: roles, outlets, logos, slogans',
  positions: ['head'],
  remove: [
    'Maya Patel senior political correspondent',
    'Sam Hale chief business reporter',
    'Ana Ruiz | The Sydney Morning Herald',
    'Tom Fox | Press Trust of India',
    'The Daily Star with Maya Chen',
    'Irish Times from Conor Walsh',
    'Herald Sun logo',
    'The Globe and Mail logo',
    'Quick reads, big ideas',
  ],
  keep: [
    'Good news, bad news for the club as the season ends.',
    'The new Herald logo was unveiled at a ceremony on Tuesday night.',
    'Dinner with the Mayor was the highlight of the week, guests said.',
  ],
})

runTable(t, {
  family: 'share counts, print and post navigation, podcasts, corrections',
  positions: ['middle', 'tail'],
  remove: [
    'This story has been shared 1,234 times.',
    'Print this page',
    'Tweet',
    'Pin it',
    'Previous Article',
    'Listen to the podcast',
    'Corrections and clarifications',
    'Spotted an error? Let us know.',
    'Found a typo? Tell us at corrections@courier.com',
    'Image 1 of 12',
  ],
  keep: [
    'This story has been shared with us by three families who live near the docks.',
    'Print this page of the report and you will see the numbers do not add up, he said.',
    'Tweet by tweet, the campaign grew into a movement.',
    'Previous articles on the park drew hundreds of comments from readers.',
    'Listen to the podcast hosts and you hear how much the town has changed, she said.',
    'Corrections were made to the plan after residents complained.',
    'Spotted an error in the accounts, the auditor asked the council to explain it.',
    'Image rights were sold to a local photographer for a nominal fee.',
  ],
})

runTable(t, {
  family: 'disclosures, print notes, appeals and read-more walls',
  positions: ['tail'],
  remove: [
    'We may earn a commission from links on this page, at no extra cost to you.',
    'This site earns a commission when you buy through our links.',
    'As an Amazon Associate we earn from qualifying purchases.',
    'This article is from the archive of our partner.',
    'A version of this article appears in print on page A1.',
    'Published in print: Tuesday, 4 March 2012',
    'Our journalism needs your support.',
    'Want to read more? Subscribe today.',
  ],
  keep: [
    'We may earn a commission on the sale of the land, the developer admitted.',
    'Retailers may earn a commission on every sale, the report found.',
    'This article is from a series on the city’s parks.',
    'A version of this plan was first drawn up in 1998.',
    'Published in print for the first time, the map shows the old docks.',
    'Our journalism students spent a week reporting on the park.',
    'Want to read more about the park? The council has published its plans online.',
  ],
})

runTable(t, {
  family: 'header credits and buttons: agencies, reviewers, share rows, text size',
  positions: ['head'],
  remove: [
    'By the Associated Press',
    'From The Associated Press',
    'Fact checked by Jane Doe',
    'Reviewed by Dr. Sam Lee',
    'Medically reviewed by Dr. Sam Lee, MD',
    'Share this with Facebook Twitter Email',
    'Text size A A A',
    'Follow us for more',
  ],
  keep: [
    'By the River Thames, the park will stretch for two miles.',
    'Reviewed by the council in March, the plan was approved.',
    'Share this with your neighbours, the organisers urged.',
    'Follow us, the guide said, and stay on the path.',
    'Text size matters on signs for older visitors, the designers said.',
  ],
})

runTable(t, {
  family: 'embedded posts, players and credits in the body',
  positions: ['middle'],
  remove: [
    'Continue reading the main story',
    'Sponsored Content from Acme',
    '[Embedded content]',
    'Embed from Getty Images',
    'View this post on Instagram',
    'A post shared by Jane Smith (@janesmith)',
    'pic.twitter.com/abc123',
    'Read our live blog for the latest',
    'This content is not available in your region',
    'Jane Smith / Getty',
    'Illustration by Jane Smith',
    'Graphic: Jane Smith',
    'Map: Jane Smith',
  ],
  keep: [
    // An embedded post's signature line is article content (benchmark gold keeps it).
    '— Jane Smith (@janesmith) March 4, 2012',
    'Illustration by hand is a dying art, she said.',
    'Map: the route of the new park shows the old docks.',
    'Sponsored content from local firms paid for the fireworks, organisers said.',
    'This content is not available to the public until the inquiry ends, officials said.',
    'View this post on the council website for the full list of objections.',
    'Read our live blog coverage, the editor wrote in a note to readers.',
  ],
})

runTable(t, {
  family: 'walls, appeals, comment forms, fine print and end marks',
  positions: ['tail'],
  remove: [
    'To read this article in full, please subscribe',
    'This is a premium article',
    'Donate now',
    'Make a contribution',
    'Support us from as little as $1',
    'Cancel reply',
    'Your email address will not be published. Required fields are marked *',
    'Comments are moderated',
    'More by this author',
    'Site by Acme Digital',
    'I agree to the terms',
    'By subscribing you agree to our privacy policy.',
    'Posted in Local News | Tagged parks',
    'Like this:',
    'Ends',
    '###',
    '-30-',
  ],
  keep: [
    'To read this article in full is to understand why the park matters, she said.',
    'Donate now or the park will never open, campaigners warned.',
    'Make a contribution to the fund and your name will go on the wall, the council said.',
    'Your email address will not be shared with developers, the council promised.',
    'I agree to the terms, the mayor said, but not to the timetable.',
    'By subscribing to the scheme, residents agree to pay a small annual fee for upkeep.',
    'Posted in the town hall, the notice lists every objection.',
    'Site by site, the council will clear the old docks.',
  ],
})

runTable(t, {
  family: 'reader-app chrome: store badges, personalisation, previews, swipe prompts',
  positions: ['head'],
  remove: [
    'Available on the App Store',
    'Get it on Google Play',
    'Your daily briefing, curated by AI',
    'Because you follow Politics',
    'Because you read about climate',
    'Suggested for you based on your interests',
    'You are reading a preview',
    'Swipe for next article',
    'Tap to read full story',
    'Full story at Courier',
    'Courier • 12 Mar 2012',
  ],
  keep: [
    'Available on the App Store since May, the app has been downloaded a million times.',
    'Because you follow the river, you will reach the old docks.',
    'Exhibits curated by our editors will go on show in the new pavilion next year.',
    'Full story at the council meeting on Thursday, the mayor promised.',
    'Tap to pay is now accepted on every bus in the city.',
  ],
})

const article = ARTICLE

t.test('a video label takes the video title under it; the article goes on', async (t) => {
  for (const label of ['Watch now:', 'Watch Now: Related Video', 'Featured Video', 'Video: latest videos']) {
    const input = doc([article[0], article[1], `${label}\nMoment a crane lifts the footbridge into place`, article[2], article[3]])
    t.equal(clean(input), doc(article), label)
  }
})

t.test("an advertiser's unit label takes its title; a paragraph on white papers stays", async (t) => {
  for (const label of ['Whitepaper', 'Sponsored webinar', 'Free eBook']) {
    const input = doc([article[0], article[1], `${label}\nMore storage, more photos, more fun`, article[2], article[3]])
    t.equal(clean(input), doc(article), label)
  }
  const prose = [article[0], article[1], 'A government white paper published in March set out the rules for the new parks.', article[2], article[3]]
  t.equal(clean(doc(prose)), doc(prose))
})

t.test('a related cue scoped to a place takes its listing', async (t) => {
  for (const cue of ['Trending in Fresno', 'Popular near Leeds', 'Most read in Cork', 'Recommended by']) {
    const input = doc([...article, [cue, 'Picasa 3.9: Now with Google+ sharing and tagging', 'The Paradox of Nonlethal Weapons', 'Used Car Prices Tick Up After Sandy'].join('\n')])
    t.equal(clean(input), doc(article), cue)
  }
  const prose = [...article.slice(0, 3), 'Trending in Fresno and across the valley this summer is a new kind of taco stand.', article[3]]
  t.equal(clean(doc(prose)), doc(prose))
})

t.test('a listing that names each outlet on a plain line goes to the end, in both layouts', async (t) => {
  const entries = [
    ['Liverpool Echo', 'Showcase your promotions and get your customers attention', 'Shoppers are savvier than ever. They use social recommendations, web searches and smartphone apps to make informed purchase decisions, and retailers are racing to keep up with them in every market.'],
    ['The Tennessean', 'Wife of badly wounded victim has baby', 'Sixteen of the dozens of people hurt in the theater shooting remained in hospital on Tuesday, among them a man whose wife gave birth to their first child while he lay in intensive care nearby.'],
    ['Des Moines Register', 'Five things we learned on Election Night', 'The presidential election shattered spending records, further polarized a divided country and launched a thousand hot takes about what the results mean for the next four years of government.'],
  ]
  for (const sep of ['\n\n', '\n']) {
    const kept = [article[0], article[1]]
    const input = [...kept, 'Latest in Education', ...entries.flat()].join(sep) + '\n'
    t.equal(clean(input), kept.join(sep) + '\n', `separator ${JSON.stringify(sep)}`)
  }
})

t.test('one name over a subheading and a paragraph after a cue is not a listing: the article goes on', async (t) => {
  const resumed = ['Chris Ofori', 'A life on the river', 'He has fished the stretch below the old docks for forty years and says the park will bring families back to the water at last.', article[2], article[3]]
  const input = doc([article[0], article[1], 'More on this story', ...resumed])
  const out = clean(input)
  for (const line of [article[1], ...resumed.slice(2)]) t.ok(out.includes(line), `keeps: ${line.slice(0, 40)}`)
})
