import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'cross-promo',
  positions: ['middle'],
  remove: [
    'READ MORE: ‘I survived years of exploitation – sick online supermarkets must be shut’',
    'Read more: Council leader resigns after budget row',
    "DON'T MISS: Five things we learned from the budget",
    'RELATED: How the park plan was drawn up',
    'ALSO READ - City unveils new bus routes',
    'Read next | The fight over the old docks',
    'Video - Storm hits the coast',
    'Read more -- Council leader resigns after budget row',
    'Join our Mirror politics WhatsApp group to get the latest updates from Westminster',
    'Sign up for our free morning newsletter to get the top stories in your inbox',
    'Follow us on Facebook and X for the latest news',
    'Advertisement',
    'Story continues below advertisement',
    'SPONSORED',
  ],
  keep: [
    'Read more about the plan in the council’s 200-page report, the mayor told reporters on Wednesday.',
    'More than 2,000 residents signed up to a petition calling for the park to include a playground.',
    'Related work on the flood defences will be paid for by the Environment Agency, the council said.',
    'The council spent £40,000 on advertising the consultation in local newspapers and on radio.',
    'Residents who want to join the volunteer group can follow the council on Facebook for dates, a spokesman said.',
    // A label glued to a word by a hyphen is that word: only a dash with a space beside it separates.
    '- Video-on-demand sales: Streamers sell past streams as premium content.',
    'Live-action remake: the studio confirmed the cast on Monday.',
  ],
})

// Newsletter boxes: their headings, blurbs, fields and buttons; inline
// cross-promotion in brackets; sponsor labels.
runTable(t, {
  family: 'cross-promo (newsletter boxes)',
  positions: ['middle'],
  remove: [
    'Get The Morning Briefing delivered to your inbox',
    'The best of the week, straight to your inbox.',
    'Stay informed with The Evening Brief',
    'Start your morning with Business Today',
    'Join 50,000 readers who get The Brief',
    'Enjoying this story? Get more like it every Friday',
    'LOVE WHAT YOU’RE READING? SIGN UP FOR MORE',
    'Want more stories like this? Sign up to The Brief',
    'Free, every Friday.',
    'Delivered weekly on Sundays',
    'We will use your email address to send you the newsletter. You can opt out at any time.',
    'Enter your email address…',
    'Sign me up',
    'The Weekend Reads newsletter',
    'Thanks for reading! Subscribe for free to get new posts.',
    '[READ MORE] City unveils new bus routes',
    '» Read more: The fight over the old docks',
    'Sponsor Message',
    'Presented by Harbour Bank',
    'CLICK HERE FOR MORE',
  ],
  keep: [
    'The council will send updates on the plan straight to residents, a spokesman said.',
    'Stay informed with the latest plans by visiting the library, where a model of the park is on display.',
    'Residents who want more should come to the meeting next week, the mayor said.',
    'Free every weekday, the new shuttle bus will link the park to the station.',
    'The newsletter sent to residents in March set out the plan in detail.',
    'In partnership with the rowing club, the council will run boat trips on the river.',
  ],
})

runTable(t, {
  family: 'cross-promo (follow and alert prompts, sponsors, video players)',
  positions: ['middle'],
  remove: [
    'Never miss a story: sign up for The Brief',
    'Stay updated: follow The Herald on Google News',
    'Send us your pictures: WhatsApp 07700 900000',
    'Turn on notifications to get the latest news',
    'Promoted by Harbour Bank',
    'You may also like: Rail fares to rise again in January',
    'Video Ad Feedback',
  ],
  keep: [
    'Send us your views on the plan by Friday, the council told residents.',
    'Promoted by the mayor, the plan won support from most councillors.',
    'Residents can turn on the fountains in the new square with a button, the designers said.',
  ],
})

runTable(t, {
  family: 'cross-promo (tips, updates, follows)',
  positions: ['middle'],
  remove: [
    'Got a story? Email us at news@example.com',
    'Get free newsletter alerts',
    'Follow The Herald on Instagram and X',
    'Do you have more information about this story? If so, please click here to contact the editors.',
    'If you have any news tips you would like us to follow up on, contact us at news@example.com',
  ],
  keep: [
    'Follow the river path on foot and the new park is ten minutes from the station, the council said.',
    'If you have any information about the fire, please contact police on 101, a spokesman said.',
    'Do you have a tip for the council? Residents were asked to tell the planning office by May.',
  ],
})

// A prompt is the whole line, or one short question and the prompt; a
// paragraph that opens with "Related:" or closes with a call to comment
// is the article's text.
runTable(t, {
  family: 'cross-promo and prompts inside paragraphs',
  positions: ['middle'],
  remove: [
    'RELATED: Why the bridge closure is far from over',
    'Are you affected by the closures? Share your experiences by emailing news@example.com.',
  ],
  keep: [
    'RELATED: The two councillors who backed the plan did not fare very well. Both lost their seats in May, and the new council has promised a review.',
    'Will the park be finished on time? Or will it join the long list of delayed schemes? And who will pay? Share your thoughts in the comments below.',
  ],
})
