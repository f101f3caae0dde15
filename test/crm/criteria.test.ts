import { afterEach, describe, expect, it } from 'vitest';
import { criteria, ZohoLimitError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('criteria builder', () => {
  it('writes Zoho\'s search syntax for every comparator and for and/or groups', () => {
    const c = criteria;
    expect(String(c.and(c.equals('Last_Name', 'Burns'), c.startsWith('Company', 'Zyl')))).toBe('((Last_Name:equals:Burns)and(Company:starts_with:Zyl))');
    expect(String(c.or(c.notEqual('Lead_Status', 'Junk Lead'), c.and(c.in('Lead_Source', ['Web', 'Chat']), c.notIn('Rating', ['Shut Down']))))).toBe(
      '((Lead_Status:not_equal:Junk Lead)or((Lead_Source:in:Web,Chat)and(Rating:not_in:Shut Down)))',
    );
    expect(String(c.between('No_of_Employees', 10, 50))).toBe('(No_of_Employees:between:10,50)');
    expect(String(c.notBetween('No_of_Employees', 10, 50))).toBe('(No_of_Employees:not_between:10,50)');
    expect(String(c.greaterThan('Annual_Revenue', 1000.5))).toBe('(Annual_Revenue:greater_than:1000.5)');
    expect(String(c.greaterEqual('Annual_Revenue', 0))).toBe('(Annual_Revenue:greater_equal:0)');
    expect(String(c.lessThan('Annual_Revenue', -1))).toBe('(Annual_Revenue:less_than:-1)');
    expect(String(c.lessEqual('Annual_Revenue', 7))).toBe('(Annual_Revenue:less_equal:7)');
    expect(String(c.equals('Email_Opt_Out', false))).toBe('(Email_Opt_Out:equals:false)');
    expect(String(c.equals('Zip_Code', c.text('007')))).toBe('(Zip_Code:equals:007)');
  });

  it('escapes (, ), comma and backslash in values so a value cannot change the structure', () => {
    expect(String(criteria.equals('Company', 'A (B), C\\'))).toBe('(Company:equals:A \\(B\\)\\, C\\\\)');
    expect(String(criteria.in('Company', ['x,y', 'z)']))).toBe('(Company:in:x\\,y,z\\))');
  });

  it('formats dates and date-times in UTC or at a given offset', () => {
    const at = new Date('2024-03-31T22:15:00.000Z');
    expect(String(criteria.greaterThan('Created_Time', at))).toBe('(Created_Time:greater_than:2024-03-31T22:15:00+00:00)');
    expect(String(criteria.greaterThan('Created_Time', criteria.dateTime(at, { offset: '+05:30' })))).toBe('(Created_Time:greater_than:2024-04-01T03:45:00+05:30)');
    expect(String(criteria.equals('Date_of_Birth', criteria.date(at)))).toBe('(Date_of_Birth:equals:2024-03-31)');
    expect(String(criteria.equals('Date_of_Birth', criteria.date(at, { offset: '+05:30' })))).toBe('(Date_of_Birth:equals:2024-04-01)');
    expect(String(criteria.equals('Date_of_Birth', criteria.date('1990-12-24')))).toBe('(Date_of_Birth:equals:1990-12-24)');
    expect(() => criteria.date('24/12/1990')).toThrow(/yyyy-MM-dd/);
  });

  it('writes the same tree as a COQL condition with quoted, escaped literals', () => {
    const tree = criteria.and(criteria.equals('Last_Name', "O'Brien"), criteria.startsWith('Company', 'Zyl'), criteria.in('Lead_Source', ['Web', 'Chat']), criteria.between('No_of_Employees', 1, 9));
    expect(tree.toCoql()).toBe("(Last_Name = 'O\\'Brien' and Company like 'Zyl%' and Lead_Source in ('Web', 'Chat') and No_of_Employees between 1 and 9)");
  });

  it('refuses more than 10 conditions with a ZohoLimitError before sending anything', async () => {
    env = await crmEnv();
    const eleven = criteria.or(...Array.from({ length: 11 }, (_, i) => criteria.equals('Last_Name', `n${i}`)));
    expect(eleven.conditionCount).toBe(11);
    const sent = env.requests.length;
    const error = await caught(() => env!.crm.module('Leads').records.search(eleven));
    expect(error).toBeInstanceOf(ZohoLimitError);
    expect(error).toMatchObject({ limit: 10, requested: 11 });
    expect(env.requests.length).toBe(sent);
  });
});

describe('criteria against the simulator', () => {
  it('finds a record whose name is full of Zoho\'s special characters, and only it', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 20);
    const nasty = 'Burns (Sales), Inc. \\ and:co';
    await env.crm.module('Leads').records.create([{ Last_Name: nasty }]);
    const found = await env.crm.module('Leads').records.search(criteria.equals('Last_Name', nasty), { fields: ['Last_Name'] });
    expect(found.items.map((r) => r['Last_Name'])).toEqual([nasty]);
  });

  it('keeps a hostile value inside its condition: it matches nothing instead of everything', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 20);
    const hostile = 'nobody)or(Last_Name:starts_with:Lead';
    const leads = env.crm.module('Leads').records;
    // The same text pasted unescaped would widen the query to every lead...
    expect((await leads.search(`(Last_Name:equals:${hostile})`, { fields: ['Last_Name'] })).items).toHaveLength(20);
    // ...the builder keeps it a value.
    expect((await leads.search(criteria.equals('Last_Name', hostile), { fields: ['Last_Name'] })).items).toHaveLength(0);
    expect(await leads.count(criteria.equals('Last_Name', hostile))).toBe(0);
  });

  it('compares numbers as numbers, dates as dates and text without case', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 30);
    const leads = env.crm.module('Leads').records;
    expect(await leads.count(criteria.between('No_of_Employees', 5, 14))).toBe(10);
    expect(await leads.count(criteria.greaterEqual('Created_Time', new Date('2024-01-01T00:00:20Z')))).toBe(10);
    expect(await leads.count(criteria.equals('Company', 'company 3'))).toBe(1);
    expect(await leads.count(criteria.in('Lead_Source', ['Cold Call', 'Chat']))).toBe(15);
  });

  it('answers a malformed raw criteria with INVALID_QUERY', async () => {
    env = await crmEnv();
    const error = await caught(() => env!.crm.module('Leads').records.search('(Last_Name:equals:x'));
    expect(error).toMatchObject({ code: 'INVALID_QUERY', status: 400 });
  });
});
