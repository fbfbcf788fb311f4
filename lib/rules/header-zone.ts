import { LIST_INTRO, type Document, type Line } from '../document.js'
import { Scanner } from '../match/index.js'
import { escapeRegExp } from '../match/patterns.js'
import { contentWords, sharedCount, stopwordsOf } from '../text/topic.js'
import type { HeaderRuleSpec, Proposal, Rule, RuleContext } from './types.js'

const DEFAULT_MAX_LINES = 15
const DEFAULT_HEADLINE_MIN_WORDS = 4

/**
 * kind "header": the zone above the first paragraph of prose.
 *
 * Aggregators stack their chrome there (app slogans, outlet names, section
 * labels, bylines, timestamps, buttons) around the headline. We find the
 * headline (the first headline-shaped line of the zone that is not a name,
 * a short label or something an earlier rule removed), protect it, drop
 * the chrome-shaped lines above it (names, labels, fragments) and the
 * names and labels between it and the body. Without a headline, only
 * repeated lines go (a lone short line may be the title). Lines that fit none of these shapes are kept: when unsure,
 * keep text.
 */
export function headerRule(spec: HeaderRuleSpec, scanner = new Scanner()): Rule {
  const maxLines = spec.maxLines ?? DEFAULT_MAX_LINES
  const headlineMinWords = spec.headlineMinWords ?? DEFAULT_HEADLINE_MIN_WORDS
  const outletTail = outletTailOf(spec.outletWords ?? [])
  // The shapes that are never the headline are data (rules.json), asked in the scanner's one pass.
  const notHeadlineAnswers = spec.patterns?.length || spec.phrases?.length ? scanner.add({ ...spec, zone: 'head' }) : undefined
  return {
    id: spec.id,
    kind: 'header',
    family: spec.family ?? 'header',
    description: spec.description ?? '',
    // After line rules (it builds on their removals), before cue rules (so the headline it protects is safe from their cuts).
    stage: 1,
    apply(doc, ctx) {
      const answers = notHeadlineAnswers?.(doc)
      const notHeadline = (l: Line): boolean => answers?.[l.index] != null
      let body = firstProse(doc, ctx, 0)
      if (body < 0) return []
      // A sentence introducing a list ("16 teams are through to the knockout
      // round:") is the article already: the list under it is no header chrome.
      const prose = body
      const intro = firstListIntro(doc, ctx, body)
      if (intro > 0) body = intro
      let zone = doc.lines.slice(0, body).filter((l) => !l.blank && !ctx.marked.has(l.index))
      if (zone.length > maxLines) return []
      const named = nameLine(doc, body, outletTail)

      // A line under a cue heading is the cue's (a video title under "Video",
      // a banner under "WEATHER ALERT") unless nothing else can be the headline.
      // A page title line ("Headline | Site", "Site: Headline") above the
      // zone names the headline outright: the zone line that is one of its
      // parts is the headline, whatever its shape, and the title line is chrome.
      const titled = titleHeadline(doc, zone)
      // A bulleted line is a list's item, never the headline.
      const candidates = zone.filter((l) => !notHeadline(l) && !l.bullet && !underListIntro(doc, ctx, l.index))
      let headline = titled?.headline ?? openingHeadline(doc, ctx, candidates, headlineMinWords) ?? findHeadline(candidates.filter((l) => !underCue(doc, ctx, l.index)), headlineMinWords, named) ?? findHeadline(candidates, headlineMinWords, named) ?? sentenceHeadline(candidates, headlineMinWords)
      // A long question headline ("Could the Next Planetary Rover Come from
      // Canada?") is prose by its shape, so it looks like the body's start.
      // With no headline above it, one in title case with prose after it is the
      // headline, and the body starts at that prose.
      const question = doc.lines[body]
      if (headline === undefined && question !== undefined && titleCaseQuestion(question)) {
        const after = firstProse(doc, ctx, body + 1)
        if (after > body) {
          body = after
          zone = doc.lines.slice(0, body).filter((l) => !l.blank && !ctx.marked.has(l.index))
          if (zone.length > maxLines) return []
          headline = question
        }
      }
      if (zone.length === 0) return []
      const out: Proposal[] = []
      // The zone line right above the headline: a short headline over its
      // standfirst ("Consumer lending soars" over "Concerns run of ...") when
      // it reads as a sentence rather than a label.
      const aboveHeadline = headline === undefined ? undefined : zone[zone.indexOf(headline) - 1]
      for (const l of zone) {
        const remove = (reason: string): void => {
          out.push({ rule: spec.id, action: 'remove', from: l.index, to: l.index, reason })
        }
        if (headline === undefined) {
          // No title to anchor on: a lone short line may be the title itself.
          if (l.repeats > 1) remove(chromeReason(l))
        } else if (l.index === headline.index) {
          out.push({ rule: spec.id, action: 'keep', from: l.index, to: l.index, reason: 'headline' })
        } else if (l.key === headline.key) {
          remove('repeated headline')
        } else if (titled?.titles.has(l.index) === true) {
          remove('page title (headline and site name)')
        } else if (l === aboveHeadline && shortHeadline(l)) {
          continue
        } else if (l.index < headline.index ? isChromeAbove(l, named) : isChromeBelow(l, named) && !inDataRun(doc, ctx, l, headline)) {
          remove(chromeReason(l))
        }
      }
      // Aggregators repeat the headline (and the standfirst under it) in
      // preview cards, share boxes and footers; a second copy is never article text.
      if (headline !== undefined) {
        // The opening paragraph is the first prose, also under a list's introduction.
        const standfirst = doc.lines[Math.max(body, prose)]
        for (const l of doc.lines.slice(body + 1)) {
          // Lines with the same key have the same word count, so a longer paragraph is no copy (and is not folded to find out).
          if (!l.moreWordsThan(headline.words) && l.key === headline.key) {
            out.push({ rule: spec.id, action: 'remove', from: l.index, to: l.index, reason: 'repeated headline' })
          } else if (standfirst !== undefined && l.index > standfirst.index && !l.moreWordsThan(standfirst.words) && l.key === standfirst.key && !goesOnAlike(doc, standfirst, l)) {
            out.push({ rule: spec.id, action: 'remove', from: l.index, to: l.index, reason: 'repeated opening paragraph' })
          }
        }
      }
      return out
    },
  }
}

