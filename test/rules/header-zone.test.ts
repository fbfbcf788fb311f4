// The header zone's choice of headline when a title-case headline (which is
// name-shaped) stands right above the body under a line we cannot name: the
// title-case line is the headline, never dropped as a byline; names that
// read as bylines (a comma, "and", capitals) under a headline still go.
import t from 'tap'
import { clean, ruleSetFrom } from '../../lib/index.js'
import { LAYOUTS, aboveBody } from './table.js'

const layouts = LAYOUTS
const doc = aboveBody

t.test('a title-case headline under an unknown headline-shaped line is kept', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const [above, headline] of [
      ['Tap the bell icon for a smoother listening experience', 'Nokia Launches Verizon Smartphone'],
      ['Everything you need to know this morning in one place', 'Big Truckers Run Bigger Risk'],
      ['A fresh look at the stories shaping the week ahead', 'Why Octopuses Might Dream'],
    ] as const) {
      // Nothing can be said of the line above with certainty, so it stays too: when unsure, keep text.
      const input = doc([above, headline], sep)
      t.equal(clean(input), input, `${layout}: ${headline}`)
    }
  }
})

t.test('recognised chrome and byline around a title-case headline go, the headline stays', async (t) => {
  for (const [layout, sep] of layouts) {
    const input = doc(['Please use Chrome browser for a more accessible video player', 'Nokia Launches Verizon Smartphone', 'Priya Ramirez  news reporter', 'APR 8, 2012'], sep)
    // The story's date under them stays (rule article-dates).
    t.equal(clean(input), doc(['Nokia Launches Verizon Smartphone', 'APR 8, 2012'], sep), layout)
  }
})

t.test('name lines under a sentence-case headline still go', async (t) => {
  const headline = 'Council approves plan for new riverside park'
  for (const [layout, sep] of layouts) {
    for (const name of ['Hannah Wells and Marco Diaz', 'Tessa Banerjee, Kent', 'THE COUNTY ECHO NEWSROOM', 'Ravi Okafor']) {
      t.equal(clean(doc([headline, name], sep)), doc([headline], sep), `${layout}: ${name}`)
    }
  }
})

t.test('two headline-shaped lines above the body: both stay', async (t) => {
  for (const [layout, sep] of layouts) {
    const input = doc(['Council approves plan for new riverside park', 'Big Truckers Run Bigger Risk'], sep)
    t.equal(clean(input), input, layout)
  }
})

t.test('a long title-case question with no headline above it is the headline', async (t) => {
  const question = 'Could the Next Planetary Rover Come from Canada?'
  for (const [layout, sep] of layouts) {
    t.equal(clean(doc(['Modern Healthcare', 'Fresno, CA', question], sep)), doc([question], sep), `${layout}: chrome above goes`)
    t.equal(clean(doc([question, 'Priya Ramirez'], sep)), doc([question], sep), `${layout}: a name under it goes`)
  }
})

t.test('an opening question paragraph is not taken for a headline', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const lines of [
      // Sentence case: an opening paragraph, and the short title above it stays.
      ['Why Octopuses Dream', 'Could the next planetary rover come from Canada, and what would it find there?'],
      // A headline above already: the question is the first paragraph.
      ['Council approves plan for new riverside park', 'Is This The End Of The Old Docks As We Know Them?'],
    ]) {
      const input = doc(lines, sep)
      t.equal(clean(input), input, `${layout}: ${lines[1] ?? ''}`)
    }
  }
})

t.test('a short sentence-case headline over its standfirst stays; a capitalised label over a headline goes', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const [short, standfirst] of [
      ['Lavigne lawsuit settled', 'Claims of song plagiarism dropped'],
      ['Consumer lending soars', 'Concerns run of below-inflation wage rises has forced families to borrow'],
      ['GoldenEye XBLA canned?', 'Was in development for several months, but not any more...'],
    ] as const) {
      const input = doc([short, standfirst], sep)
      t.equal(clean(input), input, `${layout}: ${short}`)
    }
    t.equal(clean(doc(['Premier League', 'Keegan makes Owen Toon skipper'], sep)), doc(['Keegan makes Owen Toon skipper'], sep), `${layout}: label`)
  }
})

t.test('a page title ("Site: Headline", "Headline | Site") names the headline: the title line goes, the title-case headline stays', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const [title, headline] of [
      ['Harbour Notes: How Terrorist Groups Disband', 'How Terrorist Groups Disband'],
      ['Bringing Up The Barn | The Design Journal Blog', 'Bringing Up The Barn'],
      ['Why Octopuses Might Dream - Coast Science Weekly', 'Why Octopuses Might Dream'],
    ] as const) {
      // The site's tagline above the headline is chrome too.
      t.equal(clean(doc([title, 'A blog about the coast.', headline], sep)), doc([headline], sep), `${layout}: ${title}`)
    }
  }
})

