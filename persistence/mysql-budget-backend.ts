/**
 * `zohokit/persistence/mysql-budget`: an org's request budget in MySQL or MariaDB, shared by
 * every process and machine of an app; the same server a MySQLTokenStore may already use.
 *
 *   const backend = new MySQLBudgetBackend({ uri: process.env.DATABASE_URL });
 *   createZoho({ ..., limits: { crm: { edition: 'enterprise', users: 40 }, backend } });
 *
 * Each operation is one atomic statement on the server's clock (NOW(3)), so machines with
 * skewed clocks agree. Slots are rows (pool, slot) holding a lease id and an expiry: taking
 * one is a single `UPDATE ... LIMIT 1` over free or expired rows. Tables are created on
 * first use; the prefix must match /^[A-Za-z0-9_]+$/.
 */
import { randomUUID } from 'node:crypto';
import { createPool, type Pool, type PoolOptions, type ResultSetHeader, type RowDataPacket } from 'mysql2/promise';
import { ZohoConfigError } from '../src/errors.js';
import type { BackendSnapshot, BudgetBackend, CreditAnswer } from '../src/http/budget/budget-backend.js';

export interface MySQLBudgetBackendOptions {
  /** A pool you own: close() leaves it open. */
  readonly pool?: Pool | undefined;
  /** `mysql://user:password@host:3306/database`, used when no pool is given. */
  readonly uri?: string | undefined;
  readonly config?: PoolOptions | undefined;
  /** Table name prefix (default `zohokit_budget`). */
  readonly tablePrefix?: string | undefined;
}

const NOW_MS = 'CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)';

/**
 * Shares an org's request budget (slots, credits, pacing) through MySQL or MariaDB, so
 * every process of an app stays within Zoho's per-org limits together.
 *
 * @example
 * import { MySQLBudgetBackend } from 'zohokit/persistence/mysql-budget';
 *
 * const backend = new MySQLBudgetBackend({ uri: 'mysql://app:pw@db.internal:3306/app' });
 * const zoho = createZoho({ credentials: { clientId: '1000.XXXX', clientSecret: 'secret' }, limits: { crm: { edition: 'enterprise', users: 40 }, backend, expectedProcesses: 4 } });
 * @see https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html
 */
export class MySQLBudgetBackend implements BudgetBackend {
  readonly #pool: Pool;
  readonly #ownsPool: boolean;
  readonly #slots: string;
  readonly #counters: string;
  readonly #pace: string;
  #ready: Promise<void> | undefined;
  readonly #seededSlots = new Set<string>();
  readonly #seededKeys = new Set<string>();

  constructor(options: MySQLBudgetBackendOptions) {
    const prefix = options.tablePrefix ?? 'zohokit_budget';
    if (!/^[A-Za-z0-9_]+$/.test(prefix)) throw new ZohoConfigError('limits.backend.tablePrefix', 'a MySQL table name may only use letters, digits and _');
    this.#slots = `\`${prefix}_slots\``;
    this.#counters = `\`${prefix}_counters\``;
    this.#pace = `\`${prefix}_pace\``;
    this.#ownsPool = options.pool === undefined;
    if (options.pool) this.#pool = options.pool;
    else if (options.uri || options.config) this.#pool = createPool({ ...(options.uri ? { uri: options.uri } : {}), connectionLimit: 4, ...options.config });
    else throw new ZohoConfigError('limits.backend', 'MySQLBudgetBackend needs a pool, a uri or a config');
  }

