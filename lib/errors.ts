/**
 * Errors a user can cause and fix. The CLI prints their message without a
 * stack trace and maps the class to an exit code; anything else is a bug.
 */

/** Bad input document: binary, invalid UTF-8, too large, unreadable. Exit 1. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(message: string, readonly source?: string) {
    super(source ? `${source}: ${message}` : message)
  }
}

/** A rules file that cannot be read, parsed or validated. Exit 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/** Wrong command-line usage. Exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
