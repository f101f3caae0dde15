import { afterEach, describe, expect, it } from 'vitest';
import { coql, criteria, ZohoConfigError, ZohoLimitError } from '../../src/index.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

// COQL queries as built and as sent, and module.read() over COQL and over the list.

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('the COQL builder refuses what Zoho would, before anything is sent', () => {
  const fifty = Array.from({ length: 51 }, (_, n) => `Field_${n}`);
  it.each([
    ['a field that is not an API name', () => coql.select('Last_Name; drop'), TypeError, /not a field API name/],
    ['a module that is not an API name', () => coql.select('Last_Name').from('Leads where 1=1'), TypeError, /not a module API name/],
    ['an order on a field that is not an API name', () => coql.select('Last_Name').from('Leads').orderBy('Last_Name desc'), TypeError, /not a field API name/],
    ['a query without a module', () => String(coql.select('Last_Name')), TypeError, /needs select\(\.\.\.\) and from/],
    ['more than 50 fields', () => String(coql.select(...fifty).from('Leads')), ZohoLimitError, /at most 50 fields/],
  ])('%s', (_name, build, type, message) => {
    expect(build).toThrow(type);
    expect(build).toThrow(message);
  });

  it.each([
    ['an offset alone takes Zoho\'s 200 rows', coql.select('Last_Name').from('Leads').offset(400), 'select Last_Name from Leads limit 400, 200'],
    ['a limit alone starts at 0', coql.select('Last_Name').from('Leads').limit(5), 'select Last_Name from Leads limit 0, 5'],
    ['neither adds no clause', coql.select('Id').from('Leads'), 'select Id from Leads'],
  ])('%s', (_name, query, text) => {
    expect(String(query)).toBe(text);
  });
});

describe('crm.query()', () => {
  it('pages a query written with `limit n` (no offset) from its own limit, with a signal', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 5);
    const first = await env.crm.query('select Last_Name from Leads where id is not null order by No_of_Employees limit 2', { signal: new AbortController().signal });
    expect(first.items.map((r) => r['Last_Name'])).toEqual(['Lead 0', 'Lead 1']);
    const second = await first.nextPage();
    expect(second?.items.map((r) => r['Last_Name'])).toEqual(['Lead 2', 'Lead 3']);
    const sent = env.requests.filter((r) => r.url.pathname === '/crm/v8/coql');
    expect(sent).toHaveLength(2);
  });
});

describe('module.read()', () => {
  it('sorts the list ascending when no direction is given, naming every listable field', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 3);
    const rows = [];
    for await (const row of env.crm.module('Leads').read({ orderBy: { field: 'Modified_Time' }, signal: new AbortController().signal })) rows.push(row);
    expect(rows.map((r) => r['Last_Name'])).toEqual(['Lead 0', 'Lead 1', 'Lead 2']);
    expect(rows[0]).toMatchObject({ Email: 'lead0@example.com', Company: 'Company 0' });
    const [list] = env.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/crm/v8/Leads');
    expect(list!.url.searchParams.get('sort_order')).toBe('asc');
    expect(env.requests.some((r) => r.url.pathname === '/crm/v8/coql')).toBe(false);
  });

  it('reads more than 200 rows through COQL, merging the fields past 50 in groups, with a signal', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 230);
    const extra = Array.from({ length: 52 }, (_, n) => `Extra_${n}`);
    for (const name of extra) env.sim.crm.addField('Leads', name, 'text');
    const leads = env.sim.crm.module('Leads');
    for (const [id, record] of [...leads.entries()]) leads.set(id, { ...record, Extra_51: `last of ${record['Last_Name']}` });
    const rows = [];
    for await (const row of env.crm.module('Leads').read({ fields: ['Last_Name', ...extra], criteria: criteria.greaterThan('No_of_Employees', 4), orderBy: [{ field: 'No_of_Employees', direction: 'desc' }], signal: new AbortController().signal })) rows.push(row);
    expect(rows).toHaveLength(225);
    expect(rows[0]).toMatchObject({ Last_Name: 'Lead 229', Extra_51: 'last of Lead 229' });
    expect(rows.at(-1)).toMatchObject({ Last_Name: 'Lead 5', Extra_51: 'last of Lead 5' });
    // Rows are merged 200 at a time: two reads by id per 200 (100 ids each), then one for the last 25.
    const byId = env.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/crm/v8/Leads');
    expect(byId.map((r) => r.url.searchParams.get('ids')!.split(',').length)).toEqual([100, 100, 25]);
  });

  it('names every listable field in the COQL query when none are given', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 4);
    const rows = [];
    for await (const row of env.crm.module('Leads').read({ criteria: criteria.equals('Lead_Source', 'Cold Call'), signal: new AbortController().signal })) rows.push(row);
    expect(rows.map((r) => r['Last_Name']).sort()).toEqual(['Lead 1', 'Lead 3']);
    expect(rows[0]).toMatchObject({ Email: expect.any(String), Company: expect.any(String) });
  });

  it('refuses an order that is not a field or a direction before anything is sent', async () => {
    env = await crmEnv();
    const leads = env.crm.module('Leads');
    const drain = async (options: Parameters<typeof leads.read>[0]) => {
      for await (const row of leads.read(options)) void row;
    };
    await expect(drain({ orderBy: { field: 'Last Name' } })).rejects.toThrow(ZohoConfigError);
    await expect(drain({ orderBy: [{ field: 'Last_Name', direction: 'up' as never }] })).rejects.toThrow(ZohoConfigError);
    expect(env.requests).toHaveLength(0);
  });
});
