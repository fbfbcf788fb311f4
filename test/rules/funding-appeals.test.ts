// funding-appeals: reader-funding appeals, one sentence shape per pattern, and the buttons under them.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { ARTICLE, doc, runTable } from './table.js'

runTable(t, {
  family: 'funding appeals',
  positions: ['middle', 'tail'],
  remove: [
    'Before you go, we have a small favour to ask. More people are reading our reporting than ever, but advertising revenue is falling across the industry.',
    'We have one small favour to ask of you.',
    'If you value our reporting, please consider becoming a member. Your support helps keep our newsroom independent.',
    'If you enjoyed this article, please consider supporting our journalism with a monthly donation.',
    'Independent journalism needs your help.',
    'Quality reporting relies on readers like you. It costs money to send reporters to courts and council meetings.',
    'Unlike many news organisations, we have chosen not to put our journalism behind a paywall, so it stays open to everyone.',
    'Support us from as little as £1 – it only takes a minute. Thank you.',
    'Donate from just £1 today.',
    'Contribute for only $5 a month',
    'Every contribution, however big or small, helps us keep reporting without fear or favour.',
    'Millions of readers now rely on our independent journalism to make sense of the world.',
    'Thousands of readers turn to our reporting on the coast every week, but the cost of keeping reporters there keeps rising.',
    'Our independence means we can follow the story wherever it leads, with no owner to please.',
    'Please consider making a contribution to keep our journalism free for everyone.',
  ],
  keep: [
    'We have a small favour to ask of the council, the residents’ group wrote in a letter to the mayor.',
    'If you value the park, please consider joining the Friends of the River group, the chair said.',
    'Local journalism needs support, and the council has offered grants to two newspapers in the city.',
    'Donations to the park fund can be made from just £1, organisers said.',
    'Every donation helps, and the fund has already raised £40,000 for the new playground.',
    'More people are reading about the park than ever, according to the council.',
    '"Independent journalism needs your help," the editor told the meeting on Tuesday.',
    'The newspaper said it had chosen not to put its reporting behind a paywall during the flood.',
  ],
})

// Appeals of several sentences in the outlet's own voice, in other wordings;
// a reported appeal or a sentence about the paper's reporting stays.
runTable(t, {
  family: 'funding appeals (several sentences, free-to-read notes)',
  positions: ['middle', 'tail'],
  remove: [
    'Independent journalism is under threat. We rely on readers like you to keep our reporting free for everyone. If you can, please support us today.',
    'Our newsroom depends on you. Please support our journalism with a gift of any size.',
    'This article is free to read thanks to our members. Become a member today and help us keep reporting.',
    'Before you go... we have a small favour to ask.',
  ],
  keep: [
    'Independent journalism is under threat across the region, and our reporters have been detained twice this year.',
    'The charity asked people to donate now. Our reporting found it had raised three million pounds by March.',
    'We asked the council to support our plan. The reporting deadline is Friday, and donations to the appeal have topped £5,000.',
    'The mayor urged residents to become a member of the harbour trust. Our reporters were at the meeting.',
  ],
})

// Several lines of one appeal, and the buttons under it, go; the article after it stays.
t.test('funding appeals: a multi-line appeal and its button', async (t) => {
  const appeal = [
    'Before you go, we have a small favour to ask.',
    'More people are reading our reporting than ever, but advertising revenue is falling.',
    'Unlike many news organisations, we have chosen not to put our journalism behind a paywall.',
    'Every contribution, however big or small, helps us keep reporting.',
    'Support us from as little as £1',
    'Become a supporter',
  ].join('\n')
  t.equal(clean(doc([...ARTICLE, appeal])), doc(ARTICLE), 'at the end')
  t.equal(clean(doc([ARTICLE[0], ARTICLE[1], appeal, ARTICLE[2], ARTICLE[3]])), doc(ARTICLE), 'between paragraphs')
})

// A subheading right under an appeal between paragraphs is the article's.
t.test('funding appeals: the subheading under an appeal stays', async (t) => {
  const lines = [ARTICLE[0], ARTICLE[1], 'Independent journalism needs your help. Support us from as little as £1.', 'The vote', ARTICLE[2], ARTICLE[3]]
  const kept = lines.filter((_, i) => i !== 2)
  t.equal(clean(lines.join('\n') + '\n'), kept.join('\n') + '\n', 'single newlines')
  t.equal(clean(doc(lines)), doc(kept), 'blank lines')
})

// The sentences of a long appeal that carry no "please support us" of
// their own: why the outlet is free, who owns it, what readers pay for.
runTable(t, {
  family: 'sentences of a long appeal in the outlet voice',
  positions: ['middle', 'tail'],
  remove: [
    "You've read 3 articles in the last year. Millions are turning to the Guardian for open, independent, quality news every day, and readers in 170 countries around the world now support us financially.",
    "We believe everyone deserves access to information that's grounded in science and truth. That's why we made a different choice: to keep our reporting open for all readers, regardless of where they live.",
    'In these perilous times, a truth-seeking global news organisation is essential. We have no shareholders or billionaire owner, meaning our journalism is free from commercial and political influence.',
    "But we can't do it alone. Reader support makes up a growing share of our budget, and every gift helps.",
    'If you can, please make a contribution today. It takes less than a minute.',
    'Please consider making a monthly donation to our newsroom.',
  ],
  keep: [
    'The council said readers of its newsletter support the plan, and the mayor thanked them.',
    '"Our journalism is free from political influence," the editor said at the hearing.',
    'The charity asked residents to make a donation to the flood fund, and more than 3,000 did.',
    'Our reporting found that the council spent $2 million on the park before the vote, records show.',
    'Reader support for the park plan is high, a poll for the paper found, though our survey was small.',
  ],
})
