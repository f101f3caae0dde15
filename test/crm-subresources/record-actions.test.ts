import { afterEach, describe, expect, it } from 'vitest';
import { ZohoJobError } from '../../src/crm/jobs/bulk-job.js';
import { crmSubresources } from '../../src/testing/crm/crm-subresource-state.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from './seed.js';

const USER = 'ana@example.com';
const OTHER = 'ben@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function setup() {
  env = await simZoho({ users: [USER, OTHER] });
  const ben = env.sim.crm.userFor(OTHER);
  const crm = env.zoho.as(USER).crm;
  return { ...env, ben, crm };
}

describe('changing owners', () => {
  it('gives a record a new owner', async () => {
    const { sim, crm, ben } = await setup();
    const id = seed(sim, 'Deals', { Deal_Name: 'Monorail', Stage: 'Qualification' });
    await crm.module('Deals').record(id).changeOwner(ben.id, { notify: true });
    expect(sim.crm.module('Deals').get(id)?.['Owner']).toEqual({ id: ben.id, name: ben.full_name, email: OTHER });
  });

  it('moves the related records named in relatedModules along with it', async () => {
    const { sim, crm, ben } = await setup();
    const account = seed(sim, 'Accounts', { Account_Name: 'Shelbyville' });
    const contact = seed(sim, 'Contacts', { Last_Name: 'Mayor', Account_Name: { id: account } });
    const unrelated = seed(sim, 'Contacts', { Last_Name: 'Bystander' });
    await crm.module('Accounts').record(account).changeOwner(ben.id, { relatedModules: ['Contacts'] });
    expect(sim.crm.module('Contacts').get(contact)?.['Owner']).toMatchObject({ id: ben.id });
    expect(sim.crm.module('Contacts').get(unrelated)?.['Owner']).toMatchObject({ email: USER });
  });

  it('changes many owners at once with one result per record', async () => {
    const { sim, crm, ben } = await setup();
    const ids = [seed(sim, 'Leads', { Last_Name: 'A' }), seed(sim, 'Leads', { Last_Name: 'B' })];
    const results = await crm.module('Leads').changeOwner([ids[0]!, '404', ids[1]!], ben.id);
    expect(results).toEqual([
      { ok: true, applied: true, id: ids[0], message: 'owner updated successfully', raw: expect.anything() },
      { ok: false, applied: false, id: '404', raw: expect.anything(), error: expect.objectContaining({ code: 'INVALID_DATA' }) },
      { ok: true, applied: true, id: ids[1], message: 'owner updated successfully', raw: expect.anything() },
    ]);
  });

  it('fails with INVALID_DATA for an owner who is not a user of the org', async () => {
    const { sim, crm } = await setup();
    const id = seed(sim, 'Leads', { Last_Name: 'A' });
    const error = await caught(() => crm.module('Leads').record(id).changeOwner('777'));
    expect(error).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'id', json_path: '$.owner.id' } });
  });
});

describe('mass update', () => {
  it('schedules a mass update by ids, polls it to completion and applies the values', async () => {
    const { sim, crm } = await setup();
    const ids = [1, 2, 3].map((n) => seed(sim, 'Leads', { Last_Name: `L${n}`, Lead_Status: 'New' }));
    const job = await crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { ids: [...ids, '404'] });
    expect(job.jobId).toEqual(expect.any(String));
    const seen: string[] = [];
    const done = await job.wait({ intervalMs: 1, onStatus: (s) => seen.push(s.status) });
    expect(done).toEqual({ status: 'COMPLETED', total: 4, updated: 3, notUpdated: 1, failed: 0 });
    expect(seen).toEqual(['RUNNING', 'COMPLETED']);
    for (const id of ids) expect(sim.crm.module('Leads').get(id)?.['Lead_Status']).toBe('Contacted');
  });

  it('updates every record of a custom view', async () => {
    const { sim, crm } = await setup();
    for (let i = 0; i < 5; i++) seed(sim, 'Contacts', { Last_Name: `C${i}` });
    const done = await (await crm.module('Contacts').massUpdate({ Department: 'Sales' }, { cvid: '1000' })).wait({ intervalMs: 1 });
    expect(done.updated).toBe(5);
    expect([...sim.crm.module('Contacts').values()].every((c) => c['Department'] === 'Sales')).toBe(true);
  });

  it('reports a job that failed as ZohoJobError', async () => {
    const { sim, crm } = await setup();
    const id = seed(sim, 'Leads', { Last_Name: 'L' });
    const job = await crm.module('Leads').massUpdate({ Lead_Status: 'Lost' }, { ids: [id] });
    crmSubresources(sim.crm).massUpdates.get(job.jobId)!.status = 'FAILED';
    const error = await caught(() => job.wait({ intervalMs: 1 }));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ jobId: job.jobId, state: 'FAILED', reason: 'failed' });
  });

  it('refuses more than 50,000 ids, and empty values, before sending', async () => {
    const { sim, crm } = await setup();
    const before = sim.stats().requests;
    const ids = Array.from({ length: 50_001 }, (_, i) => String(i));
    expect(await caught(() => crm.module('Leads').massUpdate({ Lead_Status: 'x' }, { ids }))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(await caught(() => crm.module('Leads').massUpdate({}, { ids: ['1'] }))).toMatchObject({ code: 'INVALID_DATA' });
    expect(sim.stats().requests).toBe(before);
  });
});
