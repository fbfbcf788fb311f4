import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The package root, found by walking up from this module: the same code runs
 * from lib/ (tests) and from dist/lib/ (the installed package), at different depths.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }
      if (name === 'cleanup') return dir
    }
    const up = dirname(dir)
    if (up === dir) throw new Error('cleanup: cannot find the package root')
    dir = up
  }
}

export const PACKAGE_ROOT = findPackageRoot()
/** The bundled default rules. */
export const DEFAULT_RULES_PATH = join(PACKAGE_ROOT, 'rules.json')
/** The JSON schema every rules file is validated against. */
export const RULES_SCHEMA_PATH = join(PACKAGE_ROOT, 'rules.schema.json')
