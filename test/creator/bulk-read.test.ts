import { afterEach, describe, expect, it } from 'vitest';
import { createZoho, ZohoAuthError, ZohoError, ZohoJobError, ZohoResponseError } from '../../src/index.js';
import type { CreatorBulkReadJobInfo } from '../../src/creator/bulk-read.js';
import { caught, type SimZoho } from '../support/sim-zoho.js';
import { ANA, APP, creatorEnv, OWNER, seedOrders } from './creator-fixture.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const BULK_USER = 'bulk@example.com';
const orders = (e: SimZoho, user = ANA) => e.zoho.as(user).creator.app(OWNER, APP).report('All_Orders');
const onlyJob = (e: SimZoho) => {
  const jobs = [...e.sim.creator.bulkJobs.values()];
  expect(jobs).toHaveLength(1);
  return jobs[0]!;
};
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('Creator bulk read', () => {
  it('streams 50,000 records in bounded memory: rows flow before a tenth of the ZIP is read, and reading pauses when the consumer does', async () => {
    env = await creatorEnv();
    const ids = seedOrders(env.sim, 50_000);
    let servedAtFirstRow = -1;
    let servedAfterPause = -1;
    let count = 0;
    let amountSum = 0;
    for await (const row of orders(env).bulkRead({ pollIntervalMs: 1 })) {
      if (count === 0) {
        servedAtFirstRow = onlyJob(env).bytesServed;
        // A slow consumer: if the client buffered ahead, the download would run on now.
        await pause();
        servedAfterPause = onlyJob(env).bytesServed;
      }
      if (row['ID'] !== ids[count]) throw new Error(`row ${count} is ${row['ID']}, expected ${ids[count]}`);
      amountSum += Number(row['Amount']);
      count++;
    }
    const job = onlyJob(env);
    // The reader stops once the CSV entry ends, so the ZIP's trailing directory may never be
    // asked for: what was served by the last row stands for the whole download.
    const total = job.zipBytes ?? job.bytesServed;
    expect(count).toBe(50_000);
    expect(amountSum).toBe((49_999 * 50_000) / 2);
    expect(total).toBeGreaterThan(100_000);
    expect(servedAtFirstRow).toBeGreaterThan(0);
    expect(servedAtFirstRow).toBeLessThan(total / 10);
    expect(servedAfterPause).toBeLessThan(total / 10);
  });

  it('follows the next-batch record_cursor until no batch remains: 25,000 records at 10,000 per job', async () => {
    env = await creatorEnv();
    const ids = seedOrders(env.sim, 25_000);
    env.sim.creator.bulkBatchLimit = 10_000;
    const jobs: CreatorBulkReadJobInfo[] = [];
    const seen: string[] = [];
    for await (const row of orders(env).bulkRead({ pollIntervalMs: 1, onJob: (job) => jobs.push(job) })) seen.push(row['ID']!);
    expect(jobs.map((job) => [job.count, job.more])).toEqual([[10_000, true], [10_000, true], [5_000, false]]);
    expect(seen).toEqual(ids);
  });

  it('exports only the matching records and the fields asked for (plus ID)', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 1000);
    const rows = [];
    for await (const row of orders(env).bulkRead({ criteria: 'Status == "Open" && Region == "East"', fields: ['Email', 'Amount'], pollIntervalMs: 1 })) rows.push(row);
    expect(rows).toHaveLength(167);
    expect(Object.keys(rows[0]!)).toEqual(['ID', 'Email', 'Amount']);
    expect(rows[1]).toMatchObject({ Email: 'order6@zylker.com', Amount: '6' });
  });

  it('never parses the ZIP download as JSON (the seed\'s bug): the body is a ZIP, and it comes out as rows', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 10);
    const rows = [];
    for await (const row of orders(env).bulkRead({ pollIntervalMs: 1 })) rows.push(row);
    expect(rows.map((r) => r['Email'])).toEqual(Array.from({ length: 10 }, (_, i) => `order${i}@zylker.com`));
    // What the seed did: take the download as JSON. The bytes are a ZIP, so that cannot work.
    const job = onlyJob(env);
    const { data, response } = await env.zoho.as(ANA).creator.api.GET('/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read/{job_id}/result', {
      params: { path: { account_owner_name: OWNER, app_link_name: APP, report_link_name: 'All_Orders', job_id: job.id } },
      parseAs: 'arrayBuffer',
    });
    expect(response.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(data as ArrayBuffer);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(() => JSON.parse(new TextDecoder().decode(bytes))).toThrow(SyntaxError);
  });

  it('downloads from the token\'s API host: the relative download_url is resolved there, never elsewhere', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 5);
    const simOrigin = env.sim.dataCenter.api;
    const seen: string[] = [];
    // The configured API host is not the simulator: only the token's api_domain (the
    // simulator, where the grant was made) reaches it, through the transport's re-pointing.
    const zoho = createZoho({
      credentials: { clientId: env.clientId, clientSecret: env.clientSecret },
      dataCenter: { ...env.sim.dataCenter, api: 'https://www.zohoapis.invalid' },
      store: env.zoho.store,
      fetch: (request: Request) => {
        seen.push(request.url);
        if (!request.url.startsWith(simOrigin)) throw new TypeError(`unexpected host in ${request.url}`);
        return env!.sim.fetch(request);
      },
    });
    let count = 0;
    for await (const row of zoho.as(ANA).creator.app(OWNER, APP).report('All_Orders').bulkRead({ pollIntervalMs: 1 })) count += row['ID'] ? 1 : 0;
    expect(count).toBe(5);
    const job = onlyJob(env);
    expect(seen.at(-1)).toBe(`${simOrigin}/creator/v2.1/bulk/${OWNER}/${APP}/report/All_Orders/read/${job.id}/result`);
    expect(seen.every((url) => url.startsWith(simOrigin))).toBe(true);
  });

  it('runs every bulk call on the override user\'s token, whose scopes the report user lacks', async () => {
    env = await creatorEnv();
    const { sim, zoho, clientId } = env;
    seedOrders(sim, 300);
    sim.creator.requireScopes = true;
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: 'reader@example.com', scopes: ['ZohoCreator.report.READ'] }), user: 'reader@example.com' });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: BULK_USER, scopes: ['ZohoCreator.bulk.CREATE', 'ZohoCreator.bulk.READ'] }), user: BULK_USER });
    const report = orders(env, 'reader@example.com');

    const refused = await caught(async () => {
      for await (const row of report.bulkRead({ pollIntervalMs: 1 })) void row;
    });
    expect(refused).toBeInstanceOf(ZohoAuthError);
    expect(refused).toMatchObject({ reason: 'forbidden', code: 2945, user: 'reader@example.com' });

    sim.resetStats();
    let count = 0;
    for await (const row of report.bulkRead({ user: BULK_USER, pollIntervalMs: 1 })) count += row['ID'] ? 1 : 0;
    expect(count).toBe(300);
    // Create, one poll, one download: all on the bulk token; none on the reader's.
    expect(sim.stats().requestsByUser).toEqual({ [BULK_USER]: 3 });
    // The reader's own token still reads the report.
    expect((await report.list()).items).toHaveLength(200);
  });

  it('creates jobs on the createUser\'s token and polls and downloads on the readUser\'s, each lacking the other\'s scope', async () => {
    env = await creatorEnv();
    const { sim, zoho, clientId } = env;
    seedOrders(sim, 30);
    sim.creator.requireScopes = true;
    const creatorUser = 'creates@example.com';
    const readerUser = 'reads@example.com';
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: creatorUser, scopes: ['ZohoCreator.bulk.CREATE'] }), user: creatorUser });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: readerUser, scopes: ['ZohoCreator.bulk.READ'] }), user: readerUser });
    const report = orders(env);

    // Either token alone is refused at the step it lacks the scope for.
    expect(await caught(async () => {
      for await (const row of report.bulkRead({ user: creatorUser, pollIntervalMs: 1 })) void row;
    })).toMatchObject({ reason: 'forbidden', code: 2945, user: creatorUser });
    expect(await caught(async () => {
      for await (const row of report.bulkRead({ user: readerUser, pollIntervalMs: 1 })) void row;
    })).toMatchObject({ reason: 'forbidden', code: 2945, user: readerUser });

    sim.resetStats();
    let count = 0;
    for await (const row of report.bulkRead({ createUser: creatorUser, readUser: readerUser, pollIntervalMs: 1 })) count += row['ID'] ? 1 : 0;
    expect(count).toBe(30);
    // One create on the creating token; one poll and one download on the reading one.
    expect(sim.stats().requestsByUser).toEqual({ [creatorUser]: 1, [readerUser]: 2 });
  });

  it('polls an in-progress job until it completes', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    env.sim.creator.bulkPollsUntilDone = 4;
    env.sim.resetStats();
    const rows = [];
    for await (const row of orders(env).bulkRead({ pollIntervalMs: 1 })) rows.push(row);
    expect(rows).toHaveLength(3);
    expect(onlyJob(env).polls).toBe(4);
    expect(env.sim.stats().requests).toBe(1 + 4 + 1);
  });

  it('surfaces a failed job as ZohoJobError BULK_READ_FAILED, without downloading', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    env.sim.creator.failBulkJobs = 1;
    const error = await caught(async () => {
      for await (const row of orders(env!).bulkRead({ pollIntervalMs: 1 })) void row;
    });
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ code: 'BULK_READ_FAILED', product: 'creator', reason: 'failed' });
    expect(onlyJob(env).bytesServed).toBe(0);
  });

  it('stops the download when the consumer stops reading', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 20_000);
    let taken = 0;
    for await (const row of orders(env).bulkRead({ pollIntervalMs: 1 })) {
      void row;
      if (++taken === 10) break;
    }
    await pause();
    const job = onlyJob(env);
    expect(job.zipBytes).toBeUndefined();
    expect(job.bytesServed).toBeLessThan(60_000);
  });

  it('turns a non-ZIP answer where the ZIP was due into ZohoResponseError', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    env.sim.failNext({ type: 'malformed', kind: 'text-200' }, { path: '/result' });
    const error = await caught(async () => {
      for await (const row of orders(env!).bulkRead({ pollIntervalMs: 1 })) void row;
    });
    expect(error).toBeInstanceOf(ZohoResponseError);
  });

  it('works over real HTTP: headers, ZIP bytes and all', async () => {
    env = await creatorEnv({ transport: 'http' });
    const ids = seedOrders(env.sim, 5_000);
    const seen: string[] = [];
    for await (const row of orders(env).bulkRead({ pollIntervalMs: 1 })) seen.push(row['ID']!);
    expect(seen).toEqual(ids);
    const page = await orders(env).list();
    const next = await page.nextPage();
    expect(next?.items[0]?.ID).toBe(ids[200]);
  });
});
