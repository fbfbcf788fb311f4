#!/usr/bin/env node
// Thin entry point: all behaviour lives in the library's CLI module.
import { main } from '../dist/lib/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