  async acquireSlot(pool: string, limit: number, leaseMs: number): Promise<string | undefined> {
    await this.#seedSlots(pool, limit);
    const lease = randomUUID();
    const [result] = await this.#pool.execute<ResultSetHeader>(
      `UPDATE ${this.#slots} SET lease = ?, expires_at = ${NOW_MS} + ? WHERE pool = ? AND slot < ? AND (lease IS NULL OR expires_at <= ${NOW_MS}) ORDER BY slot LIMIT 1`,
      [lease, Math.round(leaseMs), pool, limit],
    );
    return result.affectedRows === 1 ? lease : undefined;
  }

  async renewSlot(pool: string, lease: string, leaseMs: number): Promise<boolean> {
    await this.#tables();
    const [result] = await this.#pool.execute<ResultSetHeader>(
      `UPDATE ${this.#slots} SET expires_at = ${NOW_MS} + ? WHERE pool = ? AND lease = ? AND expires_at > ${NOW_MS}`,
      [Math.round(leaseMs), pool, lease],
    );
    return result.affectedRows === 1;
  }

  async releaseSlot(pool: string, lease: string): Promise<void> {
    await this.#tables();
    await this.#pool.execute(`UPDATE ${this.#slots} SET lease = NULL, expires_at = 0 WHERE pool = ? AND lease = ?`, [pool, lease]);
  }

  async takeCredits(key: string, amount: number, limit: number, windowMs: number): Promise<CreditAnswer> {
    await this.#seedKey(this.#counters, key, `(name, started_at, used, window_ms) VALUES (?, ${NOW_MS}, 0, ${Math.round(windowMs)})`);
    // One statement decides: a window that has ended starts again with this call; otherwise
    // the call counts only if it fits. Assignments read the row's old started_at/window_ms.
    const expired = `started_at + window_ms <= ${NOW_MS}`;
    const [result] = await this.#pool.execute<ResultSetHeader>(
      `UPDATE ${this.#counters} SET used = IF(${expired}, ?, used + ?), started_at = IF(${expired}, ${NOW_MS}, started_at), window_ms = ? WHERE name = ? AND (${expired} OR used + ? <= ?)`,
      [amount, amount, Math.round(windowMs), key, amount, limit],
    );
    const [rows] = await this.#pool.execute<RowDataPacket[]>(`SELECT used, started_at + window_ms AS reset_at FROM ${this.#counters} WHERE name = ?`, [key]);
    const row = rows[0];
    return { ok: result.affectedRows === 1, used: Number(row?.['used'] ?? 0), resetAt: Number(row?.['reset_at'] ?? 0) };
  }

  async reservePace(key: string, intervalMs: number): Promise<number> {
    await this.#seedKey(this.#pace, key, '(name, next_at) VALUES (?, 0)');
    // Row lock, read, write, in one short transaction: the booking is atomic.
    const connection = await this.#pool.getConnection();
    try {
      await connection.beginTransaction();
      const [rows] = await connection.execute<RowDataPacket[]>(`SELECT next_at, ${NOW_MS} AS now_ms FROM ${this.#pace} WHERE name = ? FOR UPDATE`, [key]);
      const now = Number(rows[0]?.['now_ms']);
      const at = Math.max(now, Number(rows[0]?.['next_at'] ?? 0));
      await connection.execute(`UPDATE ${this.#pace} SET next_at = ? WHERE name = ?`, [at + intervalMs, key]);
      await connection.commit();
      return at - now;
    } catch (error) {
      await connection.rollback();
      throw error;
    } finally {
      connection.release();
    }
  }

  async snapshot(): Promise<BackendSnapshot> {
    await this.#tables();
    const [slotRows] = await this.#pool.query<RowDataPacket[]>(`SELECT pool, COUNT(*) AS n FROM ${this.#slots} WHERE lease IS NOT NULL AND expires_at > ${NOW_MS} GROUP BY pool`);
    const [creditRows] = await this.#pool.query<RowDataPacket[]>(`SELECT name, used, started_at + window_ms AS reset_at FROM ${this.#counters} WHERE started_at + window_ms > ${NOW_MS}`);
    const slots: BackendSnapshot['slots'] = {};
    for (const row of slotRows) slots[String(row['pool'])] = Number(row['n']);
    const credits: BackendSnapshot['credits'] = {};
    for (const row of creditRows) credits[String(row['name'])] = { used: Number(row['used']), resetAt: Number(row['reset_at']) };
    return { slots, credits };
  }

  /** Ends the pool if this backend created it. */
  async close(): Promise<void> {
    if (this.#ownsPool) await this.#pool.end();
  }

  #tables(): Promise<void> {
    this.#ready ??= (async () => {
      await this.#pool.query(`CREATE TABLE IF NOT EXISTS ${this.#slots} (pool VARCHAR(191) NOT NULL, slot INT NOT NULL, lease CHAR(36) NULL, expires_at BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (pool, slot)) CHARACTER SET ascii`);
      await this.#pool.query(`CREATE TABLE IF NOT EXISTS ${this.#counters} (name VARCHAR(191) NOT NULL PRIMARY KEY, started_at BIGINT NOT NULL, used BIGINT NOT NULL, window_ms BIGINT NOT NULL) CHARACTER SET ascii`);
      await this.#pool.query(`CREATE TABLE IF NOT EXISTS ${this.#pace} (name VARCHAR(191) NOT NULL PRIMARY KEY, next_at DOUBLE NOT NULL) CHARACTER SET ascii`);
    })().catch((error: unknown) => {
      this.#ready = undefined; // try again on the next call: the server may come back
      throw error;
    });
    return this.#ready;
  }

  /** Rows 0..limit-1 of a pool, inserted once per process (INSERT IGNORE: others may race). */
  async #seedSlots(pool: string, limit: number): Promise<void> {
    await this.#tables();
    const seeded = `${pool}\u0000${limit}`;
    if (this.#seededSlots.has(seeded)) return;
    const values = Array.from({ length: limit }, (_, slot) => [pool, slot]);
    await this.#pool.query(`INSERT IGNORE INTO ${this.#slots} (pool, slot) VALUES ?`, [values]);
    this.#seededSlots.add(seeded);
  }

  async #seedKey(table: string, key: string, values: string): Promise<void> {
    await this.#tables();
    const seeded = `${table}\u0000${key}`;
    if (this.#seededKeys.has(seeded)) return;
    await this.#pool.execute(`INSERT IGNORE INTO ${table} ${values}`, [key]);
    this.#seededKeys.add(seeded);
  }
}
