import { afterEach, describe, expect, it } from 'vitest';
import { criteria, flatten, type FieldValues } from '../../src/index.js';
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
