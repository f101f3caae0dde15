import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';

/** Text written to a stream, kept. */
function captured(): Writable & { text: string } {
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        stream.text += String(chunk);
        done();
      },
    }),
    { text: '' },
  );
  return stream;
}

// In process, so coverage sees the tour; test/cli/cli.test.ts proves the executable runs.
describe('npm run demo', () => {
  it('runs the whole tour against the simulator and exits 0', async () => {
    const stdout = captured();
    const stderr = captured();
    // No ZOHO_* variables: the tour runs against its own simulator, never real Zoho.
    const code = await run(['demo'], { stdout, stderr, env: {} });
    expect({ code, stderr: stderr.text }).toEqual({ code: 0, stderr: '' });
    expect(stdout.text).toContain('100 calls, 1 refresh');
    expect(stdout.text).toContain('signed by: ana@example.com, ben@example.com, ana@example.com, ben@example.com');
    expect(stdout.text).toContain('3 × 1000 − 150 + 5% VAT = 2992.5');
    expect(stdout.text).toContain('bulk read streamed 1501 rows from the job\'s ZIP into leads.csv');
    expect(stdout.text).toMatch(/SQL export: Zylker 450, Zylker 750/);
    expect(stdout.text).toContain('bulk read streamed 125 open orders');
    expect(stdout.text).toContain('created, commented and closed');
    expect(stdout.text).toContain('calling as ben now fails clearly');
    expect(stdout.text).toMatch(/Done: \d+ simulated requests/);
  }, 60_000);
});
