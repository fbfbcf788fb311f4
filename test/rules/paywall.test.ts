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
