// paywall: subscription, sign-in and metered-access prompts at the end of the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'paywall',
  positions: ['tail'],
  remove: [
    'Sign up to read this article',
    'Already a subscriber? Log in',
    'ALREADY A SUBSCRIBER? LOG IN.',
    'Continue reading with a subscription',
    'Subscribe to unlock this article',
    'You’ve reached your free article limit',
    "You've reached your free article limit.",
    'Sign up to read this article…',
    'Already a subscriber? Sign in',
    'Continue reading with a subscription – cancel anytime',
  ],
  keep: [
    'Subscribers to the local energy scheme will see their bills fall next year.',
    'More than 2,000 residents signed up for the scheme before the deadline.',
    'Residents can sign up to read the full plan online before the next meeting, officials said.',
    'Those who want to continue reading about the plan can find the full report in the central library.',
    'The council said it had reached the limit of what it could spend without raising council tax.',
  ],
})

// Metered paywalls: counters, offers and sign-in links for subscribers.
runTable(t, {
  family: 'paywall (meters and offers)',
  positions: ['head', 'tail'],
  remove: [
    '3 of 10 free articles read',
    'You have 2 free stories left this week',
    'This is your final free article this month',
    'Subscribe today for $1',
    'Premium story',
    'Cancel at any time.',
    'Upgrade to premium',
    'Already subscribed? Sign in',
    'Members, log in here',
    'Read 3 articles free each month',
  ],
  keep: [
    'Residents will get two free stories read aloud at the library every week, organisers said.',
    'The council said people could cancel at any time before the scheme starts next spring.',
    'Members of the planning committee will sign in at the town hall before the vote on Tuesday.',
    'The park will be free every weekday, though the car park will charge at weekends.',
  ],
})

// Walls phrased as a question or an account prompt, with what follows.
runTable(t, {
  family: 'paywall (walls)',
  positions: ['tail'],
  remove: [
    'Want to keep reading?',
    'WANT TO READ THE REST?',
    'Create a free account to continue reading',
  ],
  keep: [
    'Those who want to read more about the plan can find the report in the library.',
  ],
})

runTable(t, {
  family: 'paywall (offers)',
  positions: ['tail'],
  remove: [
    'Keep reading for just £1',
    'Unlimited digital access',
  ],
  keep: [
    'Unlimited access to the riverside will be allowed once the park opens next year.',
  ],
})

// The meter in the reader's voice, with its full stop: "You have 2 free
// articles left this month." A sentence about a paywall stays.
runTable(t, {
  family: 'paywall (meter)',
  positions: ['head', 'middle', 'tail'],
  remove: ['You have 2 free articles left this month.', "You've read 3 of 5 free articles.", 'You have one free story remaining'],
  keep: ['You have two free articles left, the paper told readers, before the paywall starts asking them to pay for a subscription.'],
})
