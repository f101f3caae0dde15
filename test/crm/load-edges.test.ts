import { afterEach, describe, expect, it } from 'vitest';
import { ZohoWriteError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { hookedEnv, isCall, socketReset } from './hooked-env.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

// load(): the rows a transform or a pick-list map shapes oddly, retrieves without fields,
// and batches whose answers were lost or cut short.

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const LEADS = { product: 'crm', path: '/crm/v8/Leads' } as const;

describe('load() preparing rows', () => {
  it('fails a row whose transform throws something other than an Error, and a row that is not an object', async () => {
    env = await crmEnv();
    const result = await env.crm.module('Leads').load([1, 2, 3], {
      action: 'create',
      transform: (n) => {
        if (n === 1) throw 'no lead for row one';
        if (n === 2) return 42 as never;
        return { Last_Name: `Row ${n}` };
      },
    });
    expect(result.results[0]).toMatchObject({ ok: false, applied: false, attempts: 0, error: { code: 'TRANSFORM_FAILED' } });
    expect(result.results[0]!.ok === false && result.results[0]!.error.message).toMatch(/no lead for row one/);
    expect(result.results[1]).toMatchObject({ ok: false, applied: false, attempts: 0, error: { code: 'INVALID_ROW' } });
    expect(result.results[2]).toMatchObject({ ok: true, applied: true, attempts: 1 });
    expect(result).toMatchObject({ succeeded: 1, failed: 2, unknown: 0, skipped: 0 });
    expect(env.sim.crm.writes.map((w) => w.data.length)).toEqual([1]);
  });

  it('maps pick-list values by table and by function, leaving other values and absent fields alone', async () => {
    env = await crmEnv();
    const rows = [
      { Last_Name: 'Table', Lead_Source: 'web', Rating: 'hot', Tags: ['web', 'x'] },
      { Last_Name: 'Unmapped', Lead_Source: 'fax', No_of_Employees: 5 },
      { Last_Name: 'Numeric', Lead_Source: 7 },
    ];
    await env.crm.module('Leads').load(rows, {
      action: 'create',
      picklistMap: {
        Lead_Source: { web: 'Web Download' },
        Rating: (value) => (value === 'hot' ? 'Active' : value),
        Tags: { web: 'Web' },
        Industry: { it: 'ERP (Enterprise Resource Planning)' },
      },
    });
    // What Zoho received, as sent.
    const sent = env.sim.crm.writes[0]!.data as Record<string, unknown>[];
    expect(sent[0]).toMatchObject({ Lead_Source: 'Web Download', Rating: 'Active', Tags: ['Web', 'x'] });
    expect(sent[1]).toMatchObject({ Lead_Source: 'fax', No_of_Employees: 5 });
    expect(sent[2]).toMatchObject({ Lead_Source: 7 });
    expect(sent.some((row) => 'Industry' in row)).toBe(false);
  });

  it('throws with dieOnError carrying a skipped row as a plain not-applied result', async () => {
    env = await crmEnv();
    const rows = [{ Last_Name: '' }, { Last_Name: 'Dropped' }, { Last_Name: 'Kept' }];
    const error = await caught(() => env!.crm.module('Leads').load(rows, { action: 'create', transform: (row) => (row.Last_Name === 'Dropped' ? null : row), dieOnError: true }));
    expect(error).toBeInstanceOf(ZohoWriteError);
    const [refused, skipped, kept] = (error as ZohoWriteError).results;
    expect(refused).toMatchObject({ ok: false, applied: false, error: { code: 'MANDATORY_NOT_FOUND' } });
    expect(skipped).toEqual({ ok: false, applied: false, id: undefined, error: expect.objectContaining({ code: 'SKIPPED' }), raw: undefined });
    expect(kept).toMatchObject({ ok: true, applied: true });
    expect(env.sim.crm.module('Leads').size).toBe(1);
  });
});

describe('load() retrieving', () => {
  it('reads every listable field when none are named, with or without a signal', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    const plain = await env.crm.module('Leads').load([ids[0]!], { action: 'retrieve' });
    const signalled = await env.crm.module('Leads').load([ids[1]!], { action: 'retrieve', signal: new AbortController().signal });
    for (const [result, n] of [[plain, 0], [signalled, 1]] as const) {
      const [row] = result.results;
      expect(row).toMatchObject({ ok: true, action: 'retrieve', id: ids[n] });
      expect(row!.ok && row!.record).toMatchObject({ Last_Name: `Lead ${n}`, Email: `lead${n}@example.com`, Company: `Company ${n}`, Lead_Source: expect.any(String) });
    }
    // The default fields come from the module's metadata, looked up once and kept.
    expect(env.requests.filter((r) => r.url.pathname === '/crm/v8/settings/fields')).toHaveLength(1);
  });

  it('answers RECORD_NOT_FOUND for every id when CRM finds none of them', async () => {
    env = await crmEnv();
    const result = await env.crm.module('Leads').load(['111111111111111111', '222222222222222222'], { action: 'retrieve', fields: ['Last_Name'] });
    expect(result.results.map((r) => [r.ok, r.applied, !r.ok && r.error.code])).toEqual([
      [false, false, 'RECORD_NOT_FOUND'],
      [false, false, 'RECORD_NOT_FOUND'],
    ]);
    expect(result).toMatchObject({ succeeded: 0, failed: 2 });
  });

  it('ends with the abort reason when the caller gives up during a read', async () => {
    const controller = new AbortController();
    const reason = new Error('enough');
    const { sim, crm } = await hookedEnv((request) => {
      if (isCall(request, 'GET', '/crm/v8/Leads')) controller.abort(reason);
      return undefined;
    });
    const id = sim.crm.newId();
    sim.crm.module('Leads').set(id, { id, Last_Name: 'Unread' });
    expect(await caught(() => crm.module('Leads').load([id], { action: 'retrieve', fields: ['Last_Name'], signal: controller.signal }))).toBe(reason);
  });
});

