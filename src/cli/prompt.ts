import { createInterface } from 'node:readline/promises';
import { Writable, type Readable } from 'node:stream';

export interface AskOptions {
  secret?: boolean;
  /** The terminal's input and where the question goes (default stdin and stderr). */
  input?: Readable;
  output?: Writable;
}

/**
 * Asks on the terminal. With `secret`, what is typed is not echoed: the prompt goes to
 * stderr and the keystrokes to a muted stream.
 */
export async function ask(question: string, options: AskOptions = {}): Promise<string> {
  const target = options.output ?? process.stderr;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) target.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: options.input ?? process.stdin, output, terminal: true });
  try {
    const pending = rl.question(question);
    muted = options.secret === true;
    const answer = await pending;
    if (options.secret) target.write('\n');
    return answer.trim();
  } finally {
    rl.close();
  }
}
