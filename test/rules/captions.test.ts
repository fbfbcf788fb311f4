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
  ],
  keep: [
    'The photograph, taken by a neighbour, shows smoke rising above the warehouse.',
    'Images of the plan were shown to residents at the meeting on Tuesday, officials said.',
    'The council took credit for the plan, though residents first proposed it in 2022.',
    'Pictured in the report is a footbridge that would link the park to the station.',
    'A photographer from Getty Images was among those at the meeting on Tuesday night.',
  ],
})
