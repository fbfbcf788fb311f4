// footer-zone: the short lines trailing below a recognised tail widget go;
// a line that also stands inside articles (a photo credit, a date) opens no
// zone, so a table written one cell per line under it stays.
import t from 'tap'
import { clean } from '../../lib/index.js'

const ARTICLE = [
  'Harbour bridge reopens after months of repairs',
  '',
  'The harbour bridge reopened to traffic on Thursday after eight months of repairs that cost the city far more than planned.',
  '',
  "Officials said the work had finished two weeks ahead of schedule, and that the tolls would stay at last year's level.",
  '',
]
const TABLE = ['School', 'City', 'Harvard Business School', 'Boston', 'Stanford GSB', 'Palo Alto']

t.test('short lines under a tail widget go', async (t) => {
  const input = [...ARTICLE, 'Share this article', 'Load more', 'Sort by', 'Newest first', ''].join('\n')
  t.equal(clean(input), ARTICLE.join('\n'))
})

t.test('a table under a photo credit or a date stays', async (t) => {
  for (const opener of ['John Smith/Getty Images', 'Updated 10:42 BST, 4 June 2025']) {
    const out = clean([...ARTICLE, opener, ...TABLE, ''].join('\n')).split('\n')
    t.notOk(out.includes(opener), `${opener} goes`)
    for (const cell of TABLE) t.ok(out.includes(cell), `${opener}: keeps ${cell}`)
  }
})
