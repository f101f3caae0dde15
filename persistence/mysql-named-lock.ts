/**
 * Server-wide named locks (GET_LOCK / RELEASE_LOCK), which MySQL and MariaDB both offer.
 * A named lock belongs to the connection that took it, so the lock is taken and released
 * on one connection held out of the pool for the whole critical section (and handed to
 * `fn`, which may query on it); if that connection dies, the server frees the lock.
 *
 * Callers in one process queue in memory first, so waiting for a key held by this same
 * process does not tie up a pool connection per waiter.
 */
import { createHash } from 'node:crypto';
import type { Pool, PoolConnection, RowDataPacket } from 'mysql2/promise';
import { ZohoStoreError } from '../src/errors.js';
import { mysqlStoreError } from './mysql-store-error.js';
import { TurnQueue } from './turn-queue.js';

const turns = new TurnQueue();

/**
 * A lock name for `parts`. Names are limited to 64 characters and shared by every
 * database on the server, so they are hashed and prefixed.
 */
export function namedLockName(purpose: string, ...parts: string[]): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40);
  return `zohokit:${purpose}:${hash}`;
}

export async function withNamedLock<T>(
  pool: Pool,
  name: string,
  timeoutSeconds: number,
  fn: (connection: PoolConnection) => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutSeconds * 1_000;
  const endTurn = await turns.take(name, deadline);
  if (!endTurn) throw timeoutError(name, timeoutSeconds);
  try {
    const connection = await acquire(pool, name, deadline, timeoutSeconds);
    let healthy = true;
    try {
      return await fn(connection);
    } finally {
      try {
        await connection.execute('SELECT RELEASE_LOCK(?)', [name]);
      } catch {
        // The connection is broken, and with it the lock is gone: discard the connection.
        healthy = false;
      }
      if (healthy) connection.release();
      else connection.destroy();
    }
  } finally {
    endTurn();
  }
}

async function acquire(pool: Pool, name: string, deadline: number, timeoutSeconds: number): Promise<PoolConnection> {
  let connection: PoolConnection | undefined;
  let acquired: unknown;
  try {
    connection = await pool.getConnection();
    const remaining = Math.max(0, (deadline - Date.now()) / 1_000);
    const [rows] = await connection.execute<RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS acquired', [name, remaining]);
    acquired = rows[0]?.['acquired'];
  } catch (error) {
    connection?.release();
    throw mysqlStoreError('take a lock', error);
  }
  // 1: ours. 0: timed out. NULL: the server failed (out of memory, thread killed).
  if (Number(acquired) !== 1) {
    connection.release();
    throw timeoutError(name, timeoutSeconds);
  }
  return connection;
}

function timeoutError(name: string, timeoutSeconds: number): ZohoStoreError {
  return new ZohoStoreError(`MySQLTokenStore timed out after ${timeoutSeconds}s waiting for lock ${name}`);
}
