/**
 * `zohokit/persistence/redis`: an org's request budget in Redis, shared by every process and
 * machine of an app, through ioredis.
 *
 *   const backend = new RedisBudgetBackend({ url: 'redis://127.0.0.1:6379' });
 *   createZoho({ ..., limits: { crm: { edition: 'enterprise', users: 40 }, backend } });
 *
 * Every operation is one Lua script, atomic on the server and timed by the server's clock
 * (TIME). Slots are a sorted set per pool scored by lease expiry: expired leases are dropped
 * before counting, so a killed process gives its slots back when its leases run out.
 * A release also leaves a hint on the pool's "freed" list: a process waiting for a slot
 * blocks on it (BLPOP, one connection per pool), so each release wakes exactly one waiting
 * process, the one waiting longest, at once (waitForSlot), instead of every process asking
 * at its next poll. Waiting processes are listed, and a plain acquire leaves a freed slot to
 * them (see ACQUIRE), so the process that released it cannot take it straight back.
 * Releases are still published for onRelease listeners.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { BackendSnapshot, BudgetBackend, CreditAnswer } from '../src/http/budget/budget-backend.js';
import { ZohoConfigError } from '../src/errors.js';

export interface RedisBudgetBackendOptions {
  /** A client you own: close() leaves it open. Give it `enableOfflineQueue: false`, so an unreachable server fails fast instead of queueing. */
  readonly client?: Redis | undefined;
  /** `redis://host:port/db`, used when no client is given. */
  readonly url?: string | undefined;
  readonly options?: RedisOptions | undefined;
  /** Key prefix (default `zohokit:budget`). */
  readonly prefix?: string | undefined;
}

const NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

// KEYS[2] lists the processes waiting in waitForSlot (scored by when they stop counting).
// A plain acquire (ARGV[4] = '1') takes a slot only if more are free than processes wait,
// so a process that has just released cannot take the slot back before the waiter that the
// release woke; a woken waiter (ARGV[4] = '0') leaves the list (ARGV[5]) and takes any.
const ACQUIRE = `${NOW}
if ARGV[5] ~= '' then redis.call('ZREM', KEYS[2], ARGV[5]) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local free = tonumber(ARGV[1]) - redis.call('ZCARD', KEYS[1])
if free <= 0 then return 0 end
if ARGV[4] == '1' then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) >= free then return 0 end
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

const WAIT = `${NOW}
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

const RENEW = `${NOW}
local expires = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not expires or tonumber(expires) <= now then redis.call('ZREM', KEYS[1], ARGV[1]) return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

// A release leaves one hint on the pool's "freed" list, which wakes exactly one process
// blocked in BLPOP on it: Redis serves the client blocked longest first, so free slots go
// round the waiting processes in turn, at once, with no herd of askers. A hint nobody waits
// for stays (capped, expiring) and only costs its taker one failed ask.
const RELEASE = `if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
  redis.call('LPUSH', KEYS[2], '1')
  redis.call('LTRIM', KEYS[2], 0, 99)
  redis.call('PEXPIRE', KEYS[2], 60000)
  redis.call('PUBLISH', KEYS[3], '1')
