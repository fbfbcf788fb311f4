import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../errors.js'
import { PACKAGE_ROOT } from '../config/paths.js'
import { compileSchema } from '../config/schema.js'
import { foldKey, labelKey } from '../text/fold.js'
import { validatedByBuild } from '../precompiled.js'

/** The bundled vocabularies for main-content extraction. */
export const EXTRACTION_PATH = join(PACKAGE_ROOT, 'extraction.json')
/** The JSON schema extraction vocabularies are validated against. */
export const EXTRACTION_SCHEMA_PATH = join(PACKAGE_ROOT, 'extraction.schema.json')

/** The shape of extraction.json. */
export interface ExtractionFile {
  html: {
    skipTags: string[]
    boilerplateTags: string[]
    boilerplateRoles: string[]
    strongWords: string[]
    chromeWords: string[]
    weakWords: string[]
    contentWords: string[]
    hiddenStyles: string[]
    taxonomyPrefixes?: string[]
    layoutWords?: string[]
  }
  text: {
    cookiePhrases: string[]
    chromeLabels: string[]
  }
}

/** extraction.json compiled for lookups: sets and one regex per phrase list. */
export interface Vocabulary {
  readonly skipTags: ReadonlySet<string>
  readonly boilerplateTags: ReadonlySet<string>
  readonly boilerplateRoles: ReadonlySet<string>
  readonly strongWords: ReadonlySet<string>
  readonly chromeWords: ReadonlySet<string>
  readonly weakWords: ReadonlySet<string>
  readonly contentWords: ReadonlySet<string>
  readonly hiddenStyles: readonly string[]
  /** Starts of class names that label a post's topics (category-, tag-, entry-author-), lower case. */
  readonly taxonomyPrefixes: readonly string[]
  /** Strong class words naming a box's place or sponsor (sidebar, ad), doubted on a wrapper of most of the prose. */
  readonly layoutWords: ReadonlySet<string>
  /** Tests a line's fold key for a cookie or consent phrase. */
  readonly cookie: RegExp
  /** The same phrases as plain substrings (no word boundaries, no Unicode mode): every key `cookie` matches holds one, and most keys are ruled out far faster. */
  readonly cookieScreen?: RegExp
  /** Whole-line labels of menus and buttons, as label keys. */
  readonly chromeLabels: ReadonlySet<string>
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()))
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Validate and compile vocabularies. Errors name the source and the fault.
 *
 * @example
 * ```ts
 * const vocab = compileVocabulary(JSON.parse(readFileSync('my-extraction.json', 'utf8')), 'my-extraction.json')
 * ```
 */
export function compileVocabulary(data: unknown, source: string, options: { validated?: boolean } = {}): Vocabulary {
  if (options.validated !== true) {
    const schema = JSON.parse(readFileSync(EXTRACTION_SCHEMA_PATH, 'utf8')) as object
    const validate = compileSchema(schema)
    if (!validate(data)) {
      const why = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
      throw new ConfigError(`${source}: ${[...new Set(why)].join('; ')}`)
    }
  }
  const file = data as ExtractionFile
  const h = file.html
  return {
    skipTags: lower(h.skipTags),
    boilerplateTags: lower(h.boilerplateTags),
    boilerplateRoles: lower(h.boilerplateRoles),
    strongWords: lower(h.strongWords),
    chromeWords: lower(h.chromeWords),
    weakWords: lower(h.weakWords),
    contentWords: lower(h.contentWords),
    hiddenStyles: h.hiddenStyles.map((s) => s.toLowerCase().replace(/\s+/g, '')),
    taxonomyPrefixes: (h.taxonomyPrefixes ?? []).map((s) => s.toLowerCase()),
    layoutWords: lower(h.layoutWords ?? []),
    cookie: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${file.text.cookiePhrases.map((p) => escape(foldKey(p))).join('|')})(?:$|[^\\p{L}\\p{N}])`, 'u'),
    cookieScreen: new RegExp(file.text.cookiePhrases.map((p) => escape(foldKey(p))).join('|')),
    chromeLabels: new Set(file.text.chromeLabels.map(labelKey)),
  }
}

let bundled: Vocabulary | undefined

/** The bundled extraction.json, loaded and compiled once per process (validated unless the build validated this very file). */
export function defaultVocabulary(): Vocabulary {
  bundled ??= compileVocabulary(JSON.parse(readFileSync(EXTRACTION_PATH, 'utf8')), EXTRACTION_PATH, { validated: validatedByBuild(EXTRACTION_PATH, EXTRACTION_SCHEMA_PATH) })
  return bundled
}
