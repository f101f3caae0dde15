/**
 * The command line run in this process through `run(args, io)`, as the CLI tests drive it:
 * what a user types, what they read, the exit status their script sees. Shared by the
 * in-process suites so that each asserts on the same captured streams.
 */
import { PassThrough, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';
import { run } from '../../src/cli/program.js';
import { redactionGuard } from '../support/redaction-guard.js';

/** A stream that keeps what was written, and says when a line containing `text` arrives. */
export class Captured extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    this.emit('text');
    done();
  }
  async waitFor(text: string): Promise<void> {
    while (!this.text.includes(text)) await new Promise((resolve) => this.once('text', resolve));
  }
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `zohokit ...args` in process with only `env` as its environment (never process.env). */
export async function zohokit(args: string[], env: Record<string, string> = {}, extra: Partial<CliIo> = {}): Promise<Ran> {
  const stdout = new Captured();
  const stderr = (extra.stderr as Captured | undefined) ?? new Captured();
  const code = await run(args, { stdout, stderr, stdin: new PassThrough(), env, ...extra });
  // What a user reads on stderr must never hold a secret the simulator issued.
  redactionGuard.record(stderr.text);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
