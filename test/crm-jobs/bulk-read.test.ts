import { afterEach, describe, expect, it } from 'vitest';
import { ZohoConnectionError, ZohoJobError, ZohoRateLimitError, ZohoResponseError } from '../../src/index.js';
import { zipCsvRows } from '../../src/bulk/zip-csv-rows.js';
import { buildCsvZip } from '../../src/testing/crm/jobs/bulk-zip.js';
import { DownloadQuota } from '../../src/crm/files/download-quota.js';
import { crmJobs } from '../../src/testing/crm/jobs/crm-jobs-state.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const FAST = { intervalMs: 1, maxIntervalMs: 5 };
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** Seeds `count` Leads straight into the simulator's state; returns their ids in order. */
function seedLeads(sim: SimZoho['sim'], count: number): string[] {
  const leads = sim.crm.module('Leads');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = sim.crm.newId();
    ids.push(id);
    leads.set(id, {
      id,
      Last_Name: `Lead ${i}`,
      Email: `lead${i}@example.com`,
      Company: i % 3 === 0 ? 'Acme, "the" Company' : `Company ${i % 97}`,
      Annual_Revenue: i * 10,
      Owner: { id: '111', name: 'Ana' },
    });
  }
  return ids;
}

describe('CRM bulk read', () => {
  it('streams 100,000 Leads, reading the ZIP only as fast as the rows are consumed', async () => {
    env = await simZoho({ users: [ANA] });
    seedLeads(env.sim, 100_000);
    const jobs = crmJobs(env.sim.crm);
    const leads = env.zoho.as(ANA).crm.module('Leads');

    let count = 0;
    let withQuotes = 0;
    // After each 5,000 rows: how much of the row stream is consumed, and how much of the ZIP was served.
    const checkpoints: { rows: number; served: number }[] = [];
    for await (const row of leads.bulkRead({ fields: ['Last_Name', 'Email', 'Company', 'Annual_Revenue'], poll: FAST })) {
      count++;
      if (row['Company'] === 'Acme, "the" Company') withQuotes++;
      if (count % 5_000 === 0) {
        const download = jobs.downloads.at(-1)!;
        checkpoints.push({ rows: count / 100_000, served: download.bytesServed / download.totalBytes });
      }
    }

    expect(count).toBe(100_000);
    expect(withQuotes).toBe(33_334);
    expect(jobs.downloads).toHaveLength(1);
    expect(jobs.downloads[0]!.totalBytes).toBeGreaterThan(500_000);
    // Never more than a couple of 16 KB slices ahead of the rows handed out: the CSV is
    // parsed while it arrives, never downloaded or inflated whole first.
    for (const point of checkpoints) expect(point.served).toBeLessThanOrEqual(point.rows + 0.05);
    expect(checkpoints[0]!.served).toBeLessThan(0.1);
  });

  it('streams the same way over real HTTP (undici), page after page', async () => {
    env = await simZoho({ users: [ANA], transport: 'http' });
    const ids = seedLeads(env.sim, 20_000);
    crmJobs(env.sim.crm).bulkReadPageSize = 8_000;
    const seen: string[] = [];
    for await (const row of env.zoho.as(ANA).crm.module('Leads').bulkRead({ fields: ['Email'], poll: FAST })) seen.push(row['Id']!);
    expect(seen).toEqual(ids);
    expect(crmJobs(env.sim.crm).downloads.map((d) => d.done)).toEqual([true, true, true]);
  });

  it('follows more_records with next_page_token until every record is read once', async () => {
    env = await simZoho({ users: [ANA] });
    const ids = seedLeads(env.sim, 2_500);
    const jobs = crmJobs(env.sim.crm);
    jobs.bulkReadPageSize = 1_000;
    const pages: { page: number; pageCount?: number; moreRecords?: boolean }[] = [];

    const seen: string[] = [];
    for await (const row of env.zoho.as(ANA).crm.module('Leads').bulkRead({
      fields: ['Last_Name'],
      poll: FAST,
      onProgress: ({ page, state, pageCount, moreRecords }) => {
        if (state === 'COMPLETED') pages.push({ page, ...(pageCount !== undefined ? { pageCount } : {}), ...(moreRecords !== undefined ? { moreRecords } : {}) });
      },
    })) {
      seen.push(row['Id']!);
    }

    expect(seen).toEqual(ids);
    expect(pages).toEqual([
      { page: 1, pageCount: 1_000, moreRecords: true },
      { page: 2, pageCount: 1_000, moreRecords: true },
      { page: 3, pageCount: 500, moreRecords: false },
    ]);
    const queries = [...jobs.reads.values()].map((job) => job.query);
    expect(queries[0]).toMatchObject({ page: 1 });
    expect(queries[1]).toHaveProperty('page_token');
    expect(queries[2]).toHaveProperty('page_token');
  });

  it('exports only the requested fields of the records that match the criteria', async () => {
    env = await simZoho({ users: [ANA] });
    seedLeads(env.sim, 300);
    const rows = [];
    for await (const row of env.zoho.as(ANA).crm.module('Leads').bulkRead({
      fields: ['Last_Name', 'Owner'],
      criteria: {
        group_operator: 'and',
        group: [
          { field: { api_name: 'Annual_Revenue' }, comparator: 'greater_equal', value: 2_000 },
          { field: { api_name: 'Company' }, comparator: 'starts_with', value: 'Acme' },
        ],
      },
      poll: FAST,
    })) {
      rows.push(row);
    }
    // Annual_Revenue = i * 10 ≥ 2,000 → i ≥ 200; Acme every third lead → i = 201, 204, ... 297.
    expect(rows).toHaveLength(33);
    expect(Object.keys(rows[0]!)).toEqual(['Id', 'Last_Name', 'Owner']);
    expect(rows[0]).toMatchObject({ Last_Name: 'Lead 201', Owner: '111' });
  });

  it('reports a page of 200,000 records per job, as Zoho does', async () => {
    env = await simZoho({ users: [ANA] });
    seedLeads(env.sim, 10);
    const api = env.zoho.as(ANA).crm.api;
    const { data: created } = await api.POST('/crm/bulk/v8/read', { body: { query: { module: { api_name: 'Leads' } } } });
    const jobId = created!.data[0]!.details.id!;
    const states: string[] = [];
    let result;
    for (let poll = 0; poll < 5 && !result; poll++) {
      const { data } = await api.GET('/crm/bulk/v8/read/{job_id}', { params: { path: { job_id: jobId } } });
      states.push(data!.data[0]!.state!);
      result = data!.data[0]!.result;
      if (!result) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(states.slice(0, 3)).toEqual(['QUEUED', 'IN PROGRESS', 'COMPLETED']);
    expect(result).toEqual({ page: 1, count: 10, per_page: 200_000, more_records: false, next_page_token: null, download_url: `/crm/bulk/v8/read/${jobId}/result` });
  });

  it('throws ZohoJobError with the job id when the job ends in FAILURE', async () => {
    env = await simZoho({ users: [ANA] });
    seedLeads(env.sim, 10);
    crmJobs(env.sim.crm).failNextBulkRead();
    const error = await caught(async () => {
      for await (const _row of env!.zoho.as(ANA).crm.module('Leads').bulkRead({ poll: FAST })) void _row;
    });
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ product: 'crm', state: 'FAILURE', reason: 'failed', jobId: [...crmJobs(env.sim.crm).reads.keys()][0] });
  });

  it('cancels the download and the prefetched next job when the loop stops early', async () => {
    env = await simZoho({ users: [ANA] });
    seedLeads(env.sim, 3_000);
    const jobs = crmJobs(env.sim.crm);
    jobs.bulkReadPageSize = 1_000;
    let read = 0;
    for await (const _row of env.zoho.as(ANA).crm.module('Leads').bulkRead({ poll: FAST })) {
      if (++read === 10) break;
    }
    const pollsAfterBreak = [...jobs.reads.values()].map((job) => job.polls);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(jobs.downloads).toHaveLength(1);
    expect(jobs.downloads[0]!.done).toBe(false);
    // The second page's job was started early, and stopped being polled at the break.
    expect(jobs.reads.size).toBe(2);
    expect([...jobs.reads.values()].map((job) => job.polls)).toEqual(pollsAfterBreak);
  });

  it('stops with the caller\'s reason when its signal aborts mid-export', async () => {
    env = await simZoho({ users: [ANA] });
    seedLeads(env.sim, 5_000);
    const controller = new AbortController();
    let read = 0;
    const error = await caught(async () => {
      for await (const _row of env!.zoho.as(ANA).crm.module('Leads').bulkRead({ poll: FAST, signal: controller.signal })) {
        if (++read === 100) controller.abort(new Error('user pressed cancel'));
      }
    });
    expect(error).toMatchObject({ message: 'user pressed cancel' });
    expect(read).toBe(100);
    expect(crmJobs(env.sim.crm).downloads[0]!.done).toBe(false);
  });

  it('turns a download cut off mid-ZIP into ZohoConnectionError', async () => {
    const zip = await buildCsvZip('cut.csv', ['Id', 'Name'], Array.from({ length: 20_000 }, (_, i) => [String(i), `Name ${i}`]));
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(zip.subarray(0, zip.length >> 1));
        else controller.error(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
      },
    });
    let rows = 0;
    const error = await caught(async () => {
      for await (const _row of zipCsvRows(body)) rows++;
    });
    expect(error).toBeInstanceOf(ZohoConnectionError);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    expect(rows).toBeGreaterThan(0);
  });

  it('turns a result that is not a ZIP into ZohoResponseError', async () => {
    env = await simZoho({ users: [ANA] });
    seedLeads(env.sim, 10);
    env.sim.failNext({ type: 'malformed', kind: 'text-200' }, { path: '/result' });
    const error = await caught(async () => {
      for await (const _row of env!.zoho.as(ANA).crm.module('Leads').bulkRead({ poll: FAST })) void _row;
    });
    expect(error).toBeInstanceOf(ZohoResponseError);
  });

  it('refuses an 11th result download within a minute with 429 and Retry-After', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    env = await simZoho({ users: [ANA], sim: { now: () => now }, zoho: { retry: false } });
    seedLeads(env.sim, 5);
    const api = env.zoho.as(ANA).crm.api;
    const { data: created } = await api.POST('/crm/bulk/v8/read', { body: { query: { module: { api_name: 'Leads' } } } });
    const job_id = created!.data[0]!.details.id!;
    const job = crmJobs(env.sim.crm).reads.get(job_id)!;
    await job.ready;
    for (let poll = 0; poll < 3; poll++) await api.GET('/crm/bulk/v8/read/{job_id}', { params: { path: { job_id } } });
    const download = async () => {
      const { data } = await api.GET('/crm/bulk/v8/read/{job_id}/result', { params: { path: { job_id } }, parseAs: 'stream' });
      await data?.cancel();
    };
    for (let i = 0; i < 10; i++) {
      now += 1_000;
      await download();
    }
    const error = await caught(download);
    expect(error).toBeInstanceOf(ZohoRateLimitError);
    expect((error as ZohoRateLimitError).retryAfterMs).toBe(51_000);
    now += 51_000;
    await download();
  });

  it('spaces downloads so that no more than 10 start within any minute', async () => {
    let now = 0;
    const waits: number[] = [];
    const quota = new DownloadQuota(10, 60_000, {
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    const starts: number[] = [];
    for (let i = 0; i < 25; i++) {
      await quota.take();
      starts.push(now);
      now += 1_000;
    }
    for (let i = 10; i < starts.length; i++) expect(starts[i]! - starts[i - 10]!).toBeGreaterThanOrEqual(60_000);
    expect(waits).toHaveLength(2);
    expect(starts.at(-1)).toBe(124_000);
  });
});
