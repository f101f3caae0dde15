import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoJobError, ZohoResponseError, ZohoWriteError } from '../../src/index.js';
import { crmSubresources } from '../../src/testing/crm/crm-subresource-state.js';
import { caught } from '../support/sim-zoho.js';
import { hookedEnv, isCall } from './hooked-env.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

// Mass updates, the record entity, and the recycle bin: options and answers the main suites
// do not reach.

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const MASS = { product: 'crm', path: '/actions/mass_update' } as const;
const ANA = 'ana@example.com';

describe('mass update', () => {
  it('sends a custom view with its criteria, territory and overwrite as CRM documents them', async () => {
    const bodies: Promise<unknown>[] = [];
    const { sim, crm } = await hookedEnv((request) => {
      if (isCall(request, 'POST', '/crm/v8/Leads/actions/mass_update')) bodies.push(request.clone().json());
      return undefined;
    });
    const id = sim.crm.newId();
    sim.crm.module('Leads').set(id, { id, Last_Name: 'Massed' });
    const criterion = { api_name: 'Lead_Source', comparator: 'equal', value: 'Web Download' } as never;
    await crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { cvid: '1000', criteria: [criterion], territory: { id: '77', includeChild: true } }, { overWrite: true });
    await crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { cvid: '1000', territory: { id: '78' } });
    expect(await Promise.all(bodies)).toEqual([
      { data: [{ Lead_Status: 'Contacted' }], cvid: '1000', criteria: [criterion], territory: { id: '77', include_child: true }, over_write: true },
      { data: [{ Lead_Status: 'Contacted' }], cvid: '1000', territory: { id: '78' } },
    ]);
  });

  it('answers a job still running after timeoutMs with a ZohoJobError (reason timeout), polling once', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    const job = await env.crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { ids });
    const seen: string[] = [];
    const error = await caught(() => job.wait({ timeoutMs: 0, signal: new AbortController().signal, onStatus: (s) => seen.push(s.status) }));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ product: 'crm', jobId: job.jobId, state: 'RUNNING', reason: 'timeout' });
    expect(seen).toEqual(['RUNNING']);
    expect(env.sim.crm.module('Leads').get(ids[0]!)?.['Lead_Status']).toBeUndefined();
  });

  it('waits with the default interval and returns at once when the first poll finds the job done', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    const job = await env.crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { ids });
    // Already running: this poll completes it.
    crmSubresources(env.sim.crm).massUpdates.get(job.jobId)!.status = 'RUNNING';
    const done = await job.wait();
    expect(done).toEqual({ status: 'COMPLETED', total: 2, updated: 2, notUpdated: 0, failed: 0 });
    expect(env.requests.filter((r) => r.method === 'GET' && r.url.pathname.endsWith('/actions/mass_update'))).toHaveLength(1);
    expect(env.sim.crm.module('Leads').get(ids[1]!)?.['Lead_Status']).toBe('Contacted');
  });

  it('reads absent counts as 0, and refuses a status without Status', async () => {
    env = await crmEnv();
    const job = await env.crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { ids: seedLeads(env.sim, 1) });
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [{ Status: 'SCHEDULED' }] } }, { ...MASS, method: 'GET' });
    expect(await job.status()).toEqual({ status: 'SCHEDULED', total: 0, updated: 0, notUpdated: 0, failed: 0 });
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [{ Total_Count: 1 }] } }, { ...MASS, method: 'GET' });
    const error = await caught(() => job.status());
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/without a Status/);
  });

  it('refuses a schedule answer that names no job', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'answer', status: 202, body: { data: [{ code: 'SCHEDULED', status: 'success', message: 'Mass update scheduled successfully', details: {} }] } }, { ...MASS, method: 'POST' });
    const error = await caught(() => env!.crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { ids: ['1'] }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/no job_id/);
  });
});

