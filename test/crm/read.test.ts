import { afterEach, describe, expect, it } from 'vitest';
import { criteria, flatten, ZohoConfigError, type FieldValues } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function collect(iterator: AsyncIterable<FieldValues>): Promise<FieldValues[]> {
  const out: FieldValues[] = [];
  for await (const row of iterator) out.push(row);
  return out;
}

describe('module.read and module.count', () => {
  it('reads every record with lookups flattened into columns (Owner.name)', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 250);
    const rows = await collect(env.crm.module('Leads').read({ fields: ['Last_Name', 'Owner'], flatten: true }));
    expect(rows).toHaveLength(250);
    expect(rows[0]).toEqual({ id: expect.any(String), Last_Name: expect.any(String), 'Owner.id': env.sim.crm.userFor(ANA).id, 'Owner.name': 'ana', 'Owner.email': ANA });
  });

  it('reads the records matching criteria through COQL, with every field, more than 50 included', async () => {
    env = await crmEnv();
    for (let i = 1; i <= 30; i++) env.sim.crm.addField('Leads', `Extra_${i}`, 'text');
    const ids = seedLeads(env.sim, 300);
    const leads = env.sim.crm.module('Leads');
    for (const id of ids) leads.set(id, { ...leads.get(id)!, Extra_30: `x-${id}` });
    const rows = await collect(env.crm.module('Leads').read({ criteria: criteria.equals('Lead_Source', 'Cold Call'), flatten: true }));
    expect(rows).toHaveLength(150);
    expect(rows.every((row) => row['Lead_Source'] === 'Cold Call' && row['Extra_30'] === `x-${row['id']}` && row['Owner.id'] !== undefined)).toBe(true);
    expect(env.requests.some((r) => r.url.pathname === '/crm/v8/coql')).toBe(true);
  });

  it('stops a read at `limit`', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 500);
    expect(await collect(env.crm.module('Leads').read({ fields: ['Last_Name'], limit: 5 }))).toHaveLength(5);
    expect(await collect(env.crm.module('Leads').read({ fields: ['Last_Name'], criteria: criteria.startsWith('Email', 'lead'), limit: 7 }))).toHaveLength(7);
  });

  it('orders a read by id through the record list\'s sort_by, over several pages', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 450);
    const rows = await collect(env.crm.module('Leads').read({ fields: ['Last_Name'], orderBy: { field: 'id', direction: 'desc' } }));
    expect(rows.map((row) => row['id'])).toEqual([...ids].sort((x, y) => (BigInt(y) > BigInt(x) ? 1 : -1)));
    const lists = env.requests.filter((r) => r.url.pathname === '/crm/v8/Leads');
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.every((r) => r.url.searchParams.get('sort_by') === 'id' && r.url.searchParams.get('sort_order') === 'desc')).toBe(true);
    expect(env.requests.some((r) => r.url.pathname === '/crm/v8/coql')).toBe(false);
  });

  it('orders a read by any other field through COQL\'s order by, with or without criteria', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 300);
    const leads = env.crm.module('Leads');
    const all = await collect(leads.read({ fields: ['No_of_Employees'], orderBy: { field: 'No_of_Employees', direction: 'desc' }, limit: 5 }));
    expect(all.map((row) => row['No_of_Employees'])).toEqual([299, 298, 297, 296, 295]);
    const web = await collect(leads.read({ fields: ['Company', 'No_of_Employees'], criteria: criteria.equals('Lead_Source', 'Web Download'), orderBy: [{ field: 'Company' }, { field: 'No_of_Employees', direction: 'desc' }], limit: 4 }));
    expect(web.map((row) => [row['Company'], row['No_of_Employees']])).toEqual([['Company 0', 250], ['Company 0', 200], ['Company 0', 150], ['Company 0', 100]]);
    const queries = env.requests.filter((r) => r.url.pathname === '/crm/v8/coql');
    expect(queries).toHaveLength(2);
  });

  it('refuses an order it cannot send, before any request', async () => {
    env = await crmEnv();
    const leads = env.crm.module('Leads');
    const bad = await caught(() => collect(leads.read({ orderBy: { field: 'Last_Name', direction: 'up' as 'asc' } })));
    expect(bad).toBeInstanceOf(ZohoConfigError);
    expect((bad as Error).message).toMatch(/orderBy\[0\]\.direction.*'asc' or 'desc'/);
    expect(await caught(() => collect(leads.read({ orderBy: [{ field: 'id' }, { field: 'Name; drop' }] })))).toBeInstanceOf(ZohoConfigError);
    expect(env.requests).toEqual([]);
  });

  it('counts all records, or those matching criteria', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 42);
    expect(await env.crm.module('Leads').count()).toBe(42);
    expect(await env.crm.module('Leads').count(criteria.greaterEqual('No_of_Employees', 40))).toBe(2);
  });
});

describe('flatten', () => {
  it('joins multi-select values and tag names with ";" and keeps other lists as JSON', () => {
    expect(
      flatten({
        Account_Name: { id: '1', name: 'Zylker', Parent: { id: '2' } },
        Tax: ['Vat', 'Sales Tax'],
        Tag: [{ id: 't1', name: 'hot' }, { id: 't2', name: 'vip' }],
        Rows: [{ a: 1 }],
        Empty: {},
      }),
    ).toEqual({ 'Account_Name.id': '1', 'Account_Name.name': 'Zylker', 'Account_Name.Parent.id': '2', Tax: 'Vat;Sales Tax', Tag: 'hot;vip', Rows: '[{"a":1}]', Empty: null });
  });
});
