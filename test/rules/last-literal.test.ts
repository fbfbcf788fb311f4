// The last-character screen may only skip lines a pattern could never match.
import t from 'tap'
import { lastLiteral } from '../../lib/rules/matcher.js'

t.test('lastLiteral finds a forced last character, and only then', async (t) => {
  const forced: Array<[string, string]> = [
    ['^[^()]{10,}\\s\\((?:[A-Z]\\w*)\\)$', ')'],
    ['^done\\.$', '.'],
    ['(?:a|b)\\?$', '?'],
    ['[|]x\\)$', ')'],
  ]
  for (const [source, c] of forced) t.equal(lastLiteral(source), c.charCodeAt(0), source)
  for (const source of ['a\\)|b$', 'x\\)?$', 'x\\\\)$', 'x\\\\+$', 'x\\)', 'x\\d$', 'x\\s$', 'x)$', '(a|b\\))$x']) {
    t.equal(lastLiteral(source), undefined, source)
  }
  // Whatever it says is true of every line the pattern matches.
  for (const [source] of forced) {
    const re = new RegExp(source, 'u')
    for (const line of ['Sir Keir in Tirana (House of Commons)', 'done.', 'a?', '|x)', 'nothing here']) {
      if (re.test(line)) t.equal(line.charCodeAt(line.length - 1), lastLiteral(source), `${source} on ${line}`)
    }
  }
})
