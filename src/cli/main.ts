#!/usr/bin/env node
/** The `zohokit` executable: runs the command line (program.ts) and sets the exit status. */
import { main } from './program.js';

process.exitCode = await main(process.argv);
