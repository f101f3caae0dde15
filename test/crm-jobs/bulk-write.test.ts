import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoJobError } from '../../src/index.js';
import { failuresOf } from '../../src/item-result.js';
import { crmJobs } from '../../src/testing/crm/jobs/crm-jobs-state.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const FAST = { intervalMs: 1, maxIntervalMs: 5 };
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('CRM bulk write', () => {
  it('inserts 1,000 rows and returns 970 ok and 30 precise errors, aligned with the input', async () => {
    env = await simZoho({ users: [ANA] });
    const rows = Array.from({ length: 1_000 }, (_, i) => ({
      // Rows 0, 50, 100... have no Last_Name; rows 7, 107, 207... a broken email.
      Last_Name: i % 50 === 0 ? '' : `Lead ${i}`,
      Email: i % 100 === 7 ? 'not-an-email' : `lead${i}@example.com`,
      Company: `Company, "${i}"`,
      Annual_Revenue: i * 10,
      Lead_Source: ['Web', 'Trade Show'],
    }));
    const progress: string[] = [];
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite(rows, { operation: 'insert', poll: FAST, onProgress: ({ status }) => progress.push(status) });

    expect(result.rows).toHaveLength(1_000);
    expect(result).toMatchObject({ added: 970, updated: 0, failed: 30 });
    expect(result.rows[0]).toEqual({
      ok: false,
      applied: false,
      id: undefined,
      error: { code: 'MANDATORY_NOT_FOUND', message: 'row SKIPPED: MANDATORY_NOT_FOUND (Last_Name)', field: 'Last_Name', jsonPath: undefined, details: { status: 'SKIPPED', errors: [{ code: 'MANDATORY_NOT_FOUND', fields: ['Last_Name'] }] } },
      raw: expect.objectContaining({ STATUS: 'SKIPPED', ERRORS: 'MANDATORY_NOT_FOUND-Last_Name' }),
    });
    expect(result.rows[7]).toMatchObject({ ok: false, applied: false, error: { code: 'INVALID_DATA', field: 'Email', details: { status: 'SKIPPED', errors: [{ code: 'INVALID_DATA', fields: ['Email'] }] } } });
    // The one per-item result: the same helpers read it as read a record write's results.
    expect(failuresOf(result.rows).map(({ index }) => index)).toEqual(rows.flatMap((row, i) => (row.Last_Name === '' || row.Email === 'not-an-email' ? [i] : [])));
    const stored = env.sim.crm.module('Leads');
    expect(stored.size).toBe(970);
    const first = result.rows[1]!;
    if (!first.ok) throw new Error('row 1 should have been added');
    expect(first.action).toBe('insert');
    expect(stored.get(first.id)).toMatchObject({ Last_Name: 'Lead 1', Email: 'lead1@example.com', Company: 'Company, "1"', Annual_Revenue: '10', Lead_Source: 'Web;Trade Show' });
    expect(progress).toEqual(['UPLOADED', 'ADDED', 'IN PROGRESS', 'COMPLETED']);
  });

  it('upserts by Email: updates the records that exist and adds the others', async () => {
    env = await simZoho({ users: [ANA] });
    const leads = env.sim.crm.module('Leads');
    leads.set('100', { id: '100', Last_Name: 'Old', Email: 'known@example.com' });
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite(
      (async function* () {
        yield { Last_Name: 'Renamed', Email: 'known@example.com' };
        yield { Last_Name: 'New', Email: 'new@example.com' };
      })(),
      { operation: 'upsert', findBy: 'Email', poll: FAST },
    );
    expect(result.rows[0]).toEqual({ ok: true, applied: true, id: '100', message: 'UPDATED', action: 'update', raw: expect.objectContaining({ STATUS: 'UPDATED', RECORD_ID: '100' }) });
    expect(result.rows[1]).toMatchObject({ ok: true, action: 'insert' });
    expect(leads.get('100')).toMatchObject({ Last_Name: 'Renamed' });
    expect(result).toMatchObject({ added: 1, updated: 1, failed: 0 });
  });

  it('uploads to the content host with feature: bulk-write and the org id, looked up once per user', async () => {
    env = await simZoho({ users: [ANA] });
    const leads = env.zoho.as(ANA).crm.module('Leads');
    env.sim.resetStats();
    await leads.bulkWrite([{ Last_Name: 'A' }], { operation: 'insert', poll: FAST });
    await leads.bulkWrite([{ Last_Name: 'B' }], { operation: 'insert', poll: FAST });
    const jobs = crmJobs(env.sim.crm);
    expect(jobs.uploads.size).toBe(2);
    expect([...jobs.uploads.values()].map((upload) => upload.name)).toEqual(['Leads.zip', 'Leads.zip']);
    // 2 × (upload, create, 3 polls, download) + 1 org lookup.
    expect(env.sim.stats().requests).toBe(13);
  });

  it('refuses a file over 25 MB before uploading anything', async () => {
    env = await simZoho({ users: [ANA] });
    // Base64 of random bytes compresses to about 3/4: 3,000 × 12 KB of it stays over 25 MB zipped.
    const rows = Array.from({ length: 3_000 }, () => ({ Last_Name: randomBytes(9_000).toString('base64') }));
    const error = await caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite(rows, { operation: 'insert', poll: FAST }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE' });
    expect(crmJobs(env.sim.crm).uploads.size).toBe(0);
  });

  it('needs findBy to update, and says so before sending anything', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.resetStats();
    const error = await caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite([{ id: '1', Last_Name: 'X' }], { operation: 'update' }));
    expect(error).toMatchObject({ code: 'REQUIRED_PARAM_MISSING' });
    expect(env.sim.stats().requests).toBe(0);
  });

  it('updates by id and reports rows whose record does not exist', async () => {
    env = await simZoho({ users: [ANA] });
    const leads = env.sim.crm.module('Leads');
    leads.set('7', { id: '7', Last_Name: 'Seven', Company: 'Old' });
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite(
      [{ id: '7', Company: 'New' }, { id: '8', Company: 'Nobody' }],
      { operation: 'update', findBy: 'id', poll: FAST },
    );
    expect(result.rows).toEqual([
      { ok: true, applied: true, id: '7', message: 'UPDATED', action: 'update', raw: expect.anything() },
      { ok: false, applied: false, id: undefined, raw: expect.anything(), error: expect.objectContaining({ code: 'RESOURCE_NOT_FOUND', field: 'id', details: { status: 'SKIPPED', errors: [{ code: 'RESOURCE_NOT_FOUND', fields: ['id'] }] } }) },
    ]);
    expect(leads.get('7')).toMatchObject({ Last_Name: 'Seven', Company: 'New' });
  });

  it('throws ZohoJobError when the import job fails', async () => {
    env = await simZoho({ users: [ANA] });
    crmJobs(env.sim.crm).failNextBulkWrite();
    const error = await caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'A' }], { operation: 'insert', poll: FAST }));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ state: 'FAILED', reason: 'failed' });
  });

  it('does not send the user\'s token to a download host that is not Zoho\'s', async () => {
    env = await simZoho({ users: [ANA] });
    const jobs = crmJobs(env.sim.crm);
    jobs.writeDownloadOrigin = 'https://downloads.example.net';
    const error = await caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'A' }], { operation: 'insert', poll: FAST }));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ reason: 'bad-result', message: expect.stringContaining('downloads.example.net') });
    expect(jobs.downloads).toHaveLength(0);
  });

  it('refuses a value it cannot write to CSV, naming the row and column', async () => {
    env = await simZoho({ users: [ANA] });
    const error = await caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'A' }, { Last_Name: { first: 'B' } }], { operation: 'insert' }));
    expect(error).toMatchObject({ code: 'INVALID_DATA', details: { row: 1, api_name: 'Last_Name' } });
  });
});
