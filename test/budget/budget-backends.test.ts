import * as vitest from 'vitest';
/**
 * Every budget backend against the one contract: in-process, MySQL/MariaDB (a throwaway
 * server from scripts/mariadb.ts) and Redis (scripts/redis.ts). Server suites skip loudly
 * when no server can be had, and fail instead under ZOHOKIT_REQUIRE_MYSQL/REDIS=1.
 */
import { createPool, type Pool } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MySQLBudgetBackend } from '../../persistence/mysql-budget-backend.js';
import { RedisBudgetBackend } from '../../persistence/redis-budget-backend.js';
import { mariaDbAvailable, startMariaDb, type MariaDbServer } from '../../scripts/mariadb.js';
import { redisAvailable, startRedis, type RedisServer } from '../../scripts/redis.js';
import { FallbackBudgetBackend } from '../../src/http/budget/fallback-backend.js';
import { MemoryBudgetBackend } from '../../src/index.js';
import { describeBudgetBackendConformance } from '../../src/testing/index.js';

describeBudgetBackendConformance(vitest, 'MemoryBudgetBackend', () => new MemoryBudgetBackend());

describe.skipIf(!mariaDbAvailable())('MySQLBudgetBackend', () => {
  let server: MariaDbServer;
  let pool: Pool;
  beforeAll(async () => {
    server = (await startMariaDb())!;
    pool = createPool({ uri: server.uri, connectionLimit: 10 });
  }, 60_000);
  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });
  describeBudgetBackendConformance(vitest, 'MySQLBudgetBackend', () => new MySQLBudgetBackend({ pool }));
});

describe.skipIf(!redisAvailable())('RedisBudgetBackend', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = (await startRedis())!;
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });
  describeBudgetBackendConformance(vitest, 'RedisBudgetBackend', () => new RedisBudgetBackend({ url: server.url }));
});

describe('an unreachable shared backend', () => {
  it('falls back to this process\'s share of the limits, with a warning, never unlimited', async () => {
    const warnings: string[] = [];
    // Nothing listens on port 1: every command fails at once.
    const backend = new FallbackBudgetBackend(new RedisBudgetBackend({ url: 'redis://127.0.0.1:1', options: { connectTimeout: 200 } }), {
      expectedProcesses: 3,
      warn: (message) => warnings.push(message),
    });
    const leases = [];
    for (let i = 0; i < 5; i++) leases.push(await backend.acquireSlot('org:crm', 10, 10_000));
    // 10 ÷ 3 processes = 3 slots here.
    expect(leases.filter((lease) => lease !== undefined)).toHaveLength(3);
    expect((await backend.takeCredits('org:crm:credits', 40, 100, 60_000)).ok).toBe(false); // share is 33
    expect(backend.degraded).toBe(true);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatch(/shared backend unreachable.*share/);
    await backend.close();
  });
});
