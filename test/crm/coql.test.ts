import { afterEach, describe, expect, it } from 'vitest';
import { coql, criteria, ZohoError, ZohoLimitError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('COQL', () => {
  it('builds a query with the small builder and runs it', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 40);
    const query = coql.select('Last_Name', 'No_of_Employees').from('Leads').where(criteria.equals('Lead_Source', 'Web Download')).orderBy('No_of_Employees', 'desc').limit(3);
    expect(String(query)).toBe("select Last_Name, No_of_Employees from Leads where Lead_Source = 'Web Download' order by No_of_Employees desc limit 0, 3");
    const result = await env.crm.query(query);
    expect(result.items.map((row) => row['No_of_Employees'])).toEqual([38, 36, 34]);
    expect(result).toMatchObject({ hasMore: true, next: { offset: 3 } });
    expect(result.rateLimit.accessTokenReset).toBeDefined();
    // The query's own LIMIT is the page size: the next page is the next three rows.
    const next = await result.nextPage();
    expect(next!.items.map((row) => row['No_of_Employees'])).toEqual([32, 30, 28]);
    expect(env.requests.filter((r) => r.url.pathname === '/crm/v8/coql')).toHaveLength(2);
  });

  it('runs and/or groups, in, between, like and is null in raw query text', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 40);
    const { items: data } = await env.crm.query(
      "select Last_Name from Leads where (No_of_Employees between 10 and 12 or Last_Name in ('Lead 30', 'Lead 31')) and Email like '%@example.com' and Annual_Revenue is null order by Last_Name limit 0, 50",
    );
    expect(data.map((row) => row['Last_Name'])).toEqual(['Lead 10', 'Lead 11', 'Lead 12', 'Lead 30', 'Lead 31']);
  });

  it('returns lookups as ids, and a followed lookup (Owner.name) under its dotted name', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 3);
    const owner = env.sim.crm.userFor(ANA);
    const { items: data } = await env.crm.query(`select Last_Name, Owner, Owner.name from Leads where Owner = '${owner.id}' limit 0, 1`);
    expect(data[0]).toMatchObject({ Owner: { id: owner.id }, 'Owner.name': 'ana' });
  });

  it('answers no match with an empty result (Zoho sends 204)', async () => {
    env = await crmEnv();
    const result = await env.crm.query("select Last_Name from Leads where Last_Name = 'nobody'");
    expect(result).toMatchObject({ items: [], hasMore: false });
  });

  it('reports a syntax error with Zoho\'s SYNTAX_ERROR details: line, column and the text near it', async () => {
    env = await crmEnv();
    const error = await caught(() => env!.crm.query('select Last_Name\nform Leads'));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'SYNTAX_ERROR', status: 400, details: { line: 2, column: 1, near: 'form' } });
  });

  it('quotes and escapes builder values, so a hostile value stays a value', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 5);
    const hostile = "x' or Last_Name like '%";
    const query = coql.select('Last_Name').from('Leads').where(criteria.equals('Last_Name', hostile));
    expect(String(query)).toBe("select Last_Name from Leads where Last_Name = 'x\\' or Last_Name like \\'%'");
    expect((await env.crm.query(query)).items).toEqual([]);
  });

  it('refuses a LIMIT over 2,000 or an OFFSET past 100,000 in the builder, and the simulator refuses it too', async () => {
    env = await crmEnv();
    expect(() => String(coql.select('Last_Name').from('Leads').limit(2_001))).toThrow(ZohoLimitError);
    expect(() => String(coql.select('Last_Name').from('Leads').offset(99_000).limit(2_000))).toThrow(ZohoLimitError);
    const error = await caught(() => env!.crm.query('select Last_Name from Leads limit 100000, 200'));
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', details: { limit: 100_000 } });
  });

  it('charges COQL credits by LIMIT: 1 up to 200 rows, 2 up to 1,000, 3 up to 2,000', async () => {
    env = await crmEnv();
    const spent = async (limit: number): Promise<number> => {
      const before = env!.sim.crm.credits.total;
      await env!.crm.query(`select Last_Name from Leads limit 0, ${limit}`);
      return env!.sim.crm.credits.total - before;
    };
    expect([await spent(200), await spent(1_000), await spent(2_000)]).toEqual([1, 2, 3]);
  });

  it('pages a query by offset: `for await` over the first page reads every row, and a raw LIMIT clause is rewritten per page', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 25);
    const rows: unknown[] = [];
    for await (const row of await env.crm.query('select Last_Name from Leads order by Last_Name', { perPage: 10 })) rows.push(row['Last_Name']);
    expect(rows).toHaveLength(25);
    expect(new Set(rows).size).toBe(25);
    const page = await env.crm.query('select Last_Name from Leads order by Last_Name limit 20, 10');
    expect(page.items).toHaveLength(5);
    expect(page).toMatchObject({ hasMore: false, next: undefined });
    const middle = await env.crm.query('select Last_Name from Leads order by Last_Name LIMIT 4 OFFSET 8');
    expect(middle.next).toEqual({ offset: 12 });
    const after = await middle.nextPage();
    expect(after!.items.map((row) => row['Last_Name'])).toEqual((await env.crm.query('select Last_Name from Leads order by Last_Name', { offset: 12, perPage: 4 })).items.map((row) => row['Last_Name']));
  });

  it('refuses to iterate a query that has its own LIMIT', async () => {
    env = await crmEnv();
    expect(() => env!.crm.iterate(coql.select('Last_Name').from('Leads').limit(5))).toThrow(TypeError);
  });

  it('iterates a query with LIMIT/OFFSET and stops at `limit`', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 5_000);
    const rows: unknown[] = [];
    for await (const row of env.crm.iterate(coql.select('Last_Name').from('Leads').where(criteria.equals('Lead_Source', 'Cold Call')), { limit: 2_400 })) rows.push(row);
    expect(rows).toHaveLength(2_400);
    const offsets = env.requests.filter((r) => r.url.pathname === '/crm/v8/coql').length;
    expect(offsets).toBe(2);
  });

  it('reads the first 100,000 rows, then throws a ZohoLimitError instead of silently stopping', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 100_500);
    let read = 0;
    const error = await caught(async () => {
      for await (const _ of env!.crm.iterate('select Last_Name from Leads')) read++;
    });
    expect(read).toBe(100_000);
    expect(error).toBeInstanceOf(ZohoLimitError);
    expect(error).toMatchObject({ limit: 100_000, requested: 100_001 });
    expect((error as Error).message).toMatch(/first 100000 rows/);
  }, 30_000);
});
