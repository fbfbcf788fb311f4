// comments: comment-section headings, counts and prompts at the end of the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'comments',
  positions: ['tail'],
  remove: [
    'Comments',
    'COMMENTS',
    'No comments yet...',
    'No comments yet…',
    'Be the first to comment',
    'Be the first to comment!',
    'Join the conversation',
    'View 23 comments',
    'Comments (12)',
    'Comments are closed.',
    // WordPress comment headings name the post they answer.
    '37 Responses to "My New Book: Beyond the Valley – Now Available"',
    '12 thoughts on “Sourdough without the fuss”',
    'One Response to “Orchard wins heritage grant”',
    // ... also when the post's title holds a quote of its own (html2text writes curly quotes straight).
    '40 Responses to "Taurus Judge "Public Defender""',
    '9 Responses to “Interview With Rocky Angelucci, Author of “Don’t Die Early” – Part Two”',
    '3 thoughts on “Why “slow food” matters”',
    // The comment form's heading, in any of its verbs.
    'Add Comment',
    'Post your comment',
    'Leave a Reply',
    'Write a response:',
    'Share your thoughts below',
  ],
  keep: [
    'Two responses to "the plan" were received before the deadline, the council said.',
    'Three responses to the consultation came from parish councils.',
    'Two responses to "the plan" and "the budget" were received before the deadline, the council said.',
    'Two responses to "the plan" came in "late".',
    'Two responses to "The plan" came in "late", officials said.',
    'The minister declined to comment on the leaked report when asked on Monday.',
    'Comments on the consultation must be submitted by Friday, the council said.',
    'Residents who want to join the conversation about the park can attend a meeting next week.',
    'No comments were received from the Environment Agency before the deadline, officials said.',
    'She was the first to comment publicly on the plan when it was announced last year.',
    'Add comments to the draft and send it back by Friday, the clerk told members.',
    'Share your thoughts with the planning committee before the hearing on Monday.',
  ],
})

// Engagement counters and comment boxes in other wordings.
runTable(t, {
  family: 'comments (engagement)',
  positions: ['tail'],
  remove: [
    '312 Likes',
    '∙ 4 Restacks',
    '1.2K claps',
    '♡ Like',
    'Post comment',
    'Add your comment',
    'Be the first to share your thoughts',
    'Commenting is closed for this story.',
    'Comment now',
  ],
  keep: [
    'More than 312 people liked the council’s post about the park within an hour.',
    'Residents were invited to add your comment forms to a box at the library, the council said.',
    'Commenting on the plan, the mayor said the park would be open to everyone.',
  ],
})

runTable(t, {
  family: 'comments (sign-in and moderation)',
  positions: ['tail'],
  remove: [
    'You must be signed in to leave a comment.',
    'Report this comment',
    'Load more comments',
  ],
  keep: [
    'You must be logged in to the council website to comment on the plan by Friday, officials said.',
  ],
})

// Substack's post page (WCXB dev split): the comment section's heading, and
// the empty archive widget and demo buttons of product pages.
runTable(t, {
  family: 'newsletter-platform chrome',
  positions: ['tail'],
  remove: ['Discussion about this post', 'No posts', 'Book a demo'],
  keep: ['Discussion about this post went on for weeks in the council chamber, and the vote was delayed twice.', 'No posts were filled in the first round of hiring, the agency said.'],
})
