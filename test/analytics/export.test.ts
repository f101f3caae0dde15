import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoJobError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, analyticsEnv, FAST, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function withOrders() {
  env = await analyticsEnv();
  const sim = env.sim.analytics;
  const table = sim.createTable(env.workspace, {
    name: 'Orders',
    columns: [
      { name: 'id', type: 'NUMBER' },
      { name: 'customer', type: 'PLAIN' },
      { name: 'region', type: 'PLAIN' },
      { name: 'amount', type: 'DECIMAL_NUMBER' },
      { name: 'placed', type: 'DATE' },
    ],
  });
  sim.addRows(table, [
    { id: '1', customer: 'Acme', region: 'West', amount: '120.5', placed: '2024-01-03' },
    { id: '2', customer: "O'Hare", region: 'East', amount: '80', placed: '2024-01-04' },
    { id: '3', customer: 'Zeta', region: 'West', amount: '300', placed: '2024-02-01' },
    { id: '4', customer: 'Bright', region: 'North', amount: '15.25', placed: '2024-02-11' },
    { id: '5', customer: 'Acme Two', region: 'East', amount: '', placed: '2024-03-01' },
  ]);
  return env.zoho.as(ANA).analytics.workspace('Sales');
}

describe('Analytics exportSql', () => {
  it('runs where, in, like, order by and limit, and maps rows to typed objects', async () => {
    const sales = await withOrders();
    const rows = await sales.exportSql(
      `select "id", customer, amount as "Total" from Orders where region in ('West','East') and (customer like 'acme%' or amount > 100) order by amount desc limit 3`,
      { ...FAST, map: (row) => ({ id: Number(row['id']), customer: row['customer']!, total: row['Total'] === '' ? null : Number(row['Total']) }) },
    );
    expect(rows).toEqual([
      { id: 3, customer: 'Zeta', total: 300 },
      { id: 1, customer: 'Acme', total: 120.5 },
      { id: 5, customer: 'Acme Two', total: null },
    ]);
  });

  it('moves the job through jobCode 1001 and 1002 before downloading at 1004', async () => {
    const sales = await withOrders();
    await sales.id();
    env!.sim.analytics.exportPollsUntilDone = 3;
    env!.sim.resetStats();
    const rows = await sales.exportSql('select * from Orders where "region" <> \'West\'', FAST);
    expect(rows.map((r) => r['id'])).toEqual(['2', '4', '5']);
    // create, 4 polls (1001, 1002, 1002, 1004), download
    expect(env!.sim.stats().requests).toBe(6);
  });

  it('streams rows as they download and stops the download when the consumer stops', async () => {
    const sales = await withOrders();
    const seen: string[] = [];
    for await (const row of sales.streamSql('select customer from Orders order by id', FAST)) {
      seen.push(row['customer']!);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['Acme', "O'Hare"]);
  });

  it('throws ZohoJobError with jobCode 1003 when the job fails, though Zoho answered HTTP 200', async () => {
    const sales = await withOrders();
    const missing = await caught(() => sales.exportSql('select * from Nowhere', FAST));
    expect(missing).toBeInstanceOf(ZohoJobError);
    expect(missing).toBeInstanceOf(ZohoError);
    expect(missing).toMatchObject({ product: 'analytics', code: '1003', state: 'ERROR OCCURRED', reason: 'failed' });
    expect((missing as Error).message).toContain('Table "Nowhere" is not present');

    env!.sim.analytics.failExportJobs = 1;
    expect(await caught(() => sales.exportSql('select * from Orders', FAST))).toMatchObject({ code: '1003' });
  });

  it('answers SQL it cannot parse with 7403 when the job is created', async () => {
    const sales = await withOrders();
    const error = await caught(() => sales.exportSql('select from where', FAST));
    expect(error).toMatchObject({ code: 7403, status: 400 });
  });

  it('joins two tables, as Zoho\'s SQL export does', async () => {
    const sales = await withOrders();
    const regions = env!.sim.analytics.createTable(env!.workspace, { name: 'Regions', columns: [{ name: 'region', type: 'PLAIN' }, { name: 'manager', type: 'PLAIN' }] });
    env!.sim.analytics.addRows(regions, [{ region: 'West', manager: 'Wu' }, { region: 'East', manager: 'Eze' }]);
    const rows = await sales.exportSql(
      `select o."id", o.customer, r.manager from Orders o join "Regions" r on r.region = o.region where o.amount > 50 order by o.id`,
      FAST,
    );
    expect(rows).toEqual([
      { id: '1', customer: 'Acme', manager: 'Wu' },
      { id: '2', customer: "O'Hare", manager: 'Eze' },
      { id: '3', customer: 'Zeta', manager: 'Wu' },
    ]);
  });

  it('sums and counts per group, with order by and limit on the aggregate', async () => {
    const sales = await withOrders();
    const rows = await sales.exportSql(
      `select region, count(*) as orders, sum(amount) as total, upper(min(customer)) as first from Orders group by region order by total desc limit 2`,
      FAST,
    );
    // East's empty amount counts as an order but adds nothing to the sum.
    expect(rows).toEqual([
      { region: 'West', orders: '2', total: '420.5', first: 'ACME' },
      { region: 'East', orders: '2', total: '80', first: 'ACME TWO' },
    ]);
  });

  it('orders by several columns and pages with limit and offset, MySQL\'s "limit offset, count" too', async () => {
    const sales = await withOrders();
    const query = (sql: string) => sales.exportSql(sql, { ...FAST, map: (row) => row['id']! });
    expect(await query('select id from Orders order by region asc, amount desc limit 3')).toEqual(['2', '5', '4']);
    expect(await query('select id from Orders order by region asc, amount desc limit 2 offset 3')).toEqual(['3', '1']);
    expect(await query('select id from Orders order by id limit 1, 2')).toEqual(['2', '3']);
    expect(await query(`select id from Orders where year(placed) = 2024 and month(placed) = 2 order by id`)).toEqual(['3', '4']);
  });

  it('answers a statement that is not one SELECT with 7403, and fails the job for an unknown column', async () => {
    const sales = await withOrders();
    expect(await caught(() => sales.exportSql('delete from Orders', FAST))).toMatchObject({ code: 7403 });
    expect(await caught(() => sales.exportSql('select * from Orders; select 1', FAST))).toMatchObject({ code: 7403 });
    expect(env!.sim.analytics.rows([...env!.workspace.tables.values()][0]!)).toHaveLength(5);
    const missing = await caught(() => sales.exportSql('select "nope" from Orders', FAST));
    expect(missing).toMatchObject({ code: '1003', product: 'analytics' });
    expect((missing as Error).message).toContain('Column "nope" is not present');
  });

  it('keys the cache by org, workspace and SQL, with a Django-style ttl in seconds', async () => {
    const sales = await withOrders();
    const store = new Map<string, unknown>();
    const ttls: (number | undefined)[] = [];
    const cache = { get: (key: string) => store.get(key) ?? null, set: (key: string, value: unknown, ttl?: number) => void (store.set(key, value), ttls.push(ttl)) };
    await sales.exportSql('select id from Orders', { ...FAST, cache, ttlSeconds: 300 });
    await sales.exportSql('select id from Orders limit 1', { ...FAST, cache });
    expect([...store.keys()]).toEqual([
      expect.stringMatching(new RegExp(`^zohokit:analytics:${env!.sim.analytics.orgId}:${env!.workspace.id}:sql:[0-9a-f]{64}$`)),
      expect.stringMatching(/:sql:[0-9a-f]{64}$/),
    ]);
    expect(ttls).toEqual([300, undefined]);
  });

  it('treats a cached value that is not rows as a miss and runs the query', async () => {
    const sales = await withOrders();
    const cache = { get: () => 'garbage', set: () => undefined };
    const rows = await sales.exportSql('select id from Orders limit 2', { ...FAST, cache });
    expect(rows).toEqual([{ id: '1' }, { id: '2' }]);
  });
});
