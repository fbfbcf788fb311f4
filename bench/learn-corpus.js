// A generated held-out corpus for bench/learn.js: aggregators and outlets
// whose templates appear nowhere in the tests (test/helpers/outlets.ts has
// its own), each page paired with the clean article it should give.
//
// What makes it hard, on purpose: template lines in varied forms (times,
// dates, counts, weekdays, "N minutes ago", sections and publisher names
// that change from page to page), related listings whose headlines and
// teasers are other pages' own headlines and first paragraphs, stories
// syndicated to several sources, a developing story carried three times by
// one source, CRLF pages, articles with subheadings, bullet lists and
// numbers, and clean sources whose pages must come out unchanged.

// The seeded PRNG the tests' corpora use too (built code: `npm run build` first).
import { mulberry32 } from '../dist/lib/random.js'

/** Seeded PRNG (mulberry32). */
export const prng = mulberry32

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)]
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1))
const maybe = (rng, p, ...lines) => (rng() < p ? lines : [])

const ACTORS = ['The transport minister', 'A panel of economists', 'Nurses at the county hospital', 'The chief executive of the utility', 'Opposition leaders', 'Scientists at the observatory', 'The festival organisers', 'Dock workers in the south', 'The university senate', 'Shop owners on the high street', 'The wildlife trust', 'Members of the tenants union', 'The national rail regulator', 'A group of independent bakers']
const ACTIONS = ['announced plans to', 'voted narrowly to', 'are preparing to', 'asked the government to', 'agreed in principle to', 'were forced to', 'hope next year to', 'refused once again to', 'quietly moved to', 'promised voters to']
const OBJECTS = ['extend the tram line to the airport', 'freeze tuition fees for another year', 'double the number of night shifts', 'publish the full inspection reports', 'rebuild the collapsed pier', 'raise the minimum wage for apprentices', 'protect the heathland from new housing', 'cut waiting times at the walk-in centre', 'replace the ageing diesel buses', 'reopen the public baths on the seafront', 'restore the telescope dome', 'bring back the weekly farmers market', 'share flood data with neighbouring towns', 'lower parking charges in the old quarter', 'ban late night deliveries in residential streets', 'fund a new research vessel']
const REASONS = ['citing a sharp rise in costs', 'after a consultation that drew thousands of replies', 'following pressure from campaigners', 'in response to a damning audit', 'despite warnings from the treasury', 'as the deadline for bids approaches', 'amid a row over who should pay', 'to the surprise of many observers', 'after a tense late-night session', 'with support from across the chamber']
const SPEAKERS = ['Dr Amara Quinn', 'Felix Harrow', 'Yusuf Demir', 'Clara Vance', 'Mateo Silva', 'Ingrid Solberg', 'Ravi Menon', 'Beatrice Ode', 'Lukas Weber', 'Noor Rahman', 'Gwen Talbot', 'Diego Marin']
const ROLES = ['a senior analyst', 'the committee chair', 'a local councillor', 'the union spokeswoman', 'a retired engineer', 'the head of the trust', 'a professor of public policy', 'the shop owners association secretary']
const TOWNS = ['Brackenfield', 'Eastwick Harbour', 'Lowmoor', 'St Ives Cross', 'Farrowdale', 'Norcastle', 'Whitby Fen', 'Glenharrow', 'Pellam', 'Southmere', 'Castlereagh Down', 'Yarrow Point']
const NOUNS = ['Tram line', 'Tuition', 'Night shifts', 'Pier', 'Apprentice pay', 'Heathland', 'Walk-in centre', 'Bus fleet', 'Public baths', 'Telescope', 'Farmers market', 'Flood data', 'Parking', 'Research vessel']
const VERBS = ['plan approved', 'row deepens', 'vote delayed', 'deal struck', 'review ordered', 'costs questioned', 'decision reversed', 'bid rejected', 'scheme expanded', 'funding secured']
const SUBHEADS = ['What happens next', 'A long road', 'Costs and benefits', 'The view from the street', 'Mixed reactions', 'How we got here', 'Questions remain', 'Looking ahead']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

function sentence(rng) {
  const kind = rng()
  if (kind < 0.15) return `"We have waited long enough," said ${pick(rng, SPEAKERS)}, ${pick(rng, ROLES)} in ${pick(rng, TOWNS)}.`
  if (kind < 0.3) return `On ${pick(rng, MONTHS)} ${int(rng, 1, 28)}, ${pick(rng, ACTORS).toLowerCase()} ${pick(rng, ACTIONS)} ${pick(rng, OBJECTS)}, a move expected to cost about ${int(rng, 2, 900)} million.`
  return `${pick(rng, ACTORS)} in ${pick(rng, TOWNS)} ${pick(rng, ACTIONS)} ${pick(rng, OBJECTS)}, ${pick(rng, REASONS)}, according to ${pick(rng, SPEAKERS)}.`
}

