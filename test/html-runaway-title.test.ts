// A <title> never closed (lib/html/runaway-title.ts) is closed at its first
// line break or tag; a closed title, or a page without one, is left alone.
import t from 'tap'
import { closeRunawayTitle } from '../lib/html/runaway-title.js'

t.test('a runaway title is closed at its line break or its first tag', async (t) => {
  t.equal(closeRunawayTitle('<head><title>Storm\n</head><body><p>Rain.</p></body>'), '<head><title>Storm</title>\n</head><body><p>Rain.</p></body>')
  t.equal(closeRunawayTitle('<TITLE lang="en">Storm<body><p>Rain.</p>'), '<TITLE lang="en">Storm</title><body><p>Rain.</p>')
})

t.test('pages with a closed title, or none, are unchanged', async (t) => {
  for (const html of ['<title>Storm</title><p>Rain.</p>', '<title>Storm\nat sea</TITLE ><p>Rain.</p>', '<p>No title at all.</p>', '<title>Storm</title><p>a <title> in the body</p>']) {
    t.equal(closeRunawayTitle(html), html)
  }
})
