import { afterEach, describe, expect, it } from 'vitest';
import { criteria, ZohoError, ZohoWriteError, type ItemFailure, type WriteSuccess } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, crmEnv, seedLeads } from './records-fixture.js';

let env: Awaited<ReturnType<typeof crmEnv>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('module.records: reads', () => {
  it('lists a page with the fields asked for, no next page, and the X-ACCESSTOKEN-RESET header', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 5);
    const page = await env.crm.module('Leads').records.list({ fields: ['Last_Name', 'Email'] });
    expect(page.items).toHaveLength(5);
    expect(Object.keys(page.items[0]!).sort()).toEqual(['Email', 'Last_Name', 'id']);
    expect(page).toMatchObject({ hasMore: false, next: undefined, total: undefined });
    expect(await page.nextPage()).toBeUndefined();
    expect(page.rateLimit.accessTokenReset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
  });

  it('reads every listable field from the module metadata when no fields are named', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 1);
    const [lead] = (await env.crm.module('Leads').records.list()).items;
    expect(lead).toMatchObject({ Last_Name: 'Lead 0', Company: 'Company 0', Lead_Source: 'Web Download', Owner: { email: ANA } });
    expect(lead).toHaveProperty('Annual_Revenue', null);
  });

  it('answers an empty module with an empty page (Zoho sends 204 and no body)', async () => {
    env = await crmEnv();
    const page = await env.crm.module('Deals').records.list({ fields: ['Deal_Name'] });
    expect(page.items).toEqual([]);
    expect(page.hasMore).toBe(false);
  });

  it('gets one record with all its fields, and undefined for an id that does not exist', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const leads = env.crm.module('Leads').records;
    expect(await leads.get(id!)).toMatchObject({ id, Last_Name: 'Lead 0', Email: 'lead0@example.com' });
    expect(await leads.get('4150868000000000001')).toBeUndefined();
  });

  it('refuses an unknown module with INVALID_MODULE and a missing fields parameter with REQUIRED_PARAM_MISSING', async () => {
    env = await crmEnv();
    const unknown = await caught(() => env!.crm.module('Spaceships').records.list({ fields: ['Name'] }));
    expect(unknown).toMatchObject({ code: 'INVALID_MODULE', status: 400 });
    const missing = await caught(() => env!.crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: '' } } }));
    expect(missing).toMatchObject({ code: 'REQUIRED_PARAM_MISSING', details: { param_name: 'fields' } });
  });

  it('searches by criteria, email and word, and counts with and without criteria', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 30);
    const leads = env.crm.module('Leads');
    const web = await leads.records.search(criteria.and(criteria.equals('Lead_Source', 'Web Download'), criteria.lessThan('No_of_Employees', 10)), { fields: ['Last_Name'] });
    expect(web.items.map((r) => r['Last_Name']).sort()).toEqual(['Lead 0', 'Lead 2', 'Lead 4', 'Lead 6', 'Lead 8']);
    expect((await leads.records.search({ email: 'lead7@example.com' })).items.map((r) => r['Last_Name'])).toEqual(['Lead 7']);
    expect((await leads.records.search({ word: 'company 49' })).items).toHaveLength(0);
    expect((await leads.records.search({ word: 'company 2' })).items.length).toBeGreaterThan(0);
    expect(await leads.count()).toBe(30);
    expect(await leads.count(criteria.equals('Lead_Source', 'Cold Call'))).toBe(15);
  });

  it('counts one API credit per call on the simulator', async () => {
    env = await crmEnv();
    const before = env.sim.crm.credits.total;
    await env.crm.module('Leads').records.list({ fields: ['Last_Name'] });
    await env.crm.module('Leads').count();
    expect(env.sim.crm.credits.total - before).toBe(2);
    expect(env.sim.crm.credits.byUser.get(ANA)).toBeGreaterThanOrEqual(2);
  });
});