/** An article: headline and body lines (paragraphs, sometimes a subheading or a short bullet list). */
function article(rng, seen) {
  let headline
  do headline = `${pick(rng, TOWNS)} ${pick(rng, NOUNS).toLowerCase()} ${pick(rng, VERBS)}${pick(rng, ['', ` after ${int(rng, 2, 30)} years`, ' as pressure grows', `: ${pick(rng, SPEAKERS)} speaks out`])}`
  while (seen.has(headline))
  seen.add(headline)
  const body = []
  const paragraphs = int(rng, 3, 9)
  for (let p = 0; p < paragraphs; p++) {
    if (p === 2 && rng() < 0.3) body.push(pick(rng, SUBHEADS))
    if (p === paragraphs - 1 && rng() < 0.2) {
      body.push(['The plan includes:', ...Array.from({ length: int(rng, 2, 4) }, () => `- ${pick(rng, OBJECTS).replace(/^./, (c) => c.toUpperCase())} in ${pick(rng, TOWNS)} by ${int(rng, 2026, 2031)}`)].join('\n'))
    }
    body.push(Array.from({ length: int(rng, 1, 3) }, () => sentence(rng)).join(' '))
  }
  return { headline, body }
}

const clean = (a, eol = '\n') => `${a.headline}${eol}${eol}${a.body.join('\n\n').replace(/\n/g, eol)}${eol}`

const vary = {
  time: (rng) => pick(rng, [`${int(rng, 1, 12)}:${String(int(rng, 0, 59)).padStart(2, '0')}${pick(rng, ['am', 'pm', ' AM', ' PM'])}`, `${String(int(rng, 0, 23)).padStart(2, '0')}:${String(int(rng, 0, 59)).padStart(2, '0')}`]),
  date: (rng) => pick(rng, [`${pick(rng, MONTHS)} ${int(rng, 1, 28)}, 2025`, `${int(rng, 1, 28)} ${pick(rng, MONTHS)} 2025`, `${pick(rng, MONTHS).slice(0, 3)}. ${int(rng, 1, 28)}, 2025`, `2025-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`]),
  ago: (rng) => pick(rng, [`${int(rng, 2, 59)} minutes ago`, `${int(rng, 2, 23)} hours ago`, 'an hour ago', `${int(rng, 2, 9)}h ago`, 'yesterday']),
}

const PUBLISHERS = ['Harbour Times', 'The Midland Record', 'Coastline News', 'Granite City Press', 'The Evening Lantern']
const SECTIONS = ['Politics', 'Business', 'Science', 'Local']

/** Lines in blocks, blocks separated by a blank line. */
const page = (blocks, eol = '\n') => blocks.filter((b) => b.length > 0).map((b) => b.join(eol)).join(eol + eol) + eol
const bodyBlocks = (a) => a.body.map((p) => p.split('\n'))
function inline(a, at, lines) {
  const out = bodyBlocks(a)
  if (lines.length > 0 && out.length > 2) out.splice(Math.min(at, out.length - 1), 0, lines)
  return out
}

/**
 * The sources. Each `page(rng, article, related)` returns the raw page;
 * `related` are other articles of the source (listing entries).
 */
