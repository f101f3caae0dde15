/**
 * CRM bulk write against the answers Zoho can give besides the happy path: a job created
 * without an id, polls without a status or a download URL, a result file that does not match
 * the rows sent, uploads without a file id, orgs without a zgid, and result rows of every
 * shape (no STATUS, no RECORD_ID, ERRORS without columns). Everything goes through the
 * simulator over the real transport; the odd answers are served verbatim (`answer` faults).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoJobError, ZohoResponseError } from '../../src/index.js';
import { parseErrors, rowResult } from '../../src/crm/jobs/bulk-write.js';
import { crmJobs } from '../../src/testing/crm/jobs/crm-jobs-state.js';
import { recordingSimZoho } from '../support/recording-sim.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const FAST = { intervalMs: 1, maxIntervalMs: 5 };
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function recording(): Promise<{ env: SimZoho; sent: Request[] }> {
  const recorded = await recordingSimZoho(ANA);
  env = recorded;
  return { env: recorded, sent: recorded.sent };
}

/** The CSV inside the last bulk write file the simulator received. */
function uploadedCsv(sim: SimZoho['sim']): string {
  const upload = [...crmJobs(sim.crm).uploads.values()].at(-1)!;
  const files = unzipSync(upload.bytes);
  return new TextDecoder().decode(Object.values(files)[0]!);
}

describe('CRM bulk write: input the client handles itself', () => {
  it('sends nothing for no rows and answers an empty result', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.resetStats();
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite([], { operation: 'insert', poll: FAST });
    expect(result).toEqual({ rows: [], added: 0, updated: 0, failed: 0, jobIds: [] });
    expect(env.sim.stats().requests).toBe(0);
  });

  it('splits 25,001 rows into two files and two jobs (Zoho: 25,000 records a file), results in input order', async () => {
    env = await simZoho({ users: [ANA] });
    const rows = Array.from({ length: 25_001 }, (_, i) => ({ Last_Name: `Lead ${i}` }));
    const files: number[] = [];
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite(rows, { operation: 'insert', poll: FAST, onProgress: ({ file, status }) => status === 'COMPLETED' && files.push(file) });
    expect(result.jobIds).toHaveLength(2);
    expect(files).toEqual([1, 2]);
    expect(result).toMatchObject({ added: 25_001, failed: 0 });
    const last = result.rows[25_000]!;
    if (!last.ok) throw new Error('the last row should have been added');
    expect(env.sim.crm.module('Leads').get(last.id)).toMatchObject({ Last_Name: 'Lead 25000' });
    expect(crmJobs(env.sim.crm).uploads.size).toBe(2);
  });

  it('writes empty cells, dates, numbers in lists, bigints and lookups by numeric id, and only the columns asked for', async () => {
    env = await simZoho({ users: [ANA] });
    const when = new Date('2026-05-01T10:30:00.000Z');
    await env.zoho.as(ANA).crm.module('Leads').bulkWrite(
      [
        { Last_Name: 'A', Email: null, Lead_Source: [1, 'Web'], Annual_Revenue: 10n, Owner: { id: 4150868000000225013 }, Skipped: 'not sent' },
        { Last_Name: 'B', Follow_Up: when },
      ],
      { operation: 'insert', fields: ['Last_Name', 'Email', 'Lead_Source', 'Annual_Revenue', 'Owner', 'Follow_Up'], poll: FAST },
    );
    expect(uploadedCsv(env.sim).trim().split('\n')).toEqual([
      'Last_Name,Email,Lead_Source,Annual_Revenue,Owner,Follow_Up',
      `A,,1;Web,10,${4150868000000225013},`,
      `B,,,,,${when.toISOString()}`,
    ]);
    // A lookup column is matched by id (field_mappings find_by: id); the others by position.
    const job = [...crmJobs(env.sim.crm).writes.values()].at(-1)!;
    expect(job.fieldMappings).toContainEqual({ api_name: 'Owner', index: 4, find_by: 'id' });
    expect(job.fieldMappings).toContainEqual({ api_name: 'Email', index: 1 });
  });

  it('refuses a nested list with INVALID_DATA naming the row and column, before uploading', async () => {
    env = await simZoho({ users: [ANA] });
    const error = await caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'A' }, { Last_Name: 'B', Tags: [['a']] }], { operation: 'insert', poll: FAST }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'INVALID_DATA', details: { row: 1, api_name: 'Tags' } });
    expect((error as Error).message).toContain('a nested array cannot be written to CSV');
    expect(crmJobs(env.sim.crm).uploads.size).toBe(0);
  });

  it('leaves a field unchanged when its cell is empty and ignoreEmpty is set', async () => {
    env = await simZoho({ users: [ANA] });
    const leads = env.sim.crm.module('Leads');
    leads.set('100', { id: '100', Last_Name: 'Old', Email: 'kept@example.com' });
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite([{ id: '100', Last_Name: 'New', Email: '' }], { operation: 'update', findBy: 'id', ignoreEmpty: true, poll: FAST });
    expect(result.rows[0]).toMatchObject({ ok: true, id: '100', action: 'update' });
    expect(leads.get('100')).toMatchObject({ Last_Name: 'New', Email: 'kept@example.com' });
    expect([...crmJobs(env.sim.crm).writes.values()].at(-1)!.ignoreEmpty).toBe(true);
  });
});

