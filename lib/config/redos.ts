/**
 * The exponential-backtracking screen of the bundled patterns.
 *
 * Bundled patterns (rules.json) run on V8's backtracking engine for speed;
 * every other pattern runs on the linear-time engine or is refused at load
 * (lib/match/engines.ts). This screen is what keeps the bundled ones from
 * hanging: test/config/redos.test.ts runs it on each of them. A pattern is
 * screened in two steps:
 *
 * 1. Its syntax (regexpp, instant, deterministic): a pattern in which no
 *    unbounded quantifier (`*`, `+`, `{n,}`) holds another one or a choice
 *    (`(a|b)*`) cannot backtrack exponentially; it passes.
 * 2. Any other pattern goes to the `recheck` ReDoS analyser
 *    (its pure-JavaScript backend, in this thread: no Java, no binary). It
 *    is refused when recheck finds an exponential attack, or cannot decide
 *    within the time given.
 *
 * Polynomial verdicts do not refuse: recheck flags nearly every unanchored
 * pattern with one `*` as quadratic, and its polynomial verdicts vary with
 * the machine's load (part of its search is time-boxed fuzzing).
 * Answers are cached per process by source and flags.
 */
import { createRequire } from 'node:module'
import { RegExpParser, type AST } from '@eslint-community/regexpp'

/** How long recheck may think about one pattern before it is refused as undecided. */
export const CHECK_TIMEOUT_MS = 10_000

interface RecheckDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown'
  complexity?: { type: string; degree?: number }
  attack?: { pattern: string }
  error?: { kind: string }
}
type CheckSync = (source: string, flags: string, params?: Record<string, unknown>) => RecheckDiagnostics

let checkSyncFn: CheckSync | undefined
function recheck(source: string, flags: string, timeout: number | null): RecheckDiagnostics {
  // Loaded on first need: a run with only the bundled rules never pays for it.
  checkSyncFn ??= (createRequire(import.meta.url)('recheck') as { checkSync: CheckSync }).checkSync
  const before = process.env['RECHECK_SYNC_BACKEND']
  // 'pure' runs the analyser in this thread; the default starts a worker (and may look for java).
  process.env['RECHECK_SYNC_BACKEND'] = 'pure'
  try {
    return checkSyncFn(source, flags, { timeout, randomSeed: 42 })
  } finally {
    if (before === undefined) delete process.env['RECHECK_SYNC_BACKEND']
    else process.env['RECHECK_SYNC_BACKEND'] = before
  }
}

/**
 * Whether an unbounded quantifier holds another one, or a choice
 * (`(a|a)*`): the two shapes of exponential backtracking. Lookarounds
 * count as part of the loop they sit in.
 */
function loopInLoop(pattern: AST.Pattern): boolean {
  const walk = (node: AST.Node, inLoop: boolean): boolean => {
    const loop = node.type === 'Quantifier' && node.max === Infinity
    if (loop && inLoop) return true
    const inner = inLoop || loop
    switch (node.type) {
      case 'Pattern':
      case 'CapturingGroup':
      case 'Group':
        if (inLoop && node.alternatives.length > 1) return true
        return node.alternatives.some((alt) => walk(alt, inner))
      case 'Assertion':
        return 'alternatives' in node && node.alternatives.some((alt) => walk(alt, inner))
      case 'Alternative':
        return node.elements.some((el) => walk(el, inner))
      case 'Quantifier':
        return walk(node.element, inner)
      default:
        return false
    }
  }
  return walk(pattern, false)
}

const cache = new Map<string, string | null>()

/**
 * Why a pattern is refused as a backtracking risk, or null when it may run.
 * A pattern that does not parse is left to the compiler's own message.
 * `timeout` (ms, null for none) bounds recheck's work on a nested pattern.
 *
 * @example
 * ```ts
 * backtrackingRisk('^(\\w+\\s?)*$', 'u') // => 'can backtrack exponentially (e.g. on …)'
 * backtrackingRisk('^read more\\b', 'u') // => null
 * ```
 */
export function backtrackingRisk(source: string, flags: string, timeout: number | null = CHECK_TIMEOUT_MS): string | null {
  const key = `${flags}/${source}`
  const known = cache.get(key)
  if (known !== undefined) return known
  let pattern: AST.Pattern | undefined
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, undefined, undefined, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') })
  } catch {
    pattern = undefined
  }
  const answer = pattern !== undefined && loopInLoop(pattern) ? verdict(recheck(source, flags, timeout), timeout) : null
  cache.set(key, answer)
  return answer
}

function verdict(d: RecheckDiagnostics, timeout: number | null): string | null {
  if (d.status === 'safe') return null
  const attack = d.attack ? ` (e.g. on ${d.attack.pattern.length > 60 ? `${d.attack.pattern.slice(0, 57)}...` : d.attack.pattern})` : ''
  if (d.status === 'unknown') {
    const why = d.error?.kind === 'timeout' ? `could not be shown linear within ${(timeout ?? 0) / 1000} s` : `could not be analysed (${d.error?.kind ?? 'unknown'})`
    return `has a loop holding another loop or a choice and ${why}; simplify it`
  }
  if (d.complexity?.type === 'exponential') return `can backtrack exponentially${attack}`
  // Polynomial passes, as loops side by side do: see the module comment.
  return null
}
