/**
 * CRM bulk read against the less common paths: a custom view, pages created only when they
 * are needed (prefetch off), results that page by number rather than by token, a page whose
 * count is missing, and the odd answers a job can give (no id, no state, COMPLETED without a
 * result, an empty download). Odd answers are served verbatim by the simulator.
 */
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoJobError, ZohoResponseError } from '../../src/index.js';
import { crmJobs } from '../../src/testing/crm/jobs/crm-jobs-state.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const FAST = { intervalMs: 1, maxIntervalMs: 5 };
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function leadsOf(count: number) {
  env = await simZoho({ users: [ANA] });
  const leads = env.sim.crm.module('Leads');
  for (let i = 0; i < count; i++) leads.set(String(100 + i), { id: String(100 + i), Last_Name: `Lead ${i}` });
  return env.zoho.as(ANA).crm.module('Leads');
}

async function rowsOf(rows: AsyncIterable<Record<string, string>>): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const resultZip = (csv: string) => ({ type: 'answer' as const, status: 200, body: zipSync({ 'result.csv': strToU8(csv) }), headers: { 'content-type': 'application/zip' } });

describe('CRM bulk read: options', () => {
  it('sends the custom view id with the job', async () => {
    const leads = await leadsOf(1);
    await rowsOf(leads.bulkRead({ cvid: '4150868000000087501', poll: FAST }));
    expect([...crmJobs(env!.sim.crm).reads.values()][0]!.query).toMatchObject({ cvid: '4150868000000087501', page: 1 });
  });

  it('with prefetch off, creates the next page\'s job only once the current page is read; a second export shares the download quota', async () => {
    const leads = await leadsOf(3);
    const jobs = crmJobs(env!.sim.crm);
    jobs.bulkReadPageSize = 2;
    const jobsAtRow: number[] = [];
    const ids: string[] = [];
    for await (const row of leads.bulkRead({ prefetch: false, poll: FAST })) {
      jobsAtRow.push(jobs.reads.size);
      ids.push(row['Id']!);
    }
    expect(ids).toEqual(['100', '101', '102']);
    expect(jobsAtRow).toEqual([1, 1, 2]);
    // The same view exports again: the quota it keeps counts these downloads too.
    expect((await rowsOf(leads.bulkRead({ prefetch: false, poll: FAST }))).map((row) => row['Id'])).toEqual(['100', '101', '102']);
    expect(jobs.downloads).toHaveLength(4);
  });
});

describe('CRM bulk read: odd answers from Zoho', () => {
  it('reads a page whose count is missing instead of taking it for empty', async () => {
    const leads = await leadsOf(1);
    const pages: (number | undefined)[] = [];
    env!.sim.failNext({ type: 'answer', status: 200, body: { data: [{ id: 'x', state: 'COMPLETED', result: { page: 1, more_records: false } }] } }, { method: 'GET', path: '/crm/bulk/v8/read/' });
    env!.sim.failNext(resultZip('Id,Last_Name\n555,From the file\n'), { path: '/result' });
    const rows = await rowsOf(leads.bulkRead({ poll: FAST, onProgress: ({ state, pageCount }) => state === 'COMPLETED' && pages.push(pageCount) }));
    expect(rows).toEqual([{ Id: '555', Last_Name: 'From the file' }]);
    expect(pages).toEqual([0]);
  });

  it('asks for the next page by number when more_records comes without a next_page_token (and without a page)', async () => {
    const leads = await leadsOf(1);
    env!.sim.failNext({ type: 'answer', status: 200, body: { data: [{ id: 'x', state: 'COMPLETED', result: { count: 1, more_records: true, next_page_token: null } }] } }, { method: 'GET', path: '/crm/bulk/v8/read/' });
    env!.sim.failNext(resultZip('Id,Last_Name\n555,Page one\n'), { path: '/result' });
    crmJobs(env!.sim.crm).bulkReadPageSize = 1;
    const rows = await rowsOf(leads.bulkRead({ poll: FAST }));
    const queries = [...crmJobs(env!.sim.crm).reads.values()].map((job) => job.query);
    expect(queries[1]).toMatchObject({ page: 2 });
    expect(queries[1]).not.toHaveProperty('page_token');
    // Page 2 of one record in pages of one is empty: only the first page's row comes back.
    expect(rows.map((row) => row['Id'])).toEqual(['555']);
  });

  it.each([
    ['a job created without an id', { method: 'POST', path: '/crm/bulk/v8/read' }, { data: [{ status: 'success', code: 'ADDED_SUCCESSFULLY', message: 'Added', details: {} }] }, ZohoResponseError, /^crm: the bulk read job was created but its id is missing$/],
    ['a poll without the job', { method: 'GET', path: '/crm/bulk/v8/read/' }, { data: [] }, ZohoJobError, /^crm: bulk read job \d+ answered without a state$/],
    ['a poll without a state', { method: 'GET', path: '/crm/bulk/v8/read/' }, { data: [{ id: 'x' }] }, ZohoJobError, /answered without a state$/],
    ['a job COMPLETED without a result', { method: 'GET', path: '/crm/bulk/v8/read/' }, { data: [{ id: 'x', state: 'COMPLETED' }] }, ZohoJobError, /is COMPLETED without a result$/],
  ])('%s is a typed error', async (_name, match, body, type, message) => {
    const leads = await leadsOf(1);
    env!.sim.failNext({ type: 'answer', status: 200, body }, match);
    const error = await caught(() => rowsOf(leads.bulkRead({ poll: FAST })));
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
    if (error instanceof ZohoJobError) expect(error.reason).toBe('bad-result');
  });

  it('an empty download (204) is a ZohoJobError, not an export of nothing', async () => {
    const leads = await leadsOf(1);
    env!.sim.failNext({ type: 'answer', status: 204, body: null }, { path: '/result' });
    const error = await caught(() => rowsOf(leads.bulkRead({ poll: FAST })));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ state: 'COMPLETED', reason: 'bad-result' });
    expect((error as Error).message).toMatch(/^crm: the result of bulk read job \d+ came back empty$/);
  });
});
