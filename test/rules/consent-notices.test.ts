// Cookie-consent banners, kept in the page text and the extractor output of
// 2025 pages (WCXB dev split): the banner, its category texts, a consent
// plugin's cookie table and its buttons. Prose about cookies (recipes,
// stories about browsers and advertisers) must stay.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'cookie-consent banners',
  positions: ['head', 'middle', 'tail'],
  remove: [
    'This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website.',
    'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking “Accept All”, you consent to the use of ALL the cookies.',
    'We use cookies to enhance your browsing experience and analyse our traffic.',
    'Necessary cookies are absolutely essential for the website to function properly. These cookies ensure basic functionalities and security features of the website, anonymously.',
    'Analytical cookies are used to understand how visitors interact with the website.',
    'Advertisement cookies are used to provide visitors with relevant ads and marketing campaigns.',
    'These cookies do not store any personal information.',
    'We and our 100 partners store and/or access information on a device, such as unique IDs in cookies to process personal data.',
    'By continuing to use our site without changing your cookie settings, you agree to our use of cookies.',
    'Any cookies that may not be particularly necessary for the website to function and are used specifically to collect user personal data are termed as non-necessary cookies.',
    'This cookie is set by GDPR Cookie Consent plugin. The cookie is used to store the user consent for the cookies in the category "Analytics".',
    'cookielawinfo-checkbox-analytics | 11 months | This cookie is set by GDPR Cookie Consent plugin.',
    'Accept All',
    'Manage consent',
    'Cookie Settings',
  ],
  keep: [
    'Put the cookies on a rack and let them cool completely before you ice them.',
    'These cookies keep for a week in an airtight tin, and the dough freezes well.',
    'Google said it would stop blocking third-party cookies in Chrome, a reversal that advertisers welcomed and privacy groups criticised.',
    'Advertising cookies are used to follow people from site to site, the regulator said in its report on Tuesday.',
    'The regulator said websites must let users reject cookies as easily as they accept them, and fined two publishers.',
    'We use cookie cutters shaped like stars for the children, who decorate them with whatever is left in the cupboard.',
    'By continuing to bake through the night, the shop kept up with orders for its famous cookies.',
    'Accept all the help you are offered in the first weeks, she said.',
  ],
})
