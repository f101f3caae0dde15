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
 *
 * Fair hand-off between processes: MySQL cannot wake a waiting client, so waiters poll, and
 * a process that releases a slot would otherwise take it straight back before any poller
 * looks (fairness 0.66 in bench:scale-out). So a process that waits queues a row in a
 * waiters table (an auto-increment ticket, with a short expiry it keeps renewing), and a
 * slot is taken only by a caller with fewer live tickets ahead of it than there are free
 * slots: a plain acquire counts every ticket as ahead, a waiter only the older ones. A freed
 * slot therefore goes to the oldest waiting process; the releaser queues behind it. A killed
 * waiter's ticket expires within WAITER_TTL_MS, its slots within their lease.
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
  /** How often a waiting process asks again for a slot, in ms (default 15, jittered ±50%). */
  readonly waitPollMs?: number | undefined;
}

const NOW_MS = 'CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)';
/**
 * A waiter's ticket lives this long unless renewed; renewed while it waits. Short, because a
 * ticket left by a killed process holds up the queue until it expires.
 */
const WAITER_TTL_MS = 1_500;
/**
 * A slot free this long goes to whoever asks, queue or not: the waiter whose turn it is may
 * be a process the machine is not running just now, and an idle slot helps nobody. Several
 * polls long, so in the usual case the turn is kept.
 */
const FREE_GRACE_MS = 60;

