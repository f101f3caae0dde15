import * as vitest from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileTokenStore } from '../../persistence/file-token-store.js';
import { ZohoStoreError } from '../../src/errors.js';
import { describeTokenStoreConformance } from '../../src/testing/token-store-conformance.js';

const root = mkdtempSync(join(tmpdir(), 'zohokit-file-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const freshPath = () => join(root, `case-${++counter}`, 'tokens.json');

const key = { user: 'alice@example.com', clientId: '1000.CLIENT', environment: 'production' };
const token = { ...key, refreshToken: '1000.SECRET-REFRESH', accessToken: '1000.SECRET-ACCESS' };

describeTokenStoreConformance(vitest, 'FileTokenStore', () => new FileTokenStore(freshPath()));

describe('FileTokenStore on disk', () => {
  it('creates the file with mode 0600 and its directory with 0700, whatever the umask', async () => {
    const path = freshPath();
    const previous = process.umask(0);
    try {
      await new FileTokenStore({ path }).set(token);
    } finally {
      process.umask(previous);
    }
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
  });

  it('keeps mode 0600 after rewriting a file that had been opened up to 0644', async () => {
    const path = freshPath();
    const store = new FileTokenStore(path);
    await store.set(token);
    chmodSync(path, 0o644);
    await store.set({ ...token, accessToken: '1000.next' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('leaves no temp or lock files behind', async () => {
    const path = freshPath();
    const store = new FileTokenStore(path);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set({ ...token, user: `u${i}` })));
    await store.withLock(key, async () => store.delete({ ...key, user: 'u0' }));
    expect(readdirSync(dirname(path))).toEqual(['tokens.json']);
  });

  it('treats a missing file as an empty store, and an empty file too', async () => {
    const path = freshPath();
    const store = new FileTokenStore(path);
    expect(await store.list()).toEqual([]);
    expect(await store.get(key)).toBeUndefined();
    await store.set(token); // creates the directory
    writeFileSync(path, '');
    expect(await store.list()).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"format":"zohokit-tokens","version":1,"tokens":[{"user":"1000.SECRET-REFRESH'],
    ['JSON of another shape', '{"refresh_token":"1000.SECRET-REFRESH"}'],
    ['a token missing its refresh token', '{"format":"zohokit-tokens","version":1,"tokens":[{"user":"a","clientId":"c","environment":"production","accessToken":"1000.SECRET-REFRESH"}]}'],
    ['a future version', '{"format":"zohokit-tokens","version":2,"tokens":[]}'],
  ])('refuses a file holding %s, without wiping it or quoting it', async (_, content) => {
    const path = freshPath();
    const store = new FileTokenStore(path);
    await store.set(token);
    writeFileSync(path, content);
    for (const attempt of [() => store.get(key), () => store.list(), () => store.set(token), () => store.delete(key)]) {
      const error: unknown = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZohoStoreError);
      expect(String((error as Error).message)).toContain(path);
      expect(String((error as Error).message)).not.toContain('SECRET');
      expect(JSON.stringify(error)).not.toContain('SECRET');
    }
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('lets two stores on the same file in one process write concurrently without losing keys', async () => {
    const path = freshPath();
    const [a, b] = [new FileTokenStore(path), new FileTokenStore(path)];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).set({ ...token, user: `user-${i}` })),
    );
    expect(await a.list()).toHaveLength(40);
  });

  it('breaks a lock left by a process that has died', async () => {
    const path = freshPath();
    const store = new FileTokenStore({ path, lockTimeoutMs: 2_000 });
    await store.set(token);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead, host: hostname(), nonce: 'x' }));
    const started = Date.now();
    await store.set({ ...token, accessToken: '1000.after-crash' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await store.get(key))?.accessToken).toBe('1000.after-crash');
  });

  it('breaks an empty lock file once it is old (its owner died before writing its pid)', async () => {
    const path = freshPath();
    const store = new FileTokenStore({ path, lockTimeoutMs: 2_000 });
    await store.set(token);
    writeFileSync(`${path}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    await expect(store.delete(key)).resolves.toBeUndefined();
    expect(await store.get(key)).toBeUndefined();
  });

  it('waits for a live holder and fails with ZohoStoreError at the deadline, changing nothing', async () => {
    const path = freshPath();
    const store = new FileTokenStore({ path, lockTimeoutMs: 300 });
    await store.set(token);
    // The parent process (the vitest runner) is alive: the lock is genuinely held.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), nonce: 'x' }));
    const started = Date.now();
    const error: unknown = await store.set({ ...token, accessToken: '1000.blocked' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await store.get(key))?.accessToken).toBe(token.accessToken);
  });

  it('does not break a lock held by another host, whose pids mean nothing here', async () => {
    const path = freshPath();
    const store = new FileTokenStore({ path, lockTimeoutMs: 200 });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 999_999, host: 'elsewhere', nonce: 'x' }));
    await expect(store.set(token)).rejects.toBeInstanceOf(ZohoStoreError);
  });

  it('runs set() inside withLock() for the same key without deadlocking', async () => {
    const store = new FileTokenStore({ path: freshPath(), lockTimeoutMs: 2_000 });
    await store.withLock(key, async () => {
      await store.set(token);
      await store.delete(key);
      await store.set(token);
    });
    expect((await store.get(key))?.refreshToken).toBe(token.refreshToken);
  });
});
