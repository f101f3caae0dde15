import { afterEach, describe, expect, it } from 'vitest';
import { ZohoConnectionError, ZohoWriteError, type CrmWriteExtra, type WriteResult } from '../../src/index.js';
import { holds } from '../../src/crm/records/reconcile.js';
import { caught } from '../support/sim-zoho.js';
import { hookedEnv, isCall } from './hooked-env.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

// How CRM writes whose answer was lost (or came back partial) are settled by reading back:
// what each ItemResult says, what the simulator holds afterwards, and that nothing is
// written twice.

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const LEADS = { product: 'crm', path: '/crm/v8/Leads' } as const;
const COQL = { product: 'crm', method: 'POST', path: '/crm/v8/coql' } as const;

function leadsWith(env: CrmEnv, field: string, value: unknown): Record<string, unknown>[] {
  return [...env.sim.crm.module('Leads').values()].filter((record) => record[field] === value);
}

function writesOf(env: CrmEnv, operation: string): number {
  return env.sim.crm.writes.filter((write) => write.operation === operation).length;
}

function count(env: CrmEnv, method: string, path: string): number {
  return env.requests.filter((r) => r.method === method && r.url.pathname === path).length;
}

/** The ZohoWriteError a record write throws, its results typed as the write's. */
async function writeError(fn: () => Promise<unknown>): Promise<ZohoWriteError<CrmWriteExtra>> {
  const error = await caught(fn);
  expect(error).toBeInstanceOf(ZohoWriteError);
  return error as ZohoWriteError<CrmWriteExtra>;
}

/** A per-item CRM answer for a record written. */
function success(id: string, action = 'delete'): object {
  return { code: 'SUCCESS', status: 'success', message: `record ${action}d`, details: { id } };
}

