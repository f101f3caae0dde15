/**
 * FileTokenStore shared by real processes. The workers run the compiled store from
 * dist/ (the test command builds first; run `npm run build` when running this alone).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTokenStore } from '../../persistence/file-token-store.js';

const worker = fileURLToPath(new URL('./fixtures/file-store-worker.mjs', import.meta.url));
const compiled = fileURLToPath(new URL('../../dist/persistence/file-token-store.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'zohokit-file-processes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` first`);
});

describe('FileTokenStore shared by several processes', () => {
  it('survives 100 writers killed with SIGKILL mid-write: the file always parses', async () => {
    const lanes = 5; // separate files, killed in parallel to keep this quick
    const killsPerLane = 20;
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const path = join(root, `killed-${lane}.json`);
        for (let kill = 0; kill < killsPerLane; kill++) {
          const child = start(['loop', path, `lane${lane}-kill${kill}`]);
          await child.ready;
          await sleep(Math.random() * 25);
          child.process.kill('SIGKILL');
          await child.exited;

          const store = new FileTokenStore({ path, lockTimeoutMs: 5_000 });
          const tokens = await store.list(); // throws on a torn or corrupt file
          expect(tokens.length).toBeGreaterThan(0);
          for (const token of tokens) {
            expect(token.refreshToken).toMatch(/^1000\.lane\d-kill\d+-\d+\.refresh\.\d+$/);
            expect(token.accessToken).toBe(token.refreshToken.replace('.refresh.', '.access.'));
          }
          // The first write was acknowledged before the kill: it must have survived.
          expect(tokens.some((token) => token.user === `lane${lane}-kill${kill}-0`)).toBe(true);
          // And the lock the victim may have held does not block the next writer.
          await store.set({ ...tokens[0]!, expiresAt: 1 });
        }
        // The victims' temp files are swept by the next store that writes.
        expect(readdirSync(root).filter((name) => name.startsWith(`killed-${lane}.json.`) && name.endsWith('.tmp'))).toEqual([]);
      }),
    );
  }, 60_000);

  it('loses nothing when two processes write 200 distinct keys each into one file', async () => {
    const path = join(root, 'shared.json');
    const writers = [start(['count', path, 'A', '200']), start(['count', path, 'B', '200'])];
    const codes = await Promise.all(writers.map((writer) => writer.exited));
    expect(codes).toEqual([0, 0]);
    const users = (await new FileTokenStore(path).list()).map((token) => token.user);
    expect(users).toHaveLength(400);
    for (const prefix of ['A', 'B']) {
      for (let i = 0; i < 200; i++) expect(users).toContain(`${prefix}-${i}`);
    }
  }, 60_000);

  const lockKey = { user: 'alice', clientId: '1000.WORKER', environment: 'production' };

  it('serialises withLock() for one key across processes', async () => {
    const path = join(root, 'locked.json');
    const holder = start(['hold', path, 'alice', '500']);
    await holder.ready;
    const started = Date.now();
    await new FileTokenStore({ path, lockTimeoutMs: 5_000 }).withLock(lockKey, async () => undefined);
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(await holder.exited).toBe(0);
  }, 20_000);

  it('does not hold up other keys while another process holds one', async () => {
    const path = join(root, 'locked-other.json');
    const holder = start(['hold', path, 'alice', '5000']);
    try {
      await holder.ready;
      const started = Date.now();
      await new FileTokenStore({ path, lockTimeoutMs: 5_000 }).withLock({ ...lockKey, user: 'bob' }, async () => undefined);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      holder.process.kill('SIGKILL');
      await holder.exited;
    }
  }, 20_000);
});

interface Worker {
  readonly process: ChildProcess;
  /** Resolves when the worker has done its first write (or taken its lock). */
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
}

function start(args: string[]): Worker {
  // Without NODE_EXTRA_CA_CERTS: loading a CA bundle costs ~100 ms per start, and 100
  // starts are most of this file's run time. The workers make no TLS connections.
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready`)));
  });
  ready.catch(() => undefined); // 'count' workers never say ready; only awaited readiness matters
  return { process: child, ready, exited };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
