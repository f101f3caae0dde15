/**
 * Creator bulk reads when the job answers something other than the happy path: an empty
 * result with no file, a completed job without its download_url, a job that outlives
 * maxWaitMs, and a result file that is not ready at first (codes 11110/11120). Answers are
 * served by the simulator over HTTP. And the criteria template's quoting, as a table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { creatorCriteria, ZohoError, ZohoResponseError, ZohoTimeoutError } from '../../src/index.js';
import { caught, type SimZoho } from '../support/sim-zoho.js';
import { ANA, APP, creatorEnv, OWNER, seedOrders } from './creator-fixture.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const JOB_PATH = `/creator/v2.1/bulk/${OWNER}/${APP}/report/All_Orders/read/`;
const report = () => env!.zoho.as(ANA).creator.app(OWNER, APP).report('All_Orders');

async function rows(options: { pollIntervalMs?: number; maxWaitMs?: number } = {}): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const row of report().bulkRead({ pollIntervalMs: 1, ...options })) out.push(row);
  return out;
}

const jobAnswer = (details: object) => ({ type: 'answer' as const, status: 200, body: { code: 3000, details } });

describe('Creator bulk read: job answers', () => {
  it('a completed job with no records and no file yields nothing', async () => {
    env = await creatorEnv({ transport: 'http' });
    env.sim.failNext(jobAnswer({ id: '1', status: 'Completed', result: { count: 0 } }), { method: 'GET', path: JOB_PATH });
    expect(await rows()).toEqual([]);
  });

  it('a completed job with records but no download_url is a ZohoResponseError', async () => {
    env = await creatorEnv({ transport: 'http' });
    seedOrders(env.sim, 3);
    env.sim.failNext(jobAnswer({ id: '1', status: 'COMPLETED', result: { count: 3 } }), { method: 'GET', path: JOB_PATH });
    const error = await caught(() => rows());
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('creator: bulk read job 1 completed without a download_url');
  });

  it('a job still in progress after maxWaitMs is a ZohoTimeoutError', async () => {
    env = await creatorEnv({ transport: 'http' });
    seedOrders(env.sim, 3);
    env.sim.failNext(jobAnswer({ id: '1', status: 'In-progress' }), { method: 'GET', path: JOB_PATH, times: 1_000 });
    const error = await caught(() => rows({ pollIntervalMs: 5, maxWaitMs: 30 }));
    expect(error).toBeInstanceOf(ZohoTimeoutError);
    expect((error as Error).message).toContain('bulk read job');
  });

  it('waits while the result file is not ready (11110), then streams it', async () => {
    env = await creatorEnv({ transport: 'http' });
    seedOrders(env.sim, 4);
    env.sim.failNext({ type: 'answer', status: 200, body: { code: 11110, message: 'The file is being prepared' } }, { method: 'GET', path: '/result', times: 2 });
    expect(await rows()).toHaveLength(4);
  });

  it('a result file never ready within maxWaitMs surfaces Zoho\'s code', async () => {
    env = await creatorEnv({ transport: 'http' });
    seedOrders(env.sim, 4);
    env.sim.failNext({ type: 'answer', status: 200, body: { code: 11120, message: 'Not ready' } }, { method: 'GET', path: '/result', times: 1_000 });
    const error = await caught(() => rows({ pollIntervalMs: 5, maxWaitMs: 40 }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ product: 'creator', code: 11120 });
  });
});

describe('creatorCriteria quotes every value', () => {
  it.each<{ name: string; build: () => string; criteria: string }>([
    { name: 'text', build: () => creatorCriteria`Status == ${'Open'}`, criteria: 'Status == "Open"' },
    { name: 'quotes and backslashes', build: () => creatorCriteria`Name == ${'say "hi" \\ bye'}`, criteria: 'Name == "say \\"hi\\" \\\\ bye"' },
    { name: 'an attempt to widen the filter', build: () => creatorCriteria`Email == ${'x" || true || "'}`, criteria: 'Email == "x\\" || true || \\""' },
    { name: 'numbers and booleans bare', build: () => creatorCriteria`Amount > ${100} && Paid == ${true}`, criteria: 'Amount > 100 && Paid == true' },
    { name: 'null', build: () => creatorCriteria`Region == ${null}`, criteria: 'Region == null' },
    { name: 'a list for in', build: () => creatorCriteria`Region in ${['East', 'West', 3]}`, criteria: 'Region in ("East","West",3)' },
    { name: 'no values', build: () => creatorCriteria`Status != "Closed"`, criteria: 'Status != "Closed"' },
  ])('$name', ({ build, criteria }) => {
    expect(build()).toBe(criteria);
  });

  it('refuses a number Deluge cannot spell', () => {
    expect(() => creatorCriteria`Amount > ${Number.NaN}`).toThrow(RangeError);
    expect(() => creatorCriteria`Amount in ${[1, Number.POSITIVE_INFINITY]}`).toThrow('creatorCriteria: Infinity is not a finite number');
  });
});
