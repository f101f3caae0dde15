import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

/**
 * Asks on the terminal. With `secret`, what is typed is not echoed: the prompt goes to
 * stderr and the keystrokes to a muted stream.
 */
export async function ask(question: string, options: { secret?: boolean } = {}): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const pending = rl.question(question);
    muted = options.secret === true;
    const answer = await pending;
    if (options.secret) process.stderr.write('\n');
    return answer.trim();
  } finally {
    rl.close();
  }
}
