/** Defaults of the queue faces, apart from BullMQ so help text and argument checks load fast. */

/** Records per job unless told otherwise. */
export const DEFAULT_BATCH = 50

/** How long a job's lock lasts unless renewed (ms); also the stalled-check interval. */
export const DEFAULT_LOCK_MS = 30_000
