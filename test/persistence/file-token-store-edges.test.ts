/**
 * FileTokenStore against what other processes and crashes leave on disk: token entries of
 * the wrong types, a lock breaker left by a crashed waiter, temp files of dead writers, and
 * a directory where the lock cannot be made.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileTokenStore } from '../../persistence/file-token-store.js';
import { ZohoStoreError } from '../../src/errors.js';

const root = mkdtempSync(join(tmpdir(), 'zohokit-file-store-edges-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const freshPath = (): string => join(root, `case-${++counter}`, 'tokens.json');

const key = { user: 'alice@example.com', clientId: '1000.CLIENT', environment: 'production' };
const token = { ...key, refreshToken: '1000.SECRET-REFRESH', accessToken: '1000.SECRET-ACCESS' };
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

const file = (entry: unknown): string => JSON.stringify({ format: 'zohokit-tokens', version: 1, tokens: [entry] });

describe('FileTokenStore: what is on disk', () => {
  it.each([
    { name: 'an entry that is not an object', entry: null },
    { name: 'a numeric user', entry: { ...token, user: 7 } },
    { name: 'an access token that is a number', entry: { ...token, accessToken: 12345 } },
    { name: 'an api domain that is not text', entry: { ...token, apiDomain: { host: 'x' } } },
    { name: 'an expiry written as text', entry: { ...token, expiresAt: '2026-12-02T10:00:00Z' } },
    { name: 'scopes that are not a list', entry: { ...token, scopes: 'ZohoCRM.modules.ALL' } },
    { name: 'scopes that are not all text', entry: { ...token, scopes: ['ZohoCRM.modules.ALL', 3] } },
  ])('refuses $name as a corrupt entry, naming its index but no secret', async ({ entry }) => {
    const path = freshPath();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file(entry));
    const error = await new FileTokenStore(path).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toContain('entry 0 is not a valid token');
    expect((error as Error).message).not.toContain('SECRET');
  });

  it('reads an entry with every optional field, and writes back only the known ones', async () => {
    const path = freshPath();
    mkdirSync(dirname(path), { recursive: true });
    const full = { ...token, expiresAt: 1_800_000_000_000, apiDomain: 'https://www.zohoapis.eu', dataCenter: 'eu', scopes: ['ZohoCRM.modules.ALL'], extra: 'dropped' };
    writeFileSync(path, file(full));
    const store = new FileTokenStore(path);
    const { extra: _dropped, ...known } = full;
    expect(await store.get(key)).toEqual(known);
    await store.set({ ...known, accessToken: '1000.SECRET-NEW' });
    expect(await store.list()).toEqual([{ ...known, accessToken: '1000.SECRET-NEW' }]);
  });

  it('removes temp files of writers that died mid-write, and keeps those of live ones', async () => {
    const path = freshPath();
    const store = new FileTokenStore(path);
    await store.set(token);
    const dir = dirname(path);
    const dead = `${basename(path)}.${deadPid()}.0123456789ab.tmp`;
    const live = `${basename(path)}.${process.pid}.ba9876543210.tmp`;
    writeFileSync(join(dir, dead), 'half a file');
    writeFileSync(join(dir, live), 'being written');
    // A store sweeps once, at its first write (leftovers only come from crashes before it started).
    await new FileTokenStore(path).set({ ...token, accessToken: '1000.SECRET-AGAIN' });
    expect(readdirSync(dir).sort()).toEqual([live, basename(path)].sort());
  });
});

describe('FileTokenStore: locks left behind', () => {
  it('a breaker file left by a crashed waiter does not block breaking a dead holder\'s lock for ever', async () => {
    const path = freshPath();
    const store = new FileTokenStore({ path, lockTimeoutMs: 10_000 });
    await store.set(token);
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: deadPid(), host: hostname(), nonce: 'x' }));
    writeFileSync(`${path}.lock.break`, '12345');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock.break`, old, old);
    await store.set({ ...token, accessToken: '1000.SECRET-AFTER' });
    expect((await store.get(key))?.accessToken).toBe('1000.SECRET-AFTER');
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(existsSync(`${path}.lock.break`)).toBe(false);
  });

  it('a lock file of unknown content that is fresh is waited for, then reported, not broken', async () => {
    const path = freshPath();
    const store = new FileTokenStore({ path, lockTimeoutMs: 150 });
    await store.set(token);
    writeFileSync(`${path}.lock`, 'not json');
    const error = await store.delete(key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toContain(`Timed out waiting for the lock file ${path}.lock`);
    expect(await store.get(key)).toBeDefined();
  });

  it('a directory where no lock can be made is a ZohoStoreError, not a hang', async () => {
    const blocker = join(root, `blocker-${++counter}`);
    writeFileSync(blocker, 'a file, not a directory');
    const store = new FileTokenStore({ path: join(blocker, 'tokens.json'), lockTimeoutMs: 1_000 });
    const error = await store.withLock(key, async () => 'never').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toMatch(/Could not create the lock file|tokens\.json/);
  });
});
