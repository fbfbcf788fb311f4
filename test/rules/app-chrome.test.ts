// app-chrome: aggregator/app prompts and slogans, section labels, share/save/listen buttons and breadcrumbs above the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'app-chrome',
  positions: ['head'],
  remove: [
    'Get all your news in one place',
    'DOWNLOAD THE APP.',
    '100+ trusted sources',
    'Open in app',
    'Politics',
    'World News',
    'Share',
    'Listen to this article',
    'Save',
    'Home > News > UK',
  ],
  keep: [
    'The app has been downloaded more than a million times since it launched in March.',
    'Politics in the city has been dominated by the park plan for most of the past year.',
    'Residents were invited to share their views on the design at a series of open meetings.',
    'Campaigners said the plan would save the old dockside warehouses from being demolished.',
    'More than 100 trusted local groups were asked to listen to the proposals before the vote.',
  ],
})

// Reader-app chrome in other wordings: slogans, saved-to-list notices,
// "Flipped by", dates with a slash before the time, compact read times.
runTable(t, {
  family: 'app-chrome (reader apps)',
  positions: ['head'],
  remove: [
    'Every headline that matters, in one app.',
    'Your news, your way.',
    'Personalized news for busy people',
    'Access thousands of trusted publications, curated for you.',
    'Added to your reading list',
    'Flipped by Ana Ruiz into',
    '⏱ 4 min · March 3, 2021',
    'Reading time: about 6 minutes',
    '5h',
    'Read more on The Herald',
    '1.4K shares',
    '⏱ 3 min',
  ],
  keep: [
    'Your news about the park plan will be read out at the next meeting, the mayor told residents.',
    'March 3, 2021 was the day the first plans for the park were published, officials said.',
    'Access to the riverside has been restricted since the old docks closed in 1998.',
  ],
})

// Reader-app slogans and prompts in more wordings.
runTable(t, {
  family: 'app-chrome (slogans)',
  positions: ['head'],
  remove: [
    'Switch to the app for the best experience',
    'Every headline in a single app',
    'Thousands of magazines at your fingertips.',
    'Stories that matter, curated by experts.',
    'Trusted journalism from across the world',
    'All the news without the noise',
    'The headlines, simplified.',
    'Install NewsNow – it’s free',
    'Saved to my list',
    'Smart news, smart reading',
    'rténews.ie',
    'Economy',
  ],
  keep: [
    'Residents said the news, explained at the meeting by the mayor, came as a relief.',
    'Saved to the council archive, the first plans for the park date back to 1998.',
    'Smart news for the docks came when a developer offered to restore the warehouses.',
    'The economy of the riverside has struggled since the old docks closed in 1998.',
  ],
})

// A line of symbols only is a widget's leftover ("|", "»"), except a
// section break, which is the article's layout and stays ("###", a press
// release's end mark, goes: see outlet-families).
runTable(t, {
  family: 'symbol lines and section breaks',
  positions: ['middle'],
  remove: ['|', '»', '/'],
  keep: ['* * *', '***', '◆', '---', '~'],
})

// Rows of actions on the story, one button or several on a line, in the
// wordings of older news sites. A sentence that merely asks the reader to
// print or e-mail something, or a headline about the top of a league, stays.
runTable(t, {
  family: 'story action rows',
  positions: ['head', 'tail'],
  remove: [
    'Email this story to a friend',
    'E-mail this article to a friend | Printable version',
    'Print Story Email to a Friend',
    'Printer-Friendly Version',
    '(Return to top of page)',
    'Back to top of page',
    'Send to a friend',
    'Share this story with friends',
    'Email to a friend.',
  ],
  keep: [
    'Email this story to a friend who lives by the harbour and they will tell you the same thing.',
    'Print the page and bring it to the meeting, the council told residents in a letter.',
    'Back to the top of the league after a win on Saturday',
    'Residents were asked to send the survey to a friend or neighbour before the end of March.',
  ],
})

// An aggregator's AI-summary features: buttons, labels and the disclaimer
// that names "this article". Sentences that report on AI stay.
runTable(t, {
  family: 'app-chrome (AI features)',
  positions: ['head', 'middle', 'tail'],
  remove: [
    'Generate Key Takeaways',
    'Show AI summary',
    'Get the summary with AI',
    'Summarize this article with AI',
    'Summarise this story',
    'AI-generated summary',
    'AI-powered key points:',
    'Yahoo is using AI to generate takeaways from this article. This means the info may not always match what\'s in the article.',
    'We are using AI to summarize this story.',
    'AI can make mistakes. Check the full story for details.',
    'AI-generated summaries may contain errors.',
  ],
  keep: [
    'The council is using AI to generate the minutes of its meetings, which residents said was a welcome change.',
    'A summary of the plan, generated by the council planners, was read out to residents at the start of the meeting.',
    'Critics said the AI tools the council bought can make mistakes that nobody checks before the minutes are published.',
    'Officials will show the summary to residents at a public meeting next week, the mayor said on Tuesday evening.',
  ],
})

// A "Summary" heading is a report's section; the aggregator's label names
// itself ("AI summary", "Story summary"). (Above the headline a short label
// goes as the header zone's.)
runTable(t, {
  family: 'app-chrome (a summary heading)',
  positions: ['middle', 'tail'],
  remove: ['Story summary', 'AI summary'],
  keep: ['Summary', 'Summary:'],
})

// Free trials and source counts: a call to action is chrome; a review that
// names a trial, a pricing heading, or "untrusted sources" in prose is not.
runTable(t, {
  family: 'app-chrome (trials and sources)',
  positions: ['head', 'middle'],
  remove: [
    'Start your free trial',
    'Start a 14-day free trial',
    'Free trial. No credit card required.',
    'Sign In Start Free Trial',
    'Trusted sources. Zero clutter.',
    'Fourteen days free',
  ],
  keep: [
    'Kajabi Pricing and Free Trial: How Much Does It Cost?',
    'No free trial',
    'Free trial with instant set up',
    'Popular accounting tools with free trials',
    'Scales from a single location to thousands of sites',
    'Research assets for mentions and citations across trusted sources',
    'Block unauthenticated traffic to domain controllers from untrusted sources.',
    // A count of sources inside a sentence that goes on is prose, not a slogan.
    '- Scale: Enterprise platforms connect to 100+ data sources simultaneously. Standard tools max out at 20.',
  ],
})
