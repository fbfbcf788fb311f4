// A linked headline with only its date beside it is a link list's item
// (lib/html/dated-links.ts); a dated byline, a post title with a comment
// count and a sentence with a link are not.
import t from 'tap'
import { dateLine, datedLink, wireItem } from '../lib/html/dated-links.js'

/** A block's link figures from text with [bracketed] links. */
const block = (marked: string): { links: number; linkChars: number; chars: number; unlinked: string } => {
  const text = marked.replace(/[[\]]/g, '')
  const linked = [...marked.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')
  return { links: linked.length, linkChars: linked.join('').length, chars: text.length, unlinked: marked.replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim() }
}

t.test('dated headlines are link list items', async (t) => {
  for (const s of ['[Hughes focused on Rovers] (Sunday January 13 2008)', '[Ten tips for a cold spring] 3 days ago', '[What Is Breast Cancer?] (19)', '[Rovers sign striker] - 14/01/2008 10:32 GMT']) t.ok(datedLink(block(s)), s)
})

t.test('look-alikes are not', async (t) => {
  for (const s of ['-- [Affek] @ 2:36PM Wed 19 Jul 2006', '[Hot Fixes] 11 Comments', 'Read [our story] from Monday January 14 2008', 'By [Ann Lee] on Friday', 'Rovers won on Sunday January 13 2008']) t.notOk(datedLink(block(s)), s)
})

t.test('a card\'s date line is a date, alone or beside a linked category', async (t) => {
  for (const s of ['Dec 19, 2025', '[Airlines] Dec 19, 2025', '19/12/2025 10:32']) t.ok(dateLine(block(s)), s)
  for (const s of ['[Oral health for adults]', 'Good oral health in 2025', 'Read more', '12 comments']) t.notOk(dateLine(block(s)), s)
})

/** An element's lines from text with [bracketed] links, one line per " / ". */
const lines = (marked: string): ReturnType<typeof block>[] => marked.split(' / ').map(block)

t.test('a linked headline over a line of its source and date is a news wire list\'s item', async (t) => {
  for (const s of ['[French Q4 GDP growth seen at 0.4 pct] / Thomson Financial News | Wed, Jan 16 2008, 07:50 GMT', '[BMW aims for the top spot] / FXstreet.com | 16/01/2008', '[Dutch surplus expected] / Dow Jones 07:40']) t.ok(wireItem(lines(s)), s)
})

t.test('one line, a sentence, an undated credit or a linked second line is not', async (t) => {
  for (const s of ['[Use of Weapons] by Iain M. Banks (May 6th)', 'Jan. 27, 2005: [Experts discuss the election]', '[Dutch surplus expected] / The minister said on Wed, Jan 16 2008 that the surplus would be larger than expected', '[Dutch surplus expected] / Thomson Financial News', '[Dutch surplus expected] / [Dow Jones] | Wed, Jan 16 2008', 'By [Ann Lee], staff writer / Wed, Jan 16 2008']) t.notOk(wireItem(lines(s)), s)
})