describe('an upsert whose answer was lost', () => {
  it("is 'unknown' without duplicate-check fields: nothing identifies the rows, and it is not sent twice", async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'POST' });
    const error = await writeError(() => env!.crm.module('Leads').records.upsert([{ Last_Name: 'Keyless', Email: 'keyless@example.com' }]));
    expect(error.results[0]).toMatchObject({ ok: false, applied: 'unknown', id: undefined, error: { cause: expect.any(ZohoConnectionError) } });
    expect(error.results[0]!.ok === false && error.results[0]!.error.message).toMatch(/nothing identifies the row/);
    expect(error.applied).toEqual({ true: 0, false: 0, unknown: 1 });
    // Stored once by the unanswered attempt, never re-sent, never looked up.
    expect(leadsWith(env, 'Email', 'keyless@example.com')).toHaveLength(1);
    expect(writesOf(env, 'upsert')).toBe(1);
    expect(count(env, 'POST', '/crm/v8/coql')).toBe(0);
  });

  it("is 'unknown' when the read-back fails too, each row carrying the write's error", async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'POST' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'POST' });
    env.sim.failNext({ type: 'answer', status: 400, body: { code: 'INVALID_QUERY', status: 'error', message: 'invalid query formed', details: {} } }, COQL);
    const rows = [
      { Last_Name: 'One', Email: 'one@example.com' },
      { Last_Name: 'Two', Email: 'two@example.com' },
    ];
    const error = await writeError(() => env!.crm.module('Leads').records.upsert(rows, { duplicateCheckFields: ['Email'] }));
    expect(error.applied).toEqual({ true: 0, false: 0, unknown: 2 });
    for (const result of error.results) {
      expect(result).toMatchObject({ ok: false, applied: 'unknown', error: { code: 'INTERNAL_ERROR', cause: { status: 500 } } });
      expect(result.ok === false && result.error.message).toMatch(/reading back failed too \(.*invalid query formed.*\)/);
    }
    // The first attempt did store them: 'unknown' is the honest answer, not false.
    expect(leadsWith(env, 'Email', 'one@example.com')).toHaveLength(1);
    expect(leadsWith(env, 'Email', 'two@example.com')).toHaveLength(1);
    expect(writesOf(env, 'upsert')).toBe(1);
  });

  it("settles each row on its own: found, absent, and 'unknown' for a row without the key", async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    // Nothing is stored by the lost attempt; the retry fails as a whole.
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'POST' });
    env.sim.failNext({ type: 'status', status: 503 }, { ...LEADS, method: 'POST' });
    const [existing] = seedLeads(env.sim, 1);
    const stored = env.sim.crm.module('Leads').get(existing!)!;
    const rows = [
      // Already stored exactly so: the read-back confirms it.
      { Last_Name: stored['Last_Name'], Email: stored['Email'], Company: stored['Company'] },
      // Not stored: the read-back finds nothing.
      { Last_Name: 'Absent', Email: 'absent@example.com' },
      // No Email to look it up by.
      { Last_Name: 'No key' },
    ];
    const error = await writeError(() => env!.crm.module('Leads').records.upsert(rows, { duplicateCheckFields: ['Email'] }));
    const [found, absent, keyless] = error.results;
    expect(found).toMatchObject({ ok: true, applied: true, reconciled: true, id: existing, action: 'upsert' });
    expect(found!.ok && found!.details.id).toBe(existing);
    expect(absent).toMatchObject({ ok: false, applied: false, id: undefined });
    expect(absent!.ok === false && absent!.error.message).toMatch(/read-back shows it was not applied/);
    expect(keyless).toMatchObject({ ok: false, applied: 'unknown' });
    expect(error.applied).toEqual({ true: 1, false: 1, unknown: 1 });
    expect(leadsWith(env, 'Last_Name', 'Absent')).toHaveLength(0);
    expect(env.sim.crm.writes).toHaveLength(0);
  });

  it('reads back more than 50 keys in several COQL queries and confirms every row', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'POST' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'POST' });
    const rows = Array.from({ length: 60 }, (_, n) => ({ Last_Name: `Bulk ${n}`, Email: `bulk${n}@example.com`, No_of_Employees: n }));
    const results = await env.crm.module('Leads').records.upsert(rows, { duplicateCheckFields: ['Email'] });
    expect(results.every((r) => r.ok && r.reconciled && r.action === 'upsert')).toBe(true);
    // Zoho's COQL takes 50 values in an `in` list: two queries for 60 keys.
    expect(count(env, 'POST', '/crm/v8/coql')).toBe(2);
    expect(results.map((r) => r.id)).toEqual(rows.map((row) => leadsWith(env!, 'Email', row.Email)[0]!['id']));
    expect(writesOf(env, 'upsert')).toBe(1);
  });
});

describe('a lost write of a row with more fields than one read takes', () => {
  // COQL selects at most 50 fields, the list 50 a request: a wide row is read back in parts.
  function wideLeads(env: CrmEnv): string[] {
    const names = Array.from({ length: 55 }, (_, n) => `Extra_${n}`);
    for (const name of names) env.sim.crm.addField('Leads', name, 'text');
    return names;
  }

  it('confirms an upsert by sync key stored as sent', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const names = wideLeads(env);
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'POST' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'POST' });
    const row = { Last_Name: 'Wide', Email: 'wide@example.com', ...Object.fromEntries(names.map((name, n) => [name, `value ${n}`])) };
    const [result] = await env.crm.module('Leads').records.upsert([row], { duplicateCheckFields: ['Email'] });
    const stored = leadsWith(env, 'Email', 'wide@example.com');
    expect(stored).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, applied: true, reconciled: true, id: stored[0]!['id'] });
    expect(result!.ok && result!.details.Modified_Time).toBe(stored[0]!['Modified_Time']);
    expect(writesOf(env, 'upsert')).toBe(1);
  });

  it('confirms an update stored as sent', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const names = wideLeads(env);
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'PUT' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'PUT' });
    const [result] = await env.crm.module('Leads').records.update([{ id: id!, ...Object.fromEntries(names.map((name) => [name, `new ${name}`])) }]);
    expect(result).toMatchObject({ ok: true, applied: true, reconciled: true, id });
    expect(env.sim.crm.module('Leads').get(id!)?.['Extra_54']).toBe('new Extra_54');
  });

  it('reports a wide upsert not applied when a field past the first read differs', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const names = wideLeads(env);
    const [id] = seedLeads(env.sim, 1);
    const seeded = env.sim.crm.module('Leads').get(id!)!;
    env.sim.crm.module('Leads').set(id!, { ...seeded, ...Object.fromEntries(names.map((name) => [name, 'old'])) });
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'POST' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'POST' });
    const row = { Email: seeded['Email'], ...Object.fromEntries(names.map((name, n) => [name, n === 54 ? 'new' : 'old'])) };
    const error = await writeError(() => env!.crm.module('Leads').records.upsert([row], { duplicateCheckFields: ['Email'] }));
    expect(error.results[0]).toMatchObject({ ok: false, applied: false });
  });
});

