/**
 * The one cleaning pipeline, whole: lib/pipeline-core.ts with its HTML and
 * markdown halves (lib/formats.ts) loaded. Every face imports this module;
 * only the CLI's cleaning half imports the core alone and loads the halves
 * for the inputs that need them.
 */
import * as formats from './formats.js'
import { useFormats } from './pipeline-core.js'

useFormats(formats)

export * from './pipeline-core.js'
