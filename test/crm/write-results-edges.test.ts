/**
 * What a record write returns when Zoho's per-item answer is not the usual one (results.ts):
 * an answer shorter than the batch, a success without a text id, errors whose code is a
 * number or missing, a batch refused with an error that has no code, and an abort, which is
 * not a per-item failure. And a settings list whose `info` says more records follow without
 * saying which page it was (crm-page.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoWriteError } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function leads() {
  env = await simZoho({ users: [ANA] });
  return env.zoho.as(ANA).crm.module('Leads').records;
}

const created = (id: unknown) => ({ status: 'success', code: 'SUCCESS', message: 'record added', details: { id, Created_Time: '2026-01-01T00:00:00+00:00' } });

describe('record writes: per-item answers of every shape', () => {
  it('an item the answer leaves out, or whose id is not text, is NO_RESULT with applied unknown', async () => {
    const records = await leads();
    env!.sim.failNext({ type: 'answer', status: 201, body: { data: [created('1'), created(2)] } }, { method: 'POST', path: '/crm/v8/Leads' });
    const results = await records.create([{ Last_Name: 'A' }, { Last_Name: 'B' }, { Last_Name: 'C' }]);
    expect(results[0]).toMatchObject({ ok: true, applied: true, id: '1', action: 'insert' });
    for (const [index, result] of [[1, results[1]], [2, results[2]]] as const) {
      expect(result).toEqual({ ok: false, applied: 'unknown', id: undefined, error: { code: 'NO_RESULT', message: `Zoho returned no result for item ${index} of the batch`, field: undefined, jsonPath: undefined, details: undefined }, raw: undefined });
    }
  });

  it('an error with a numeric code keeps it as text; one without code or message is UNKNOWN, "the record was not written"', async () => {
    const records = await leads();
    const items = [{ status: 'error', code: 7, message: 'odd', details: { api_name: 'Email' } }, { status: 'error', details: {} }];
    env!.sim.failNext({ type: 'answer', status: 200, body: { data: items } }, { method: 'POST', path: '/crm/v8/Leads' });
    const results = await records.create([{ Last_Name: 'A' }, { Last_Name: 'B' }]);
    expect(results[0]).toEqual({ ok: false, applied: false, id: undefined, error: { code: '7', message: 'odd', field: 'Email', jsonPath: undefined, details: { api_name: 'Email' } }, raw: items[0] });
    expect(results[1]).toMatchObject({ ok: false, applied: false, error: { code: 'UNKNOWN', message: 'the record was not written' } });
  });

  it('a batch refused with an error that has no code gives each of its records that error, coded by its class', async () => {
    const records = await leads();
    // 101 records are two batches; the first is refused with a 400 in no known shape.
    env!.sim.failNext({ type: 'malformed', kind: 'unknown-envelope-400' }, { method: 'POST', path: '/crm/v8/Leads' });
    const error = await caught(() => records.create(Array.from({ length: 101 }, (_, i) => ({ Last_Name: `Lead ${i}` }))));
    expect(error).toBeInstanceOf(ZohoWriteError);
    const results = (error as ZohoWriteError).results;
    expect(results).toHaveLength(101);
    const first = results[0]!;
    if (first.ok) throw new Error('the first batch should have failed');
    expect(first.error).toMatchObject({ code: 'ZohoError', cause: expect.any(ZohoError) });
    expect(first.error.cause).toMatchObject({ status: 400, code: undefined });
    expect(results[100]).toMatchObject({ ok: true });
    expect(env!.sim.crm.module('Leads').size).toBe(1);
  });

  it('an abort is not a per-item failure: the write rejects with the caller\'s reason', async () => {
    const records = await leads();
    const stop = new AbortController();
    const reason = new Error('user pressed cancel');
    stop.abort(reason);
    expect(await caught(() => records.create([{ Last_Name: 'A' }], { signal: stop.signal }))).toBe(reason);
    expect(env!.sim.crm.module('Leads').size).toBe(0);
  });
});

describe('CRM pages whose info says little', () => {
  it('goes on to page 2 when more_records comes without page or per_page', async () => {
    env = await simZoho({ users: [ANA] });
    const territories = env.zoho.as(ANA).crm.territories;
    env.sim.failNext({ type: 'answer', status: 200, body: { territories: [{ id: '1', name: 'West' }], info: { more_records: true } } }, { method: 'GET', path: '/settings/territories' });
    const stop = new AbortController();
    const page = await territories.list({ signal: stop.signal });
    expect(page).toMatchObject({ items: [{ id: '1', name: 'West' }], hasMore: true, next: { page: 2 } });
  });
});