/**
 * Does the paragraph after `copy` repeat the one after `original`? Then
 * the page repeats a passage (a live blog's entry shown twice), not a
 * preview card's standfirst, and one line of it is no copy to remove: the
 * cut would leave the passage without its first paragraph.
 */
function goesOnAlike(doc: Document, original: Line, copy: Line): boolean {
  const after = (l: Line): Line | undefined => {
    for (let i = l.index + 1; i < doc.lines.length; i++) if (doc.lines[i]?.blank === false) return doc.lines[i]
    return undefined
  }
  const a = after(original)
  const b = after(copy)
  return a !== undefined && b !== undefined && a.index !== copy.index && a.words === b.words && a.key === b.key
}

/**
 * The headline: the first headline-shaped line of the zone that is not a
 * name. Title-case headlines ("Why Octopuses Might Dream") are name-shaped
 * too, so when the zone has no other candidate the last long name-shaped
 * line, the one nearest the body, is the headline rather than an outlet.
 */
function findHeadline(zone: readonly Line[], minWords: number, named: (l: Line) => boolean): Line | undefined {
  const candidates = zone.filter((l) => l.headlineShaped && l.words >= minWords)
  const first = candidates.find((l) => !named(l))
  // Pages put the headline right above the body, under their chrome, and
  // bylines and outlet names under a headline read "Name, Role" or are short.
  // So a title-case line standing right above the body, below an unrecognised
  // line that only looked like a headline ("Please use Chrome browser for a
  // more accessible video player"), is the headline; the line above it is then
  // judged as chrome above a headline (kept unless chrome-shaped).
  const last = zone.at(-1)
  if (first !== undefined && last !== undefined && last.index > first.index && titleCaseHeadline(last, minWords)) return last
  return first ?? candidates.at(-1)
}

