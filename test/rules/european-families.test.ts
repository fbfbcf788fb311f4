// The same families in German, French, Spanish, Italian, Portuguese and
// Dutch: page buttons, share and tag rows, newsletter and follow prompts,
// legal footers, reading times, dates and bylines, and the headings of
// related-news and comment boxes, which cut what follows them. Sentences
// in those languages that merely mention comments, sharing, a date or a
// newsletter stay.
import t from 'tap'
import { runLanguageTables, type LanguageTable } from './table.js'

const LANGUAGES: LanguageTable[] = [
  {
    name: 'German',
    article: [
      'Stadtrat beschließt neuen Park am Flussufer',
      'Der Stadtrat hat am Dienstagabend nach fast drei Jahren Streit den Bau eines neuen Parks am Flussufer beschlossen.',
      'Befürworter sagten, der Park werde Familien an einen Abschnitt des Flusses zurückbringen, der seit 1998 abgesperrt ist.',
      'Die Arbeiten sollen im kommenden Frühjahr beginnen, der erste Abschnitt könnte Ende 2027 öffnen, hieß es.',
    ],
    remove: ['Von Anna Schmidt', 'Stand: 09.06.2025, 11:15 Uhr', 'Lesezeit: 3 Min.', 'Artikel teilen', 'Teilen: Facebook Twitter WhatsApp', 'Lesen Sie auch: Neue Radwege für die Innenstadt', 'Newsletter abonnieren', 'Folgen Sie uns auf Facebook', 'Anmelden', 'Schlagwörter: Stadtrat, Park, Umwelt', '9. Juni 2025'],
    boxes: [
      ['Mehr zum Thema', 'Neue Radwege für die Innenstadt', 'Baustelle am Bahnhof dauert länger'],
      ['Kommentare', 'Max M.: Endlich!', 'Petra K.: Viel zu teuer.'],
      ['Impressum', 'Datenschutz', 'Alle Rechte vorbehalten'],
    ],
    keep: [
      'Die Kommentare des Bürgermeisters sorgten im Rat für Unruhe, mehrere Mitglieder verließen den Saal.',
      'Viele Anwohner teilen die Sorge, dass der Park zu wenige Parkplätze haben wird.',
      'Stand der Planung ist, dass der Park im Juni 2027 fertig wird, sagte die Sprecherin.',
      'Von Anfang an hatten die Grünen den Plan unterstützt, die CDU war dagegen.',
    ],
  },
  {
    name: 'French',
    article: [
      'Le conseil municipal approuve un nouveau parc au bord du fleuve',
      'Le conseil municipal a approuvé mardi soir la création d’un parc au bord du fleuve, après près de trois ans de débats.',
      'Ses partisans estiment que le parc ramènera les familles vers une partie des berges fermée depuis 1998.',
      'Les travaux doivent commencer au printemps prochain et une première partie pourrait ouvrir fin 2027.',
    ],
    remove: ['Par Marie Dupont', 'Publié le 9 juin 2025 à 10h30, mis à jour à 11h15', 'Lecture 3 min.', 'Partager cet article', 'Lire aussi : Les pistes cyclables du centre-ville', 'Abonnez-vous à notre newsletter', 'Suivez-nous sur Facebook', 'Se connecter', 'Mots-clés : conseil, parc, environnement'],
    boxes: [
      ['Sur le même sujet', 'De nouvelles pistes cyclables au centre-ville', 'Le chantier de la gare prend du retard'],
      ['Commentaires', 'Marc D. : Enfin !', 'Julie L. : Bien trop cher.'],
      ['Mentions légales', 'Politique de confidentialité', 'Tous droits réservés'],
    ],
    keep: [
      'Les commentaires du maire ont provoqué des remous, plusieurs élus ont quitté la salle.',
      'Lire aussi le rapport complet, publié lundi, permet de mesurer le coût du projet.',
      'Publié en 2021, le premier projet prévoyait un parc deux fois plus petit.',
    ],
  },
  {
    name: 'Spanish',
    article: [
      'El ayuntamiento aprueba un nuevo parque junto al río',
      'El pleno del ayuntamiento aprobó el martes por la noche la construcción de un parque junto al río, tras casi tres años de debate.',
      'Sus defensores dicen que el parque devolverá a las familias a un tramo de la ribera cerrado desde 1998.',
      'Las obras empezarán la próxima primavera y la primera fase podría abrir a finales de 2027.',
    ],
    remove: ['Por María García', 'Actualizado el 9 de junio de 2025', 'Compartir en Facebook', 'Lee también: Nuevos carriles bici en el centro', 'Suscríbete a nuestro boletín', 'Síguenos en Twitter', 'Iniciar sesión', 'Etiquetas: ayuntamiento, parque, medio ambiente'],
    boxes: [
      ['Noticias relacionadas', 'Nuevos carriles bici en el centro', 'Las obras de la estación se retrasan'],
      ['Comentarios', 'Pedro G.: ¡Por fin!', 'Ana R.: Demasiado caro.'],
      ['Aviso legal', 'Política de privacidad', 'Todos los derechos reservados'],
    ],
    keep: [
      'Los comentarios del alcalde provocaron malestar y varios concejales abandonaron el pleno.',
      'Compartir el espacio con los ciclistas será obligatorio en los caminos del parque.',
      'Publicado en 2021, el primer proyecto preveía un parque dos veces más pequeño.',
    ],
  },
  {
    name: 'Italian',
    article: [
      'Il consiglio comunale approva un nuovo parco sul fiume',
      'Il consiglio comunale ha approvato martedì sera la costruzione di un parco lungo il fiume, dopo quasi tre anni di discussioni.',
      'Secondo i sostenitori il parco riporterà le famiglie in un tratto della riva chiuso dal 1998.',
      'I lavori inizieranno la prossima primavera e il primo tratto potrebbe aprire alla fine del 2027.',
    ],
    remove: ['di Mario Rossi', 'Pubblicato il 9 giugno 2025', 'Tempo di lettura: 4 minuti', 'Condividi su Facebook', 'Leggi anche: Nuove piste ciclabili in centro', 'Iscriviti alla newsletter', 'Seguici su Facebook', 'Accedi'],
    boxes: [
      ['Articoli correlati', 'Nuove piste ciclabili in centro', 'Il cantiere della stazione è in ritardo'],
      ['Commenti', 'Luca B.: Finalmente!', 'Giulia F.: Troppo caro.'],
    ],
    keep: ['I commenti del sindaco hanno provocato malumori e diversi consiglieri hanno lasciato l’aula.'],
  },
  {
    name: 'Portuguese',
    article: [
      'Câmara aprova novo parque à beira do rio',
      'A câmara municipal aprovou na terça-feira à noite a construção de um parque à beira do rio, após quase três anos de debate.',
      'Os defensores dizem que o parque vai devolver as famílias a um troço da margem fechado desde 1998.',
      'As obras devem começar na próxima primavera e a primeira fase pode abrir no fim de 2027.',
    ],
    remove: ['Publicado em 09/06/2025 às 10h30', 'Compartilhar no Facebook', 'Leia também: Novas ciclovias no centro', 'Assine nossa newsletter', 'Siga-nos no Instagram'],
    boxes: [
      ['Notícias relacionadas', 'Novas ciclovias no centro', 'Obra da estação está atrasada'],
      ['Comentários', 'João S.: Finalmente!', 'Rita M.: Caro demais.'],
    ],
    keep: ['Os comentários do presidente da câmara causaram mal-estar entre os vereadores.'],
  },
  {
    name: 'Dutch',
    article: [
      'Gemeenteraad stemt in met nieuw park aan de rivier',
      'De gemeenteraad heeft dinsdagavond ingestemd met de aanleg van een park aan de rivier, na bijna drie jaar discussie.',
      'Voorstanders zeggen dat het park gezinnen terugbrengt naar een stuk oever dat sinds 1998 is afgesloten.',
      'De werkzaamheden beginnen volgend voorjaar en het eerste deel kan eind 2027 open.',
    ],
    remove: ['Door Jan de Vries', 'Bijgewerkt op 9 juni 2025 om 11:15', 'Leestijd 3 minuten', 'Deel dit artikel', 'Lees ook: Nieuwe fietspaden in het centrum', 'Volg ons op Facebook', 'Inloggen'],
    boxes: [
      ['Meest gelezen', 'Nieuwe fietspaden in het centrum', 'Bouw bij het station loopt vertraging op'],
      ['Reacties', 'Kees V.: Eindelijk!', 'Anouk B.: Veel te duur.'],
    ],
    keep: ['De reacties van de wethouder leidden tot onrust in de raad.'],
  },
]

runLanguageTables(t, LANGUAGES)
