// Normalising lines before counting: variants of one template line count
// together, and the pattern a rule gets back matches every variant, new
// variants too, and nothing longer.
import t from 'tap'
import { hasPlaceholder, isLearnable, normaliseKey, patternFor, readable, slotOf } from '../../lib/learn/normalise.js'
import { foldKey } from '../../lib/text/fold.js'

const norm = (line: string): string => normaliseKey(foldKey(line))
const matches = (learnedFrom: string, line: string): boolean => new RegExp(patternFor(norm(learnedFrom)), 'u').test(foldKey(line))

t.test('variants of one template line normalise alike', async (t) => {
  const same: Array<[string, string, string]> = [
    ['Updated 9:05 AM, June 2, 2025', 'Updated 11:40 p.m., Dec. 24, 2026', 'updated <time>, <date>'],
    ['Posted 3 hours ago', 'Posted an hour ago', 'posted <ago>'],
    ['5m ago', 'yesterday', '<ago>'],
    ['Read 1,234 comments', 'Read 7 comments', 'read <n> comments'],
    ['Monday, 3 March 2025', 'Friday, 14 November 2025', '<weekday>, <date>'],
    ['Published 2025-06-03 10:15', 'Published 2024-12-01 08:00', 'published <date> <time>'],
    ['Page 1 of 3', 'page 12 of 40', 'page <n> of <n>'],
    ['“Editor’s picks” — today', '"Editor\'s picks" - today', '"editor\'s picks" - today'],
    ['- Comments (12)', 'Comments:', 'comments'],
  ]
  for (const [a, b, shown] of same) {
    t.equal(norm(a), norm(b), `${a} ~ ${b}`)
    t.equal(readable(norm(a)), shown)
  }
})

t.test('words that look like dates or times stay words', async (t) => {
  t.equal(norm('You may also like'), 'you may also like')
  t.equal(norm('Today in pictures'), 'today in pictures')
  t.equal(norm('Sunday Times magazine'), norm('Saturday Times magazine'), 'a weekday is a placeholder...')
  t.equal(norm('The Sun'), 'the sun', '...but not an abbreviation of one')
  t.notOk(hasPlaceholder(norm('More from the Bugle')))
})

t.test('the pattern matches every variant and new ones, anchored to the whole line', async (t) => {
  t.ok(matches('Updated 9:05 AM, June 2, 2025', 'Updated 23:59, 31 December 2030'), 'unseen time and date forms')
  t.ok(matches('Updated 9:05 AM, June 2, 2025', '• Updated 7:00 pm, Jan 5.'), 'bullet and trailing punctuation')
  t.ok(matches('Listen to this story · 4 min', 'Listen to this story · 12 min'))
  t.ok(matches('Posted 3 hours ago', 'Posted just now'))
  t.notOk(matches('Updated 9:05 AM, June 2, 2025', 'Updated 9:05 AM, June 2, 2025, the council said in a statement'), 'a longer line is not the template')
  t.notOk(matches('Posted 3 hours ago', 'Posted by the editor'))
  t.notOk(matches('Read 1,234 comments', 'Read the comments'))
})

t.test('one-word-slot templates', async (t) => {
  t.same(slotOf(norm('Filed under Politics')), { key: 'filed under \uE005', word: 'politics' })
  t.equal(slotOf(norm('Filed under Science'))?.key, slotOf(norm('Filed under Politics'))?.key)
  t.equal(slotOf(norm('Harbour Times')), undefined, 'one word before the slot is too little')
  t.equal(slotOf(norm('Updated 3 hours ago')), undefined, 'a placeholder is not a word')
  const pattern = new RegExp(patternFor('filed under \uE005', ['politics', 'science']), 'u')
  t.ok(pattern.test('filed under science'))
  t.notOk(pattern.test('filed under pressure'), 'only the words seen')
})

t.test('what is worth learning', async (t) => {
  t.ok(isLearnable(norm('More from the Bugle')))
  t.ok(isLearnable(norm('3 hours ago')), 'a bare timestamp is a template line')
  t.notOk(isLearnable(norm('12')), 'a bare number is not')
  t.notOk(isLearnable(norm('1.')))
})
