// Bytes in: BOM, NUL, invalid UTF-8 and size limits, through the function and the stream.
import t from 'tap'
import { clean, cleanWithReport, createCleanStream, decodeDocument, InputError } from '../lib/index.js'
import { throughStream } from './helpers/pairs.js'

const TEXT = 'Snow closes schools across the north\n\nMore than 200 schools were closed on Monday after heavy snow fell overnight, officials said.\n'

t.test('decodeDocument', async (t) => {
  t.equal(decodeDocument(Buffer.from('\uFEFF' + TEXT)), TEXT, 'BOM dropped')
  t.throws(() => decodeDocument(Buffer.from('ab\0cd'), { source: 'x.txt' }), { name: 'InputError', message: 'x.txt: binary input: NUL byte at offset 2' })
  t.throws(() => decodeDocument(Buffer.from([0x61, 0x62, 0xc3, 0x28]), { source: 'y.txt' }), { message: 'y.txt: invalid UTF-8 at byte 2' })
  t.throws(() => decodeDocument(Buffer.from([0xe2, 0x82]), { source: 'z.txt' }), { message: /invalid UTF-8 at byte 0/ }, 'truncated sequence')
  t.throws(() => decodeDocument(Buffer.alloc(11, 0x61), { maxBytes: 10 }), { message: /11 bytes, over the limit of 10/ })
  t.equal(decodeDocument(Buffer.from('é€😀')), 'é€😀')
})

t.test('clean() takes bytes too, with the same checks', async (t) => {
  t.equal(clean(Buffer.from(TEXT)), TEXT)
  t.throws(() => clean(Buffer.from('a\0')), InputError)
  t.equal(cleanWithReport(Buffer.from(TEXT)).removals.length, 0)
})

t.test('the stream refuses bad bytes through its error event', async (t) => {
  await t.rejects(throughStream(createCleanStream({ name: 'doc.txt' }), Buffer.from('a\0b'), 1), { message: 'doc.txt: binary input: NUL byte at offset 1' })
  await t.rejects(throughStream(createCleanStream(), Buffer.from([0x61, 0xff]), 1), { message: /invalid UTF-8/ })
  await t.rejects(throughStream(createCleanStream({ maxBytes: 5 }), Buffer.from(TEXT), 2), { message: /over the limit of 5 bytes/ })
})

t.test('multi-byte characters split across chunks survive', async (t) => {
  const text = 'Café owners in Zürich say “prices” rose 20% — again 😀\n\nThe café’s owner, Zoë, said the rise in prices had hit trade hard this winter.\n'
  const whole = clean(text)
  for (const size of [1, 2, 3, 5]) t.equal(await throughStream(createCleanStream(), Buffer.from(text), size), whole, `${size}-byte chunks`)
  t.equal(await throughStream(createCleanStream(), Buffer.from(''), 1), '', 'empty in, nothing out')
})