describe('a create with a non-unique sync key whose answer was lost (load)', () => {
  it('picks, among rows sharing the key, the one holding the values sent', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 1);
    const [seeded] = [...env.sim.crm.module('Leads').values()];
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'POST' });
    const result = await env.crm.module('Leads').load([{ Last_Name: 'Newcomer', Company: seeded!['Company'] }], { action: 'create', syncKey: 'Company' });
    const created = leadsWith(env, 'Last_Name', 'Newcomer');
    expect(created).toHaveLength(1);
    expect(result.results[0]).toMatchObject({ ok: true, applied: true, reconciled: true, id: created[0]!['id'], action: 'insert', attempts: 1 });
    expect(result).toMatchObject({ succeeded: 1, failed: 0, unknown: 0 });
    expect(writesOf(env, 'insert')).toBe(1);
  });

  it('reports it not applied when only other rows share the key', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 1);
    const [seeded] = [...env.sim.crm.module('Leads').values()];
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'POST' });
    const result = await env.crm.module('Leads').load([{ Last_Name: 'Ghost', Company: seeded!['Company'] }], { action: 'create', syncKey: 'Company' });
    expect(result.results[0]).toMatchObject({ ok: false, applied: false, attempts: 1 });
    expect(result).toMatchObject({ succeeded: 0, failed: 1, unknown: 0 });
    expect(env.sim.crm.module('Leads').size).toBe(1);
    expect(env.sim.crm.writes).toHaveLength(0);
  });
});

describe('an update whose answer was lost', () => {
  it('confirms the rows stored as sent and reports the others not applied', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const [id, other] = seedLeads(env.sim, 2);
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'PUT' });
    env.sim.failNext({ type: 'status', status: 502 }, { ...LEADS, method: 'PUT' });
    const missing = '999999999999999999';
    const error = await writeError(() =>
      env!.crm.module('Leads').records.update([
        { id: id!, Company: 'Applied Ltd', Owner: { id: env!.sim.crm.userFor('ana@example.com').id } },
        { id: missing, Company: 'Nowhere Ltd' },
        { id: other!, Company: 'Other Ltd', Lead_Source: null },
      ]),
    );
    const [applied, gone, cleared] = error.results;
    expect(applied).toMatchObject({ ok: true, applied: true, reconciled: true, id, action: 'update' });
    expect(applied!.ok && applied!.details.Modified_Time).toEqual(expect.any(String));
    expect(gone).toMatchObject({ ok: false, applied: false, id: undefined });
    expect(cleared).toMatchObject({ ok: true, applied: true, id: other });
    expect(env.sim.crm.module('Leads').get(id!)?.['Company']).toBe('Applied Ltd');
    expect(env.sim.crm.module('Leads').get(missing)).toBeUndefined();
    expect(writesOf(env, 'update')).toBe(1);
  });

  it('reports a row whose stored values differ from those sent not applied', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'PUT' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'PUT' });
    const error = await writeError(() => env!.crm.module('Leads').records.update([{ id: id!, Company: 'Never Ltd', No_of_Employees: 12 }]));
    expect(error.results[0]).toMatchObject({ ok: false, applied: false });
    expect(error.applied).toEqual({ true: 0, false: 1, unknown: 0 });
    expect(env.sim.crm.module('Leads').get(id!)?.['Company']).not.toBe('Never Ltd');
  });
});

