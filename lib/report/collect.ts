/**
 * A cleaning run for the report: every input document through the engine
 * (twice with --compare), counted into a {@link ReportBuilder}. The
 * documents stream; only the builder's aggregates and sample stay.
 */
import { cleanDocument, type DocumentReport } from '../pipeline.js'
import { cleanRecord } from '../records/record.js'
import { inputDocuments, type InputOptions } from './inputs.js'
import { ReportBuilder, type NamedRuleSet, type ReportData } from './model.js'

export interface CollectOptions extends InputOptions {
  a: NamedRuleSet
  /** The --compare rule set. */
  b?: NamedRuleSet
  /** With jsonl: the field holding the text (default "text"). */
  field?: string
  maxDocs: number
  version: string
  /** Told about each input that could not be cleaned (the report counts them too). */
  onRefused?: (source: string, reason: string) => Promise<void> | void
}

/**
 * Clean every document of `paths` and gather the report data.
 *
 * @example
 * ```ts
 * const data = await collectReport(['pages/'], {
 *   a: { label: 'bundled rules.json', rules: defaultRules() },
 *   jsonl: false, maxBytes: 10485760, maxDocs: 2000, version: '0.1.0', stdin: process.stdin,
 * })
 * console.log(data.documents, data.a.bytesOut / data.bytesIn)
 * ```
 */
export async function collectReport(paths: readonly string[], options: CollectOptions): Promise<ReportData> {
  const builder = new ReportBuilder({ a: options.a, ...(options.b ? { b: options.b } : {}), maxDocs: options.maxDocs })
  const refuse = async (source: string, reason: string): Promise<void> => {
    builder.refuse(source, reason)
    await options.onRefused?.(source, reason)
  }
  const field = options.field ?? 'text'
  for await (const item of inputDocuments(paths, options)) {
    if (item.kind === 'refused') {
      await refuse(item.source, item.reason)
      continue
    }
    let a: DocumentReport
    let b: DocumentReport | undefined
    if (item.kind === 'record') {
      // The shared record core decides which records are cleanable, as every other face does.
      const outcome = cleanRecord(item.value, { field, maxBytes: options.maxBytes, rules: options.a.rules })
      if (!outcome.ok) {
        await refuse(item.source, outcome.reason)
        continue
      }
      a = outcome.report
      const other = options.b ? cleanRecord(item.value, { field, maxBytes: options.maxBytes, rules: options.b.rules }) : undefined
      b = other?.ok === true ? other.report : undefined
    } else {
      // The same pipeline, with the same defaults, as `cleanup FILE`.
      a = cleanDocument(item.text, { rules: options.a.rules })
      b = options.b ? cleanDocument(item.text, { rules: options.b.rules }) : undefined
    }
    // Line numbers of a report refer to the text the rules ran on: for HTML, the extracted article.
    const text = a.extracted ?? (item.kind === 'record' ? (item.value[field] as string) : item.text)
    builder.add(item.source, text, a, b)
  }
  return builder.finish({ version: options.version, inputs: [...paths] })
}
