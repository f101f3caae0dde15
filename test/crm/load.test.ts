import { afterEach, describe, expect, it } from 'vitest';
import { ZohoWriteError, type LoadProgress, type WriteSuccess } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

// Thirty rows spread through the input, each invalid in one of three ways.
const INVALID = new Map(Array.from({ length: 30 }, (_, k) => [7 + 33 * k, k % 3] as const));
const EXPECTED = [
  { code: 'MANDATORY_NOT_FOUND', field: 'Last_Name' },
  { code: 'INVALID_DATA', field: 'No_of_Employees' },
  { code: 'INVALID_DATA', field: 'Website' },
];

function row(n: number): Record<string, unknown> {
  const base: Record<string, unknown> = { Last_Name: `Lead ${n}`, Email: `lead${n}@example.com`, Company: `Loaded ${n}` };
  switch (INVALID.get(n)) {
    case 0:
      base['Last_Name'] = ''; // emptying a mandatory field fails an update as well as an insert
      break;
    case 1:
      base['No_of_Employees'] = 'a few';
      break;
    case 2:
      base['Website'] = 'w'.repeat(300);
      break;
  }
  return base;
}

describe('module.load', () => {
  it('returns 970 ok and 30 precise errors at the right input positions for 1,000 upserts with 30 invalid', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 400); // lead0..lead399 exist: those rows update, the rest insert
    const rows = Array.from({ length: 1_000 }, (_, n) => row(n));
    const result = await env.crm.module('Leads').load(rows, { action: 'upsert', syncKey: 'Email', concurrency: 4 });

    expect(result).toMatchObject({ succeeded: 970, failed: 30, skipped: 0 });
    expect(result.results).toHaveLength(1_000);
    for (const [index, kind] of INVALID) {
      const outcome = result.results[index]!;
      expect(outcome.ok, `row ${index}`).toBe(false);
      if (!outcome.ok) expect(outcome.error, `row ${index}`).toMatchObject(EXPECTED[kind]!);
    }
    const successes = result.results.filter((r): r is WriteSuccess & { attempts: number } => r.ok);
    expect(successes.filter((r) => r.action === 'update')).toHaveLength(400 - [...INVALID.keys()].filter((n) => n < 400).length);
    // Each success is the record of its own row.
    const stored = env.sim.crm.module('Leads');
    result.results.forEach((r, n) => {
      if (r.ok) expect(stored.get(r.id)?.['Company']).toBe(`Loaded ${n}`);
    });
    expect(env.sim.crm.writes.map((w) => [w.operation, w.data.length, w.duplicateCheckFields])).toEqual(Array.from({ length: 10 }, () => ['upsert', 100, ['Email']]));
  });

  it('creates through transform and picklistMap, skipping the rows the transform drops', async () => {
    env = await crmEnv();
    const source = [
      { name: 'Ada', source: 'web', level: 'hot' },
      { name: '', source: 'phone', level: 'cold' },
      { name: 'Grace', source: 'phone', level: 'warm' },
    ];
    const result = await env.crm.module('Leads').load(source, {
      action: 'create',
      transform: (r) => (r.name === '' ? null : { Last_Name: r.name, Lead_Source: r.source, Rating: r.level }),
      picklistMap: { Lead_Source: { web: 'Web Download', phone: 'Cold Call' }, Rating: (value) => (value === 'hot' ? 'Active' : 'Market Failed') },
    });
    expect(result).toMatchObject({ succeeded: 2, skipped: 1, failed: 0 });
    expect(result.results[1]).toMatchObject({ ok: false, skipped: true, error: { code: 'SKIPPED' } });
    const stored = [...env.sim.crm.module('Leads').values()].map((r) => [r['Last_Name'], r['Lead_Source'], r['Rating']]);
    expect(stored).toEqual([['Ada', 'Web Download', 'Active'], ['Grace', 'Cold Call', 'Market Failed']]);
  });

  it('fails only the row whose transform throws', async () => {
    env = await crmEnv();
    const result = await env.crm.module('Leads').load([1, 2, 3], {
      action: 'create',
      transform: (n) => {
        if (n === 2) throw new Error('bad row');
        return { Last_Name: `N${n}` };
      },
    });
    expect(result.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'TRANSFORM_FAILED', 'ok']);
  });

  it('updates and deletes by the id held in syncKey, with small batches', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 5);
    const updates = ids.map((recordId, n) => ({ recordId, Company: `Updated ${n}` }));
    const updated = await env.crm.module('Leads').load([...updates, { Company: 'no id' }], { action: 'update', syncKey: 'recordId', batchSize: 2 });
    expect(updated).toMatchObject({ succeeded: 5, failed: 1 });
    expect(updated.results[5]).toMatchObject({ ok: false, error: { code: 'MANDATORY_NOT_FOUND', field: 'recordId' } });
    expect(env.sim.crm.module('Leads').get(ids[4]!)?.['Company']).toBe('Updated 4');
    expect(env.sim.crm.writes.map((w) => w.data.length)).toEqual([2, 2, 1]);

    const removed = await env.crm.module('Leads').load(ids.map((id) => ({ id })), { action: 'delete' });
    expect(removed.succeeded).toBe(5);
    expect(env.sim.crm.module('Leads').size).toBe(0);
  });

  it('sends a batch again after a 429 and keeps every row aligned, reporting the attempts', async () => {
    env = await crmEnv({ zoho: { retry: false } });
    env.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 0 }, { method: 'POST', path: '/upsert', times: 2 });
    const rows = Array.from({ length: 250 }, (_, n) => ({ Last_Name: `R${n}`, Email: `r${n}@example.com` }));
    const result = await env.crm.module('Leads').load(rows, { action: 'upsert', concurrency: 1 });
    expect(result.succeeded).toBe(250);
    expect(result.results[0]!.attempts).toBe(3);
    expect(result.results[249]!.attempts).toBe(1);
    result.results.forEach((r, n) => expect(r.ok && env!.sim.crm.module('Leads').get(r.id)?.['Last_Name']).toBe(`R${n}`));
  });

  it('marks the rows of a batch whose request failed with that error, and writes the other batches', async () => {
    env = await crmEnv({ zoho: { retry: false } });
    env.sim.failNext({ type: 'status', status: 500 }, { method: 'POST', product: 'crm' });
    const rows = Array.from({ length: 150 }, (_, n) => ({ Last_Name: `R${n}` }));
    const result = await env.crm.module('Leads').load(rows, { action: 'create', concurrency: 1 });
    expect(result).toMatchObject({ succeeded: 50, failed: 100 });
    const failure = result.results[0]!;
    expect(failure.ok).toBe(false);
    if (!failure.ok) expect(failure.error.cause).toMatchObject({ status: 500 });
    // A create that may have been applied is never sent twice.
    expect(failure.attempts).toBe(1);
  });

  it('reports progress after each batch, ending at the total', async () => {
    env = await crmEnv();
    const seen: LoadProgress[] = [];
    await env.crm.module('Leads').load(Array.from({ length: 230 }, (_, n) => ({ Last_Name: `P${n}` })), { action: 'create', concurrency: 1, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([100, 200, 230]);
    expect(seen.at(-1)).toEqual({ total: 230, done: 230, succeeded: 230, failed: 0, unknown: 0, skipped: 0 });
  });

  it('throws a ZohoWriteError carrying every row with dieOnError', async () => {
    env = await crmEnv();
    const error = await caught(() => env!.crm.module('Leads').load([{ Last_Name: 'A' }, { Company: 'B' }], { action: 'create', dieOnError: true }));
    expect(error).toBeInstanceOf(ZohoWriteError);
    expect((error as ZohoWriteError).results.map((r) => r.ok)).toEqual([true, false]);
  });

  it('passes trigger to every batch', async () => {
    env = await crmEnv();
    await env.crm.module('Leads').load([{ Last_Name: 'T' }], { action: 'create', trigger: ['approval'] });
    expect(env.sim.crm.writes[0]?.trigger).toEqual(['approval']);
  });
});

