#!/usr/bin/env node
// Part of `npm run build`, after tsc: work out once what every run would
// otherwise work out at start-up, and store it beside the compiled library
// (dist/lib/precompiled.json, read by lib/precompiled.ts):
//  - rules.json and extraction.json validated against their schemas (and
//    each bundled rule compiled), named by the hash of each file and its
//    schema, so a run whose files hash the same skips the validator and the
//    check (loading and compiling the schemas was most of a small command's
//    time);
//  - the screen of every bundled pattern's regex, read from its syntax;
//  - for every bundled pattern, whether a loop in it holds a choice (which
//    sends it to the linear engine: lib/match/engines.ts);
//  - for every other, its line cap: the longest line it runs on with V8
//    (lib/match/line-caps.ts; reading it takes a few seconds for them all);
//  - the stopword lists of the page features (lib/page/stopwords.ts), so a
//    run does not load the package's 60 languages for the 24 it uses;
//  - the needle automata of the bundled rules (dist/lib/needles.bin, read by
//    lib/match/automaton-store.ts): the ones cleaning a document builds.
// Everything is computed from the sources just built, never from a stored
// file, so a stale store cannot feed itself.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'

const target = fileURLToPath(new URL('../dist/lib/precompiled.json', import.meta.url))
const automataTarget = fileURLToPath(new URL('../dist/lib/needles.bin', import.meta.url))
rmSync(target, { force: true })
rmSync(automataTarget, { force: true })
const { mergeRules, readRulesFile } = await import('../dist/lib/config/load.js')
const { DEFAULT_RULES_PATH, RULES_SCHEMA_PATH } = await import('../dist/lib/config/paths.js')
const { compileVocabulary, EXTRACTION_PATH, EXTRACTION_SCHEMA_PATH } = await import('../dist/lib/page/vocabulary.js')
const { validationHash } = await import('../dist/lib/precompiled.js')
const { patternRegExps } = await import('../dist/lib/match/patterns.js')
const { screenOf } = await import('../dist/lib/match/prefilter.js')
const { screenKey, storeScreen } = await import('../dist/lib/match/screens.js')
const { choiceInLoop } = await import('../dist/lib/match/engines.js')
const { parsePattern } = await import('../dist/lib/match/linear.js')
const { lineCap } = await import('../dist/lib/match/line-caps.js')

// Both throw on an invalid file: the build fails. A run whose files hash the same skips the
// validator, and compiles the bundled rules without first checking each one as mergeRules does here.
const { rules } = readRulesFile(DEFAULT_RULES_PATH)
mergeRules([], rules, DEFAULT_RULES_PATH)
compileVocabulary(JSON.parse(readFileSync(EXTRACTION_PATH, 'utf8')), EXTRACTION_PATH)
const validated = {
  [basename(DEFAULT_RULES_PATH)]: validationHash(DEFAULT_RULES_PATH, RULES_SCHEMA_PATH),
  [basename(EXTRACTION_PATH)]: validationHash(EXTRACTION_PATH, EXTRACTION_SCHEMA_PATH),
}
const screens = {}
const nested = {}
const lineCaps = {}
const linearScreenCaps = {}
for (const rule of rules) {
  for (const re of patternRegExps(rule.patterns ?? [], rule.caseSensitive === true)) screens[screenKey(re)] = storeScreen(screenOf(re))
  for (const source of rule.patterns ?? []) nested[source] = choiceInLoop(parsePattern(source, 'u'))
  // By the source as written (a RegExp's .source escapes "/"), with the flags it runs with.
  const sources = rule.patterns ?? []
  patternRegExps(sources, rule.caseSensitive === true).forEach((re, k) => {
    const source = sources[k]
    if (nested[source]) {
      // On the linear engine, V8 tests it first up to this cap (lib/match/engines.ts).
      const cap = lineCap(source, re.flags)
      linearScreenCaps[`${re.flags}/${source}`] = Number.isFinite(cap) ? cap : null
      return
    }
    const cap = lineCap(source, re.flags)
    lineCaps[`${re.flags}/${source}`] = Number.isFinite(cap) ? cap : null
  })
}
const { packageStopwords } = await import('../dist/lib/page/stopwords.js')
writeFileSync(target, JSON.stringify({ validated, screens, choiceInLoop: nested, lineCaps, linearScreenCaps, stopwords: packageStopwords() }) + '\n')
console.log(`precompiled: ${Object.keys(validated).join(', ')} validated, ${Object.keys(screens).length} pattern screens -> ${target}`)

// Clean a few short lines with the bundled rules, recording each automaton built: the store was
// removed above, so every one is built from the rules just compiled.
const { recordBuiltAutomata, writeAutomata } = await import('../dist/lib/match/automaton-store.js')
const { clean } = await import('../dist/lib/index.js')
const automata = []
recordBuiltAutomata((signature, tables) => automata.push({ signature, tables }))
clean('Advertisement\nSIGN UP for our newsletter\nThe storm arrived at dawn, and officials said the damage was severe.\n')
recordBuiltAutomata(undefined)
writeAutomata(automataTarget, automata)
console.log(`precompiled: ${automata.length} needle automata -> ${automataTarget}`)
