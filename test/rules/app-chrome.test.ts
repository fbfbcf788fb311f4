// app-chrome: aggregator/app prompts and slogans, section labels, share/save/listen buttons and breadcrumbs above the article.
import t from 'tap'
import { runTable } from './table.js'

runTable(t, {
  family: 'app-chrome',
  positions: ['head'],
  remove: [
    'Get all your news in one place',
    'DOWNLOAD THE APP.',
    '100+ trusted sources',
    'Open in app',
    'Politics',
    'World News',
    'Share',
    'Listen to this article',
    'Save',
    'Home > News > UK',
  ],
  keep: [
    'The app has been downloaded more than a million times since it launched in March.',
    'Politics in the city has been dominated by the park plan for most of the past year.',
    'Residents were invited to share their views on the design at a series of open meetings.',
    'Campaigners said the plan would save the old dockside warehouses from being demolished.',
    'More than 100 trusted local groups were asked to listen to the proposals before the vote.',
  ],
})
