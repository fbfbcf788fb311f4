// The prefilter may only ever say "cannot match" when the regex indeed cannot
// match: checked for every bundled pattern on the seeds' lines and on lines
// built from each pattern's own vocabulary, and for hand-written regexes
// that exercise each construct the analysis reads.
import t from 'tap'
import { countWords } from '../../lib/text/fold.js'
import { prefilterFacts, screenOf, type Screen } from '../../lib/match/prefilter.js'
import { bundledRules, patternProbeLines, random } from '../helpers/lines.js'

const rules = bundledRules
const next = random(11)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T

/** The matches a screen turns away among 40,000 random strings of up to `maxLength` - 1 characters of `alphabet`. */
function turnedAway(regexes: readonly RegExp[], alphabet: readonly string[], maxLength: number): string[] {
  const wrong: string[] = []
  for (let i = 0; i < 40000; i++) {
    let s = ''
    const n = Math.floor(next() * maxLength)
    for (let k = 0; k < n; k++) s += pick(alphabet)
    for (const re of regexes) {
      if (re.test(s) && !prefilter(re)(s)) wrong.push(`${re.source} on ${s}`)
    }
  }
  return wrong
}
const samples = patternProbeLines(30000)

/**
 * The whole screen as a function of the text: its first and last characters and its substrings (the scanner
 * asks these of the needle table). A case-insensitive regex's strings are those of the text lower-cased.
 */
function passesScreen(screen: Screen, text: string, caseless = false): boolean {
  const key = caseless ? text.toLowerCase() : text
  if (screen.first !== null && !screen.first.includes(key.charCodeAt(0))) return false
  if (screen.last !== null && !screen.last.includes(text.trimEnd().charCodeAt(text.trimEnd().length - 1))) return false
  return screen.needles === null || screen.needles.some((s) => key.includes(s))
}
const prefilter = (re: RegExp) => (text: string): boolean => passesScreen(screenOf(re), text, re.ignoreCase)

t.test('no bundled pattern matches a line its screen turns away', async (t) => {
  let checked = 0
  let matched = 0
  const wrong: string[] = []
  for (const rule of rules) {
    for (const source of rule.patterns ?? []) {
      // As the matcher runs it: lower-case patterns on the lower-cased line, the rest as written.
      const caseSensitive = rule.caseSensitive === true
      const onKey = !caseSensitive && !/[A-Z]/.test(source.replace(/\\p\{[^}]*\}|\\./g, '')) && !/\\[pP]\{L[ul]/.test(source)
      const re = new RegExp(source, caseSensitive || onKey ? 'u' : 'iu')
      const screen = screenOf(re)
      for (const line of samples) {
        const text = onKey ? line.toLowerCase() : line
        checked++
        if (!re.test(text)) continue
        matched++
        if (!passesScreen(screen, text, re.ignoreCase) || countWords(text) > screen.maxTokens) wrong.push(`${rule.id}: ${source.slice(0, 40)} on ${text}`)
      }
    }
  }
  t.same(wrong.slice(0, 5), [], `${wrong.length} of ${matched} matches turned away (${checked} tries)`)
  t.ok(matched > 1000, `enough matches to mean something (${matched})`)
})

t.test('the screens turn most prose away', async (t) => {
  const prose = 'The council voted on Tuesday night to approve a plan for a new riverside park, ending a long debate.'
  for (const [source, flags] of [
    ['\\((?:getty|reuters|afp)\\)\\s*$', 'u'],
    ['\\ball rights reserved\\b', 'u'],
    ['^(?:sign up|subscribe) to (?:our|the) newsletter', 'u'],
    ['^\\p{Lu}[\\p{L}-]+, (?:Editor|Reporter)$', 'u'],
  ] as const) {
    const re = new RegExp(source, flags)
    t.notOk(prefilter(re)(prose.toLowerCase()), `${source} skips prose`)
  }
})

