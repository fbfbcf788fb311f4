// The set-up the --jsonl CLI tests share (jsonl-cli, jsonl-files, jsonl-scale):
// the built CLI run to the end, a scratch folder, the --stats numbers.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './pairs.js'
import { seedRecords } from './records.js'

/** The built CLI's entry. */
export const BIN = join(ROOT, 'bin/cleanup.js')

/** Run the built CLI with `input` on stdin and wait for it; output as text. */
export const cli = (args: string[], input?: string | Buffer): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8', maxBuffer: 1 << 28 })

/** A fresh scratch folder for a test file's inputs and outputs. */
export const dir = mkdtempSync(join(tmpdir(), 'cleanup-jsonl-'))

/** Write `data` to `name` in the scratch folder; returns its path. */
export function file(name: string, data: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, data)
  return path
}

/** 40 records built from the seed pages, and the JSON Lines input they make. */
export const records = seedRecords(40)
export const INPUT = records.map((r) => r.line).join('\n') + '\n'

/** The numbers of the --stats line: records in, out, rejected. */
export function stats(stderr: string): { records: number; out: number; rejected: number } {
  const m = /stats: (\d+) records in = (\d+) out \+ (\d+) rejected/.exec(stderr)
  if (!m) throw new Error(`no stats line in: ${stderr}`)
  return { records: Number(m[1]), out: Number(m[2]), rejected: Number(m[3]) }
}
