/**
 * JSON-schema validation (ajv), loaded on first use. Worker threads compile
 * rule specs the main thread already validated and never validate anything:
 * loading the validator there would only cost each thread memory (some
 * 10 MB of resident code and heap).
 */
import { createRequire } from 'node:module'
import type { ValidateFunction } from 'ajv'

const require = createRequire(import.meta.url)

/**
 * Compile a JSON schema into a validator that collects all errors.
 *
 * @example
 * ```ts
 * const validate = compileSchema({ type: 'object', required: ['rules'] })
 * validate({}) // => false; validate.errors lists what is wrong
 * ```
 */
export function compileSchema(schema: object): ValidateFunction {
  // ajv is CommonJS, so a synchronous require loads it where it is first needed.
  const { Ajv } = require('ajv') as typeof import('ajv')
  return new Ajv({ allErrors: true }).compile(schema)
}