t.test('facts read from the syntax', async (t) => {
  t.same(prefilterFacts(/\((?:getty|reuters)\)$/u), {
    startsWith: null,
    endsWith: ['(getty)', '(reuters)'],
    contains: [['getty', 'reuters'], ['(getty)', '(reuters)']],
    maxTokens: Infinity,
  })
  t.same(prefilterFacts(/^(?:read|see) more\b/u).startsWith, ['read more', 'see more'])
  t.same(prefilterFacts(/^(?:this (?:article|story) \w+ was|these)x/u).startsWith, ['this article ', 'this story ', 'these'], 'into a group where the run stops')
  t.equal(prefilterFacts(/^(?:a|\w)b/u).startsWith, null, 'an alternative without a literal start')
  t.same(prefilterFacts(/^(?:(?:posted|written)\s+){0,2}by\s/u).startsWith, ['posted', 'written', 'by'], 'an optional group: its first repetition, or what follows it')
  t.equal(prefilterFacts(/^(?:\w+\s)?by\s/u).startsWith, null, 'an optional group without a literal start')
  t.same(prefilterFacts(/^\d{1,2}:/u).startsWith, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], 'one repetition of a repeated class')
  t.same(screenOf(/\ball rights reserved\b\.?$/u).needles, ['all rights reserved'], 'a needle holding another adds nothing')
  t.same(screenOf(/^[^.!?]{6,200}\s[-•·|]\s\w+/u).needles?.length, 4, 'a class of separators')
  t.equal(screenOf(/\b(?:ed|of)\b/u).needles, null, 'two letters are in most lines')
  t.same(screenOf(/\((?:getty|ap)\)\s*$/u).last, [41], 'the last character before trailing white space')
  t.same(screenOf(/(?:a|b ) *$/u).last, [97, 98], 'white space ending a literal is stepped over too')
  t.equal(screenOf(/^ +$/u).last, null, 'a match of white space only says nothing of its last character')
  t.same(screenOf(/^[가-힣]{2,4}\s?(?:기자|특파원)$/u).needles, ['기자', '특파원'], 'two Hangul syllables (or Han characters) are a word')
  t.same(screenOf(/^\d{4}年\d{1,2}月$/u).needles, ['年'], 'one Han character is in no line of another script')
  t.same(screenOf(/^(?:\p{Lu}+\/\p{Lu}+|\p{Lu}+\/(?:AP|AFP))$/u).needles, ['/'], 'an alternative gives a set that can be searched for ("/") rather than one that cannot ("AP")')
  t.same(prefilterFacts(/^comments? \(\d+\)$/u).maxTokens, 2, 'anchored at both ends with one space')
  t.equal(prefilterFacts(/^a.*b$/u).maxTokens, Infinity, 'any number of spaces')
  // Folded text never holds two spaces in a row, so a run of white space is one space there.
  t.equal(prefilterFacts(/^shares?\s*\d+$/u).maxTokens, 2, '\\s* is at most one space')
  t.equal(prefilterFacts(/^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}時\d{2}分$/u).maxTokens, Infinity, 'an unspaced script: a line has more words than tokens')
  t.equal(prefilterFacts(/^a[ \s]+b +c$/u).maxTokens, 3, 'classes and literal spaces, repeated')
  t.equal(prefilterFacts(/^a(?: b)*$/u).maxTokens, Infinity, 'a repeated group with words between its spaces')
  t.equal(prefilterFacts(/^(?!\*+$)[^\p{L}\p{N}]+$/u).maxTokens, 0, 'no letter or digit: no word')
  t.equal(prefilterFacts(/^[-*• ]+$/u).maxTokens, 0, 'a class of symbols and spaces: no word')
  t.equal(prefilterFacts(/^[^\p{L}]+$/u).maxTokens, Infinity, 'digits are words too')
  t.equal(prefilterFacts(/^[-*•]+x$/u).maxTokens, 1, 'a letter is a word')
  t.same(prefilterFacts(/photos?: [a-z]+/u).contains, [['photo: ', 'photos: ']], 'literal runs join across a bounded quantifier')
  t.same(prefilterFacts(/x{0}y/u).contains, [['y']], 'x{0} matches nothing')
  t.same(prefilterFacts(/ab|/u).contains, [], 'an empty alternative needs nothing')
  t.same(prefilterFacts(/(?:ab)?c/u).contains, [['c', 'abc']])
  t.same(prefilterFacts(/(a)\1b/u).contains, [['a'], ['b']], 'a backreference is unknown text')
  const appeal = /\b(?:our (?:journalism|reporting|newsroom|coverage|journalists?) (?:is|are|remains?|stays?) (?:free from|independent of|not beholden to)|we have no (?:shareholders|billionaire owners?|owners?)(?: or (?:billionaire )?owners?| or shareholders)?)\b/u
  t.same(screenOf(appeal).needles, ['free from', 'independent of', 'not beholden to', 'shareholders', 'owner'], 'alternatives whose best sets join past 64 strings give their smallest')
  // Case-insensitive: strings of the text lower-cased, cut where a case variant lower-cases otherwise (ſ is an s).
  t.same(prefilterFacts(/foo/iu), { startsWith: null, endsWith: null, contains: [['foo']], maxTokens: Infinity }, 'case-insensitive: lower-cased')
  t.same(prefilterFacts(/^Read More\b/iu).startsWith, ['read more'], 'a start, lower-cased')
  t.same(prefilterFacts(/^Sign up for it/iu), { startsWith: null, endsWith: null, contains: [['ign up for it']], maxTokens: Infinity }, 'cut at s: no start, the longest run without it')
  t.same(prefilterFacts(/ICP\s*备|版权所有/iu).contains, [['icp', '版权所有']], 'scripts without case stay whole')
  t.same(prefilterFacts(/^(?:s|is)$/iu).contains, [], 'a string cut to nothing says nothing')
  t.same(prefilterFacts(/^foo/mu).startsWith, null, 'multiline: ^ is any line start')
  t.same(prefilterFacts(/(?<=a)b(?=c)/u).contains, [['a'], ['c'], ['b']], 'what a positive lookaround looks at is in the text')
  t.same(prefilterFacts(/^x(?=.*\byour inbox\b)(?!.*said)/u).contains, [['your inbox'], ['x']], 'a lookahead past a run: its string; a negative one: nothing')
  t.same(prefilterFacts(/(?<!a)b(?!c)/u).contains, [['b']], 'negative lookarounds say nothing')
  t.same(prefilterFacts(/ab(?=c)d/u).contains, [['c'], ['abd']], 'a lookaround consumes nothing: the run joins across it')
})

