import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Heap growth after `cycles` users, measured after a full GC in a child process of its own. */
async function heapAfter(cycles: number, revoke: boolean): Promise<{ bytesPerUser: number; growth: number }> {
  const worker = new URL('../support/heap-worker.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', worker], {
    env: { ...process.env, CYCLES: String(cycles), REVOKE: revoke ? '1' : '0' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { bytesPerUser: number; growth: number };
}

describe('memory stays flat with the number of users', () => {
  // Before views were bounded, each user kept about 10 KB after revoke(): 100 MB here.
  it('keeps next to nothing per user after 10,000 as()/revoke() cycles', { timeout: 120_000 }, async () => {
    const { bytesPerUser } = await heapAfter(10_000, true);
    expect(bytesPerUser).toBeLessThan(500);
  });

  it('holds at most the view cache\'s worth for 10,000 users never revoked', { timeout: 120_000 }, async () => {
    const { growth } = await heapAfter(10_000, false);
    // 1,000 cached views of about 9 KB; unbounded it would be about 100 MB.
    expect(growth).toBeLessThan(20 * 1024 * 1024);
  });
});
