import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ANA, analyticsEnv, ANIMALS_CSV, FAST, SALES_CSV, SALES_FACT, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const ANIMALS = {
  name: 'animals',
  columns: [
    { name: 'common_name', type: 'PLAIN' },
    { name: 'scientific_name', type: 'PLAIN' },
    { name: 'class', type: 'PLAIN' },
    { name: 'legs', type: 'NUMBER' },
  ],
} as const;

/** A Map-backed cache with Keyv's shape: get(key), set(key, value, ttl ms). */
function mapCache() {
  const entries = new Map<string, { value: unknown; ttl: number | undefined }>();
  return {
    entries,
    get: async (key: string) => entries.get(key)?.value,
    set: async (key: string, value: unknown, ttl?: number) => {
      entries.set(key, { value, ttl });
    },
  };
}

describe("the seed connector's flows", () => {
  it('creates the table sales_fact only if it is missing: run twice, created once', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    const first = await sales.ensureTable(SALES_FACT);
    const second = await sales.ensureTable(SALES_FACT);
    expect([first.created, second.created]).toEqual([true, false]);
    const tables = [...env.workspace.tables.values()].filter((t) => t.name === 'sales_fact');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'inv_date DATE',
      'customer PLAIN',
      'sku PLAIN',
      'qty_invoiced NUMBER',
      'line_total_excluding_tax NUMBER',
    ]);
    expect(await second.table.id()).toBe(tables[0]!.id);
  });

  it('uploads the sales and animals CSV files and reports what was imported', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    await sales.ensureTable({ ...SALES_FACT, name: 'sales' });
    await sales.ensureTable(ANIMALS);
    const salesSummary = await sales.importData('sales', { path: SALES_CSV }, { importType: 'TRUNCATEADD' });
    const animalsSummary = await sales.importData('animals', { path: ANIMALS_CSV }, { importType: 'TRUNCATEADD' });
    expect(salesSummary).toMatchObject({ importType: 'TRUNCATEADD', totalRows: 8, successRows: 8, failedRows: 0, errors: '', via: 'sync' });
    expect(animalsSummary).toMatchObject({ totalRows: 9, successRows: 9, via: 'sync' });
    const stored = env.sim.analytics.rows(env.sim.analytics.table('Sales', 'sales')!);
    expect(stored[5]).toEqual({ inv_date: '2024-01-12', customer: 'Multi\nLine Traders', sku: 'SKU-004', qty_invoiced: 3, line_total_excluding_tax: 45 });
  });

  it('returns `select * from sales` as row objects, and from the cache the second time without a request', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    await sales.ensureTable({ ...SALES_FACT, name: 'sales' });
    await sales.importData('sales', await readFile(SALES_CSV, 'utf8'));

    const plain = await sales.exportSql('select * from sales', FAST);
    expect(plain).toHaveLength(8);
    expect(plain[0]).toEqual({ inv_date: '2024-01-03', customer: 'Acme Ltd', sku: 'SKU-001', qty_invoiced: '10', line_total_excluding_tax: '250' });
    expect(plain[2]!.customer).toBe('Bright, Sons & Co');
    expect(plain[3]!.customer).toBe("O'Hare Supplies");

    const cache = mapCache();
    const first = await sales.exportSql('select * from sales', { ...FAST, cache, ttlSeconds: 600, ttlUnit: 'milliseconds' });
    expect(first).toEqual(plain);
    expect([...cache.entries.values()][0]!.ttl).toBe(600_000);
    env.sim.resetStats();
    const again = await sales.exportSql('select * from sales', { ...FAST, cache, ttlSeconds: 600 });
    expect(again).toEqual(plain);
    expect(env.sim.stats().requests).toBe(0);
  });

  it('deletes the rows where \'Rabbit\' in "common_name", and says how many', async () => {
    env = await analyticsEnv();
    const analytics = env.zoho.as(ANA).analytics;
    const sales = analytics.workspace('Sales');
    await sales.ensureTable(ANIMALS);
    await sales.importData('animals', { path: ANIMALS_CSV });

    // Python's `'Rabbit' in row["common_name"]` is a substring test: `"common_name" like '%Rabbit%'`.
    const deleted = await sales.deleteRows('animals', analytics.criteria.contains('common_name', 'Rabbit'));
    expect(deleted).toBe(4);
    const left = env.sim.analytics.rows(env.sim.analytics.table('Sales', 'animals')!).map((r) => r['common_name']);
    expect(left).toEqual(['Red Fox', 'Barn Owl', 'Common Frog', 'Hedgehog', 'Garden Snail']);
  });

  it('imports into a table while another import runs: the second gets 7092, waits and succeeds', async () => {
    // Each import holds the table 20 ms, as Zoho does while it processes the file. Backoff
    // waits are fully jittered (uniform in [0, 20 ms × 2^n], at most 50 ms), so the client
    // gets 12 retries: the odds that they all end within the hold are below one in a million.
    env = await analyticsEnv({ retry: { baseDelayMs: 20, maxDelayMs: 50, maxRetries: 12 } });
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    await sales.ensureTable(ANIMALS);
    env.sim.analytics.importHoldMs = 20;
    const csv = await readFile(ANIMALS_CSV, 'utf8');
    const [a, b] = await Promise.all([sales.importData('animals', csv), sales.importData('animals', csv)]);
    expect([a.successRows, b.successRows]).toEqual([9, 9]);
    expect(env.sim.analytics.table('Sales', 'animals')!.rows).toHaveLength(18);
    expect(env.logs.some((line) => /retrying POST \S+\/data\?\S* in \d+ ms after attempt \d: analytics: Another import is in progress/.test(line.message))).toBe(true);
  });
});