t.test('hand-written regexes: a screen never turns away a match', async (t) => {
  const regexes = [
    /(?:ab|cd)+e?f/u, /^(?:x|yz){1,3}w$/u, /^(?=.*\bxy)(?!.*z)a/u, /(?<=b )c|(?=.*d)e/u, /a(?=(?:b|c)+x)/u, /a(?:b|)c/u, /[ab][cd]e/u, /(?:a\s*:\s*)?b/u, /^\S+ (?:x|y) \d+$/u,
    /\b(?:aa|ab)\b.{0,5}\b(?:ba|bb)\b/u, /^a(?=b)b?c/u, /(?<!a)bc/u, /a{2,3}b/u, /(?:a|b){0,2}$/u, /^(?:\ud83d\ude00|x)y/u,
    /\(a\)\s*$/u, /x ?$/u, /(?:a|b ) *$/u, /a\s+$/u, /^ $/u,
  ]
  const alphabet = ['a', 'b', 'c', 'd', 'e', 'f', 'w', 'x', 'y', 'z', ' ', ':', '1', '\ud83d\ude00', '(', ')', '\u00a0']
  const wrong = turnedAway(regexes, alphabet, 9)
  t.same(wrong.slice(0, 5), [], `${wrong.length} matches turned away`)
})

t.test('case-insensitive regexes: a screen never turns away a match, whatever the case variants', async (t) => {
  const regexes = [/ask/iu, /^sak/iu, /(?:as|bk)+x/iu, /^ka(?:s|b)/iu, /[a-c]s/iu, /\bsk\b/iu, /^ab$/iu, /x(?=.*ks)/iu, /[Kk]i/iu, /^Ibs/iu, /^(?:Kb|ax) ?i$/iu, /AB(?:C|ſ)/iu, /年K/iu]
  // ſ matches s, the Kelvin sign k, and İ lower-cases to two characters.
  const alphabet = ['a', 'A', 'b', 'B', 'c', 's', 'S', '\u017f', 'k', 'K', '\u212a', 'i', 'I', '\u0130', 'x', 'X', ' ', '年']
  const wrong = turnedAway(regexes, alphabet, 7)
  t.same(wrong.slice(0, 5), [], `${wrong.length} matches turned away`)
})