describe('a delete whose answer was lost', () => {
  it('confirms the ids gone and reports those still stored not deleted, when every attempt failed', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const ids = seedLeads(env.sim, 2);
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'DELETE' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'DELETE' });
    // Gone by other means between the attempts: the read-back sees it absent.
    env.sim.crm.module('Leads').delete(ids[0]!);
    const error = await writeError(() => env!.crm.module('Leads').records.delete(ids));
    expect(error.results[0]).toMatchObject({ ok: true, applied: true, reconciled: true, id: ids[0], action: 'delete' });
    expect(error.results[0]!.ok && error.results[0]!.details).toEqual({ id: ids[0] });
    expect(error.results[1]).toMatchObject({ ok: false, applied: false });
    expect(env.sim.crm.module('Leads').has(ids[1]!)).toBe(true);
  });

  it('keeps a refused item failed when the read-back still finds it, and confirms the rest', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    // The first attempt is lost unapplied; the retry's answer refuses the second id.
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'DELETE' });
    env.sim.failNext(
      {
        type: 'answer',
        status: 200,
        body: { data: [success(ids[0]!), { code: 'RECORD_LOCKED', status: 'error', message: 'the record is locked', details: { id: ids[1] } }] },
      },
      { ...LEADS, method: 'DELETE' },
    );
    const results = await env.crm.module('Leads').records.delete(ids);
    expect(results[0]).toMatchObject({ ok: true, applied: true, id: ids[0] });
    expect(results[1]).toMatchObject({ ok: false, applied: false, error: { code: 'RECORD_LOCKED' } });
    // The read-back asked only for the refused id.
    const reads = env.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/crm/v8/Leads');
    expect(reads.map((r) => r.url.searchParams.get('ids'))).toEqual([ids[1]]);
  });

  it('needs no read-back when the retry deleted every id', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 3);
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'DELETE' });
    const results = await env.crm.module('Leads').records.delete(ids);
    expect(results.map((r) => [r.ok, r.applied, r.id])).toEqual(ids.map((id) => [true, true, id]));
    expect(count(env, 'GET', '/crm/v8/Leads')).toBe(0);
    expect(env.sim.crm.module('Leads').size).toBe(0);
    expect(writesOf(env, 'delete')).toBe(1);
  });

  it("turns the retry's refusals 'unknown' when the read-back fails", async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    // Both deleted by the lost attempt; the retry's answer (served as is) refuses the second
    // id; the read-back that would tell fails.
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'DELETE' });
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [success(ids[0]!), { code: 'INVALID_DATA', status: 'error', message: 'the related id given seems to be invalid', details: { id: ids[1] } }] } }, { ...LEADS, method: 'DELETE' });
    env.sim.failNext({ type: 'answer', status: 400, body: { code: 'INVALID_REQUEST', status: 'error', message: 'refused', details: {} } }, { ...LEADS, method: 'GET' });
    const results: WriteResult[] = await env.crm.module('Leads').records.delete(ids);
    expect(results[0]).toMatchObject({ ok: true, applied: true, id: ids[0] });
    expect(results[1]).toMatchObject({ ok: false, applied: 'unknown', error: { code: 'INVALID_DATA' } });
    expect(env.sim.crm.module('Leads').size).toBe(0);
    expect(writesOf(env, 'delete')).toBe(1);
  });

  it("is 'unknown' when the retry is refused as a whole and the read-back fails", async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    // Deleted by the lost attempt; the retry finds nothing to delete (HTTP 400 for every id).
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'DELETE' });
    env.sim.failNext({ type: 'answer', status: 400, body: { code: 'INVALID_REQUEST', status: 'error', message: 'refused', details: {} } }, { ...LEADS, method: 'GET' });
    const error = await writeError(() => env!.crm.module('Leads').records.delete(ids));
    expect(error.applied).toEqual({ true: 0, false: 0, unknown: 2 });
    expect(error.results[0]!.ok === false && error.results[0]!.error.message).toMatch(/reading back failed too/);
    expect(env.sim.crm.module('Leads').size).toBe(0);
    expect(writesOf(env, 'delete')).toBe(2);
  });
});

