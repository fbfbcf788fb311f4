// Comment forms, reprint notes and old-web browser notices: the families
// real extractor outputs keep most often (bench/eval-lines.js on the dev
// split), with look-alike prose that must stay.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'comment form fields, validation messages and moderation buttons',
  positions: ['middle', 'tail'],
  remove: [
    'Name:',
    'URL:',
    'E-mail (will not be published) (required)',
    'Name (required)',
    'Website',
    'Please enter a valid email address',
    'Enter a valid URL.',
    'Invalid URL',
    'Name is required to post a comment',
    'Your email address is required.',
    '(Name and email address are required. Email address will not be displayed with the comment.)',
    'Required fields are marked *',
    'Report offensive content:',
    'Flag as inappropriate',
    'E-mail this comment to a friend.',
    'If you believe this comment is offensive or violates the Terms of Service, please report it.',
  ],
  keep: [
    'Name: the council has not said who will run the park, but bids close in March.',
    'Her name is required reading for anyone who studies the river, the mayor said.',
    'The website was offline for most of Tuesday after the vote, the council said.',
    'Residents who wanted to report offensive content on the council forum were told to email the clerk.',
    'If you believe the plan is wrong, the consultation is open until March, officials said.',
    'Invalid URLs in the planning documents sent some residents to the wrong page.',
  ],
})

runTable(t, {
  family: "a comment form's CAPTCHA: its prompt, label and error",
  positions: ['middle', 'tail'],
  remove: [
    'As a final step before posting your comment, enter the letters and numbers you see in the image below. This prevents automated programs from posting comments.',
    'The letters and numbers you entered did not match the image. Please try again.',
    'Submit the word you see below:',
    'Enter Verification code',
    'Enter the security code shown below:',
    '(enter the verification code from the image above)',
    '• You must enter the verification code below to send.',
    '• Invalid entry: Please type the verification code again.',
    'Anti-spam word: (Required)*',
    'CAPTCHA Code *',
    'Image Verification:',
    '* Security Code:',
    'To prove you’re a person (not a spam script), type the security word shown in the picture.',
    'This question is for testing whether you are a human visitor and to prevent automated spam submissions.',
  ],
  keep: [
    'Enter the security code on the back of your card before you buy anything online, the bank advises.',
    'The numbers you entered did not match our records, the clerk told him on Monday afternoon.',
    'Type the words you see on the screen into the search box, the guide says, and wait.',
    'Her security code was stolen in the breach, and the bank did not tell her for a month.',
    'To prove you are a resident, bring a council tax bill or a utility bill to the meeting.',
    'Image verification tools helped the newsroom confirm that the photo of the flood was real.',
  ],
})

runTable(t, {
  family: 'reprint and print-edition notes',
  positions: ['tail'],
  remove: [
    'Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, use the Order Reprints tool.',
    'This copy is for your personal, non-commercial use only.',
    'Order Reprints',
    'A version of this article appeared July 5, 2012, on page A1 in the U.S. edition of The Daily Ledger, with the headline: Council backs park.',
    'A version of this review appears in print on March 3, 2026, on page C4 of the New York edition.',
  ],
  keep: [
    'A version of this plan appeared in the council minutes last year, but it was never voted on.',
    'Copies of the plan are for personal use only, the clerk said, and cannot be sold.',
    'The newspaper will order reprints of the souvenir edition if demand holds, its editor said.',
  ],
})

runTable(t, {
  family: 'old-web browser notices',
  positions: ['head', 'tail'],
  remove: [
    'This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled.',
    'This site is best viewed with Internet Explorer 6 or higher.',
    'JavaScript is not enabled on your browser. Please enable JavaScript to use all the features on this page.',
    'JavaScript is disabled',
  ],
  keep: [
    'The council says its website is best viewed on a phone, which is how most residents reach it.',
    'JavaScript is not the only language the city’s coding club teaches, its founder said.',
  ],
})

runTable(t, {
  family: 'opinion disclaimers, share prompts, trackbacks, author links',
  positions: ['tail'],
  remove: [
    'The views expressed on this site are not those of the publisher.',
    'The opinions expressed here are my own and do not reflect those of my employer.',
    'Full disclosure: the views expressed on this blog are mine alone.',
    'Disclaimer: The views and opinions expressed in this article are those of the author.',
    'Share this with friends',
    'Trackback',
    'Permalink',
    'View all posts by Becky',
    'More articles by Jane Smith',
    'Posted in: Fantasy |',
    'Filed under: Politics',
  ],
  keep: [
    'The views expressed at the meeting were mixed, the clerk said, and no vote was taken.',
    'The opinions expressed here by residents will be sent to the planning inspector.',
    'She said she would share this with friends who had opposed the plan.',
    'More articles by local historians are planned for the park’s opening.',
    'Posted in the town hall window, the notice gave residents two weeks to object.',
  ],
})
