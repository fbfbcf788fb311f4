// The third byline pattern was rewritten so that a long hyphenated token
// ("Aa-a-a-…-a") no longer makes it backtrack quadratically. The rewrite
// must accept exactly the lines the original accepted: compared here on
// every short string over the characters that matter, and on random longer ones.
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../helpers/pairs.js'

const ORIGINAL =
  "^\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){0,3}\\s*(?:,|\\||-|·|•)\\s*(?:[\\p{L}-]+\\s+){0,3}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor|[Ss]taff|[Pp]roducer|[Aa]nalyst|[Cc]ritic|[Pp]resenter|[Cc]hief|[Ee]ditor-at-large|[Nn]ews [Dd]esk|[Ss]pecial to)\\b[^.!?]{0,60}$"

const bundled = (JSON.parse(readFileSync(join(ROOT, 'rules.json'), 'utf8')) as { rules: Array<{ id: string; patterns?: string[] }> }).rules
const current = bundled.find((r) => r.id === 'byline')?.patterns?.[2] ?? ''
const before = new RegExp(ORIGINAL, 'u')
const after = new RegExp(current, 'u')

t.test('the bundled pattern is the rewrite, not the original', async (t) => {
  t.not(current, ORIGINAL)
  t.match(current, /\(\?<=\\S-\)/)
})

t.test('same answer on every short string over the characters that matter', async (t) => {
  const alphabet = ['A', 'a', '-', ' ', "'", ',', 'E']
  const tails = ['', 'Editor', ' Editor', ' Editor x', '-Editor', ' News Desk.', 'ditor']
  let strings = ['']
  const wrong: string[] = []
  let tried = 0
  for (let length = 1; length <= 6; length++) {
    strings = strings.flatMap((s) => alphabet.map((c) => s + c))
    for (const s of strings) {
      for (const tail of tails) {
        const line = s + tail
        tried++
        if (before.test(line) !== after.test(line)) wrong.push(line)
      }
    }
  }
  t.same(wrong.slice(0, 5), [], `${wrong.length} of ${tried} strings differ`)
})

t.test('same answer on random bylines, names and hyphen runs', async (t) => {
  const pieces = ['A', 'Aa', 'a', 'b', '-', '--', 'Editor', 'editor', 'News Desk', 'Special to', ',', '|', '·', '•', "'", '.', ' ', ' ', '  ', 'x', 'Editor-at-large', 'Chief', 'Jane', 'Smith-Jones', 'é', 'Ü', '!', '1', '\t']
  let seed = 3
  const wrong: string[] = []
  let matched = 0
  for (let i = 0; i < 200000; i++) {
    let line = ''
    const n = 1 + (i % 12)
    for (let k = 0; k < n; k++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      line += pieces[seed % pieces.length] ?? ''
    }
    const a = before.test(line)
    if (a) matched++
    if (a !== after.test(line)) wrong.push(line)
  }
  t.same(wrong.slice(0, 5), [], `${wrong.length} strings differ`)
  t.ok(matched > 1000, `the sample holds bylines (${matched})`)
})
