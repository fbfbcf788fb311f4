// Table tests for rule families, after ESLint's valid/invalid tables: each
// case is one line placed into a small real article at a given position;
// a "remove" line must vanish leaving the article exactly, a "keep" line
// (look-alike prose) must survive with the article untouched.
import type { Test } from 'tap'
import { clean } from '../../lib/index.js'

export type Position = 'head' | 'middle' | 'tail'

export interface FamilyTable {
  /** Which rule family the table exercises (for test names). */
  family: string
  /** Where the case line is placed; a table may give several. */
  positions: Position[]
  /** Lines that must be removed. */
  remove: string[]
  /** Lines that must be kept: real prose that looks like the family. */
  keep: string[]
}

const HEADLINE = 'Council approves plan for new riverside park after long debate'
const PARAGRAPHS = [
  'The city council voted on Tuesday night to approve a plan for a new riverside park, ending a debate that has run for almost three years.',
  'Supporters said the park would bring families back to a stretch of the river that has been fenced off since the old docks closed in 1998.',
  'Opponents argued the money would be better spent on roads and schools, and several residents spoke against the scheme at the meeting.',
  'Work is expected to begin next spring, and the first section of the park could open to the public by the end of 2027, officials said.',
]

/**
 * A four-line article (headline and three paragraphs of the one above) for
 * structural tests that place blocks of cruft between its lines.
 */
export const ARTICLE: readonly [string, string, string, string] = [HEADLINE, PARAGRAPHS[0] ?? '', PARAGRAPHS[1] ?? '', PARAGRAPHS[3] ?? '']

/** Lines as a document in the blank-line layout. */
export const doc = (lines: readonly string[]): string => lines.join('\n\n') + '\n'

/** The article with `line` placed at `position`, and the article alone. */
export function embed(line: string, position: Position): { doc: string; article: string } {
  const article = [HEADLINE, ...PARAGRAPHS].join('\n\n') + '\n'
  const parts = [HEADLINE, ...PARAGRAPHS]
  if (position === 'head') parts.unshift(line)
  else if (position === 'middle') parts.splice(3, 0, line)
  else parts.push(line)
  return { doc: parts.join('\n\n') + '\n', article }
}

/** Run a family table as tap subtests. */
export function runTable(t: Test, table: FamilyTable): void {
  for (const position of table.positions) {
    t.test(`${table.family} (${position})`, async (t) => {
      for (const line of table.remove) {
        const { doc, article } = embed(line, position)
        t.equal(clean(doc), article, `removes: ${line}`)
      }
      for (const line of table.keep) {
        const { doc } = embed(line, position)
        t.equal(clean(doc), doc, `keeps: ${line}`)
      }
    })
  }
}

/** Two paragraphs of body, for tests of the lines that stand above an article's first paragraph (the header zone). */
export const BODY: readonly [string, string] = [
  'The city council voted on Tuesday night to approve a plan for a new riverside park, ending a debate that has run for almost three years.',
  'Supporters said the park would bring families back to a stretch of the river that has been fenced off since the old docks closed in 1998.',
]

/** The two layouts scraped text comes in: a blank line between paragraphs, or none. */
export const LAYOUTS: ReadonlyArray<readonly [name: string, separator: string]> = [['blank-line', '\n\n'], ['single-line', '\n']]

/** `lines` above {@link BODY}, in the layout of `sep`. */
export const aboveBody = (lines: readonly string[], sep: string): string => [...lines, ...BODY].join(sep) + '\n'

/** One language's table: a small article, lines of the families, boxes that end it, look-alike sentences. */
export interface LanguageTable {
  name: string
  /** Headline and three paragraphs. */
  article: readonly [string, string, string, string]
  /** Lines that go wherever they stand in the body. */
  remove: readonly string[]
  /** Boxes at the end: a heading and what it owns. */
  boxes: ReadonlyArray<readonly string[]>
  /** Sentences of the language that look like the families and stay. */
  keep: readonly string[]
}

/** Run each language's table in both layouts: its lines go, its boxes go, its look-alikes stay. */
export function runLanguageTables(t: Test, languages: readonly LanguageTable[]): void {
  for (const lang of languages) {
    const [h, p1, p2, p3] = lang.article
    t.test(`${lang.name}: lines of the families go; the article stays`, async (t) => {
      for (const [layout, sep] of LAYOUTS) {
        const article = [h, p1, p2, p3].join(sep) + '\n'
        for (const line of lang.remove) t.equal(clean([h, p1, p2, line, p3].join(sep) + '\n'), article, `${layout}: ${line}`)
      }
    })
    t.test(`${lang.name}: a related-news, comments or legal box at the end goes`, async (t) => {
      for (const [layout, sep] of LAYOUTS) {
        const article = [h, p1, p2, p3].join(sep) + '\n'
        for (const box of lang.boxes) t.equal(clean([h, p1, p2, p3, ...box].join(sep) + '\n'), article, `${layout}: ${box[0] ?? ''}`)
      }
    })
    t.test(`${lang.name}: sentences that look like the families stay`, async (t) => {
      for (const [layout, sep] of LAYOUTS) {
        for (const line of lang.keep) {
          const doc = [h, p1, p2, line, p3].join(sep) + '\n'
          t.equal(clean(doc), doc, `${layout}: ${line}`)
        }
      }
    })
  }
}