describe('module.load retrieve', () => {
  it('reads 250 ids in batches of 100, aligned with the input, an unknown id an ok: false row', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 260);
    // Out of order, with a repeat, an unknown id and a row naming its id in a field.
    const wanted: (string | { id: string })[] = [...ids.slice(0, 248).reverse(), ids[5]!, '1999999999999999999', { id: ids[250]! }];
    const result = await env.crm.module('Leads').load(wanted, { action: 'retrieve', fields: ['Last_Name', 'Email'] });
    expect(result).toMatchObject({ succeeded: 250, failed: 1, unknown: 0, skipped: 0 });
    expect(result.results).toHaveLength(251);
    result.results.forEach((r, n) => {
      const asked = wanted[n]!;
      const id = typeof asked === 'string' ? asked : asked.id;
      expect(r.id, `row ${n}`).toBe(id);
      if (r.ok) expect(r.record).toEqual({ id, Last_Name: env!.sim.crm.module('Leads').get(id)?.['Last_Name'], Email: env!.sim.crm.module('Leads').get(id)?.['Email'] });
    });
    expect(result.results[249]).toEqual({ ok: false, applied: false, id: '1999999999999999999', error: expect.objectContaining({ code: 'RECORD_NOT_FOUND', field: 'id' }), raw: undefined, attempts: 1 });
    const reads = env.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/crm/v8/Leads');
    expect(reads).toHaveLength(3);
    expect(reads.every((r) => (r.url.searchParams.get('ids') ?? '').split(',').length <= 100)).toBe(true);
  });

  it('reads more than 50 fields in one request per 50 and merges them', async () => {
    env = await crmEnv();
    for (let i = 1; i <= 60; i++) env.sim.crm.addField('Leads', `Extra_${i}`, 'text');
    const [id] = seedLeads(env.sim, 1);
    const leads = env.sim.crm.module('Leads');
    leads.set(id!, { ...leads.get(id!)!, Extra_1: 'one', Extra_60: 'sixty' });
    const fields = ['Last_Name', ...Array.from({ length: 60 }, (_, i) => `Extra_${i + 1}`)];
    const [row] = (await env.crm.module('Leads').load([id!], { action: 'retrieve', fields })).results;
    expect(row).toMatchObject({ ok: true, action: 'retrieve', record: { id, Last_Name: 'Lead 0', Extra_1: 'one', Extra_60: 'sixty' } });
    expect(env.requests.filter((r) => r.url.pathname === '/crm/v8/Leads')).toHaveLength(2);
  });

  it('fails the rows of a batch whose read failed with that error as cause, and reads the other batches', async () => {
    env = await crmEnv({ zoho: { retry: false } });
    const ids = seedLeads(env.sim, 150);
    env.sim.failNext({ type: 'status', status: 500 }, { method: 'GET', product: 'crm' });
    const result = await env.crm.module('Leads').load(ids, { action: 'retrieve', fields: ['Last_Name'], concurrency: 1 });
    expect(result).toMatchObject({ succeeded: 50, failed: 100 });
    const failure = result.results[0]!;
    expect(failure).toMatchObject({ ok: false, applied: false, id: ids[0] });
    if (!failure.ok) expect(failure.error.cause).toMatchObject({ status: 500 });
  });

  it('throws a ZohoWriteError naming the read with dieOnError when an id is not found, and skips an empty id', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const skipped = await env.crm.module('Leads').load([id!, ''], { action: 'retrieve', fields: ['Last_Name'] });
    expect(skipped.results[1]).toMatchObject({ ok: false, applied: false, error: { code: 'MANDATORY_NOT_FOUND' } });
    const error = await caught(() => env!.crm.module('Leads').load([id!, '1999999999999999999'], { action: 'retrieve', fields: ['Last_Name'], dieOnError: true }));
    expect(error).toBeInstanceOf(ZohoWriteError);
    expect((error as ZohoWriteError).results.map((r) => r.ok)).toEqual([true, false]);
    expect((error as Error).message).toMatch(/reading Leads records/);
  });
});