/**
 * The zone's first line, when it opens the document (only lines a rule
 * removed stand above it) and reads as a title-case headline, while the
 * zone's next line would be taken for one: the first line is the headline
 * and the next is its standfirst ("Client Star Brad Renfro Dies" over "In a
 * Celebrity Obsessed Culture, Another Young Star is Gone Too Soon").
 * Extractors start their output with the title, and aggregators stack
 * their removable chrome above it, so a title-case opener read as a name
 * went as chrome above its own standfirst. Under removed chrome it must
 * also be unlike an outlet's name ("The Sydney Morning Herald"): five words
 * or more, or a short word capitalised inside it as only titles do ("Gifts
 * For Cheese Lovers"). A table row ("| Text Only |") is a menu cell, never this.
 */
function openingHeadline(doc: Document, ctx: RuleContext, zone: readonly Line[], minWords: number): Line | undefined {
  const [open, next] = zone
  if (open === undefined || next === undefined || open.text.includes('|') || !titleCaseHeadline(open, minWords)) return undefined
  const above = doc.lines.slice(0, open.index).filter((l) => !l.blank)
  if (above.some((l) => !ctx.marked.has(l.index))) return undefined
  if (above.length > 0 && open.words < OPENER_UNDER_CHROME_MIN_WORDS && !TITLE_CASE_SHORT_WORD.test(open.text)) return undefined
  return next.headlineShaped && !next.nameShaped && next.words >= minWords ? open : undefined
}

/** Under removed chrome, a title-case opener of this many words is a headline, not an outlet's name. */
const OPENER_UNDER_CHROME_MIN_WORDS = 5
/** A short function word capitalised after the first word: title case, which outlet names ("The Times of India") do not use. */
const TITLE_CASE_SHORT_WORD = /\s(?:To|For|Up|In|On|At|With|A|An|The|Is|Are|Of|And|By|From|Into|Over)\s/u

/**
 * A name-shaped line that reads as a title-case headline ("Nokia Launches
 * Verizon Smartphone") rather than a byline or a list of names: long enough
 * for a headline, not in capitals, and without the comma, "By" or "and" of
 * "By Jane Smith, Reuters" and "Hannah Wells and Marco Diaz".
 */
function titleCaseHeadline(l: Line, minWords: number): boolean {
  return l.headlineShaped && l.nameShaped && l.words >= minWords && l.folded !== l.folded.toUpperCase() && !/,|^by\s|\s(?:and|&)\s/iu.test(l.folded)
}

/**
 * Separators between the parts of a page title: "Headline | Site", "Site:
 * Headline", "Headline - Site", "Site » Headline" (a line's key has its
 * dashes folded to "-" and its guillemets to a double quote).
 */
