import { afterEach, describe, expect, it } from 'vitest';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from './seed.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function world() {
  env = await simZoho({ users: [USER] });
  const { sim } = env;
  const account = seed(sim, 'Accounts', { Account_Name: 'Springfield Power' });
  const homer = seed(sim, 'Contacts', { First_Name: 'Homer', Last_Name: 'Simpson', Account_Name: { id: account, name: 'Springfield Power' } });
  const lenny = seed(sim, 'Contacts', { First_Name: 'Lenny', Last_Name: 'Leonard', Account_Name: { id: account, name: 'Springfield Power' } });
  const carl = seed(sim, 'Contacts', { First_Name: 'Carl', Last_Name: 'Carlson' });
  const deal = seed(sim, 'Deals', { Deal_Name: 'Reactor upgrade', Stage: 'Qualification' });
  const crm = env.zoho.as(USER).crm;
  return { ...env, crm, account, homer, lenny, carl, deal };
}

describe('related records', () => {
  it('lists the contacts of an account, found through their Account_Name lookup', async () => {
    const { crm, account, homer, lenny } = await world();
    const { items: data, hasMore } = await crm.module('Accounts').record(account).related('Contacts').list();
    expect(data.map((c) => c.id).sort()).toEqual([homer, lenny].sort());
    expect(data[0]).toEqual(expect.objectContaining({ Last_Name: expect.any(String), Account_Name: expect.objectContaining({ id: account }) }));
    expect(hasMore).toBe(false);
  });

  it('links contacts to a deal with a contact role, and shows the deal from the contact\'s side', async () => {
    const { crm, deal, homer, carl } = await world();
    const roles = crm.module('Deals').record(deal).related('Contact_Roles');
    const results = await roles.add([{ id: homer, Contact_Role: 'Decision Maker' }, carl]);
    expect(results).toEqual([
      { ok: true, applied: true, id: homer, message: 'relation updated', raw: expect.anything() },
      { ok: true, applied: true, id: carl, message: 'relation updated', raw: expect.anything() },
    ]);
    const { items: data } = await roles.list({ fields: ['Last_Name', 'Contact_Role'] });
    expect(data).toEqual(expect.arrayContaining([{ id: homer, Last_Name: 'Simpson', Contact_Role: 'Decision Maker' }, { id: carl, Last_Name: 'Carlson' }]));
    expect(await roles.get(homer, { fields: ['Contact_Role'] })).toEqual({ id: homer, Contact_Role: 'Decision Maker' });
    const dealsOfHomer = await crm.module('Contacts').record(homer).related('Deals').list({ fields: ['Deal_Name'] });
    expect(dealsOfHomer.items).toEqual([{ id: deal, Deal_Name: 'Reactor upgrade' }]);
  });

  it('delinks records: a link disappears, a lookup is cleared, the records stay', async () => {
    const { crm, sim, account, deal, homer, lenny, carl } = await world();
    const roles = crm.module('Deals').record(deal).related('Contact_Roles');
    await roles.add([carl]);
    expect(await roles.remove(carl)).toEqual([{ ok: true, applied: true, id: carl, message: 'relation removed', raw: expect.anything() }]);
    expect((await roles.list()).items).toEqual([]);

    const contacts = crm.module('Accounts').record(account).related('Contacts');
    const results = await contacts.remove([homer, '999']);
    expect(results).toEqual([
      { ok: true, applied: true, id: homer, message: 'relation removed', raw: expect.anything() },
      { ok: false, applied: false, id: '999', raw: expect.anything(), error: expect.objectContaining({ code: 'INVALID_DATA' }) },
    ]);
    expect(sim.crm.module('Contacts').get(homer)?.['Account_Name']).toBeNull();
    expect((await contacts.list()).items.map((c) => c.id)).toEqual([lenny]);
    expect(sim.crm.module('Contacts').has(carl)).toBe(true);
  });

  it('reports every failed link as data when none of them exist', async () => {
    const { crm, deal } = await world();
    const results = await crm.module('Deals').record(deal).related('Contact_Roles').add(['1', '2']);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['INVALID_DATA', 'INVALID_DATA']);
  });

  it('iterates a long related list page by page', async () => {
    const { crm, sim, account } = await world();
    for (let i = 0; i < 7; i++) seed(sim, 'Contacts', { Last_Name: `Worker ${i}`, Account_Name: { id: account } });
    const seen: string[] = [];
    for await (const contact of crm.module('Accounts').record(account).related('Contacts').iterate({ perPage: 3 })) seen.push(contact.id!);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('reaches the first 2,000 related records by page, then says why it stops', async () => {
    // Zoho's v8 files and docs give this list page/per_page only, no page_token, so zohokit
    // sends none; past 2,000 the simulator answers as Zoho does for page numbers.
    const { crm, sim, account } = await world();
    for (let i = 0; i < 2_300; i++) seed(sim, 'Contacts', { Last_Name: `Worker ${i}`, Account_Name: { id: account } });
    const seen = new Set<string>();
    const error = await caught(async () => {
      for await (const contact of crm.module('Accounts').record(account).related('Contacts').iterate({ fields: ['Last_Name'] })) seen.add(contact.id!);
    });
    expect(seen.size).toBe(2_000);
    expect(error).toMatchObject({ code: 'DISCRETE_PAGINATION_LIMIT_EXCEEDED' });
  });

  it('lists a record\'s notes through its Notes related list', async () => {
    const { crm, account } = await world();
    const record = crm.module('Accounts').record(account);
    await record.notes.add('Met at the plant');
    const { items: data } = await record.related('Notes').list();
    expect(data).toEqual([expect.objectContaining({ Note_Content: 'Met at the plant' })]);
  });

  it('fails with INVALID_DATA for a related list the module does not have', async () => {
    const { crm, account } = await world();
    const error = await caught(() => crm.module('Accounts').record(account).related('Spaceships').list());
    expect(error).toMatchObject({ code: 'INVALID_DATA', details: { resource_path_index: 2 } });
  });
});
