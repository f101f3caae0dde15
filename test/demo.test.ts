import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run demo', () => {
  it('runs the whole tour against the simulator and exits 0', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', new URL('../src/cli/main.ts', import.meta.url).pathname, 'demo'], { timeout: 60_000 });
    expect(stdout).toContain('100 calls, 1 refresh');
    expect(stdout).toContain('signed by: ana@example.com, ben@example.com, ana@example.com, ben@example.com');
    expect(stdout).toContain('3 × 1000 − 150 + 5% VAT = 2992.5');
    expect(stdout).toContain('bulk read streamed 1501 rows from the job\'s ZIP into leads.csv');
    expect(stdout).toMatch(/SQL export: Zylker 450, Zylker 750/);
    expect(stdout).toContain('bulk read streamed 125 open orders');
    expect(stdout).toContain('created, commented and closed');
    expect(stdout).toMatch(/Done: \d+ simulated requests/);
  });
});