t.test('a navigation link, a comment count or a lead-in ending in a colon is never the headline', async (t) => {
  const headline = 'How Terrorist Groups Disband'
  for (const [layout, sep] of layouts) {
    for (const line of ['« Gary McGraw on National Cybersecurity | Main', '1 Comment » | Published in Architecture, Preserving Modern Architecture', 'Interesting research from the institute:']) {
      const input = doc([headline, line], sep)
      t.match(clean(input), headline, `${layout}: ${line}`)
    }
  }
})

t.test('a title-case headline opening the document stays above its standfirst', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const [headline, standfirst] of [
      ['Client Star Brad Renfro Dies', 'In a Celebrity Obsessed Culture, Another Young Star is Gone Too Soon'],
      ['Ford Launches New Hybrid Transmission', 'The carmaker says the gearbox cuts fuel use in city traffic'],
    ] as const) {
      const input = doc([headline, standfirst], sep)
      t.equal(clean(input), input, `${layout}: ${headline}`)
    }
  }
})

t.test('an outlet name over a headline still goes when it is not the opening line', async (t) => {
  for (const [layout, sep] of layouts) {
    const input = doc(['Get all your news in one place', 'The County Echo Newsroom', 'Council approves plan for new riverside park'], sep)
    t.equal(clean(input), doc(['Council approves plan for new riverside park'], sep), layout)
  }
})

t.test('a byline in a house style ("by handle on date", "Post written by Name.") is never the headline', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const byline of ['by randfish on May 23, 2011', 'Post written by Leo Babauta.', 'Written by on Tuesday, August 7th, 2012']) {
      for (const headline of ['Just Keep Going', 'Outdoor Proof-of-Concept Laser-Powered UAS Flights']) {
        const input = doc([headline, byline], sep)
        t.ok(clean(input).startsWith(headline), `${layout}: ${headline} kept over ${byline}`)
      }
    }
  }
})

t.test('a cue above the article (a paywall prompt, "Most Read") does not take its title-case headline and standfirst', async (t) => {
  const article = ['Client Star Brad Renfro Dies', 'In a Celebrity Obsessed Culture, Another Young Star is Gone Too Soon']
  for (const [layout, sep] of layouts) {
    for (const cue of ['Sign up to read this article', 'Most Read']) {
      t.equal(clean(doc([cue, ...article], sep)), doc(article, sep), `${layout}: ${cue}`)
    }
  }
})

t.test('a promotion\'s items under its list intro are not taken for the headline', async (t) => {
  const headline = 'Council approves plan for new riverside park'
  for (const [layout, sep] of layouts) {
    const input = doc(['Try Our AI Features', 'Explore what NewsHub can do for you:', "Summaries of the day's top stories", 'Personalised briefings', headline], sep)
    t.equal(clean(input), doc([headline], sep), layout)
  }
})

t.test('a listing above the article ends at the line right above its first paragraph: the title stays', async (t) => {
  const title = 'Designer Interview: Rapson-Inc.'
  for (const [layout, sep] of layouts) {
    const input = doc(['Try Our AI Features', 'Explore what NewsHub can do for you:', "Summaries of the day's top stories", 'Personalised briefings', title], sep)
    t.equal(clean(input), doc([title], sep), layout)
    // A bulleted entry is never the title, nor the headline.
    const bulleted = doc(['Most Read', '• Council tax to rise by five percent', '• Schools close as snow hits the county'], sep)
    t.equal(clean(bulleted), doc([], sep), `${layout}: bulleted`)
  }
})

t.test('a removed label ending in a colon over the headline ("Get email updates:") does not hide the headline', async (t) => {
  const headline = 'How Memory Works: 10 Things Most People Get Wrong'
  for (const [layout, sep] of layouts) {
    // The page repeats its headline in a box further down; with no headline found, the top copy went as a repeat.
    const input = [...doc(['Get email updates:', headline], sep).trimEnd().split(sep), headline].join(sep) + '\n'
    t.equal(clean(input), doc([headline], sep), layout)
  }
})