describe('load() writing batches whose answers were lost', () => {
  it('sends a delete again itself after the socket died, and confirms by reading back the ids the retry refused', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 0 } } });
    const ids = seedLeads(env.sim, 2);
    // The first send deletes both, its answer lost; the second (load's own retry) is answered
    // as CRM does when one id is already gone.
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'DELETE' });
    env.sim.failNext(
      {
        type: 'answer',
        status: 200,
        body: { data: [{ code: 'SUCCESS', status: 'success', message: 'record deleted', details: { id: ids[0] } }, { code: 'INVALID_DATA', status: 'error', message: 'the related id given seems to be invalid', details: { id: ids[1] } }] },
      },
      { ...LEADS, method: 'DELETE' },
    );
    const result = await env.crm.module('Leads').load(ids.map((id) => ({ id })), { action: 'delete' });
    expect(result.results[0]).toMatchObject({ ok: true, applied: true, id: ids[0], attempts: 2 });
    expect(result.results[1]).toMatchObject({ ok: true, applied: true, reconciled: true, id: ids[1], attempts: 2 });
    expect(result).toMatchObject({ succeeded: 2, failed: 0, unknown: 0 });
    expect(env.sim.crm.module('Leads').size).toBe(0);
  });

  it('reads an update back by id when its only send went unanswered', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 0 } } });
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'PUT' });
    const result = await env.crm.module('Leads').load([{ id: id!, Company: 'Once Ltd' }], { action: 'update', maxAttempts: 1 });
    expect(result.results[0]).toMatchObject({ ok: true, applied: true, reconciled: true, id, action: 'update', attempts: 1 });
    expect(env.sim.crm.module('Leads').get(id!)?.['Company']).toBe('Once Ltd');
    expect(env.sim.crm.writes.filter((w) => w.operation === 'update')).toHaveLength(1);
  });

  it('ends with the abort reason when the caller gives up during a write', async () => {
    const controller = new AbortController();
    const reason = new Error('stop loading');
    const { sim, crm } = await hookedEnv((request) => {
      if (isCall(request, 'POST', '/crm/v8/Leads')) {
        controller.abort(reason);
        return socketReset();
      }
      return undefined;
    });
    expect(await caught(() => crm.module('Leads').load([{ Last_Name: 'Never' }], { action: 'create', signal: controller.signal }))).toBe(reason);
    expect(sim.crm.module('Leads').size).toBe(0);
  });
});
