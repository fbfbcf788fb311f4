/**
 * The pipeline's HTML and markdown halves (lib/pipeline-core.ts reaches
 * them through here): article extraction from markup, the comment cues it
 * walls off, markdown blocks and the text pass that keeps them whole. Most
 * documents are text, so the CLI loads this module only for an input that
 * needs it; lib/pipeline.ts loads it for every other face.
 */
export { extractHtml } from './html/extract.js'
export { commentRules } from './html/comment-sections.js'
export { cleanMarkdown } from './markdown/clean.js'
export { keepBlocksWhole } from './markdown/text-pass.js'
