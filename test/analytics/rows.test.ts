import { afterEach, describe, expect, it } from 'vitest';
import { and, contains, eq, gt, isIn, like, not, or, quoteColumn, sqlLiteral } from '../../src/analytics/criteria.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, analyticsEnv, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function withCustomers() {
  env = await analyticsEnv();
  const sim = env.sim.analytics;
  const table = sim.createTable(env.workspace, {
    name: 'customers',
    columns: [
      { name: 'name', type: 'PLAIN' },
      { name: 'say "hi"', type: 'PLAIN' },
      { name: 'orders', type: 'NUMBER' },
    ],
  });
  sim.addRows(table, [
    { name: "O'Hare Supplies", 'say "hi"': 'yes', orders: '3' },
    { name: 'Acme', 'say "hi"': 'no', orders: '10' },
    { name: 'Zeta', 'say "hi"': 'yes', orders: '0' },
  ]);
  return { table, analytics: env.zoho.as(ANA).analytics, sales: env.zoho.as(ANA).analytics.workspace('Sales') };
}

describe('Analytics criteria', () => {
  it('quotes column names and doubles quotes inside values', () => {
    expect(eq('Region', "O'Hare").sql).toBe(`"Region"='O''Hare'`);
    expect(quoteColumn('say "hi"')).toBe('"say ""hi"""');
    expect(sqlLiteral(new Date(Date.UTC(2024, 0, 3, 10, 30)))).toBe("'2024-01-03 10:30:00'");
    expect(and(gt('orders', 2), or(isIn('region', ['West', "N'th"]), not(like('name', 'A%')))).sql).toBe(
      `("orders">2) and (("region" in ('West','N''th')) or (not ("name" like 'A%')))`,
    );
    expect(contains('common_name', 'Rabbit').sql).toBe(`"common_name" like '%Rabbit%'`);
    expect(isIn('x', []).sql).toBe('1=0');
  });
});

describe('Analytics deleteRows and updateRows', () => {
  it("matches a value with a quote exactly and lets no value escape its literal", async () => {
    const { table, analytics, sales } = await withCustomers();
    const sim = env!.sim.analytics;
    expect(await sales.deleteRows('customers', analytics.criteria.eq('name', "x' or '1'='1"))).toBe(0);
    expect(table.rows).toHaveLength(3);
    expect(await sales.deleteRows('customers', analytics.criteria.eq('name', "O'Hare Supplies"))).toBe(1);
    expect(sim.rows(table).map((r) => r['name'])).toEqual(['Acme', 'Zeta']);
  });

  it('updates the matching rows, addressing a column whose name holds a quote, and says how many', async () => {
    const { table, analytics, sales } = await withCustomers();
    const updated = await sales.updateRows('customers', analytics.criteria.eq('say "hi"', 'yes'), { orders: 99 });
    expect(updated).toBe(2);
    expect(env!.sim.analytics.rows(table).map((r) => r['orders'])).toEqual([99, 10, 99]);
  });

  it('passes a hand-written criteria string through unchanged', async () => {
    const { sales } = await withCustomers();
    expect(await sales.table('customers').deleteRows(`"orders" > 5 or "name" = 'Zeta'`)).toBe(2);
  });

  it('refuses an empty criteria instead of touching every row', async () => {
    const { table, sales } = await withCustomers();
    env!.sim.resetStats();
    const error = await caught(() => sales.deleteRows('customers', '  '));
    expect((error as Error).message).toContain('empty criteria');
    expect(table.rows).toHaveLength(3);
    expect(env!.sim.stats().requests).toBe(0);
  });

  it('answers a criteria naming an unknown column with 8004 and a malformed one with 8002', async () => {
    const { sales } = await withCustomers();
    expect(await caught(() => sales.deleteRows('customers', `"nope"='x'`))).toMatchObject({ code: 8004 });
    expect(await caught(() => sales.deleteRows('customers', `"name" = = 'x'`))).toMatchObject({ code: 8002 });
  });

  it('answers a value that does not fit the column type with 7507', async () => {
    const { analytics, sales } = await withCustomers();
    expect(await caught(() => sales.updateRows('customers', analytics.criteria.eq('name', 'Acme'), { orders: 'many' }))).toMatchObject({ code: 7507 });
  });
});
