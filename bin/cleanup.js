#!/usr/bin/env node
// Thin entry point: all behaviour lives in the library's CLI module; every
// error ends as one line on stderr and a non-zero exit (see lib/cli/fatal.ts).
import { main } from '../dist/lib/cli/main.js'
import { runGuarded } from '../dist/lib/cli/fatal.js'

process.exitCode = await runGuarded(process.argv.slice(2), (argv) => main(argv))