describe('a record entity', () => {
  it('reads a pending change before the fetched value, and knows no id until saved', async () => {
    env = await crmEnv();
    const lead = env.crm.module('Leads').record().set({ Last_Name: 'Draft', Company: 'Draft Ltd' });
    expect(lead.get('Company')).toBe('Draft Ltd');
    expect(lead.values).toEqual({ Last_Name: 'Draft', Company: 'Draft Ltd' });
    expect(lead.isNew).toBe(true);
    expect(JSON.parse(JSON.stringify(lead))).toEqual({ Last_Name: 'Draft', Company: 'Draft Ltd' });
    expect(await caught(() => lead.fetch())).toMatchObject({ code: 'NOT_SAVED' });
    expect(await caught(() => lead.delete())).toMatchObject({ code: 'NOT_SAVED' });
    expect(() => lead.set('id', '1')).toThrow(ZohoError);
    expect(env.requests).toHaveLength(0);
  });

  it('saves with a trigger and a signal, and toJSON gives the saved id', async () => {
    env = await crmEnv();
    const lead = env.crm.module('Leads').record().set('Last_Name', 'Triggered');
    await lead.save({ trigger: ['workflow'], signal: new AbortController().signal });
    expect(env.sim.crm.writes[0]).toMatchObject({ operation: 'insert', trigger: ['workflow'] });
    expect(lead.toJSON()).toMatchObject({ id: lead.id, Last_Name: 'Triggered' });
  });

  it('sees setting a fetched object to an equal copy as no change', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const lead = await env.crm.module('Leads').record(id).fetch({ fields: ['Owner', 'Company'] });
    const owner = lead.get('Owner') as Record<string, unknown>;
    lead.set('Owner', { ...owner });
    expect(lead.isDirty).toBe(false);
    lead.set('Owner', { ...owner, id: '1' });
    expect(lead.isDirty).toBe(true);
  });

  it('throws a ZohoWriteError when CRM refuses to delete it, and keeps its id', async () => {
    env = await crmEnv();
    const lead = env.crm.module('Leads').record('111111111111111111');
    const error = await caught(() => lead.delete());
    expect(error).toBeInstanceOf(ZohoWriteError);
    expect((error as ZohoWriteError).results[0]).toMatchObject({ ok: false, applied: false, error: { code: 'INVALID_DATA' } });
    expect(lead.id).toBe('111111111111111111');
  });

  it('keeps its own id when a fetched answer names none', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [{ Company: 'Anonymous Ltd' }] } }, { product: 'crm', method: 'GET', path: `/crm/v8/Leads/${id}` });
    const lead = await env.crm.module('Leads').record(id).fetch();
    expect(lead.id).toBe(id);
    expect(lead.get('Company')).toBe('Anonymous Ltd');
  });
});

describe('the recycle bin', () => {
  async function binned(env: CrmEnv, count: number): Promise<string[]> {
    const ids = seedLeads(env.sim, count);
    await env.crm.module('Leads').records.delete(ids);
    return ids;
  }

  it('lists chosen ids sorted, and filters on one or several conditions', async () => {
    env = await crmEnv();
    const ids = await binned(env, 3);
    const bin = env.crm.recycleBin;
    const chosen = await bin.list({ ids: [ids[0]!, ids[2]!], sortBy: 'display_name', sortOrder: 'desc' });
    expect(chosen.items.map((e) => e.display_name)).toEqual(['Test Lead 2', 'Test Lead 0']);
    const me = env.sim.crm.userFor(ANA).id;
    expect((await bin.list({ filter: { module: 'Leads', deletedBy: me, displayName: 'Test Lead 1' } })).items.map((e) => e.id)).toEqual([ids[1]]);
    // An empty filter is no filter.
    expect((await bin.list({ filter: {} })).items).toHaveLength(3);
    const [url] = env.requests.filter((r) => r.url.pathname === '/crm/v8/settings/recycle_bin' && r.url.searchParams.has('ids'));
    expect(url!.url.searchParams.get('sort_by')).toBe('display_name');
    expect(env.requests.at(-1)!.url.searchParams.has('filters')).toBe(false);
  });

  it('deletes one id given as text for good', async () => {
    env = await crmEnv();
    const [id] = await binned(env, 1);
    expect(await env.crm.recycleBin.delete(id!)).toEqual([expect.objectContaining({ ok: true, id })]);
    expect(await env.crm.recycleBin.get(id!)).toBeUndefined();
  });

  it('reads empty answers (HTTP 204) as no results, and a bare restore as restored', async () => {
    env = await crmEnv();
    const [id] = await binned(env, 1);
    const bin = { product: 'crm', path: '/crm/v8/settings/recycle_bin' } as const;
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, { ...bin, method: 'DELETE' });
    expect(await env.crm.recycleBin.empty()).toEqual([]);
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, { ...bin, method: 'DELETE' });
    expect(await env.crm.recycleBin.delete([id!])).toEqual([expect.objectContaining({ ok: false, id })]);
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, { ...bin, method: 'POST' });
    expect(await env.crm.recycleBin.restore(id!)).toEqual([expect.objectContaining({ ok: true, applied: true, id })]);
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [{ code: 'SUCCESS', status: 'success', message: 'restored', details: { id } }] } }, { ...bin, method: 'POST' });
    expect(await env.crm.recycleBin.restore([id!])).toEqual([expect.objectContaining({ ok: true, id })]);
  });

  it('lets a server error of a restore propagate rather than blame the id', async () => {
    env = await crmEnv();
    const [id] = await binned(env, 1);
    env.sim.failNext({ type: 'status', status: 500 }, { product: 'crm', method: 'POST', path: '/actions/restore' });
    const error = await caught(() => env!.crm.recycleBin.restore(id!));
    expect(error).toMatchObject({ status: 500 });
    expect(env.sim.crm.module('Leads').has(id!)).toBe(false);
  });
});