const TITLE_SEPARATOR = /\s+[|\-/"]\s+|:\s+|\s+::\s+/u
/** A title part shorter than this is a site or section name, never taken for the headline. */
const TITLE_PART_MIN_WORDS = 2

/**
 * The headline named by a page title: a zone line whose text is one part of
 * an earlier line split at a title separator ("Schneier on Security: How
 * Terrorist Groups Disband" above "How Terrorist Groups Disband"). Such a
 * headline is often title case and short, so without this it reads as a
 * name and went as one, while the title line above it was kept. Of several
 * matching lines the longest wins: a site name is shorter than a headline.
 * Returns the headline and the zone lines that are titles holding it.
 */
function titleHeadline(doc: Document, zone: readonly Line[]): { headline: Line; titles: Set<number> } | undefined {
  const last = zone.at(-1)
  if (last === undefined) return undefined
  const parts = new Map<string, number[]>()
  for (const l of doc.lines.slice(0, last.index)) {
    if (l.blank || !l.headlineShaped) continue
    const split = l.key.split(TITLE_SEPARATOR)
    if (split.length < 2) continue
    for (const part of split) {
      const p = part.trim()
      if (p.split(' ').length < TITLE_PART_MIN_WORDS) continue
      parts.set(p, [...(parts.get(p) ?? []), l.index])
    }
  }
  if (parts.size === 0) return undefined
  let best: { headline: Line; titles: Set<number> } | undefined
  for (const l of zone) {
    const titles = parts.get(l.key)
    if (titles === undefined || l.words < TITLE_PART_MIN_WORDS || !titles.some((t) => t < l.index)) continue
    if (best === undefined || l.words > best.headline.words) best = { headline: l, titles: new Set(titles.filter((t) => t < l.index)) }
  }
  return best
}

/**
 * Some headlines end in a full stop ("Dead Phone Battery? Just Burn
 * Something."). When nothing else can be the headline, a short sentence
 * standing right above the body is taken for it, so that the chrome above
 * it is recognised and a cue's listing cannot take it.
 */
function sentenceHeadline(zone: readonly Line[], minWords: number): Line | undefined {
  const last = zone.at(-1)
  return last !== undefined && last.endsSentence && !last.prose && last.words >= minWords && !last.nameShaped ? last : undefined
}

/**
 * A short line that reads as a sentence-case headline ("Lavigne lawsuit
 * settled", "GoldenEye XBLA canned?", "Podium for Canuck"): two or three
 * words, not a name, not a label ending in a colon, with a lower-case word
 * of three letters or more after the first. Section labels and outlet names
 * are capitalised throughout ("Premier League", "FOOTBALL NEWS") or are
 * known to the rules, which removed them before this zone is read.
 */
function shortHeadline(l: Line): boolean {
  if (l.words < 2 || l.words > 3 || l.nameShaped || /:$/u.test(l.folded)) return false
  const [first, ...rest] = l.folded.split(' ')
  return first !== undefined && /^\p{Lu}/u.test(first) && rest.some((w) => /^\p{Ll}{3,}/u.test(w))
}

/** Above the headline almost nothing is article: names, labels, slogans and short fragments go. */
function isChromeAbove(l: Line, named: (l: Line) => boolean): boolean {
  return named(l) || l.repeats > 1 || l.words <= 3 || (l.words <= 6 && !l.headlineShaped)
}

/** Between headline and body a short sentence may be the article's first line; only names and labels go. */
function isChromeBelow(l: Line, named: (l: Line) => boolean): boolean {
  return named(l) || l.repeats > 1 || (l.words <= 3 && !l.endsSentence)
}

/**
 * Is a name-shaped zone line a name (a byline, an outlet)? Title-case
 * headlines are name-shaped too ("Monitoring Distributed Systems"), and
 * went as bylines; but a headline's words come back in its story, while
 * an author's or outlet's name seldom does. So a name-shaped line three
 * quarters of whose content words (and two or more) recur in the body's
 * first lines reads as the headline, unless it ends in an outlet word
 * (`outletWords`). Read lazily: most zones hold no name.
 */
function nameLine(doc: Document, body: number, outletTail: RegExp | undefined): (l: Line) => boolean {
  let bodyWords: ReadonlySet<string> | undefined
  let stop: ReadonlySet<string> = new Set()
  return (l) => {
    if (!l.nameShaped) return false
    // An outlet's name holds its city ("The Kansas City Star"), which its local stories repeat.
    if (outletTail?.test(l.folded) === true) return true
    if (bodyWords === undefined) {
      const texts = doc.lines.slice(body, body + ECHO_BODY_LINES).map((b) => b.text)
      stop = stopwordsOf(texts)
      bodyWords = contentWords(texts.join('\n'), stop)
    }
    const own = contentWords(l.text, stop)
    const shared = sharedCount(own, bodyWords)
    return !(shared >= ECHO_MIN_SHARED && shared >= own.size * ECHO_MIN_SHARE)
  }
}

/** How many lines from the body's start are read for a headline's words, and how many of its words must recur. */
const ECHO_BODY_LINES = 30
const ECHO_MIN_SHARED = 2
const ECHO_MIN_SHARE = 0.75

/** A line ending in one of the outlet words (the header rule's `outletWords`), or undefined for none. */
function outletTailOf(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined
  return new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\W*$`, 'iu')
}

/** The nearest non-blank line above (`step` -1) or below (`step` 1) `index`, or undefined. */
function nearestLine(doc: Document, index: number, step: -1 | 1): Line | undefined {
  for (let i = index + step; i >= 0 && i < doc.lines.length; i += step) {
    const l = doc.lines[i]
    if (l !== undefined && !l.blank) return l
  }
  return undefined
}

/** Is the nearest non-blank line above a cue whose next line is its own title ("Video", "WEATHER ALERT")? */
function underCue(doc: Document, ctx: RuleContext, index: number): boolean {
  const above = nearestLine(doc, index, -1)
  return above !== undefined && ctx.titleCues.has(above.index)
}

/**
 * Is the line the first item of a list under a removed line that
 * introduces it ("Explore what NewsHub can do for you:" over the
 * promotion's items)? Then it is never the headline, even when nothing
 * else could be. A list has a second item, and its items are short: a
 * headline under a form's label ("Get email updates:"), over prose or an
 * epigraph, is not an item.
 */
function underListIntro(doc: Document, ctx: RuleContext, index: number): boolean {
  const above = nearestLine(doc, index, -1)
  const line = doc.lines[index]
  if (above === undefined || line === undefined || !ctx.marked.has(above.index) || !LIST_INTRO.test(above.folded)) return false
  const below = nearestLine(doc, index, 1)
  return below !== undefined && !below.prose && line.words <= LIST_ITEM_MAX_WORDS && below.words <= LIST_ITEM_MAX_WORDS
}

/** A sentence that introduces a list has at least this many words ("These five stood out:"; "Results:" may be a label). */
const LIST_INTRO_MIN_WORDS = 4

/**
 * The first line before `body` that no rule removed and that introduces a
 * list: it ends in a colon, has LIST_INTRO_MIN_WORDS words or more, and is
 * not the zone's first line (a headline may end in a colon). -1 when none.
 */
function firstListIntro(doc: Document, ctx: RuleContext, body: number): number {
  let first = true
  for (let i = 0; i < body; i++) {
    const l = doc.lines[i]
    if (l === undefined || l.blank || ctx.marked.has(i)) continue
    if (!first && l.words >= LIST_INTRO_MIN_WORDS && LIST_INTRO.test(l.folded)) return i
    first = false
  }
  return -1
}

/**
 * Is a short line under the headline one of a run of data lines (results
 * "Arsenal 2-1 Chelsea", prices "JBL Tune 760NC – $89", dates)? Such a line
 * holds a digit and so does a short neighbour that is not the headline:
 * labels and names hold none, and times and counts went with earlier rules.
 */
function inDataRun(doc: Document, ctx: RuleContext, l: Line, headline: Line): boolean {
  const isData = (x: Line | undefined): boolean => x !== undefined && x.index !== headline.index && !ctx.marked.has(x.index) && x.words <= LIST_ITEM_MAX_WORDS && /\p{N}/u.test(x.text)
  return isData(l) && (isData(nearestLine(doc, l.index, -1)) || isData(nearestLine(doc, l.index, 1)))
}

/** A promotion's list items are short labels ("Personalised briefings", "Summaries of the day's top stories"). */
const LIST_ITEM_MAX_WORDS = 8

/** First prose line from `from` on that no earlier rule removed: where the article body starts. */
function firstProse(doc: Document, ctx: RuleContext, from: number): number {
  for (let i = from; i < doc.lines.length; i++) {
    const l = doc.lines[i]
    if (l !== undefined && l.prose && !ctx.marked.has(i)) return i
  }
  return -1
}

/** Words of at least this many letters carry a headline's capitals (short ones are "the", "of", "from"). */
const TITLE_WORD_LETTERS = 4
/** A question headline has at most this many words. */
const QUESTION_HEADLINE_MAX_WORDS = 20

/**
 * One question or exclamation in title case: every word of four letters or
 * more but one is capitalised, as headlines are and opening paragraphs are not.
 */
function titleCaseQuestion(l: Line): boolean {
  if (l.words > QUESTION_HEADLINE_MAX_WORDS || !/[?!]["')\]]*$/u.test(l.folded) || /[.!?]\s/u.test(l.folded)) return false
  const long = l.folded.split(' ').filter((w) => (w.match(/\p{L}/gu)?.length ?? 0) >= TITLE_WORD_LETTERS)
  const capitalised = long.filter((w) => /^["'(]?\p{Lu}/u.test(w)).length
  return long.length >= 3 && capitalised >= long.length - 1
}

function chromeReason(l: Line): string {
  if (l.repeats > 1) return 'repeated header line'
  if (l.nameShaped) return 'name line (byline or outlet)'
  if (l.words <= 3) return 'short label'
  return 'header line that is not a headline'
}
