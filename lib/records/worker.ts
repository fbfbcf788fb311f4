/**
 * A worker thread of the cleaning pool. It compiles the rules once, from
 * the same files and flags as the main thread (compiled rules hold
 * functions and cannot be sent), then takes tasks: a batch of JSON Lines,
 * or one text file.
 */
import { workerData } from 'piscina'
import { loadRules } from '../config/load.js'
import { cleanFile, type FileResult, type FileTask } from '../cli/clean-file.js'
import { cleanBatch, type BatchOptions, type BatchResult } from './batch.js'

/** How a worker builds its rules: what `loadRules` needs. */
export interface PoolRules {
  files: string[]
  defaults: boolean
}

export type PoolTask =
  | { kind: 'batch'; bytes: Uint8Array; firstLine: number; options: Omit<BatchOptions, 'rules'> }
  | { kind: 'file'; task: FileTask }

const rules = loadRules(workerData as PoolRules)

/** Piscina calls this for each task. */
export default async function runTask(task: PoolTask): Promise<BatchResult | FileResult> {
  if (task.kind === 'file') return cleanFile(task.task, rules)
  return cleanBatch(task.bytes, task.firstLine, { ...task.options, rules })
}
