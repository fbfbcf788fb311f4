/**
 * The cleaning half of the CLI (lib/cli/main.ts parses the arguments and
 * answers --help and --version without loading it): load the rules, then
 * clean each input, or hand the inputs to the JSON Lines or folder driver.
 */
import { pageDecision, type PageEvidence } from '../page/detect.js'
import { mkdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { loadRules, type RuleSet } from '../config/load.js'
import type { CleanReport } from '../engine.js'
import { InputError, UsageError } from '../errors.js'
import { readInput, writeAtomic } from '../files/io.js'
// The core alone: the HTML and markdown halves load for the inputs that need them (loadFormatsFor).
import { cleanDocument, loadFormatsFor, type CleanDocumentOptions } from '../pipeline-core.js'
import { EMPTY_AS_HTML } from '../text/empty.js'
import type { CliOptions } from './args.js'
import { EXIT, writeOut, type CliIO } from './io.js'
import { fileSink } from './output.js'
import { usageStatus } from './options.js'

/** The pipeline options a command line asks for: the same for every input and every way of reading it (file, stdin, -r, --in-place, --jsonl). */
export function pipelineOptions(opts: CliOptions, rules: RuleSet): CleanDocumentOptions {
  return { rules, mode: opts.mode, format: opts.format, maxBytes: opts.maxBytes, ...(opts.source !== undefined ? { source: opts.source } : {}) }
}

/** Why the whole-page decision fired: the model's probability and the signs it read. */
function describeDecision(e: PageEvidence): string {
  const signs = `${e.menuRunLines} menu-run lines, ${e.chromeLabels} labels, ${e.linkRows} link rows, ${e.cookieLines} cookie lines, ${e.proseLines} of ${e.nonBlank} lines prose`
  const decision = pageDecision(e)
  // Page mode without the decision's say-so was asked for, or follows from a markdown page's chrome (lib/markdown/clean.ts).
  return `${decision.page ? decision.why : 'forced (--mode page) or by the chrome of a markdown page'}; ${signs}`
}

/** One line per removal: where, which rule, why, and what the first removed line said. */
export function formatExplain(source: string, report: CleanReport & { mode?: string; evidence?: PageEvidence; fallback?: string }): string {
  const out: string[] = []
  if (report.mode === 'page' && report.evidence !== undefined) out.push(`${source}: mode: page: ${describeDecision(report.evidence)}`)
  if (report.fallback !== undefined) out.push(`${source}: fallback: ${report.fallback}`)
  for (const r of report.removals) {
    const where = r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`
    const first = r.lines.find((l) => l.trim() !== '') ?? ''
    const preview = first.length > 80 ? `${first.slice(0, 77)}...` : first
    out.push(`${source}:${where}: ${r.rule}: ${r.reason}\n    | ${preview}`)
  }
  if (report.guard) out.push(`${source}: guard: ${report.guard}`)
  out.push(`${source}: ${report.linesIn} lines in, ${report.linesOut} out, ${report.removals.length} removals`)
  return out.join('\n') + '\n'
}

async function cleanOne(input: string, opts: CliOptions, rules: RuleSet, io: CliIO): Promise<void> {
  const name = input === '-' ? '<stdin>' : input
  const bytes = await readInput(input, io.stdin, opts.maxBytes)
  await loadFormatsFor(bytes, opts.format)
  const report = cleanDocument(bytes, { ...pipelineOptions(opts, rules), name })
  if (opts.explain) await writeOut(io.stderr, formatExplain(name, report))
  // A document HTML extraction would have emptied is said on stderr even without --explain (lib/text/empty.ts).
  else if (report.guard?.startsWith(EMPTY_AS_HTML) === true) await writeOut(io.stderr, `cleanup: ${name}: ${report.guard}\n`)
  const out = opts.metadata ? JSON.stringify({ ...report.metadata, text: report.text }) + '\n' : report.text
  if (opts.outDir !== undefined) {
    const target = join(opts.outDir, input === '-' ? 'stdin.txt' : basename(input))
    if (opts.skipExisting && existsSync(target)) return
    await writeAtomic(target, out)
  } else if (opts.output !== undefined) {
    const sink = fileSink(opts.output)
    await sink.write(out)
    await sink.commit()
  } else {
    await writeOut(io.stdout, out)
  }
}

/** Load the rules and clean every input the command line names; the exit status. */
export async function cleanInputs(opts: CliOptions, io: CliIO, say: (msg: string) => void): Promise<number> {
  let rules: RuleSet
  try {
    // Scoped to --source by the pipeline, per document, so worker threads (which get the specs) scope alike.
    rules = loadRules({ files: opts.rules, defaults: opts.defaultRules })
    if (opts.printConfig) {
      await writeOut(io.stdout, JSON.stringify({ rules: rules.specs }, null, 2) + '\n')
      return EXIT.ok
    }
    if (opts.outDir !== undefined) {
      const names = opts.inputs.map((i) => (i === '-' ? 'stdin.txt' : basename(i)))
      const dup = names.find((n, k) => names.indexOf(n) !== k)
      if (dup !== undefined) throw new UsageError(`two inputs would both be written to ${join(opts.outDir, dup)}`)
      await mkdir(opts.outDir, { recursive: true })
    }
  } catch (err) {
    return usageStatus(err, say, 'cleanup --help')
  }

  // Records and folders have their own drivers, loaded only when used.
  if (opts.jsonl) return (await import('./jsonl.js')).cleanJsonl(opts, rules, io, say)
  if (opts.recursive !== undefined || opts.inPlace) return (await import('./folders.js')).cleanFolders(opts, rules, io, say)

  let status: number = EXIT.ok
  for (const input of opts.inputs) {
    try {
      await cleanOne(input, opts, rules, io)
    } catch (err) {
      if (!(err instanceof InputError)) throw err
      say(err.message)
      status = EXIT.input
    }
  }
  return status
}
