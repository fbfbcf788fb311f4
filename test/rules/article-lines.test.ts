// Article lines that share a shape with cruft, found on the gold article
// bodies of real news pages (L3S-GN1, Dragnet dev split): datelines on their
// own line, headlines over a byline or date that no rule knew, a headline
// that opens with "Today," and headlines tagged "[Pics]". Each must come
// through a clean pass untouched, beside the cruft of the same shape, which
// must still go.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { BODY, LAYOUTS, aboveBody } from './table.js'

const layouts = LAYOUTS
const doc = aboveBody
const HEADLINE = 'Council approves plan for new riverside park'

t.test('a dateline on its own line above the first paragraph is article text', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const dateline of ['NEW YORK --', 'NEW YORK —', 'STORRS, Conn.', 'WASHINGTON (AFP)', 'SEATTLE Jan 14, 2008 (AP)', '(AP)', '(Reuters) -', 'ST. LOUIS, Mo. (AP) --', 'RIO DE JANEIRO —']) {
      const input = doc([HEADLINE, dateline], sep)
      t.equal(clean(input), input, `${layout}: ${dateline}`)
    }
  }
})

t.test('capitalised labels and credits of the same shape still go', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const label of ['BREAKING --', 'Marcos Baghdatis (AAP)', 'ADVERTISEMENT']) {
      t.equal(clean(doc([HEADLINE, label], sep)), doc([HEADLINE], sep), `${layout}: ${label}`)
    }
  }
})

t.test('a headline over a byline or a date line is the headline', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const [headline, under] of [
      ['My Greatest Role Models', 'by Meghann on November 13, 2012'],
      ['The Making of Warcraft Multiplayer', 'by Patrick Wyatt [Design, Social/Online]'],
      ['When Running And CrossFit Collide', 'Posted by Meghann Anderson | Fitness'],
      ['No Trade Idea For The Summer', 'July 18, 2012 By James'],
    ] as const) {
      const out = clean(doc([headline, under], sep))
      t.ok(out.startsWith(headline + sep), `${layout}: ${headline} kept over "${under}"`)
      t.ok(out.includes(BODY[0] ?? ''), `${layout}: body kept`)
    }
  }
})

t.test('"by Name on Date" is a byline', async (t) => {
  for (const [layout, sep] of layouts) {
    t.equal(clean(doc([HEADLINE, 'by Meghann on November 13, 2012'], sep)), doc([HEADLINE], sep), layout)
    // "on" joins a date only: a sentence that opens "By Tuesday on ..." is not a byline.
    const prose = doc([HEADLINE, 'By Tuesday on the east coast the storm had passed'], sep)
    t.equal(clean(prose), prose, `${layout}: prose opening with "By"`)
  }
})

t.test('a headline that opens with "Today," is no timestamp; a time line still is', async (t) => {
  for (const [layout, sep] of layouts) {
    const input = doc(['Today, I Only Care That You Vote.'], sep)
    t.equal(clean(input), input, `${layout}: headline`)
    for (const stamp of ['Today, 14:30', 'Yesterday · 3 min read', '2 hours ago | Politics']) {
      t.equal(clean(doc([HEADLINE, stamp], sep)), doc([HEADLINE], sep), `${layout}: ${stamp}`)
    }
  }
})

t.test('a headline tagged [Pics] or [Video] is no caption credit; a credit in brackets still is', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const headline of ['LOL: Ads for Outdated Products [Pics]', '3 New Hobbit Movie Posters [Video]']) {
      const input = doc([headline], sep)
      t.equal(clean(input), input, `${layout}: ${headline}`)
    }
    const caption = 'Crowds gather outside the stadium before the final on Sunday [Getty]'
    const [first, second] = BODY
    const withCaption = [HEADLINE, first, caption, second].join(sep) + '\n'
    t.equal(clean(withCaption), [HEADLINE, first, second].join(sep) + '\n', `${layout}: caption credit`)
  }
})

t.test('a wire sign-off at the end stays, even under an ad marker and over a related box', async (t) => {
  for (const [layout, sep] of layouts) {
    for (const signoff of ['(Reporting by Adrian Croft, Editing by Luke Baker)', '(Additional reporting by Ana Ruiz; Writing by Tom Lee; Editing by Sara Ng)']) {
      const article = [HEADLINE, ...BODY, signoff]
      const related = ['You might also like', 'Museum returns stolen painting after forty years', 'A painting stolen from a village church in 1984 has been returned by a museum in the capital, curators said on Friday.']
      const input = [HEADLINE, ...BODY, 'Story continues below advertisement', signoff, ...related].join(sep) + '\n'
      t.equal(clean(input), article.join(sep) + '\n', `${layout}: ${signoff}`)
    }
  }
})