describe('CRM bulk write: the org id for X-CRM-ORG', () => {
  it('falls back to the org id when GET /org has no zgid', async () => {
    const { env, sent } = await recording();
    env.sim.failNext({ type: 'answer', status: 200, body: { org: [{ id: env.sim.crm.orgId }] } }, { path: '/crm/v8/org' });
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'A' }], { operation: 'insert', poll: FAST });
    expect(result.added).toBe(1);
    const upload = sent.find((request) => new URL(request.url).pathname === '/crm/v8/upload')!;
    expect(upload.headers.get('X-CRM-ORG')).toBe(env.sim.crm.orgId);
  });

  it('fails with ZohoResponseError when the org has no id, and asks again on the next bulk write', async () => {
    const { env, sent } = await recording();
    const leads = env.zoho.as(ANA).crm.module('Leads');
    env.sim.failNext({ type: 'answer', status: 200, body: { org: [{ company_name: 'No id' }] } }, { path: '/crm/v8/org' });
    const error = await caught(() => leads.bulkWrite([{ Last_Name: 'A' }], { operation: 'insert', poll: FAST }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('crm: GET /org returned no org id (needed for the X-CRM-ORG header)');
    // The failed lookup is not kept: this write looks the org up again and goes through.
    expect((await leads.bulkWrite([{ Last_Name: 'B' }], { operation: 'insert', poll: FAST })).added).toBe(1);
    expect(sent.filter((request) => new URL(request.url).pathname === '/crm/v8/org')).toHaveLength(2);
  });

  it('looks the org up on every bulk write of the root view, whose user comes from runAs', async () => {
    const { env, sent } = await recording();
    const zoho = env.zoho;
    for (const name of ['A', 'B']) {
      await zoho.runAs(ANA, () => zoho.crm.module('Leads').bulkWrite([{ Last_Name: name }], { operation: 'insert', poll: FAST }));
    }
    expect(sent.filter((request) => new URL(request.url).pathname === '/crm/v8/org')).toHaveLength(2);
    expect(env.sim.crm.module('Leads').size).toBe(2);
  });
});

