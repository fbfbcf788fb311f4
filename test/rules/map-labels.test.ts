// map-labels: the labels an embedded map or chart leaves, glued to its source or graphic credit.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { ARTICLE, doc } from './table.js'

const [headline, first, second, last] = ARTICLE

t.test('map labels: a run of labels glued to a source line goes', async (t) => {
  const maps = [
    ['Kyiv', 'Kharkiv', 'RUSSIA', 'UKRAINE', 'Black Sea', 'Source: ISW'],
    ['NORTH SEA', 'Aberdeen', 'Dundee', 'Edinburgh', 'Graphic: Ana Ruiz'],
    ['Source: Met Office', 'Leeds', 'York', 'Hull'],
    ['Hamburg', 'Bremen', 'NIEDERSACHSEN', 'Quelle: Deutscher Wetterdienst'],
    ['Lake Geneva', 'Lausanne', 'Montreux', 'FRANCE', 'Map data © OpenStreetMap contributors'],
  ]
  for (const map of maps) {
    t.equal(clean(doc([headline, first, second, map.join('\n'), last])), doc(ARTICLE), map.join(' / '))
    t.equal(clean([headline, first, second, ...map, last].join('\n') + '\n'), [...ARTICLE].join('\n') + '\n', `${map.join(' / ')} (single newlines)`)
  }
})

t.test('map labels: lists in the article stay', async (t) => {
  const kept = [
    // A list the article introduces, even with a source under it.
    [headline, first, 'The cities on the shortlist are:\nLeeds\nYork\nHull\nSheffield', second, last],
    // Fewer than three labels: not a map.
    [headline, first, 'Leeds\nYork', second, last],
    // Labels not glued to a credit line.
    [headline, first, second, 'Leeds\nYork\nHull', last],
    // Names over a photo credit are not a map's labels.
    [headline, first, 'The shortlisted designers\nJane Smith\nTom Reed\nAna Ruiz\nPhotograph: Council handout', second, last],
  ]
  for (const lines of kept) {
    const credit = lines[2]?.endsWith('Photograph: Council handout') === true
    // The photo credit goes (caption-credits) with the one line glued to it (caption-text); the other names stay.
    const want = credit ? lines.map((l) => l.replace('\nAna Ruiz\nPhotograph: Council handout', '')) : lines
    t.equal(clean(doc(lines)), doc(want))
  }
})

// A source line that names a person or an outlet is the story's attribution
// (the byline rule's), not a map's credit: the subheading glued above it is
// no caption and stays. A data source's line still takes a label run.
t.test("a story's source line takes no caption along; a data source's line is a map credit", async (t) => {
  const withSource = [headline, first, second, 'What the new budget means for the harbour\nSource: John Koetsier', last]
  t.equal(clean(doc(withSource)), doc([headline, first, second, 'What the new budget means for the harbour', last]), 'the subheading stays')
  const withMap = [headline, first, second, 'Leeds\nYork\nHull\nSource: Office for National Statistics, 2021 census', last]
  t.equal(clean(doc(withMap)), doc(ARTICLE), 'the map and its data source go')
})
