// legal: copyright notices, rights reservations and terms/privacy link rows at the end of the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'legal',
  positions: ['tail'],
  remove: [
    '© 2025 Example Media. All rights reserved.',
    'Copyright 2025 The Gazette',
    'COPYRIGHT © 2025 THE GAZETTE. ALL RIGHTS RESERVED',
    'Terms of use | Privacy policy | Cookies',
    'Terms of Use · Privacy Policy · Cookie Settings',
    'This material may not be published, broadcast, rewritten or redistributed.',
    '© Example Media 2025',
    'All rights reserved.',
  ],
  keep: [
    'The council said the copyright on the park design would belong to the city, not the architects.',
    'Residents said their rights had been ignored when the docks were fenced off in 1998.',
    'The terms of use for the park will be published before it opens, officials said.',
    'The report was published in March and redistributed to every household in the area.',
    'A privacy policy for the park’s visitor cameras will be agreed by the council in the spring.',
  ],
})

// Site-terms and external-links disclaimers.
runTable(t, {
  family: 'legal (disclaimers)',
  positions: ['tail'],
  remove: [
    'Use of this site constitutes acceptance of our Terms of Service.',
    'By using this website you signify your agreement to our terms.',
    'The Herald is not responsible for the content of external websites.',
    'Privacy Policy  Terms of Service  Cookie Settings',
  ],
  keep: [
    'Use of the park will be free, and the council will not be responsible for events held there.',
    'The council said it was not responsible for the content of the leaflets handed out at the meeting.',
  ],
})

runTable(t, {
  family: 'legal (company registration)',
  positions: ['tail'],
  remove: ['Registered in Scotland. Company No. SC123456.'],
  keep: ['Registered in England in 1921, the rowing club is the oldest on the river.'],
})

// Found on the WCXB dev split (2025 review sites): the disclosure opens the article or closes it.
runTable(t, {
  family: 'legal (affiliate disclosures)',
  positions: ['head', 'tail'],
  remove: [
    'EmailTooltester is supported by readers like you. When you purchase through our links, we may earn a commission.',
    'Pack Hacker is reader-supported. When you buy through links on our site, we may earn an affiliate commission. Learn more',
  ],
  keep: [
    'The museum is supported by readers like you, the editor wrote, thanking the donors who paid for the new wing.',
    'The fund is supported by readers of the paper, who gave more than £40,000 last year to keep the shelter open.',
  ],
})

// Short link lines of a footer. Found on the WCXB dev split: a heading that
// names privacy or terms is the article's own ("Important Driving Terms" over
// a glossary, "The BEST for privacy and anonymity" in a VPN review); a link's
// wording is the legal word with its link word, or the word nearly alone.
runTable(t, {
  family: 'legal (link lines)',
  positions: ['tail'],
  remove: ['Privacy Policy', 'Your Privacy Choices', 'Cookie Settings', 'Terms', 'Manage Cookies', 'Your California Privacy Rights', 'Privacy & Cookies Policy', 'Website Terms of Use'],
  keep: ['Important Driving Terms', 'The BEST for privacy and anonymity', 'Security and data privacy concerns', 'Salary and terms of employment'],
})
