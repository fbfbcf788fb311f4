// author-stacks: stacks of author names glued to a byline line, and "More by <author>" listings.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { ARTICLE, doc } from './table.js'

const [headline, first, second, last] = ARTICLE

t.test('author stacks: names glued to a byline line go', async (t) => {
  const stacks = [
    ['Jane Smith', 'Tom Reed', 'Political Editor'],
    ['Jane Smith', 'Political Correspondent'],
    ['Ana Ruiz', 'Tom Reed', 'Jane Smith, Chief Reporter'],
    ['By Jane Smith', 'Tom Reed', 'Ana Ruiz'],
  ]
  for (const stack of stacks) {
    t.equal(clean(doc([...ARTICLE, stack.join('\n')])), doc(ARTICLE), stack.join(' / '))
  }
})

t.test('author stacks: "More by" listings go', async (t) => {
  const heads = ['More by Jane Smith', 'MORE FROM TOM REED', 'Other articles by Ana Ruiz', 'Latest stories by Jane Smith', 'Mehr von Jane Smith', 'Más artículos de Ana Ruiz']
  for (const head of heads) {
    const listing = [head, 'Why the park plan is a mistake', 'The docks deserve better than this', 'A bridge too far for the council'].join('\n')
    t.equal(clean(doc([...ARTICLE, listing])), doc(ARTICLE), head)
  }
})

t.test('author stacks: names that are the article stay', async (t) => {
  const kept = [
    // Names not glued to a byline line: a list in the article.
    [headline, first, 'The new trustees are:\nJane Smith\nTom Reed\nAna Ruiz', second, last],
    // A name line above prose, not above a byline line.
    [headline, first, 'Jane Smith\nTom Reed\nThe two councillors who voted against the plan said they would appeal.', second, last],
    // Prose mentioning an author's other work.
    [headline, first, second, 'More by Jane Smith on the history of the docks can be found in the city library, which holds her three books.', last],
  ]
  for (const lines of kept) t.equal(clean(doc(lines)), doc(lines))
})
