/**
 * What a line's text alone decides, kept by text. The pipeline cleans a
 * document's output again until it settles (lib/pipeline.ts), so most lines
 * are looked at two or three times, and a site's boilerplate lines recur
 * across a corpus's documents: a memo answers those without working the
 * answer out again.
 *
 * Bounded: texts of at most `maxChars` (longer lines are paragraphs that
 * rarely recur), at most `maxTexts` entries and `budgetChars` characters of
 * keys in all (a kept key can hold its whole document in memory), after
 * which the memo starts over. The defaults hold the lines of a document of
 * 2,000 lines through its settling passes, which is where nearly all the
 * gain is: larger memos were no faster on the corpus, and at 50,000 texts
 * the two memos cost --jsonl --jobs 2 some 90 MB of peak RSS.
 */
export class TextMemo<T> {
  private map = new Map<string, T>()
  private chars = 0

  constructor(
    private readonly maxTexts = 2_000,
    private readonly maxChars = 2_000,
    private readonly budgetChars = 200_000,
  ) {}

  /**
   * The value for `text`, computed by `compute` when not kept.
   *
   * @example
   * ```ts
   * const lengths = new TextMemo<number>()
   * lengths.get('Advertisement', (t) => t.length) // => 13, computed; a second call reads the memo
   * ```
   */
  get(text: string, compute: (text: string) => T): T {
    if (text.length > this.maxChars) return compute(text)
    const known = this.map.get(text)
    if (known !== undefined) return known
    const value = compute(text)
    if (this.map.size >= this.maxTexts || this.chars >= this.budgetChars) {
      this.map = new Map()
      this.chars = 0
    }
    this.map.set(text, value)
    this.chars += text.length
    return value
  }

  /** Keep `value` for `text` instead, when a value for it is kept (one worked out further: lib/match/scanner.ts). */
  replace(text: string, value: T): void {
    if (this.map.has(text)) this.map.set(text, value)
  }
}

/**
 * What was worked out for the last key asked about (a document, or a
 * document and a rule context), kept in one slot. The rules of a stage read
 * a document one after the other, so one slot answers them all; a WeakMap by
 * document kept every document alive into the old generation (peak RSS +90
 * MB over 1,500 documents), and one slot holds only the last.
 *
 * @example
 * ```ts
 * const kinds = new LastSlot<[Document], Kind[]>()
 * kinds.get([doc], () => new Array(doc.lines.length)) // built; the same doc again gets the same array
 * ```
 */
export class LastSlot<K extends readonly object[], V> {
  private key: K | undefined
  private value: V | undefined

  /** The value kept for `key` (compared part by part, by identity), built by `build` when another key was asked last. */
  get(key: K, build: () => V): V {
    if (this.key === undefined || this.value === undefined || key.length !== this.key.length || key.some((k, i) => k !== this.key?.[i])) {
      this.key = key
      this.value = build()
    }
    return this.value
  }
}
