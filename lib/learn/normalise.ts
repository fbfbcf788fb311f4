/**
 * Normalising lines before counting, so that the variants of one template
 * line ("Updated 9:05 AM, June 2, 2025", "Updated 11:40 PM, June 3, 2025")
 * count as one line, and turning a normalised line back into a pattern
 * that matches every variant (and the variants the corpus did not show).
 *
 * Lines are compared on their label (lib/text/fold.ts: quotes, dashes and
 * spaces folded, lower case, bullets and trailing punctuation off). The
 * varying parts become placeholders, in this order (later ones would eat
 * pieces of earlier ones): relative times, dates, clock times, weekdays,
 * numbers. Each placeholder is one regular expression, used both to find
 * the varying part when counting and inside the emitted pattern, so a rule
 * matches exactly what was counted together.
 */
import { labelOfKey } from '../text/fold.js'

const AM_PM = '(?:am|pm|a\\.m\\.?|p\\.m\\.?)'
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?'
const DAY = '\\d{1,2}(?:st|nd|rd|th)?'

/** A varying part of a line: its name (as shown to reviewers), its mark in a normalised line, its regex. */
export interface Placeholder {
  readonly name: string
  readonly mark: string
  readonly source: string
}

/**
 * The placeholders, in the order they are applied. A month name counts as a
 * date only next to a day or year ("may" alone is a verb); "today" is not a
 * relative time (it names sections: "Today's top stories").
 */
export const PLACEHOLDERS: readonly Placeholder[] = [
  {
    name: '<ago>',
    mark: '\uE000',
    source: `\\b(?:(?:\\d+|a few|an?|one) ?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|[smhdwy]) ago|just now|yesterday)\\b`,
  },
  {
    name: '<date>',
    mark: '\uE001',
    source: `\\b(?:${DAY} (?:of )?${MONTH}(?:,? \\d{4})?|${MONTH} ${DAY}(?:,? \\d{4})?|${MONTH},? \\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?!\\d)`,
  },
  {
    name: '<time>',
    mark: '\uE002',
    source: `\\b(?:\\d{1,2}(?:[:.]\\d{2}){0,2} ?${AM_PM}|\\d{1,2}:\\d{2}(?::\\d{2})?)(?![a-z\\d])`,
  },
  { name: '<weekday>', mark: '\uE003', source: '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b' },
  // Groups bounded ({0,6}): a learned rule runs on the linear engine whatever
  // its shape (lib/match/engines.ts), but the placeholders also run on V8 when
  // lines are counted, where a loop inside an unbounded loop could backtrack.
  { name: '<n>', mark: '\uE004', source: '\\d+(?:[.,]\\d+){0,6}(?:st|nd|rd|th)?' },
]

/**
 * The slot of a template with one changing word ("Filed under Politics",
 * "Filed under Science"): not found by a regex but by comparing lines (see
 * slotOf); in a rule it becomes the alternation of the words seen.
 */
export const SLOT: Placeholder = { name: '<word>', mark: '\uE005', source: '' }

const FINDERS = PLACEHOLDERS.map((p) => ({ ...p, re: new RegExp(p.source, 'gu') }))
const BY_MARK = new Map([...PLACEHOLDERS, SLOT].map((p) => [p.mark, p]))
const MARKS = /[\uE000-\uE005]/u
const MARKS_ALL = /[\uE000-\uE005]/gu

/**
 * The counting key of a line, from its fold key (`Line.key`): the label
 * with its varying parts replaced by placeholder marks.
 *
 * @example
 * ```ts
 * normaliseKey('updated 9:05 am, june 2, 2025') // => 'updated \uE002, \uE001'
 * readable(normaliseKey('posted 3 hours ago'))  // => 'posted <ago>'
 * ```
 */
export function normaliseKey(key: string): string {
  let label = labelOfKey(key)
  if (!/\d|ago|now|yesterday|day\b/.test(label)) return label
  for (const { re, mark } of FINDERS) label = label.replace(re, mark)
  return label
}

/** A normalised line with its placeholders spelled out (`<date>`), for descriptions and reports. */
export function readable(normalised: string): string {
  return normalised.replace(MARKS_ALL, (m) => BY_MARK.get(m)?.name ?? m)
}

/** Does the normalised line hold a placeholder (so a rule needs a pattern, not a phrase)? */
export function hasPlaceholder(normalised: string): boolean {
  return MARKS.test(normalised)
}

/**
 * Is this line worth learning at all? It needs a word of its own, or a
 * time or date (timestamps are template lines); a bare number ("12", a
 * list counter or a share count) is too common in articles to learn.
 */
export function isLearnable(normalised: string): boolean {
  if (/\p{L}/u.test(normalised.replace(MARKS_ALL, ''))) return true
  return /[\uE000\uE001\uE002]/u.test(normalised)
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** What a fold key may carry around its label: bullets in front, counters and punctuation after (see labelOfKey). */
const LEAD = '^[-*•·▪►▶»>|# ]*'
const TRAIL = '[ .:;,!?|»>›-]*(?:\\(\\d[\\d,.]*\\)[ .:;,!?|»>›-]*)?$'

/**
 * The rule pattern for a normalised line: anchored to the whole line, the
 * literal parts escaped, each placeholder its regex, and room for the
 * bullets, counters and punctuation the label dropped. It is tested on the
 * fold key, which is lower case, so it needs no `i` flag.
 *
 * @example
 * ```ts
 * new RegExp(patternFor(normaliseKey('posted 3 hours ago')), 'u').test('posted an hour ago') // => true
 * ```
 */
export function patternFor(normalised: string, slotWords: readonly string[] = []): string {
  let body = ''
  for (const part of normalised.split(/([\uE000-\uE005])/u)) {
    if (part === '') continue
    if (part === SLOT.mark) body += `(?:${[...slotWords].sort().map(escapeRegExp).join('|')})`
    else {
      const placeholder = BY_MARK.get(part)
      body += placeholder === undefined ? escapeRegExp(part) : `(?:${placeholder.source})`
    }
  }
  return `${LEAD}${body}${TRAIL}`
}

/** Fewest words before a slot: "filed under <word>" is a template, "the <word>" is anything. */
const SLOT_MIN_PREFIX_WORDS = 2
const SLOT_LINE = /^(.*\S) ([\p{L}][\p{L}'&-]*)$/u

/**
 * A short line as a template with its last word as a slot: the normalised
 * line with that word replaced by the slot mark, and the word. Undefined
 * when the line does not end in a plain word or has too few words before it.
 *
 * @example
 * ```ts
 * slotOf('filed under politics') // => { key: 'filed under \uE005', word: 'politics' }
 * slotOf('harbour times')        // => undefined
 * ```
 */
export function slotOf(normalised: string): { key: string; word: string } | undefined {
  const m = SLOT_LINE.exec(normalised)
  if (m === null) return undefined
  const prefix = m[1] ?? ''
  const words = prefix.replace(MARKS_ALL, ' ').split(' ').filter((w) => /\p{L}/u.test(w))
  if (words.length < SLOT_MIN_PREFIX_WORDS) return undefined
  return { key: `${prefix} ${SLOT.mark}`, word: m[2] ?? '' }
}
