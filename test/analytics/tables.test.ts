import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, analyticsEnv, SALES_FACT, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('Analytics tables and columns', () => {
  it('creates a table in a folder with Zoho data types', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    const table = await sales.createTable({
      name: 'payments',
      folder: 'Finance',
      description: 'incoming payments',
      columns: [
        { name: 'paid_on', type: 'DATE', mandatory: true },
        { name: 'amount', type: 'CURRENCY' },
        { name: 'share', type: 'PERCENT' },
        { name: 'settled', type: 'BOOLEAN' },
      ],
    });
    const stored = env.sim.analytics.table('Sales', 'payments')!;
    expect(await table.id()).toBe(stored.id);
    expect(stored).toMatchObject({ folder: 'Finance', description: 'incoming payments' });
    expect(await table.columns()).toMatchObject([
      { name: 'paid_on', type: 'DATE', mandatory: true },
      { name: 'amount', type: 'CURRENCY', typeName: 'Currency' },
      { name: 'share', type: 'PERCENT' },
      { name: 'settled', type: 'BOOLEAN' },
    ]);
  });

  it('answers a second table of the same name with code 7111', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    await sales.createTable(SALES_FACT);
    const error = await caught(() => sales.createTable(SALES_FACT));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 7111, status: 400 });
  });

  it('adds, renames and deletes columns, keeping the rows’ values', async () => {
    env = await analyticsEnv();
    const sim = env.sim.analytics;
    const stored = sim.createTable(env.workspace, { name: 'animals', columns: [{ name: 'common_name', type: 'PLAIN' }, { name: 'legs', type: 'NUMBER' }] });
    sim.addRows(stored, [{ common_name: 'Barn Owl', legs: '2' }]);
    const animals = env.zoho.as(ANA).analytics.workspace('Sales').table('animals');

    const columnId = await animals.addColumn({ name: 'class', type: 'PLAIN' });
    expect(stored.columns.at(-1)).toMatchObject({ id: columnId, name: 'class', type: 'PLAIN' });
    expect(sim.rows(stored)).toEqual([{ common_name: 'Barn Owl', legs: 2, class: null }]);

    await animals.renameColumn('legs', 'leg_count');
    expect(sim.rows(stored)).toEqual([{ common_name: 'Barn Owl', leg_count: 2, class: null }]);

    await animals.deleteColumn('class');
    expect((await animals.columns()).map((c) => c.name)).toEqual(['common_name', 'leg_count']);
  });

  it('answers a taken column name with 7128 and an unknown one with 7107', async () => {
    env = await analyticsEnv();
    env.sim.analytics.createTable(env.workspace, { name: 'animals', columns: [{ name: 'common_name', type: 'PLAIN' }] });
    const animals = env.zoho.as(ANA).analytics.workspace('Sales').table('animals');
    expect(await caught(() => animals.addColumn({ name: 'Common_Name', type: 'PLAIN' }))).toMatchObject({ code: 7128 });
    expect(await caught(() => animals.renameColumn('wings', 'fins'))).toMatchObject({ code: 7107 });
  });

  it('says which table is missing, with code 7138, before sending anything for it', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    const error = await caught(() => sales.deleteRows('nowhere', "\"a\"='b'"));
    expect(error).toMatchObject({ code: 7138, product: 'analytics' });
    expect((error as Error).message).toContain('no table named "nowhere"');
    expect(await sales.table('nowhere').exists()).toBe(false);
  });
});