describe('CRM bulk write: odd answers from Zoho', () => {
  async function writeOne(): Promise<unknown> {
    return caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'A' }, { Last_Name: 'B' }], { operation: 'insert', orgId: env!.sim.crm.orgId, poll: FAST }));
  }

  it('an upload answered without a file_id is a ZohoResponseError, and no job is created', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 200, body: { status: 'success', code: 'FILE_UPLOAD_SUCCESS', details: {} } }, { path: '/crm/v8/upload' });
    const error = await writeOne();
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect(error).toMatchObject({ message: 'crm: the bulk write upload succeeded but returned no file_id', status: 200 });
    expect(crmJobs(env.sim.crm).writes.size).toBe(0);
  });

  it('a job created without an id is a ZohoResponseError', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 201, body: { status: 'success', code: 'ADDED_SUCCESSFULLY', message: 'job added', details: {} } }, { method: 'POST', path: '/crm/bulk/v8/write' });
    const error = await writeOne();
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('crm: the bulk write job was created but its id is missing');
  });

  it('a poll answered without a status is a ZohoJobError (bad-result) naming the job', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 200, body: { id: 'x', operation: 'insert' } }, { method: 'GET', path: '/crm/bulk/v8/write/' });
    const error = await writeOne();
    expect(error).toBeInstanceOf(ZohoJobError);
    const jobId = [...crmJobs(env.sim.crm).writes.keys()][0]!;
    expect(error).toMatchObject({ jobId, state: undefined, reason: 'bad-result', code: 'bad-result', message: `crm: bulk write job ${jobId} answered without a status` });
  });

  it('a job COMPLETED without a download_url is a ZohoJobError carrying the job as Zoho described it', async () => {
    env = await simZoho({ users: [ANA] });
    const body = { id: 'x', status: 'COMPLETED', operation: 'insert', result: {} };
    env.sim.failNext({ type: 'answer', status: 200, body }, { method: 'GET', path: '/crm/bulk/v8/write/' });
    const error = await writeOne();
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ state: 'COMPLETED', reason: 'bad-result', details: body });
    expect((error as Error).message).toMatch(/is COMPLETED without a download_url$/);
  });

  it('a result file with fewer rows than were sent is a ZohoJobError, not a misaligned result', async () => {
    env = await simZoho({ users: [ANA] });
    const zip = zipSync({ 'result.csv': strToU8('Last_Name,STATUS,RECORD_ID,ERRORS\nA,ADDED,1,\n') });
    env.sim.failNext({ type: 'answer', status: 200, body: zip, headers: { 'content-type': 'application/zip' } }, { path: '/bulk-write/' });
    const error = await writeOne();
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ state: 'COMPLETED', reason: 'bad-result' });
    expect((error as Error).message).toMatch(/reported 1 rows for 2 sent$/);
  });

  it('an empty result download (204) is a ZohoJobError', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 204, body: null }, { path: '/bulk-write/' });
    const error = await writeOne();
    expect(error).toBeInstanceOf(ZohoJobError);
    expect((error as Error).message).toMatch(/^crm: the result of bulk write job \d+ came back empty$/);
  });

  it('gives up with reason timeout when the job is still running at timeoutMs', async () => {
    env = await simZoho({ users: [ANA] });
    const states: string[] = [];
    const error = await caught(() => env!.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'A' }], { operation: 'insert', orgId: env!.sim.crm.orgId, poll: { intervalMs: 1, maxIntervalMs: 1, factor: 1, timeoutMs: 0 }, onProgress: ({ status }) => states.push(status) }));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ reason: 'timeout', state: 'IN PROGRESS' });
    expect((error as Error).message).toMatch(/still IN PROGRESS after 0 ms$/);
    expect(states).toEqual(['UPLOADED', 'ADDED', 'IN PROGRESS']);
  });

  it('reads result rows of every shape Zoho writes into one per-row result each', async () => {
    env = await simZoho({ users: [ANA] });
    const csv = [
      'Last_Name,STATUS,RECORD_ID,ERRORS',
      'A,ADDED,11,',
      'B,UPDATED,12,',
      'C,SKIPPED,,DUPLICATE_DATA',
      'D,,,',
      'E,ADDED,,',
    ].join('\n');
    env.sim.failNext({ type: 'answer', status: 200, body: zipSync({ 'result.csv': strToU8(csv) }), headers: { 'content-type': 'application/zip' } }, { path: '/bulk-write/' });
    const result = await env.zoho.as(ANA).crm.module('Leads').bulkWrite(['A', 'B', 'C', 'D', 'E'].map((name) => ({ Last_Name: name })), { operation: 'upsert', findBy: 'Last_Name', orgId: env!.sim.crm.orgId, poll: FAST });
    expect(result).toMatchObject({ added: 1, updated: 1, failed: 3 });
    expect(result.rows.map((row) => (row.ok ? row.action : row.error.code))).toEqual(['insert', 'update', 'DUPLICATE_DATA', 'NO_STATUS', 'ADDED']);
    expect(result.rows[2]).toMatchObject({ ok: false, applied: false, id: undefined, error: { message: 'row SKIPPED: DUPLICATE_DATA', field: undefined } });
    expect(result.rows[3]).toMatchObject({ ok: false, error: { message: 'row has no status', details: { status: '', errors: [] } } });
    // ADDED without a RECORD_ID is not a success: there is no id to give back.
    expect(result.rows[4]).toMatchObject({ ok: false, applied: false, error: { code: 'ADDED', message: 'row ADDED' } });
  });
});

describe('bulk write result rows (rowResult, parseErrors)', () => {
  it.each([
    ['a row without any of the result columns', {}, { ok: false, id: undefined, error: { code: 'NO_STATUS', message: 'row has no status', field: undefined } }],
    ['an ADDED row without RECORD_ID', { STATUS: 'ADDED' }, { ok: false, id: undefined, error: { code: 'ADDED', message: 'row ADDED' } }],
    ['a failed row that names its record', { STATUS: 'SKIPPED', RECORD_ID: '42', ERRORS: 'RECORD_LOCKED' }, { ok: false, id: '42', error: { code: 'RECORD_LOCKED', message: 'row SKIPPED: RECORD_LOCKED', field: undefined } }],
    ['an error with columns, then one without', { STATUS: 'SKIPPED', ERRORS: 'INVALID_DATA-Email:LIMIT_EXCEEDED' }, { ok: false, error: { code: 'INVALID_DATA', field: 'Email', message: 'row SKIPPED: INVALID_DATA (Email); LIMIT_EXCEEDED' } }],
    ['an UPDATED row', { STATUS: 'UPDATED', RECORD_ID: '7' }, { ok: true, applied: true, id: '7', action: 'update', message: 'UPDATED' }],
  ])('%s', (_name, row, expected) => {
    expect(rowResult(row)).toMatchObject(expected);
  });

  it.each([
    ['', []],
    ['   ', []],
    ['DUPLICATE_DATA', [{ code: 'DUPLICATE_DATA', fields: [] }]],
    ['MANDATORY_NOT_FOUND- Company , ,Last_Name', [{ code: 'MANDATORY_NOT_FOUND', fields: ['Company', 'Last_Name'] }]],
    ['A-x:B', [{ code: 'A', fields: ['x'] }, { code: 'B', fields: [] }]],
  ])('parses the ERRORS cell %j', (cell, expected) => {
    expect(parseErrors(cell)).toEqual(expected);
  });
});
