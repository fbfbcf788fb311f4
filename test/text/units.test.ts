// isSeparatorUnit (lib/text/units.ts) says of a code unit what the word
// regex says of it, for every unit: loops that skip separators read a line
// as the regex would.
import t from 'tap'
import { isSeparatorUnit } from '../../lib/text/units.js'

t.test('a separator is no letter or digit, and stays one lower-cased', async (t) => {
  const WORD = /[\p{L}\p{N}]/u
  let wrong = 0
  for (let unit = 0; unit < 0x10000; unit++) {
    const ch = String.fromCharCode(unit)
    const surrogate = unit >= 0xd800 && unit <= 0xdfff
    const separator = !surrogate && !WORD.test(ch)
    const lower = ch.toLowerCase()
    if (isSeparatorUnit(unit) !== separator || (separator && (lower.length !== 1 || WORD.test(lower)))) wrong++
  }
  t.equal(wrong, 0, 'every code unit')
  t.ok(isSeparatorUnit(0x2019) && isSeparatorUnit(0x2014) && isSeparatorUnit(0xa0), 'curly quote, dash, no-break space')
  t.notOk(isSeparatorUnit(0xe9) || isSeparatorUnit(0xbd) || isSeparatorUnit(0xd83d), 'é, ½, half of a pair')
})
