// Invariants over every seed and fixture: we delete lines and never rewrite
// them, cleaning is idempotent, clean text passes unchanged, and neither
// chunking, CRLF nor a BOM changes the result.
import t from 'tap'
import { clean, createCleanStream } from '../lib/index.js'
import { allPairs, throughStream } from './helpers/pairs.js'

/** Is `sub` a subsequence of `seq`? */
function isSubsequence(sub: readonly string[], seq: readonly string[]): boolean {
  let i = 0
  for (const line of seq) if (i < sub.length && sub[i] === line) i++
  return i === sub.length
}

const lines = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r?\n/)

for (const pair of allPairs()) {
  const input = pair.input.toString('utf8')
  const out = clean(input)
  t.test(pair.name, async (t) => {
    t.ok(isSubsequence(lines(out).slice(0, -1), lines(input)), 'output lines are a subsequence of input lines')
    t.equal(clean(out), out, 'idempotent')
    t.equal(clean(pair.expected), pair.expected, 'the clean version passes unchanged')
    t.ok(out === '' || /[^\r\n](\r?\n)$/.test(out), 'exactly one final newline')
    t.notMatch(out, /^\s*\r?\n/, 'no leading blank line')
    t.equal(await throughStream(createCleanStream(), pair.input, 2), out, '2-byte chunks give the same bytes')

    const lf = input.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')
    const crlfOut = clean(lf.replace(/\n/g, '\r\n'))
    t.equal(crlfOut, clean(lf).replace(/\n/g, '\r\n'), 'CRLF input gives the LF result with CRLF line ends')
    t.equal(clean('\uFEFF' + lf), clean(lf), 'a BOM changes nothing')
  })
}
