import { UsageError } from '../errors.js'

/** BullMQ keys are `prefix:queue:...`, so a queue name cannot hold ":". */
export function checkQueueName(name: string): void {
  if (name === '') throw new UsageError('--queue: the queue name is empty')
  if (name.includes(':')) throw new UsageError(`--queue ${name}: a queue name cannot contain ":"`)
}