/** A waiting process's place in line for one pool. */
interface Ticket {
  id: number;
  renewedAt: number;
  /** Known to be first in line: it polls by trying to take. */
  front: boolean;
}

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
  readonly #waiters: string;
  readonly #waitPollMs: number;
  /** This process's ticket per pool while it waits: its place in line across waitForSlot calls. */
  readonly #tickets = new Map<string, Ticket>();
  #sweptAt = 0;
  #ready: Promise<void> | undefined;
  readonly #seededSlots = new Set<string>();
  readonly #seededKeys = new Set<string>();

  constructor(options: MySQLBudgetBackendOptions) {
    const prefix = options.tablePrefix ?? 'zohokit_budget';
    if (!/^[A-Za-z0-9_]+$/.test(prefix)) throw new ZohoConfigError('limits.backend.tablePrefix', 'a MySQL table name may only use letters, digits and _');
    this.#slots = `\`${prefix}_slots\``;
    this.#counters = `\`${prefix}_counters\``;
    this.#pace = `\`${prefix}_pace\``;
    this.#waiters = `\`${prefix}_waiters\``;
    this.#waitPollMs = options.waitPollMs ?? 15;
    this.#ownsPool = options.pool === undefined;
    if (options.pool) this.#pool = options.pool;
    else if (options.uri || options.config) this.#pool = createPool({ ...(options.uri ? { uri: options.uri } : {}), connectionLimit: 4, ...options.config });
    else throw new ZohoConfigError('limits.backend', 'MySQLBudgetBackend needs a pool, a uri or a config');
  }

  async acquireSlot(pool: string, limit: number, leaseMs: number): Promise<string | undefined> {
    return this.#take(pool, limit, leaseMs, undefined);
  }

  /**
   * Queues this process (a ticket, kept across calls so it keeps its place), then asks every
   * ~waitPollMs until it is among the first of the queue for the free slots, or `timeoutMs`
   * passes. Taking the slot ends the ticket.
   */
  async waitForSlot(pool: string, limit: number, leaseMs: number, timeoutMs: number): Promise<string | undefined> {
    const until = Date.now() + timeoutMs;
    await this.#seedSlots(pool, limit);
    for (;;) {
      const ticket = await this.#ticket(pool);
      // Behind others, a plain read first (no row locks, unlike an UPDATE, which locks every
      // slot row it scans) says whether to try. At the front (nobody can pass a ticket), the
      // gated UPDATE itself is the poll: one round trip between a release and the take.
      let ahead = 0;
      let free = 1;
      let unclaimed = false;
      if (!ticket.front) {
        const [rows] = await this.#pool.execute<RowDataPacket[]>(
          `SELECT (SELECT COUNT(*) FROM ${this.#waiters} WHERE pool = ? AND expires_at > ${NOW_MS} AND id < ?) AS ahead, ` +
            `COUNT(*) AS free, COALESCE(MIN(expires_at) <= ${NOW_MS} - ${FREE_GRACE_MS}, 0) AS unclaimed ` +
            `FROM ${this.#slots} WHERE pool = ? AND slot < ? AND (lease IS NULL OR expires_at <= ${NOW_MS})`,
          [pool, ticket.id, pool, limit],
        );
        ahead = Number(rows[0]?.['ahead'] ?? 0);
        free = Number(rows[0]?.['free'] ?? 0);
        unclaimed = Number(rows[0]?.['unclaimed'] ?? 0) === 1;
        ticket.front = ahead === 0;
      }
      if (ahead < free || unclaimed) {
        const lease = await this.#take(pool, limit, leaseMs, ticket.id);
        if (lease !== undefined) {
          if (this.#tickets.get(pool) === ticket) this.#tickets.delete(pool);
          // Not awaited: the call should start now, not one more round trip later. A ticket
          // whose delete fails stops counting when it expires (WAITER_TTL_MS).
          this.#pool.execute(`DELETE FROM ${this.#waiters} WHERE id = ?`, [ticket.id]).catch(() => undefined);
          return lease;
        }
      }
      const left = until - Date.now();
      if (left <= 0) return undefined; // the ticket stays: the next call keeps this place
      // The front of the queue asks often; those further back, whose turn is several
      // releases away, less often (up to 8 × waitPollMs), which keeps the server's load
      // from growing with the number of waiting processes.
      const pause = this.#waitPollMs * Math.min(8, 1 + Math.max(0, ahead - free)) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, pause)));
    }
  }

  /**
   * One statement: takes a free slot if fewer live tickets are ahead of the caller than there
   * are free slots (all tickets for a caller without one), or one that nobody has claimed
   * for FREE_GRACE_MS. The free count is read through a derived table, which MySQL
   * materialises (an aggregate is never merged), so the UPDATE may read its own table.
   */
  async #take(pool: string, limit: number, leaseMs: number, ticket: number | undefined): Promise<string | undefined> {
    await this.#seedSlots(pool, limit);
    const lease = randomUUID();
    const free = `(lease IS NULL OR expires_at <= ${NOW_MS})`;
    const ahead = `SELECT COUNT(*) FROM ${this.#waiters} WHERE pool = ? AND expires_at > ${NOW_MS}${ticket === undefined ? '' : ' AND id < ?'}`;
    const [result] = await this.#pool.execute<ResultSetHeader>(
      `UPDATE ${this.#slots} SET lease = ?, expires_at = ${NOW_MS} + ? WHERE pool = ? AND slot < ? AND ${free} ` +
        `AND ((${ahead}) < (SELECT n FROM (SELECT COUNT(*) AS n FROM ${this.#slots} WHERE pool = ? AND slot < ? AND ${free}) AS free_slots) ` +
        `OR expires_at <= ${NOW_MS} - ${FREE_GRACE_MS}) ` +
        `ORDER BY slot LIMIT 1`,
      [lease, Math.round(leaseMs), pool, limit, pool, ...(ticket === undefined ? [] : [ticket]), pool, limit],
    );
    return result.affectedRows === 1 ? lease : undefined;
  }

  /** This process's ticket for `pool`: made on first need, renewed when a third of its life is gone. */
  async #ticket(pool: string): Promise<Ticket> {
    await this.#tables();
    const held = this.#tickets.get(pool);
    const now = Date.now();
    if (held && now - held.renewedAt < WAITER_TTL_MS / 3) return held;
    if (held) {
      const [renewed] = await this.#pool.execute<ResultSetHeader>(`UPDATE ${this.#waiters} SET expires_at = ${NOW_MS} + ${WAITER_TTL_MS} WHERE id = ?`, [held.id]);
      // Expired and swept by someone (a long pause): queue again, at the back.
      if (renewed.affectedRows === 1) {
        held.renewedAt = now;
        return held;
      }
    }
    // Tickets of killed processes are swept now and then, long after they stopped counting.
    if (now - this.#sweptAt > 10_000) {
      this.#sweptAt = now;
      await this.#pool.execute(`DELETE FROM ${this.#waiters} WHERE pool = ? AND expires_at < ${NOW_MS} - 60000`, [pool]);
    }
    const [inserted] = await this.#pool.execute<ResultSetHeader>(`INSERT INTO ${this.#waiters} (pool, expires_at) VALUES (?, ${NOW_MS} + ${WAITER_TTL_MS})`, [pool]);
    const ticket: Ticket = { id: inserted.insertId, renewedAt: now, front: false };
    this.#tickets.set(pool, ticket);
    return ticket;
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
    // expires_at of a free slot says since when it is free (as for an expired lease): see #take.
    await this.#pool.execute(`UPDATE ${this.#slots} SET lease = NULL, expires_at = ${NOW_MS} WHERE pool = ? AND lease = ?`, [pool, lease]);
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
      await this.#pool.query(`CREATE TABLE IF NOT EXISTS ${this.#waiters} (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, pool VARCHAR(191) NOT NULL, expires_at BIGINT NOT NULL, KEY by_pool (pool, id)) CHARACTER SET ascii`);
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
