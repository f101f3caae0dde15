import { afterEach, describe, expect, it } from 'vitest';
import { createZoho, ZohoConnectionError, ZohoWriteError } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { caught } from '../support/sim-zoho.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const WRITES = { product: 'crm', path: '/crm/v8/Leads' } as const;

function stored(env: CrmEnv, email: string): Record<string, unknown>[] {
  return [...env.sim.crm.module('Leads').values()].filter((record) => record['Email'] === email);
}

describe('writes whose answer was lost', () => {
  it('reports an upsert by sync key applied when it was stored although every answer failed', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    // The first send is stored and its answer lost; the retry gets a 500.
    env.sim.failNext({ type: 'reset-after-apply' }, { ...WRITES, method: 'POST' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...WRITES, method: 'POST' });
    const [result] = await env.crm.module('Leads').records.upsert([{ Last_Name: 'Lost', Email: 'lost@example.com', Company: 'Lost Ltd' }], { duplicateCheckFields: ['Email'] });
    expect(result).toMatchObject({ ok: true, applied: true, reconciled: true, action: 'upsert' });
    expect(stored(env, 'lost@example.com')).toHaveLength(1);
    expect(result!.ok && result!.id).toBe(stored(env, 'lost@example.com')[0]!['id']);
  });

  it('reports an upsert not applied when the read-back finds it absent', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    env.sim.failNext({ type: 'reset' }, { ...WRITES, method: 'POST' });
    env.sim.failNext({ type: 'status', status: 503 }, { ...WRITES, method: 'POST' });
    const error = await caught(() => env!.crm.module('Leads').records.upsert([{ Last_Name: 'Never', Email: 'never@example.com' }], { duplicateCheckFields: ['Email'] }));
    expect(error).toBeInstanceOf(ZohoWriteError);
    expect((error as ZohoWriteError).results[0]).toMatchObject({ ok: false, applied: false });
    expect((error as ZohoWriteError).applied).toEqual({ true: 0, false: 1, unknown: 0 });
    expect(stored(env, 'never@example.com')).toHaveLength(0);
  });

  it("reports a create whose answer was lost as 'unknown', never false, and never sends it twice", async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'reset-after-apply' }, { ...WRITES, method: 'POST' });
    const error = await caught(() => env!.crm.module('Leads').records.create([{ Last_Name: 'Maybe', Email: 'maybe@example.com' }]));
    expect(error).toBeInstanceOf(ZohoWriteError);
    const write = error as ZohoWriteError;
    expect(write.results[0]).toMatchObject({ ok: false, applied: 'unknown', error: { cause: expect.any(ZohoConnectionError) } });
    expect(write.message).toMatch(/may have been written/);
    expect(env.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(stored(env, 'maybe@example.com')).toHaveLength(1);
  });

  it('does not resend a create after a 500: the row is reported not applied', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'status', status: 500 }, { ...WRITES, method: 'POST' });
    const error = await caught(() => env!.crm.module('Leads').records.create([{ Last_Name: 'Once' }]));
    expect(error).toMatchObject({ status: 500, maybeApplied: false });
    expect(env.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('retries an upsert by sync key after a 500 and stores it once', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'status', status: 500 }, { ...WRITES, method: 'POST', times: 2 });
    const [result] = await env.crm.module('Leads').records.upsert([{ Last_Name: 'Again', Email: 'again@example.com' }], { duplicateCheckFields: ['Email'] });
    expect(result).toMatchObject({ ok: true, applied: true, action: 'insert' });
    expect(env.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(stored(env, 'again@example.com')).toHaveLength(1);
  });

  it('never sends the idempotence mark to Zoho', async () => {
    const sim = createSimulator();
    const { clientId, clientSecret } = sim.createClient();
    const marks: (string | null)[] = [];
    const zoho = createZoho({
      credentials: { clientId, clientSecret },
      dataCenter: sim.dataCenter,
      fetch: (input, init) => {
        const request = input instanceof Request && init === undefined ? input : new Request(input, init);
        marks.push(request.headers.get('x-zohokit-idempotent'));
        return sim.fetch(request);
      },
    });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: 'ana' }), user: 'ana' });
    await zoho.as('ana').crm.module('Leads').records.upsert([{ Last_Name: 'Mark', Email: 'mark@example.com' }], { duplicateCheckFields: ['Email'] });
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every((mark) => mark === null)).toBe(true);
  });

  it('confirms an update applied by re-reading the ids', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'reset-after-apply' }, { ...WRITES, method: 'PUT' });
    env.sim.failNext({ type: 'status', status: 502 }, { ...WRITES, method: 'PUT' });
    const [result] = await env.crm.module('Leads').records.update([{ id: id!, Company: 'Updated Ltd', No_of_Employees: 7 }]);
    expect(result).toMatchObject({ ok: true, applied: true, reconciled: true, id, action: 'update' });
    expect(env.sim.crm.module('Leads').get(id!)?.['Company']).toBe('Updated Ltd');
  });

  it('reports a delete applied when an earlier, unanswered attempt removed the records', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 3);
    // The first delete is carried out, its answer lost; the retry finds nothing to delete.
    env.sim.failNext({ type: 'reset-after-apply' }, { ...WRITES, method: 'DELETE' });
    const results = await env.crm.module('Leads').records.delete(ids);
    expect(results.map((r) => [r.ok, r.applied])).toEqual([[true, true], [true, true], [true, true]]);
    expect(env.sim.crm.module('Leads').size).toBe(0);
  });

  it('load() reconciles a create by its unique sync key', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'reset-after-apply' }, { ...WRITES, method: 'POST' });
    const rows = [{ Last_Name: 'A', Email: 'a@example.com' }, { Last_Name: 'B', Email: 'b@example.com' }];
    const result = await env.crm.module('Leads').load(rows, { action: 'create', syncKey: 'Email' });
    expect(result).toMatchObject({ succeeded: 2, failed: 0, unknown: 0 });
    expect(result.results.map((r) => r.ok && r.reconciled)).toEqual([true, true]);
    expect(env.sim.crm.module('Leads').size).toBe(2);
  });

  it("load() counts rows it cannot settle as unknown, apart from the failed ones", async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'reset-after-apply' }, { ...WRITES, method: 'POST' });
    const result = await env.crm.module('Leads').load([{ Last_Name: 'A' }, { Last_Name: 'B' }], { action: 'create' });
    expect(result).toMatchObject({ succeeded: 0, failed: 0, unknown: 2 });
    expect(result.results.every((r) => !r.ok && r.applied === 'unknown')).toBe(true);
  });
});
