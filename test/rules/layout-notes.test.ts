// layout-notes: what a page's layout leaves in the text ("Scroll down for video", "(Story continues below)").
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'layout notes',
  positions: ['middle'],
  remove: [
    'Scroll down for video',
    'SCROLL DOWN FOR VIDEO',
    'Scroll down for pictures',
    'Swipe to see more photos',
    'Story continues below',
    '(Story continues below)',
    '[Article continues below advertisement]',
    '— Story continues below —',
    'Continue reading below',
    'Scroll to continue with content',
    'The article continues after the ad',
    'Weiter nach der Anzeige',
    'Lesen Sie nach der Anzeige weiter',
    'Der Artikel wird nach der Anzeige fortgesetzt',
    'Anzeige',
    'La suite après la publicité',
    "La suite de l'article après cette publicité",
    'Publicité',
    'Sigue leyendo',
    'Continúa leyendo',
    'El artículo continúa después del anuncio',
    'Publicidad',
  ],
  keep: [
    'Scroll down the council’s website and you will find the full plan, which runs to 300 pages.',
    'The story continues to divide the council, which will vote on the budget again next month.',
    'Readers who continue reading below the summary will find the costs broken down by year.',
    'Eine Anzeige gegen den Bürgermeister wurde am Dienstag erstattet, sagte die Polizei.',
    'La suite du projet sera présentée au conseil municipal en juin, a indiqué la mairie.',
    'Sigue leyendo el informe completo en la web del ayuntamiento, dijo el alcalde.',
    'Publicity for the scheme has been limited, and many residents only heard of it last week.',
  ],
})
