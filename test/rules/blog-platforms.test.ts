// What blog and publishing platforms (WordPress, Movable Type, Blogger,
// Thesis and Disqus themes) leave around a post: comment counts in braces,
// comment-form fine print, trackback lines, navigation labels, "Powered by"
// credits, the post-end subscribe prompt and the author box. Found as the
// cruft most often kept across sites on the dev split's whole-page texts
// (many outlets, one platform); look-alike prose must stay.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { ARTICLE, doc, runTable } from './table.js'

runTable(t, {
  family: 'comment-form fine print and trackbacks',
  positions: ['middle', 'tail'],
  remove: [
    'You may use these HTML tags and attributes: <a href="" title=""> <abbr title=""> <b> <blockquote cite=""> <em> <strong>',
    'Allowed HTML tags: <a> <em> <strong>',
    'TrackBack URL for this entry:',
    'Trackback URL',
    'Have a response on your own site? You can either use the [Trackback URL] for this entry, or link to your response directly.',
    'You can follow this conversation by subscribing to the comment feed for this post.',
    'The Fine Print: The following comments are owned by whoever posted them. We are not responsible for them in any way.',
    'We will not post reader comments containing racial, religious or personal attacks, slander, profanity, e-mail addresses or phone numbers.',
    'The posting of advertisements, profanity, or personal attacks is prohibited.',
    'Note: your e-mail address is used only to let the recipient know who sent the e-mail.',
  ],
  keep: [
    'You may use these parks at any hour, the council said, but dogs must be kept on a lead.',
    'The following comments are from residents who spoke at the meeting on Tuesday night.',
    'We will not post the names of the residents who objected, the clerk said.',
    'The posting of notices on the fence was prohibited by the old dock company in 1998.',
    'Have a response to the plan? The council will hold a second meeting in March.',
  ],
})

runTable(t, {
  family: 'platform navigation labels and skip links',
  positions: ['head', 'tail'],
  remove: [
    'Skip to main | Skip to sidebar',
    'Skip to content',
    'Skip to main content',
    'Post navigation',
    'Recent Posts',
    'Popular Entries',
    'View larger image',
    'Clear notifications ×',
  ],
  keep: [
    'Skip to the main point, residents said: the park will cost more than the roads.',
    'Recent posts on the council forum were mostly about parking, the clerk said.',
    'Popular entries in the design contest included a floating garden and a boardwalk.',
  ],
})

runTable(t, {
  family: 'platform credits, post-end prompts, author boxes and donation asks',
  positions: ['tail'],
  remove: [
    'Powered by WordPress',
    'Powered by Movable Type. Photo at top by Geoffrey Stone.',
    'Proudly powered by WordPress | Theme: Twenty Twelve',
    'If you enjoyed this article, enter your email below to get free updates!',
    'If you liked this post, subscribe to our RSS feed.',
    'To receive these entries once a month by e-mail, sign up for the Crypto-Gram Newsletter.',
    'About the Author: Derek Halpern is the marketing guy at DIYthemes, and founder of Social Triggers.',
    'ABOUT THE AUTHOR: Jane Doe writes about cities and transport for the Ledger.',
    'Consider a donation if you like what you see here!',
    'Please consider supporting this blog.',
  ],
  keep: [
    'Powered by a new turbine, the pumping station will keep the park dry, officials said.',
    'If you enjoyed this park as a child, the council wants to hear from you before March.',
    'About the author of the plan, little is known except that she grew up by the river.',
    'Consider a donation to the park fund, the mayor told residents, if the budget falls short.',
  ],
})

t.test('a comment count in braces ends the post: the thread under it goes', async (t) => {
  const [headline, p1, p2, p3] = ARTICLE
  const thread = ['{ 13 comments… read them below or add one }', 'Jason Manheim', 'November 13, 2012 at 10:48 am', 'Ditto on the above, I would love to see a writeup on the basics.']
  t.equal(clean(doc([headline, p1, p2, p3, ...thread])), doc([headline, p1, p2, p3]))
  // A count in brackets inside the article is prose, and stays.
  const aside = 'The consultation drew { 13 comments } in its first week, most of them about parking.'
  t.equal(clean(doc([headline, p1, aside, p3])), doc([headline, p1, aside, p3]))
})

t.test('a comment count in braces under a short post is no wall for the whole-page region: the post stays', async (t) => {
  const menu = ['Home', 'About', 'Blog', 'Books', 'Contact', 'Archives', 'Search']
  const post = [
    'The abbot asked his favourite pupil how his spiritual progress was coming along, and the pupil answered that he was at peace.',
    '“Then all that is left now is to forgive your enemies,” the abbot told him.',
    'The young man was shocked, because he was not angry at anyone he knew.',
  ]
  const sentence = 'Yesterday I received an abusive message from someone who writes regularly here, and it made me think again about what forgiveness asks of us when the other side shows no remorse at all.'
  const thread = ['{ 69 comments… read them below or add one }']
  const names = ['Mohammad Ali', 'Deborah Lane', 'Jack Moore', 'Miriam Ferns', 'Pandora Stone', 'Martha Alencar']
  names.forEach((name, k) => {
    thread.push(`${name} July ${20 - k}, 2012 at 3:5${k} pm`, k === 4 ? Array(12).fill(sentence).join(' ') : 'I liked this story a lot and I will try to do the same with the people who hurt me.', 'Reply')
  })
  const page = [...menu, 'Forgiving your enemies', 'by Paulo Coelho on June 27, 2012', ...post, 'Previous post: Six ways to rest', 'Next post: On walking', ...thread, 'Categories', 'Books', 'Travel', 'Copyright 2012 Paulo Coelho'].join('\n') + '\n'
  // One long post in the thread outweighs the short story; a comment wall
  // there let the region skip the story for the thread (dev: a blog post
  // lost its headline and first paragraph).
  const out = clean(page, { mode: 'page' })
  for (const line of post) t.ok(out.includes(line), `kept: ${line.slice(0, 40)}`)
})
