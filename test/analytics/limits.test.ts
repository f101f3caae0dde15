import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoRateLimitError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, analyticsEnv, FAST, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function withTable() {
  env = await analyticsEnv();
  const table = env.sim.analytics.createTable(env.workspace, { name: 'events', columns: [{ name: 'n', type: 'NUMBER' }] });
  return { table, sales: env.zoho.as(ANA).analytics.workspace('Sales') };
}

describe('Analytics limits and retries', () => {
  it('retries an import refused with rate-limit code 6045 and Retry-After, then imports once', async () => {
    const { table, sales } = await withTable();
    await sales.id();
    await sales.table('events').id();
    env!.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 0 }, { product: 'analytics', method: 'POST' });
    const summary = await sales.importData('events', 'n\n1\n2\n');
    expect(summary.successRows).toBe(2);
    expect(table.rows).toHaveLength(2);
    expect(env!.logs.some((l) => /retrying POST .* after attempt 1: analytics: simulated rate-limit error/.test(l.message))).toBe(true);
  });

  it('reports the spent daily quota (6043) as a ZohoRateLimitError that is not recoverable, with its reset time, sent once', async () => {
    const { sales } = await withTable();
    await sales.table('events').id();
    env!.sim.resetStats();
    env!.sim.failNext({ type: 'daily-limit' }, { product: 'analytics' });
    const error = await caught(() => sales.exportSql('select * from events', FAST));
    expect(error).toBeInstanceOf(ZohoRateLimitError);
    expect(error).toMatchObject({ code: 6043, recoverable: false, attempts: 1, product: 'analytics' });
    const resetAt = (error as ZohoRateLimitError).resetAt!;
    expect(resetAt.getTime()).toBeGreaterThan(Date.now());
    expect(resetAt.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(env!.sim.stats().requests).toBe(1);
  });

  it('types a rate limit that outlasts the retries as ZohoRateLimitError with code 6045', async () => {
    const { sales } = await withTable();
    await sales.table('events').id();
    env!.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 0 }, { product: 'analytics', times: 10 });
    const error = await caught(() => sales.exportSql('select * from events', FAST));
    expect(error).toBeInstanceOf(ZohoRateLimitError);
    expect(error).toMatchObject({ code: 6045, attempts: 5, product: 'analytics', recoverable: true });
  });

  it('gives up on an import that stays blocked by another one with ZohoError 7092 after 5 attempts', async () => {
    const { table, sales } = await withTable();
    table.importing = true; // an import that never finishes
    const error = await caught(() => sales.importData('events', 'n\n1\n'));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 7092, attempts: 5, status: 400 });
    expect(table.rows).toHaveLength(0);
  });
});
