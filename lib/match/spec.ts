/** Where in a document a line rule may fire. */
export type Zone = 'any' | 'head' | 'body' | 'tail'

/** How a rule recognises a line: shared by line rules and cue rules. */
export interface MatchSpec {
  /** Literal phrases, compared case-, quote- and dash-insensitively. */
  phrases?: string[]
  /** Regular expressions tested on the folded line (quotes/dashes/spaces normalised). */
  patterns?: string[]
  /** How phrases match: the whole label (default), the start followed by a separator, or anywhere. */
  match?: 'line' | 'prefix' | 'contains'
  /** Patterns are case-insensitive unless this is true. */
  caseSensitive?: boolean
  /** Never match a line longer than this many words: the guard that keeps prose. */
  maxWords?: number
  /** Restrict to the header zone (before the first prose line), the body (from it on) or the tail (second half). */
  zone?: Zone
}
