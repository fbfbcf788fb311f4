// captions: photo captions and image credits left inside the article body.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'captions',
  positions: ['middle'],
  remove: [
    'Residents at the meeting on Tuesday (Image: PA)',
    'The river near the old docks. Photograph: Jane Doe/Reuters',
    'Protesters outside the town hall (Getty Images)',
    'The site of the new park. Credit: AP',
    'The mayor speaking on Tuesday (AFP via Getty Images)',
    'Pictured: the old docks in 1998',
    'Councillors during the debate (Image: Getty)',
    'The fenced-off stretch of the river. Photo: Tom Jones/PA Wire',
    'An artist’s impression of the park (Picture: Handout)',
    'The new bridge at dusk (Photo Credit: Major Food Group)',
  ],
  keep: [
    'The photograph, taken by a neighbour, shows smoke rising above the warehouse.',
    'Images of the plan were shown to residents at the meeting on Tuesday, officials said.',
    'The council took credit for the plan, though residents first proposed it in 2022.',
    'Pictured in the report is a footbridge that would link the park to the station.',
    'A photographer from Getty Images was among those at the meeting on Tuesday night.',
  ],
})

// Credits in other house styles: dash or bar plus agency, NAME/AGENCY,
// gallery counters and labels, credit signs, caption toggles.
runTable(t, {
  family: 'captions (agency credits)',
  positions: ['middle'],
  remove: [
    'Residents queue outside the hall on Monday — The Associated Press',
    'A view of the docks at dusk - Getty Images',
    'The mayor at the podium • Handout',
    'Councillors arrive for the vote | Photo credit: Ana Ruiz',
    'The river bank last winter / Image: Supplied',
    'The old warehouse, pictured in May. TOMAS NOVAK/THE CANADIAN PRESS',
    'Maria Lopez/AFP',
    'Open this photo in gallery:',
    'Enlarge this image',
    'toggle caption',
    'The docks in 1998 Maria Lopez/AP hide caption',
    '7 of 24',
    '+5',
    '(3/8)',
    '12 photos',
    'Gallery (12 images)',
    'The park site at dawn © Facebook',
    '(Photo by Sam Reed/Getty Images)',
    'Photo courtesy of the city council',
    'Getty Images',
    'Councillors at the riverside Credit: Ana Ruiz for The Herald',
    'Crowds on the quay Photo: Tom Reed',
    'Illustrative image: Harbour Images',
    'File photo - AFP',
  ],
  keep: [
    'The plan was first reported by The Associated Press, which obtained a copy of the draft in May.',
    'Seven of the 24 councillors voted against the plan, saying it would cost too much.',
    'The 12 photos were taken by residents over the summer and shown at the library.',
    'Shares in the developer closed +5 on the day, according to the exchange.',
    'The mayor said the photo gallery on the council website would be updated every week.',
    'A spokesman for Getty Images said the agency had no record of the photograph.',
    'The report, written by Maria Lopez, was sent to every household in the ward.',
    'The council said the scheme would be paid for on credit: a loan from the regional bank.',
    'Mayor explains the riverside park plan (Video)',
    'What the new park will look like (Live Updates)',
    'File photos of the docks show how busy the river was in the 1950s.',
    // A parenthesised name under another label is a list's detail, not a credit.
    'Ariana Davies – Walk Amongst the Flowers (Instructor: Laurie Makela)',
    'The Final Season (Director: Mary Jones)',
    // Quantities are not gallery counters, and a wire's sign-off after reported speech ends a paragraph, not a caption.
    '3/4 cup of brown sugar',
    '1/2 tsp salt',
    '2 of 3 cloves garlic, crushed',
    // A score out of five or ten on a review's line of its own is a rating, not a gallery counter.
    '5/5',
    '1/5',
    '7/10',
    // A number idiom is no counter: a gallery's first number never exceeds its second.
    '24/7 customer support',
    '9/11 memorial opens to the public',
    "The mayor said the budget would be balanced by March. ''We are ready,'' she told reporters outside the hall in Leeds. (ANI)",
    'Officials said troops had secured the bridge by nightfall [Reuters]',
  ],
})

// A credit in brackets after a caption, and the look-alikes found on real
// dev text: list items (tour dates, scores, bulleted or numbered), a
// heading with a parenthesised subtitle, an acronym or country code, a
// signature with its place, a fragment of hard-wrapped text, and a
// sentence or question that ends in two words joined by a slash.
runTable(t, {
  family: 'captions (bracketed credit and its look-alikes)',
  positions: ['middle'],
  remove: [
    'Sir Keir Starmer is in Tirana (House of Commons)',
    'Protesters gather outside the parliament building (AFP)',
    'Firefighters at the scene of the blaze on Monday (BBC)',
    'The old warehouse, pictured in May. TOMAS NOVAK/THE CANADIAN PRESS',
    'Smoke over the harbour XINHUA/AFP',
    'To find out more about the scheme, click here',
  ],
  keep: [
    '29 Cologne, Live Music Hall (DE)',
    'Hitmen 2 Warriors 1 (OT)',
    '• Amazon Kindle (DX)',
    '2. Build your Personal Learning Network (PLN)',
    'Businesses move to Software-as-a-Service (SaaS) tools',
    'That Thing You Didn’t Know (Guaranteed)',
    'Ingredients for the Quiche Shells (Butter Dough)',
    'Robert Richardson (Burnsville, MN)',
    'growing demand of businesses to leverage cloud services (Amazon Web Services)',
    'Yes, the kind of malware that plays AC/DC.',
    'Do you support the proposition that the new package should replace the constitution? YES/NO',
    'FULL-TIME/PART-TIME STATUS',
    'It was about 80 feet long and lived in what is now Tanzania. For more information on Janenschia, click here.',
    // A quoted verse with its author, a page reference, a citation key.
    'To give and not to count the cost, nor do I ask for aught besides." [St Ignatius Loyola]',
    'Notes on the harbour survey, de Jong [Page 10]',
    'The coverage of testing in the handbook is sketchy. See [Humphry89]',
    // A person in brackets: a verse's poet, a post's author (a credit names an organisation).
    'Do not go gentle into that good night (Dylan Thomas)',
    'I never said the park would be finished this year (Lucy Akins)',
  ],
})

// "(above or below)" in a bulleted how-to step is no photo position
// (found on the dev split: a list of editor commands lost an item).
runTable(t, {
  family: 'captions (positions in parentheses, not list steps)',
  positions: ['middle'],
  remove: ['John Smith (left) and Jane Doe at the launch on Tuesday'],
  keep: ['- Create a newline and put the cursor there (above or below)', 'Choose the layout (left or right) that suits the page'],
})

// A social network in brackets is a credit only in a credit's shape: alone,
// after a slash, a colon or "via". Found on the WCXB dev split: platforms
// named in a list, a product's screen size (the letter x), a renamed network.
runTable(t, {
  family: 'captions (social credits)',
  positions: ['middle'],
  remove: ['Fans outside the stadium on Saturday (Instagram)', 'The mayor at the launch. (@mayorjones/Twitter)', 'Floodwater on the high street (Photo: Facebook)', 'The queue at dawn (via TikTok)'],
  keep: ['Social-first Video (TikTok, Instagram Reels)', 'Display: Full HD (1920 x 1080)', '6. X (formerly Twitter)', 'Social media apps (e.g., Facebook, TikTok)'],
})
