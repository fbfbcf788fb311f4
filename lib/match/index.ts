/**
 * Matching: how rules recognise lines. The rules (lib/rules/) see only
 * this: a Scanner per rule list, to which each line or cue rule gives its
 * MatchSpec and from which it reads its answers for a document. How the
 * answers are found (needle table, regex screens, the build's stored
 * screens) stays behind it.
 */
export { Scanner, type LineAnswers } from './scanner.js'
export type { MatchSpec, Zone } from './spec.js'