describe('a read-back the caller aborts', () => {
  it('ends the write with the abort reason rather than a guess', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    // The caller gives up as the read-back starts.
    const { sim, crm } = await hookedEnv((request) => {
      if (isCall(request, 'POST', '/crm/v8/coql')) controller.abort(reason);
      return undefined;
    }, { retries: 1 });
    sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'POST' });
    sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'POST' });
    const error = await caught(() => crm.module('Leads').records.upsert([{ Last_Name: 'Abandoned', Email: 'abandoned@example.com' }], { duplicateCheckFields: ['Email'], signal: controller.signal }));
    expect(error).toBe(reason);
    // What the lost attempt stored stays stored, once.
    expect([...sim.crm.module('Leads').values()].filter((r) => r['Email'] === 'abandoned@example.com')).toHaveLength(1);
    expect(sim.crm.writes).toHaveLength(1);
  });

  it("ends a delete's read-back with the abort reason too", async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const { sim, crm } = await hookedEnv((request) => {
      if (isCall(request, 'GET', '/crm/v8/Leads')) controller.abort(reason);
      return undefined;
    });
    const id = sim.crm.newId();
    sim.crm.module('Leads').set(id, { id, Last_Name: 'Doomed' });
    sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'DELETE' });
    const error = await caught(() => crm.module('Leads').records.delete([id], { signal: controller.signal }));
    expect(error).toBe(reason);
    expect(sim.crm.module('Leads').has(id)).toBe(false);
  });
});

describe('a write whose connection died without a socket code', () => {
  it("names the error by its class in each row's error code", async () => {
    // The insert is carried out, then the socket dies with no code (a bare TypeError).
    let dropped = false;
    const { sim, crm } = await hookedEnv((request, sim) => {
      if (dropped || request.method !== 'POST' || !request.url.endsWith('/crm/v8/Leads')) return undefined;
      dropped = true;
      return sim.fetch(request).then(() => Promise.reject(new TypeError('fetch failed')));
    });
    const error = await writeError(() => crm.module('Leads').records.create([{ Last_Name: 'Codeless' }]));
    expect(error.results[0]).toMatchObject({ ok: false, applied: 'unknown', error: { code: 'ZohoConnectionError', cause: expect.any(ZohoConnectionError) } });
    expect(sim.crm.writes).toHaveLength(1);
    expect(sim.crm.module('Leads').size).toBe(1);
  });
});

describe('a delete retried after a lost answer, then answered in part', () => {
  it('confirms a refused id the lost attempt had deleted', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    // The lost attempt deleted both; the retry's answer refuses the second (nothing left to delete).
    env.sim.failNext({ type: 'reset-after-apply' }, { ...LEADS, method: 'DELETE' });
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [success(ids[0]!), { code: 'INVALID_DATA', status: 'error', message: 'the related id given seems to be invalid', details: { id: ids[1] } }] } }, { ...LEADS, method: 'DELETE' });
    const results = await env.crm.module('Leads').records.delete(ids);
    expect(results[0]).toMatchObject({ ok: true, applied: true, id: ids[0] });
    expect(results[1]).toMatchObject({ ok: true, applied: true, reconciled: true, id: ids[1], action: 'delete' });
    expect(env.sim.crm.module('Leads').size).toBe(0);
    expect(writesOf(env, 'delete')).toBe(1);
  });

  it('ends with the abort reason when the caller gives up during the read-back', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    let attempt = 0;
    const { sim, crm } = await hookedEnv((request, sim) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'DELETE' && path === '/crm/v8/Leads') {
        attempt++;
        // First attempt: carried out, answer lost. Second: one id refused.
        if (attempt === 1) return sim.fetch(request).then(() => Promise.reject(Object.assign(new TypeError('fetch failed'), { code: 'ECONNRESET' })));
        const ids = new URL(request.url).searchParams.get('ids')!.split(',');
        return Promise.resolve(Response.json({ data: [success(ids[0]!), { code: 'INVALID_DATA', status: 'error', message: 'invalid', details: { id: ids[1] } }] }));
      }
      if (request.method === 'GET' && path === '/crm/v8/Leads') controller.abort(reason);
      return undefined;
    });
    const ids = [sim.crm.newId(), sim.crm.newId()];
    for (const id of ids) sim.crm.module('Leads').set(id, { id, Last_Name: 'Doomed' });
    const error = await caught(() => crm.module('Leads').records.delete(ids, { signal: controller.signal }));
    expect(error).toBe(reason);
    expect(sim.crm.module('Leads').size).toBe(0);
  });
});

