/**
 * cleanup: remove boilerplate from scraped news text and keep the article.
 *
 * One pipeline ({@link cleanDocument}), several faces: {@link clean} for one
 * document, {@link cleanWithReport} for what was removed and why,
 * {@link createCleanStream} for streams. The Redis queue lives in its own
 * entry point, `cleanup/queue`, so this one loads only what cleaning needs.
 */
import { cleanDocument, type CleanDocumentOptions, type DocumentReport } from './pipeline.js'

export { defaultRules } from './config/defaults.js'
export { scopeRules } from './config/scope.js'
export { loadRules, mergeRules, parseRulesFile, readRulesFile, ruleSetFrom, compileRules } from './config/load.js'
export type { LoadRulesOptions, RuleEntry, RulesFile, RuleSet } from './config/load.js'
export type { CleanReport, Removal, RunOptions } from './engine.js'
export type { CueRuleSpec, FooterRuleSpec, HeaderRuleSpec, LearnedSupport, LineRuleSpec, MatchSpec, Rule, RuleSpec, Zone } from './rules/types.js'
export { createCleanStream, type CleanStreamOptions } from './stream.js'
export { createRecordStream, type RecordStreamOptions, type RecordReject } from './records/stream.js'
export { readRecords, type RecordLine, type ReadRecordsOptions } from './records/read.js'
export { cleanRecord, cleanRecordLine, parseRecordLine, summariseReport } from './records/record.js'
export type { LineOutcome, ParsedRecord, RecordOptions, RecordOutcome, RecordRejection, RecordReport, RejectCode } from './records/record.js'
export { cleanBatch, type BatchOptions, type BatchResult, type OnError } from './records/batch.js'
export { decodeDocument, DEFAULT_MAX_BYTES, type DecodeOptions } from './text/decode.js'
export { ConfigError, InputError, UsageError } from './errors.js'
export { learnRules, LEARN_DEFAULTS, type LearnDocument, type LearnOptions, type LearnSummary, type Rejection } from './learn/learn.js'
export { DEFAULT_RULES_PATH, RULES_SCHEMA_PATH } from './config/paths.js'
export { cleanHtml, cleanHtmlWithReport, type CleanHtmlOptions, type HtmlCleanReport } from './html/clean.js'
export { extractHtml, type ExtractHtmlOptions, type HtmlExtraction } from './html/extract.js'
export { decodeHtml, sniffHtmlEncoding, type HtmlDecodeOptions, type SniffedEncoding } from './html/decode.js'
export { looksLikeHtml } from './html/detect.js'
export { cleanTextWithReport, cleanDocument, PIPELINE_DEFAULTS, type CleanDocumentOptions, type CleanTextOptions, type DocumentReport, type InputFormat, type ModeReport } from './pipeline.js'
export { PAGE_RULE, type CleanMode } from './page/stage.js'
export { isWholePage, pageEvidence, type PageEvidence } from './page/detect.js'
export type { PageMetadata } from './html/metadata.js'
export { compileVocabulary, defaultVocabulary, EXTRACTION_PATH, EXTRACTION_SCHEMA_PATH, type ExtractionFile, type Vocabulary } from './page/vocabulary.js'

/** Options shared by every face of the cleaner: those of {@link cleanDocument}. */
export type CleanOptions = CleanDocumentOptions

/**
 * Clean one document and say what was removed, by which rule, on which lines.
 *
 * @example
 * ```ts
 * const { text, removals } = cleanWithReport(scraped)
 * for (const r of removals) console.error(`${r.from}-${r.to} ${r.rule}: ${r.reason}`)
 * ```
 */
export function cleanWithReport(text: string | Uint8Array, options: CleanOptions = {}): DocumentReport {
  return cleanDocument(text, options)
}

/**
 * Clean one document: the article's headline and paragraphs, lines untouched,
 * layout kept, one final newline.
 *
 * @example
 * ```ts
 * import { clean } from 'cleanup'
 * clean('Get all your news in one place.\nStorm hits coast\nThe storm arrived at dawn, officials said.\nComments\n')
 * // => 'Storm hits coast\nThe storm arrived at dawn, officials said.\n'
 * ```
 */
export function clean(text: string | Uint8Array, options: CleanOptions = {}): string {
  return cleanDocument(text, options).text
}
