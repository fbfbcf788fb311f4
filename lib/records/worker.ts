/**
 * A worker thread of the cleaning pool. It compiles the rules once, from
 * the merged rule specs the main thread loaded and validated (compiled
 * rules hold functions and cannot be sent; specs are plain data), then
 * takes tasks: a batch of JSON Lines, or one text file.
 */
import { workerData } from 'piscina'
import { compileRules } from '../config/load.js'
import type { RuleSpec } from '../rules/types.js'
import { cleanFile, type FileResult, type FileTask } from '../files/clean-file.js'
import { cleanBatch, type BatchOptions, type BatchResult } from './batch.js'

/** What a worker is started with. */
export interface PoolRules {
  specs: readonly RuleSpec[]
}

export type PoolTask =
  | { kind: 'batch'; bytes: Uint8Array; firstLine: number; options: Omit<BatchOptions, 'rules'> }
  | { kind: 'file'; task: FileTask }

const { specs } = workerData as PoolRules
const rules = { specs, rules: compileRules(specs) }

/** Piscina calls this for each task. */
export default async function runTask(task: PoolTask): Promise<BatchResult | FileResult> {
  if (task.kind === 'file') return cleanFile(task.task, rules)
  return cleanBatch(task.bytes, task.firstLine, { ...task.options, rules })
}
