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
  ],
})
