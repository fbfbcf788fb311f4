// byline: author bylines, job titles, timestamps, relative times and reading-time lines above the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'byline',
  positions: ['head'],
  remove: [
    'By Jane Smith',
    'BY JANE SMITH AND TOM JONES',
    'Jane Smith, Political Correspondent',
    '18 minutes ago',
    '3 min read',
    'Updated 10:42 BST, 4 June 2025',
    'Published: 4 June 2025',
    'By Tom Jones – Local Democracy Reporter',
    '2 hours ago',
  ],
  keep: [
    'By the time the vote was taken, most of the public gallery had already gone home.',
    'Published plans show the park will include a playground, a café and a new footbridge.',
    'The scheme was first proposed on June 4, 2025, by a group of residents near the docks.',
    'Two hours ago the council confirmed that the first contracts had been signed with builders.',
    'Jane Smith, who chairs the residents’ association, said the decision was long overdue.',
  ],
})

// Bylines that name the outlet after a bar or dot instead of a role.
runTable(t, {
  family: 'byline (name and outlet)',
  positions: ['head'],
  remove: [
    'Jane Smith | The Herald',
    'Tom Jones · Daily Post',
    'By Jane Smith: 4 June 2025',
    'Jane Smith | The Herald: June 4, 2025',
    'Daily Post: an hour ago',
    'The Herald - 5 hours ago',
  ],
  keep: [
    'Jane Smith | The council said the park would open in 2027, and residents cheered.',
  ],
})

// Reading times and update stamps are labels; a sentence that holds "20
// minutes read" or an update note that says what changed is text.
runTable(t, {
  family: 'timestamps (labels, not sentences)',
  positions: ['head', 'middle'],
  remove: ['Jane Smith · 4 min read', '5 minute read.', '(3 min read)', 'Updated: June 9, 2025 10:30am', 'Today, 10:42 AM EST | Updated 11:05 AM', 'Posted by admin - a day ago'],
  keep: [
    'The scoreboard after 20 minutes read Rovers 16, United 5.',
    // "Today," opening a sentence with a number in it, and "and" read as "a" plus "d" (days), are no timestamps.
    'Today, over 50.000 brands are actively using the service.',
    'Windows Media Player — and',
    'Updated | Thursday, June 5: Includes additional comments from the mayor clarifying her remarks.',
    // After a colon a bare duration is a label's value (a recipe's, a storage table's), not a time ago.
    'Raw chicken: 9 months',
    'Total time: 1 hour',
    'Duration: 8 weeks',
  ],
})

// A source and a time since, after a dot, bar or dash; after a colon, only a time ago.
runTable(t, {
  family: 'timestamps (source and time since)',
  positions: ['head', 'middle'],
  remove: ['Reuters · 2 hours', 'The Herald | 3h', 'Posted: 3 hours ago', 'Updated: yesterday'],
  keep: ['Time in job: 13 months'],
})

// A role line names an outlet or a person over the role ("Palm Beach Post
// Staff Writer"); a headline that ends in a role noun addresses the reader
// or asks ("Commanding Your Text Editor"), and stays (found on the dev split).
runTable(t, {
  family: 'byline (role lines, not headlines ending in a role noun)',
  positions: ['head', 'middle'],
  remove: ['Palm Beach Post Staff Writer', 'AP Sports Writer'],
  keep: ['Commanding Your Text Editor', 'How To Hire A Freelance Writer', 'The Best Budget Video Editor'],
})

// The story's own date on its line above the body is article text, as the
// benchmarks' gold has it (rule article-dates); with a byline or a source
// after it, or below the body (a listing's or a comment's date), a date is
// a timestamp.
runTable(t, {
  family: "the story's date above the body",
  positions: ['head'],
  remove: ['November 6th, 2012, 17:41 GMT · By Lucian Parfeni', 'June 4, 2025 | The Herald', 'Posted on June 4, 2025'],
  keep: ['June 4, 2025', 'Wednesday, October 24, 2012 at 9:15AM', '23 July 2012 Last updated at 22:58 ET', 'March 3, 2021 / 8:15 a.m. EST'],
})

runTable(t, {
  family: 'a date below the body',
  positions: ['tail'],
  remove: ['June 4, 2025', 'Wednesday, October 24, 2012 at 9:15AM'],
  keep: [],
})