export const SOURCES = [
  {
    source: 'newsloop.example',
    page: (rng, a, rel) => {
      const pub = pick(rng, PUBLISHERS)
      return page([
        ['NewsLoop', 'Your news, all in one feed', pub, `${int(rng, 2, 14)} min read`],
        [a.headline],
        ...inline(a, 3, maybe(rng, 0.6, 'Tap the heart to save this story for later')),
        ['Keep exploring'],
        ...rel.map((r) => [pick(rng, PUBLISHERS), vary.ago(rng), r.headline, r.body.find((l) => !l.includes('\n') && l.length > 60) ?? '']),
      ])
    },
  },
  {
    source: 'flipstream.example',
    page: (rng, a, rel) =>
      page([
        ['Flipstream', `Trending in ${pick(rng, SECTIONS)}`],
        [a.headline, `${pick(rng, PUBLISHERS)} · ${vary.ago(rng)}`],
        ...bodyBlocks(a),
        ['Curated for you', ...rel.map((r) => r.headline)],
        [`Flipstream picks are chosen by editors in ${pick(rng, ['London', 'Dublin', 'Toronto'])} and by an algorithm`],
      ]),
  },
  {
    source: 'paperboy.example',
    page: (rng, a, rel) =>
      page(
        [
          ['PAPERBOY DIGEST', `Edition #${int(rng, 100, 999)} · ${vary.date(rng)}`],
          [a.headline],
          ...bodyBlocks(a),
          ['You are reading a free preview from Paperboy Digest, delivered to thousands of readers.'],
          ['Other headlines this hour', ...rel.flatMap((r) => [r.headline, vary.ago(rng)])],
        ],
        '\r\n',
      ),
    eol: '\r\n',
  },
  {
    source: 'harborherald.example',
    page: (rng, a, rel) =>
      page([
        ['Harbor Herald', 'Local news since 1902', `${pick(rng, WEEKDAYS)}, ${vary.date(rng)}`],
        [a.headline],
        ...inline(a, 2, maybe(rng, 0.7, 'Support local journalism: become a Herald member today')),
        [`Filed under ${pick(rng, SECTIONS)}`],
        ['Around the Harbor'],
        ...rel.map((r) => [r.headline, r.body.find((l) => !l.includes('\n') && l.length > 60) ?? '']),
        ['Herald Newsroom, 14 Quay Street, Eastwick Harbour'],
      ]),
  },
  {
    source: 'pinecrest.example',
    page: (rng, a) =>
      page([
        [`Pinecrest Daily | ${pick(rng, SECTIONS)}`, `Reading time: ${int(rng, 2, 12)} minutes`],
        [a.headline],
        ...bodyBlocks(a),
        ['Have a tip? Write to the Pinecrest newsroom'],
        ['Pinecrest Daily is published by Ridge Media Group'],
      ]),
  },
  {
    source: 'citybeat.example',
    page: (rng, a, rel) =>
      page([
        ['CITYBEAT', `Last updated ${vary.time(rng)} ${vary.date(rng)}`],
        [a.headline],
        ...inline(a, 3, maybe(rng, 0.55, 'Story continues after this message')),
        ['Popular on CityBeat', ...rel.map((r, i) => `${i + 1}. ${r.headline}`)],
      ]),
  },
  {
    source: 'northstar.example',
    page: (rng, a, rel) =>
      page([
        ['Northstar Observer', `${int(rng, 3, 4000)} shares`],
        [a.headline],
        ...bodyBlocks(a),
        ['Next up from the Observer', ...rel.map((r) => r.headline)],
        ['Northstar Observer, independent since 1971'],
        ...maybe(rng, 0.6, ['Comments on this story are moderated by the Northstar team.']),
      ]),
  },
  {
    source: 'lakeside.example',
    page: (rng, a) =>
      page([
        ['Lakeside Voice', `${vary.ago(rng)} · ${pick(rng, SPEAKERS)}`],
        [a.headline],
        ...bodyBlocks(a),
        ['Lakeside Voice is a reader-funded community paper'],
      ]),
  },
  {
    source: 'ferrygazette.example',
    page: (rng, a, rel) =>
      page([
        ['The Ferry Gazette', `Vol. ${int(rng, 40, 60)}, No. ${int(rng, 1, 52)}`],
        [a.headline],
        ...inline(a, 2, maybe(rng, 0.5, `Listen to this article (${int(rng, 2, 9)} min)`)),
        ['From the Gazette archive'],
        ...rel.map((r) => [r.headline, `Published ${vary.date(rng)}`]),
      ]),
  },
]

/** Sources with no template at all: their pages are clean. */
export const CLEAN_SOURCES = ['wirefeed.example', 'opinionhub.example']

/**
 * The corpus: every source's pages, three stories syndicated to four
 * sources, and a developing story carried three times (each update adding
 * a paragraph) by one source.
 */
export function generate({ seed = 7, perSource = 16, cleanPerSource = 10 } = {}) {
  const rng = prng(seed)
  const seen = new Set()
  const docs = []
  const syndicated = Array.from({ length: 3 }, () => article(rng, seen))
  const developing = article(rng, seen)
  for (const s of SOURCES) {
    const own = Array.from({ length: perSource }, () => article(rng, seen))
    const popular = own.slice(0, 5)
    const carried = s.source === 'lakeside.example'
      ? [1, 2, 3].map((n) => ({ ...developing, body: [...developing.body.slice(0, developing.body.length - 3 + n), `Update ${n}: ${sentence(rng)}`] }))
      : syndicated.filter((_, i) => (SOURCES.indexOf(s) + i) % 3 === 0)
    ;[...own, ...carried].forEach((a, i) => {
      const pool = popular.filter((p) => p !== a)
      const related = pool.filter(() => rng() < 0.6).slice(0, 4)
      while (related.length < 2) related.push(pool[related.length])
      docs.push({ id: `${s.source}/${i}`, source: s.source, text: s.page(rng, a, related), expected: clean(a, s.eol) })
    })
  }
  for (const source of CLEAN_SOURCES) {
    const own = Array.from({ length: cleanPerSource }, () => article(rng, seen))
    ;[...own, ...(source === 'wirefeed.example' ? syndicated : [])].forEach((a, i) => {
      const text = clean(a)
      docs.push({ id: `${source}/${i}`, source, text, expected: text })
    })
  }
  return docs
}