describe('module.records: writes', () => {
  it('creates records and returns one result per record with Zoho\'s audit details', async () => {
    env = await crmEnv();
    const results = await env.crm.module('Leads').records.create([{ Last_Name: 'Lovelace', Company: 'Analytical Engines' }, { Last_Name: 'Hopper' }]);
    expect(results.every((r) => r.ok)).toBe(true);
    const [first] = results as WriteSuccess[];
    expect(first).toMatchObject({ ok: true, action: 'insert', message: 'record added', details: { Created_By: { name: 'ana' } } });
    expect(env.sim.crm.module('Leads').get(first!.id)).toMatchObject({ Last_Name: 'Lovelace', Full_Name: 'Lovelace', Owner: { email: ANA } });
  });

  it('returns 1 ok and 2 precise errors, in input order, for a batch with two invalid records', async () => {
    env = await crmEnv();
    const results = await env.crm.module('Leads').records.create([{ Last_Name: 'Ok' }, { Company: 'No name' }, { Last_Name: 'Bad', Email: 'not-an-email' }]);
    expect(results[0]).toMatchObject({ ok: true });
    expect((results[1] as ItemFailure).error).toMatchObject({ code: 'MANDATORY_NOT_FOUND', field: 'Last_Name', jsonPath: '$.data[1].Last_Name' });
    expect((results[2] as ItemFailure).error).toMatchObject({ code: 'INVALID_DATA', field: 'Email', details: { expected_data_type: 'email' } });
    expect(env.sim.crm.module('Leads').size).toBe(1);
  });

  it('reports type and length errors with the details Zoho gives', async () => {
    env = await crmEnv();
    const results = await env.crm.module('Leads').records.create([
      { Last_Name: 'x'.repeat(81) },
      { Last_Name: 'Count', No_of_Employees: 'many' },
      { Last_Name: 'Flag', Email_Opt_Out: 'yes' },
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : `${r.error.code}:${r.error.field}`))).toEqual(['INVALID_DATA:Last_Name', 'INVALID_DATA:No_of_Employees', 'INVALID_DATA:Email_Opt_Out']);
    expect((results[0] as ItemFailure).error.details).toMatchObject({ maximum_length: 80 });
    expect((results[1] as ItemFailure).error.details).toMatchObject({ expected_data_type: 'integer' });
  });

  it('gives per-item results, not an exception, when Zoho refuses every record of a batch (HTTP 400)', async () => {
    env = await crmEnv();
    const results = await env.crm.module('Deals').records.create([{ Deal_Name: 'No stage', Closing_Date: '2025-01-31' }, { Stage: 'Qualification' }]);
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['MANDATORY_NOT_FOUND', 'MANDATORY_NOT_FOUND']);
    expect(results.map((r) => !r.ok && r.error.field)).toEqual(['Stage', 'Deal_Name']);
  });

  it('throws a ZohoWriteError carrying every result with dieOnError', async () => {
    env = await crmEnv();
    const error = await caught(() => env!.crm.module('Leads').records.create([{ Last_Name: 'Kept' }, {}], { dieOnError: true }));
    expect(error).toBeInstanceOf(ZohoWriteError);
    const write = error as ZohoWriteError;
    expect(write.results[0]).toMatchObject({ ok: true });
    expect(write.failures).toEqual([{ index: 1, applied: false, error: expect.objectContaining({ code: 'MANDATORY_NOT_FOUND' }) }]);
    expect(write.message).toMatch(/1 of 2 Leads records were not written \(first: input 1, MANDATORY_NOT_FOUND on Last_Name/);
  });

  it('splits 250 records into requests of 100, 100 and 50 and keeps the results in input order', async () => {
    env = await crmEnv();
    const rows = Array.from({ length: 250 }, (_, i) => ({ Last_Name: `Row ${i}` }));
    const results = await env.crm.module('Leads').records.create(rows, { concurrency: 3 });
    expect(env.sim.crm.writes.map((w) => w.data.length)).toEqual([100, 100, 50]);
    const stored = env.sim.crm.module('Leads');
    results.forEach((result, i) => expect(stored.get((result as WriteSuccess).id)?.['Last_Name']).toBe(`Row ${i}`));
  });

  it('sends trigger as given (an empty list runs no automation)', async () => {
    env = await crmEnv();
    await env.crm.module('Leads').records.create([{ Last_Name: 'Quiet' }], { trigger: [] });
    await env.crm.module('Leads').records.create([{ Last_Name: 'Loud' }], { trigger: ['workflow'] });
    expect(env.sim.crm.writes.map((w) => w.trigger)).toEqual([[], ['workflow']]);
  });

  it('updates records by id, changing only the fields sent', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const [result] = await env.crm.module('Leads').records.update([{ id: id!, Company: 'Renamed' }]);
    expect(result).toMatchObject({ ok: true, id, action: 'update', message: 'record updated' });
    expect(env.sim.crm.module('Leads').get(id!)).toMatchObject({ Company: 'Renamed', Last_Name: 'Lead 0', Email: 'lead0@example.com' });
    const [missing] = await env.crm.module('Leads').records.update([{ id: '999', Company: 'x' }]);
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_DATA', field: 'id' } });
  });

  it('upserts on duplicate_check_fields: a match is updated (naming the field), the rest inserted', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const results = await env.crm.module('Leads').records.upsert(
      [{ Email: 'LEAD0@example.com', Last_Name: 'Lead 0', Company: 'Updated' }, { Email: 'new@example.com', Last_Name: 'New' }],
      { duplicateCheckFields: ['Email'] },
    );
    expect(results[0]).toMatchObject({ ok: true, id, action: 'update', duplicateField: 'Email' });
    expect(results[1]).toMatchObject({ ok: true, action: 'insert', duplicateField: null });
    expect(env.sim.crm.module('Leads').get(id!)?.['Company']).toBe('Updated');
    expect(env.sim.crm.module('Leads').size).toBe(2);
  });

  it('refuses a value another record holds in a unique field with DUPLICATE_DATA naming that record', async () => {
    env = await crmEnv();
    env.sim.crm.addField('Leads', 'External_ID', 'text', { unique: true });
    const leads = env.crm.module('Leads').records;
    const [first] = (await leads.create([{ Last_Name: 'One', External_ID: 'X-1' }])) as WriteSuccess[];
    const [second] = await leads.create([{ Last_Name: 'Two', External_ID: 'x-1' }]);
    expect(second).toMatchObject({ ok: false, error: { code: 'DUPLICATE_DATA', field: 'External_ID', details: { duplicate_record: { id: first!.id, module: { api_name: 'Leads' } } } } });
  });

  it('deletes records, then lists them among the deleted', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 3);
    const results = await env.crm.module('Leads').records.delete([ids[0]!, 'nope']);
    expect(results).toMatchObject([{ ok: true, id: ids[0], action: 'delete' }, { ok: false, error: { code: 'INVALID_DATA' } }]);
    expect(env.sim.crm.module('Leads').has(ids[0]!)).toBe(false);
    const deleted = await env.crm.module('Leads').records.deleted();
    expect(deleted.hasMore).toBe(false);
    expect(deleted.items).toMatchObject([{ id: ids[0], display_name: 'Test Lead 0', type: 'recycle', deleted_by: { name: 'ana' } }]);
  });

  it('writes and reads a custom module added to the simulator', async () => {
    env = await crmEnv();
    env.sim.crm.addModule({ api_name: 'Shipments', fields: [['Name', 'text', { mandatory: true }], ['Weight', 'double']] });
    const shipments = env.crm.module('Shipments');
    const results = await shipments.records.create([{ Name: 'Box 1', Weight: 2.5 }, { Weight: 1 }]);
    expect(results.map((r) => r.ok || r.error.field)).toEqual([true, 'Name']);
    expect((await shipments.records.list()).items).toMatchObject([{ Name: 'Box 1', Weight: 2.5 }]);
  });

  it('rethrows a request that failed as a whole (it is not a per-record result)', async () => {
    env = await crmEnv({ zoho: { retry: false } });
    env.sim.failNext({ type: 'status', status: 500 }, { method: 'POST', product: 'crm' });
    const error = await caught(() => env!.crm.module('Leads').records.create([{ Last_Name: 'Lost' }]));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ status: 500 });
  });
});
