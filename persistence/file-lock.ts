/**
 * A lock that several processes can share through the file system: whoever manages to
 * create the lock file (`open(path, 'wx')`, which fails if it exists) holds the lock and
 * writes its pid into it; everyone else waits with a small backoff, up to a deadline.
 * A lock whose holder has died (its pid no longer exists on this host) is broken.
 *
 * Holders in one process first queue in memory, so the lock file is only ever
 * contended by other processes and a process never waits on itself.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZohoStoreError } from '../src/errors.js';
import { isProcessAlive } from './process-alive.js';
import { TurnQueue } from './turn-queue.js';

export interface FileLockOptions {
  /** Give up with a ZohoStoreError after waiting this long. Default 10 000 ms. */
  readonly timeoutMs?: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 10_000;
// A live process writes its pid microseconds after creating the lock file; an empty
// lock file older than this was left by a process killed in between.
const EMPTY_LOCK_GRACE_MS = 1_000;
// The breaker file is held for two syscalls; one older than this belongs to a dead process.
const BREAKER_GRACE_MS = 2_000;
const FIRST_BACKOFF_MS = 2;
const MAX_BACKOFF_MS = 50;

const turns = new TurnQueue();

/** Runs `fn` while holding the lock at `lockPath`, and always releases it. */
export async function withFileLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const path = resolve(lockPath);
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const endTurn = await turns.take(path, deadline);
  if (!endTurn) throw timeoutError(path);
  try {
    const nonce = await acquire(path, deadline);
    try {
      return await fn();
    } finally {
      await release(path, nonce);
    }
  } finally {
    endTurn();
  }
}

interface Holder {
  readonly raw: string;
  readonly pid?: number;
  readonly host?: string;
}

async function acquire(path: string, deadline: number): Promise<string> {
  const nonce = randomBytes(8).toString('hex');
  const content = JSON.stringify({ pid: process.pid, host: hostname(), nonce });
  let backoff = FIRST_BACKOFF_MS;
  for (;;) {
    if (await tryCreate(path, content)) return nonce;
    if (Date.now() >= deadline) throw timeoutError(path);
    if (await breakIfStale(path)) continue;
    // Jitter keeps two waiting processes from retrying in lockstep.
    await sleep(Math.min(backoff * (0.5 + Math.random()), Math.max(1, deadline - Date.now())));
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }
}

async function tryCreate(path: string, content: string): Promise<boolean> {
  // Synchronous on purpose: open and write follow each other within microseconds, so a
  // holder killed in between (leaving an empty lock file) is all but impossible. With
  // async calls the gap spans event-loop turns, and about one kill in ten hit it.
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new ZohoStoreError(`Could not create the lock file ${path}`, { cause: error });
  }
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    await unlink(path).catch(ignoreMissing);
    throw new ZohoStoreError(`Could not write the lock file ${path}`, { cause: error });
  }
  closeSync(fd);
  return true;
}

async function release(path: string, nonce: string): Promise<void> {
  const holder = await readHolder(path);
  // Only remove our own lock: if it was (wrongly) broken, the file is someone else's now.
  if (holder?.raw.includes(nonce)) await unlink(path).catch(ignoreMissing);
}

/** Removes the lock at `path` if its holder is gone. True when the caller should retry now. */
async function breakIfStale(path: string): Promise<boolean> {
  const holder = await readHolder(path);
  if (holder === undefined) return true; // released meanwhile
  if (!(await isStale(path, holder))) return false;
  // Two waiters can find the same stale lock. Only the one holding the breaker file may
  // remove it, and only if the lock still holds the same content: otherwise a slower
  // waiter would delete the fresh lock a faster one has just taken.
  const breaker = `${path}.break`;
  if (!(await tryCreate(breaker, String(process.pid)))) {
    if (await olderThan(breaker, BREAKER_GRACE_MS)) await unlink(breaker).catch(ignoreMissing);
    return false;
  }
  try {
    const again = await readHolder(path);
    if (again?.raw === holder.raw) await unlink(path).catch(ignoreMissing);
  } finally {
    await unlink(breaker).catch(ignoreMissing);
  }
  return true;
}

async function isStale(path: string, holder: Holder): Promise<boolean> {
  if (holder.pid === undefined) return olderThan(path, EMPTY_LOCK_GRACE_MS);
  // A pid from another host says nothing about this one: wait for the deadline instead.
  if (holder.host !== hostname()) return false;
  return !isProcessAlive(holder.pid);
}

async function readHolder(path: string): Promise<Holder | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new ZohoStoreError(`Could not read the lock file ${path}`, { cause: error });
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && typeof parsed.pid === 'number') {
      const host = 'host' in parsed && typeof parsed.host === 'string' ? parsed.host : '';
      return { raw, pid: parsed.pid, host };
    }
  } catch {
    // Empty or half-written: the holder died between creating the file and writing it,
    // or is about to write it. isStale() tells the two apart by the file's age.
  }
  return { raw };
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch (error) {
    ignoreMissing(error);
    return false;
  }
}

function timeoutError(path: string): ZohoStoreError {
  return new ZohoStoreError(
    `Timed out waiting for the lock file ${path}. If no zohokit process is running, delete it.`,
  );
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/** Swallows "file does not exist" (someone else removed it first, which is fine). */
function ignoreMissing(error: unknown): void {
  if (errorCode(error) !== 'ENOENT') throw error;
}
