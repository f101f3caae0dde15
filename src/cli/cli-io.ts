import type { Readable, Writable } from 'node:stream';

/**
 * What the command line reads and writes, passed in rather than taken from `process`, so
 * tests (and programs that embed the CLI) can run a command in process and read its output
 * and exit code. main.ts hands it the real process streams and environment.
 */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Prompts read from here, and only when it is a terminal. */
  stdin: Readable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** Aborting it stops `zohokit simulate`, as SIGINT or SIGTERM do. */
  signal?: AbortSignal;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