end
return 1`;

const CREDITS = `${NOW}
local amount, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local start = tonumber(redis.call('HGET', KEYS[1], 'start'))
local used = tonumber(redis.call('HGET', KEYS[1], 'used'))
if not start or start + window <= now then start = now used = 0 end
if used + amount > limit then return {0, used, start + window} end
used = used + amount
redis.call('HSET', KEYS[1], 'start', start, 'used', used, 'window', window)
redis.call('PEXPIREAT', KEYS[1], start + window)
return {1, used, start + window}`;

const PACE = `${NOW}
local interval = tonumber(ARGV[1])
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], tostring(at + interval), 'PX', math.ceil(at + interval - now) + 1000)
return math.ceil(at - now)`;

/**
 * Shares an org's request budget (slots, credits, pacing) through Redis, so every process
 * of an app stays within Zoho's per-org limits together; a freed slot wakes one waiter.
 *
 * @example
 * import { RedisBudgetBackend } from 'zohokit/persistence/redis';
 *
 * const backend = new RedisBudgetBackend({ url: 'redis://cache.internal:6379' });
 * const zoho = createZoho({ credentials: { clientId: '1000.XXXX', clientSecret: 'secret' }, limits: { crm: { edition: 'enterprise', users: 40 }, backend, expectedProcesses: 6 } });
 * @see https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html
 */
export class RedisBudgetBackend implements BudgetBackend {
  readonly #redis: Redis;
  readonly #ownsClient: boolean;
  readonly #prefix: string;
  readonly #listeners = new Set<() => void>();
  #subscriber: Redis | undefined;
  /** One connection per pool for BLPOP, which holds its connection while it waits. */
  readonly #blocking = new Map<string, Redis>();
  #firstConnection: Promise<void> | undefined;

  constructor(options: RedisBudgetBackendOptions) {
    this.#prefix = options.prefix ?? 'zohokit:budget';
    this.#ownsClient = options.client === undefined;
    if (options.client) this.#redis = options.client;
    else if (options.url !== undefined || options.options) {
      // Fail fast while the server is away (the budget then falls back to a local share)
      // rather than queueing commands until it returns.
      const defaults: RedisOptions = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 };
      this.#redis = options.url === undefined ? new Redis({ ...defaults, ...options.options }) : new Redis(options.url, { ...defaults, ...options.options });
      // Errors reach callers through the rejected commands; the client's own event would
      // otherwise be printed as unhandled on every reconnect attempt.
      this.#redis.on('error', () => undefined);
    } else throw new ZohoConfigError('limits.backend', 'RedisBudgetBackend needs a client, a url or options');
  }

  async acquireSlot(pool: string, limit: number, leaseMs: number): Promise<string | undefined> {
    return this.#acquire(pool, limit, leaseMs, undefined);
  }

  async waitForSlot(pool: string, limit: number, leaseMs: number, timeoutMs: number): Promise<string | undefined> {
    let blocking = this.#blocking.get(pool);
    if (!blocking) {
      blocking = this.#redis.duplicate({ enableOfflineQueue: true });
      blocking.on('error', () => undefined); // its commands reject, and the budget falls back
      this.#blocking.set(pool, blocking);
    }
    // Counted as waiting until it takes a slot, or a little past its timeout if it dies.
    const waiter = randomUUID();
    await this.#eval(WAIT, [this.#key('waiters', pool)], [waiter, Math.round(timeoutMs + 2_000)]);
    await blocking.blpop(this.#key('freed', pool), Math.max(0.01, timeoutMs / 1000));
    return this.#acquire(pool, limit, leaseMs, waiter);
  }

  async #acquire(pool: string, limit: number, leaseMs: number, waiter: string | undefined): Promise<string | undefined> {
    const lease = randomUUID();
    const taken = await this.#eval(ACQUIRE, [this.#key('slots', pool), this.#key('waiters', pool)], [limit, Math.round(leaseMs), lease, waiter === undefined ? '1' : '0', waiter ?? '']);
    return taken === 1 ? lease : undefined;
  }

  async renewSlot(pool: string, lease: string, leaseMs: number): Promise<boolean> {
    return (await this.#eval(RENEW, [this.#key('slots', pool)], [lease, Math.round(leaseMs)])) === 1;
  }

  async releaseSlot(pool: string, lease: string): Promise<void> {
    await this.#eval(RELEASE, [this.#key('slots', pool), this.#key('freed', pool), `${this.#prefix}:released`], [lease]);
  }

  async takeCredits(key: string, amount: number, limit: number, windowMs: number): Promise<CreditAnswer> {
    const [ok, used, resetAt] = (await this.#eval(CREDITS, [this.#key('credits', key)], [amount, limit, Math.round(windowMs)])) as [number, number, number];
    return { ok: ok === 1, used, resetAt };
  }

  async reservePace(key: string, intervalMs: number): Promise<number> {
    return Number(await this.#eval(PACE, [this.#key('pace', key)], [intervalMs]));
  }

  async snapshot(): Promise<BackendSnapshot> {
    await this.#connected(this.#redis);
    const [seconds, micros] = await this.#redis.time();
    const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    const slots: BackendSnapshot['slots'] = {};
    for (const key of await this.#keys('slots')) slots[key.slice(`${this.#prefix}:slots:`.length)] = await this.#redis.zcount(key, `(${now}`, '+inf');
    const credits: BackendSnapshot['credits'] = {};
    for (const key of await this.#keys('credits')) {
      const [start, used, window] = await this.#redis.hmget(key, 'start', 'used', 'window');
      const resetAt = Number(start) + Number(window);
      if (resetAt > now) credits[key.slice(`${this.#prefix}:credits:`.length)] = { used: Number(used), resetAt };
    }
    return { slots, credits };
  }

  onRelease(listener: () => void): () => void {
    this.#listeners.add(listener);
    if (!this.#subscriber) {
      const subscriber = this.#redis.duplicate({ enableOfflineQueue: true });
      subscriber.on('error', () => undefined); // a lost subscription only slows waiters to polling
      subscriber.on('message', () => {
        for (const each of this.#listeners) each();
      });
      subscriber.subscribe(`${this.#prefix}:released`).catch(() => undefined); // same: polling covers it
      this.#subscriber = subscriber;
    }
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#subscriber?.disconnect();
    for (const blocking of this.#blocking.values()) blocking.disconnect();
    if (this.#ownsClient) this.#redis.disconnect();
  }

  #key(kind: string, name: string): string {
    return `${this.#prefix}:${kind}:${name}`;
  }

  async #keys(kind: string): Promise<string[]> {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.#redis.scan(cursor, 'MATCH', `${this.#prefix}:${kind}:*`, 'COUNT', 200);
      cursor = next;
      found.push(...keys);
    } while (cursor !== '0');
    return found;
  }

  /** EVALSHA, loading the script on the server's first NOSCRIPT. */
  async #eval(script: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    await this.#connected(this.#redis);
    const sha = shaOf(script);
    try {
      return await this.#redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!String(error).includes('NOSCRIPT')) throw error;
      return await this.#redis.eval(script, keys.length, ...keys, ...args);
    }
  }

  /**
   * Waits (up to 2 s, once) for a client that is still making its first connection, so
   * startup is not an outage. Later, a client that is not ready fails at once: the budget
   * then runs on the local share.
   */
  #connected(redis: Redis): Promise<void> {
    if (redis.status === 'ready') return Promise.resolve();
    // 'connect': the socket is open but ioredis has not yet checked the server is ready.
    if (redis.status !== 'wait' && redis.status !== 'connecting' && redis.status !== 'connect') return Promise.reject(new Error(`Redis is ${redis.status}`));
    this.#firstConnection ??= new Promise<void>((resolve, reject) => {
      if (redis.status === 'wait') void redis.connect().catch(() => undefined); // reported by the timer below
      const timer = setTimeout(() => done(new Error(`Redis not ready after 2 s (${redis.status})`)), 2_000);
      const onReady = (): void => done();
      const onError = (error: Error): void => done(error); // refused: unreachable, not slow
      const done = (error?: Error): void => {
        clearTimeout(timer);
        redis.off('ready', onReady);
        redis.off('error', onError);
        if (error) reject(error);
        else resolve();
      };
      redis.on('ready', onReady);
      redis.on('error', onError);
    });
    return this.#firstConnection;
  }
}

const shas = new Map<string, string>();
function shaOf(script: string): string {
  let sha = shas.get(script);
  if (!sha) {
    sha = createHash('sha1').update(script).digest('hex');
    shas.set(script, sha);
  }
  return sha;
}