describe('a read-back answer that names no record id', () => {
  it('confirms nothing: the update is reported not applied', async () => {
    env = await crmEnv({ zoho: { retry: { maxRetries: 1 } } });
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'reset' }, { ...LEADS, method: 'PUT' });
    env.sim.failNext({ type: 'status', status: 500 }, { ...LEADS, method: 'PUT' });
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [{ Company: 'Nameless Ltd' }], info: { more_records: false, per_page: 100, count: 1, page: 1 } } }, { ...LEADS, method: 'GET' });
    const error = await writeError(() => env!.crm.module('Leads').records.update([{ id: id!, Company: 'Nameless Ltd' }]));
    expect(error.results[0]).toMatchObject({ ok: false, applied: false });
  });
});

describe('answers that are partial or mixed', () => {
  const item = (status: 'success' | 'error', extra: object) => ({ status, code: status === 'success' ? 'SUCCESS' : 'INVALID_DATA', message: status === 'success' ? 'record added' : 'invalid data', ...extra });

  it('aligns a mixed answer (HTTP 207) with the input, each row its own outcome', async () => {
    env = await crmEnv();
    env.sim.failNext(
      {
        type: 'answer',
        status: 207,
        body: {
          data: [
            item('success', { action: 'insert', details: { id: '501' } }),
            item('error', { code: 'DUPLICATE_DATA', message: 'duplicate data', details: { api_name: 'Email', json_path: '$.data[1].Email' } }),
            item('success', { action: 'update', duplicate_field: 'Email', details: { id: '503' } }),
          ],
        },
      },
      { ...LEADS, method: 'POST' },
    );
    const rows = ['a', 'b', 'c'].map((n) => ({ Last_Name: n, Email: `${n}@example.com` }));
    const results = await env.crm.module('Leads').records.upsert(rows, { duplicateCheckFields: ['Email'] });
    expect(results[0]).toMatchObject({ ok: true, applied: true, id: '501', action: 'insert' });
    expect(results[1]).toMatchObject({ ok: false, applied: false, id: undefined, error: { code: 'DUPLICATE_DATA', field: 'Email', jsonPath: '$.data[1].Email' } });
    expect(results[2]).toMatchObject({ ok: true, applied: true, id: '503', action: 'update', duplicateField: 'Email' });
    // Answered: nothing was sent again, nothing read back.
    expect(count(env, 'POST', '/crm/v8/Leads/upsert')).toBe(1);
    expect(count(env, 'POST', '/crm/v8/coql')).toBe(0);
  });

  it("marks the rows an answer leaves out 'unknown' (NO_RESULT), and sends nothing twice", async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 3);
    // One result for three rows; the second names no id.
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [item('success', { details: { id: ids[0] } }), item('success', { details: {} })] } }, { ...LEADS, method: 'PUT' });
    const error = await writeError(() => env!.crm.module('Leads').records.update(ids.map((id) => ({ id, Company: 'Partial Ltd' })), { dieOnError: true }));
    expect(error.results[0]).toMatchObject({ ok: true, applied: true, id: ids[0], action: 'update' });
    for (const missing of error.results.slice(1)) expect(missing).toMatchObject({ ok: false, applied: 'unknown', error: { code: 'NO_RESULT' } });
    expect(error.applied).toEqual({ true: 1, false: 0, unknown: 2 });
    expect(count(env, 'PUT', '/crm/v8/Leads')).toBe(1);
  });

  it('gives every row the request error as cause when a refusal does not list one error per row', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'answer', status: 400, body: { data: [item('error', { details: { api_name: 'Last_Name' } })] } }, { ...LEADS, method: 'POST' });
    const error = await caught(() => env!.crm.module('Leads').records.create([{ Last_Name: 'x' }, { Last_Name: 'y' }]));
    // One batch, nothing read back: the request's own error, as Zoho sent it.
    expect(error).toMatchObject({ status: 400, code: 'INVALID_DATA', maybeApplied: false });
    expect(env.sim.crm.writes).toHaveLength(0);
  });

  it('throws a ZohoWriteError carrying both batches when one of two fails as a whole', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'answer', status: 400, body: { code: 'INVALID_DATA', status: 'error', message: 'invalid data', details: {} } }, { ...LEADS, method: 'POST' });
    const rows = Array.from({ length: 150 }, (_, n) => ({ Last_Name: `Row ${n}` }));
    const error = await writeError(() => env!.crm.module('Leads').records.create(rows));
    expect(error.applied).toEqual({ true: 50, false: 100, unknown: 0 });
    expect(error.results[0]).toMatchObject({ ok: false, applied: false, error: { code: 'INVALID_DATA', cause: { status: 400 } } });
    expect(error.results[149]).toMatchObject({ ok: true, applied: true });
    expect(env.sim.crm.module('Leads').size).toBe(50);
  });
});

