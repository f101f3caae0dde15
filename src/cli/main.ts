#!/usr/bin/env node
/** The `zohokit` executable: runs the command line (program.ts) and sets the exit status. */
import { processIo } from './cli-io.js';
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2), processIo());
