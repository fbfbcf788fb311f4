/**
 * What learning finds and hands from stage to stage (counting, cue blocks,
 * emitting, verifying): the shared shapes, kept apart so the stages import
 * this module rather than each other.
 */
import type { LineStats } from './count.js'

/** A learned cue: how it cuts and which lines its cuts took in the corpus. */
export interface CueFinding {
  norm: number
  cut: 'tail' | 'block'
  /** Per occurrence: the document and the range of non-blank line positions its cut covers (after the cue). */
  regions: Array<{ doc: number; from: number; to: number }>
  /** Normalised lines, and base rule ids, that mark entries inside its listings (source and time lines). */
  markerNorms: Set<number>
  markerRules: Set<string>
}

/** A line the learner keeps, with what it learned about it. */
export interface Learned {
  stats: LineStats
  cue?: CueFinding
  /** A one-word-slot template: the normalised lines it stands for, and the words seen in its slot. */
  slot?: { members: number[]; words: string[] }
}

/** Why a recurring line was not learned. */
export type RejectReason = 'syndicated' | 'article-line' | 'inside-article' | 'covered-by-cue' | 'no-pattern' | 'removes-article-text'