describe('holds(): whether a stored record carries the values sent', () => {
  const owner = { id: '111', name: 'Ana' };
  it.each([
    ['equal text', { Company: 'Acme' }, { Company: 'Acme' }, true],
    ['a number sent, the same number stored as text', { No_of_Employees: 5 }, { No_of_Employees: '5' }, true],
    ['a different value', { Company: 'Acme' }, { Company: 'Other' }, false],
    ['null sent, nothing stored', { Phone: null }, {}, true],
    ['empty text sent, null stored', { Phone: '' }, { Phone: null }, true],
    ['null sent, a value stored', { Phone: null }, { Phone: '555' }, false],
    ['text sent, an object stored', { Company: 'Acme' }, { Company: { name: 'Acme' } }, false],
    ['text sent, null stored', { Company: 'Acme' }, { Company: null }, false],
    ['a lookup sent by id, stored with its name', { Owner: { id: '111' } }, { Owner: owner }, true],
    ['a lookup sent by numeric id', { Owner: { id: 111 } }, { Owner: owner }, true],
    ['a lookup to another record', { Owner: { id: '222' } }, { Owner: owner }, false],
    ['a lookup sent, nothing stored', { Owner: { id: '111' } }, { Owner: null }, false],
    ['equal multi-select lists', { Tags: ['a', 'b'] }, { Tags: ['a', 'b'] }, true],
    ['lists of different length', { Tags: ['a'] }, { Tags: ['a', 'b'] }, false],
    ['a list sent, text stored', { Tags: ['a'] }, { Tags: 'a' }, false],
    ['equal objects without an id', { Address: { city: 'Oslo' } }, { Address: { city: 'Oslo' } }, true],
    ['different objects without an id', { Address: { city: 'Oslo' } }, { Address: { city: 'Rome' } }, false],
    ['the id is not compared', { id: 'x', Company: 'Acme' }, { id: 'y', Company: 'Acme' }, true],
  ])('%s', (_name, sent, stored, expected) => {
    expect(holds(stored as never, sent)).toBe(expected);
  });
});