t.test('a name-shaped line whose words recur in the body is the headline; a name that does not recur still goes', async (t) => {
  const body = [
    'The head of the euro zone bailout fund takes over on Thursday, as finance ministers meet to decide how the fund will lend.',
    'The new boss of the bailout fund said the fund would be ready to lend within weeks, and that its rules would not change.',
  ]
  for (const [layout, sep] of layouts) {
    // Under a blog's tagline and over widget labels, the title-case headline
    // was read as a name below the tagline (taken for the headline), and went.
    const input = ['Insight and analysis from our team in Brussels', 'Bailout Fund Boss Takes Over', 'Article', 'Larger', ...body].join(sep) + '\n'
    const out = clean(input)
    t.ok(out.split('\n').includes('Bailout Fund Boss Takes Over'), `${layout}: headline kept`)
    t.ok(out.endsWith(body.join(sep) + '\n'), `${layout}: body kept`)
    const byline = ['Council approves plan for new riverside park', 'Ravi Okafor', ...body].join(sep) + '\n'
    t.equal(clean(byline), ['Council approves plan for new riverside park', ...body].join(sep) + '\n', `${layout}: name`)
  }
})

// outletWords is data: an outlet's name whose words its local story repeats
// ("The Kansas City Star" over a Kansas City story) stays a name above the
// headline because "Star" is an outlet word; without the word it would read
// as the headline echoed by the body.
t.test('the header rule reads its outlet words from the rules file', async (t) => {
  const text = [
    'Top',
    'The Kansas City Star',
    'By Jane Smith',
    'Council approves the riverfront stadium',
    'The Kansas City council voted on Tuesday to approve the new riverfront stadium, ending a debate that has run for two years.',
    "Supporters said the stadium would bring new life to the Kansas City riverfront, and the team's star player welcomed the vote.",
  ].join('\n') + '\n'
  const article = text.split('\n').slice(3).join('\n')
  t.equal(clean(text), article, 'the bundled outlet words name it')
  const noWords = ruleSetFrom([{ source: 'test', rules: { rules: [{ id: 'header-zone', outletWords: [] }] } }])
  t.equal(clean(text, { rules: noWords }), 'The Kansas City Star\n' + article, 'without them the echoed name stays')
})

// List-shaped articles whose first prose line comes after the list: the
// zone above that line held the list, and its items went as names and
// short labels (qualified teams, a results round-up, a product list).
t.test('a list under a sentence that introduces it, or a run of data lines under the headline, is the article', async (t) => {
  const cases: Array<[string, string[]]> = [
    ['teams', ['These teams have qualified for the World Cup', 'With the group stage over, 16 teams are through to the knockout round:', 'Argentina', 'Brazil', 'France', 'England', 'The draw for the next round takes place on Monday in Zurich, and the first games follow a week later.']],
    ['results', ['Weekend results: Premier League', 'Arsenal 2-1 Chelsea', 'Liverpool 3-0 Everton', 'Newcastle 0-2 Brighton', 'Leaders Arsenal stay two points clear after a late winner from Saka in a tense game at the Emirates.']],
    ['products', ['The best budget headphones of 2024', 'We tested 30 pairs. These five stood out:', 'Sony WH-CH720N – $99', 'Anker Soundcore Q30 – $79', 'Prices were correct at the time of writing, and we will update this list when new models arrive.']],
  ]
  for (const [layout, sep] of layouts) {
    for (const [name, lines] of cases) {
      const input = lines.join(sep) + '\n'
      t.equal(clean(input), input, `${layout}: ${name}`)
    }
  }
})

t.test('bylines and labels between the headline and a list introduction still go', async (t) => {
  for (const [layout, sep] of layouts) {
    const article = ['These teams have qualified for the World Cup', 'With the group stage over, 16 teams are through to the knockout round:', 'Argentina', 'Brazil', 'The draw for the next round takes place on Monday in Zurich, and the first games follow a week later.']
    const input = [article[0] ?? '', 'Ravi Okafor', 'Sport', ...article.slice(1)].join(sep) + '\n'
    t.equal(clean(input), article.join(sep) + '\n', layout)
  }
})

t.test('a second copy of the opening paragraph goes, unless the passage after it repeats too', async (t) => {
  const headline = 'Runner takes marathon gold in a surprise finish'
  const opening = 'The unheralded runner from Uganda surprised the favourites to win the Olympic marathon on Sunday morning.'
  const second = 'His reward is a gold medal, handed out at the closing ceremony in front of a full stadium of fans.'
  const third = 'He is relatively new to the distance, and his last three races told little of his potential over it.'
  // A share box under the story repeats the standfirst alone: a copy, not article text.
  const card = [headline, '', opening, '', second, '', third, '', 'Share this story', '', opening, ''].join('\n')
  t.equal(clean(card), [headline, '', opening, '', second, '', third, ''].join('\n'))
  // A live blog shows its entry twice: the paragraph after the copy repeats too, so nothing of the passage goes.
  const passage = [headline, '', opening, '', second, '', third, '', 'Analysis from the finish line', '', opening, '', second, ''].join('\n')
  t.equal(clean(passage), passage)
})
