// One split of the line-labelled corpus (bench/build-corpus.js writes it):
// <dir>/<split>.jsonl, one record {id, set, lang, form, text, labels, gold} per line.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The records of `<dir>/<split>.jsonl`. */
export function readSplit(dir, split) {
  return readFileSync(join(dir, `${split}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
}
