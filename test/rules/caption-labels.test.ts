// caption-labels: captions with no credit, led by a caption label ("Pictured: ...", "Left to right: ...").
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'caption labels',
  positions: ['middle', 'tail'],
  remove: [
    'Pictured: The damaged footbridge on Monday morning',
    'PICTURED: Firefighters at the old warehouse',
    'Above: Residents queue outside the town hall on Tuesday.',
    'Left to right: Jane Smith, Tom Reed and Ana Ruiz',
    'L-R: Tom Reed and Ana Ruiz',
    'From left: the mayor, her deputy and the city engineer',
    'Clockwise from top left: the docks, the jetty and the old crane',
    'Pictured left: the mayor with councillors after the vote',
    'Top: The river bank last winter. Bottom: the same stretch in May',
    'Inset: The mayor',
    'Main image: Crowds on the quay at dusk',
    'File photo: The town hall in 2019',
    'Archive picture: The docks in 1998',
    'Foto: Die Brücke am Montagmorgen',
    'Im Bild: Anwohner vor dem Rathaus',
    'Ci-dessus : le pont lundi matin',
    'De gauche à droite : la maire et son adjoint',
    'En la imagen: vecinos frente al ayuntamiento',
    'De izquierda a derecha: la alcaldesa y el ingeniero',
  ],
  keep: [
    'Above: all, we want the park to be open to everyone, the mayor said.',
    'Above all, the council wants the park to be open to everyone by the end of 2027.',
    'Above: "We want this park for everyone," the mayor told the meeting.',
    'Pictured: is not a word she uses, but the mayor admits the plans look good on paper.',
    'Left: it was a long night for the council, and the vote came just after midnight.',
    'Right: the council has finally listened to us, one resident wrote on the group’s page.',
    'Pictured in the report is a footbridge that would link the park to the station.',
    'Top of the list of complaints was the cost of the footbridge, residents said.',
    'From left-wing councillors came the loudest objections to the plan.',
    'Main: slow-roast lamb shoulder with white beans and salsa verde',
  ],
})

// caption-label-photo: a tabloid's open label ("Heartbroken:", "Happier
// times:") is any word, so the clause must speak of the photo.
runTable(t, {
  family: 'open caption labels over a photo clause',
  positions: ['middle', 'tail'],
  remove: [
    'Heartbroken: Jane Smith, 34, pictured with her son at their home in Leeds',
    'Happier times: The couple (left) on their wedding day in 2019',
    'Rescue: Firefighters are seen carrying a woman from her flooded home',
    'Devastation: The remains of the house, pictured on Monday, after the fire.',
    'Tragic: Tom Brown (pictured) died at the scene on Sunday',
  ],
  keep: [
    'Update: The mayor, pictured at the meeting, has resigned. Her deputy takes over today.',
    'Smith: We were pictured together at the weekend but we did not stay late',
    'Summary: The park, pictured in the plans as a green strip, will open in 2027. The docks close.',
    'Warning: Visitors are seen as a risk to the nesting birds, and "we will close the path", the ranger said',
  ],
})
