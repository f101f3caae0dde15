/**
 * Creator at its edges: per-record answers in every shape Creator sends (no message, an
 * error as text, a list or one field per key), answers that miss their key or misalign the
 * rows, and the less common options of add, get and updateById.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoResponseError } from '../../src/index.js';
import { caught, type SimZoho } from '../support/sim-zoho.js';
import { ANA, APP, creatorEnv, OWNER, seedOrders } from './creator-fixture.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const app = (e: SimZoho) => e.zoho.as(ANA).creator.app(OWNER, APP);
const answer = (body: unknown) => ({ type: 'answer' as const, status: 200, body });
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ Email: `r${i}@zylker.com` }));

describe('Creator per-record results in every shape', () => {
  it.each([
    { name: 'a success without a message', result: { code: 3000, data: { ID: '41' } }, expected: { ok: true, id: '41', message: '', data: { ID: '41' } } },
    {
      name: 'a failure with neither message nor error',
      result: { code: 3001 },
      expected: { ok: false, applied: false, id: undefined, error: expect.objectContaining({ code: '3001', message: 'Creator answered code 3001 for this record', field: undefined }) },
    },
    {
      name: 'an error as text',
      result: { code: 3002, message: 'Invalid', error: 'Email is taken' },
      expected: { ok: false, error: expect.objectContaining({ code: '3002', message: 'Invalid: Email is taken', field: undefined }) },
    },
    {
      name: 'an error as a list',
      result: { code: 3002, error: ['first problem', 'second problem'] },
      expected: { ok: false, error: expect.objectContaining({ message: 'first problem; second problem', field: undefined }) },
    },
    {
      name: 'errors on two fields (no single field to blame)',
      result: { code: 3002, message: 'Data Validation Failed', error: { Email: 'Enter a valid email', Amount: 'Enter a number' } },
      expected: { ok: false, error: expect.objectContaining({ message: 'Data Validation Failed: Email: Enter a valid email; Amount: Enter a number', field: undefined }) },
    },
    {
      name: 'an error on one field',
      result: { code: 3002, message: 'Data Validation Failed', error: { Email: 'Enter a valid email' } },
      expected: { ok: false, error: expect.objectContaining({ message: 'Data Validation Failed: Email: Enter a valid email', field: 'Email' }) },
    },
  ])('add() reads $name', async ({ result, expected }) => {
    env = await creatorEnv();
    env.sim.failNext(answer({ code: 3000, result: [result] }), { method: 'POST', path: '/form/Order' });
    const [only] = await app(env).form('Order').add(rows(1));
    expect(only).toMatchObject(expected);
    expect(only!.raw).toEqual(result);
  });

  it('refuses an answer with fewer results than records, which would misalign them', async () => {
    env = await creatorEnv();
    env.sim.failNext(answer({ code: 3000, result: [{ code: 3000, data: { ID: '1' } }] }), { method: 'POST', path: '/form/Order' });
    const error = await caught(() => app(env!).form('Order').add(rows(2)));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe('creator: Add Records to Order answered 1 results for 2 records');
  });

  it('calls a success answer without its "result" a ZohoResponseError', async () => {
    env = await creatorEnv();
    env.sim.failNext(answer({ code: 3000 }), { method: 'POST', path: '/form/Order' });
    const error = await caught(() => app(env!).form('Order').add(rows(1)));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('creator: Add Records to Order answered without "result"');
  });

  it('adds with workflows skipped', async () => {
    env = await creatorEnv();
    const [added] = await app(env).form('Order').add(rows(1), { skipWorkflow: ['form_workflow'] });
    expect(added).toMatchObject({ ok: true });
    expect([...env.sim.creator.records(OWNER, APP, 'Order').values()].map((r) => r['Email'])).toEqual(['r0@zylker.com']);
  });
});

describe('Creator single records at the edges', () => {
  it('get() with `fields` answers the ID and those fields only', async () => {
    env = await creatorEnv();
    const [id] = seedOrders(env.sim, 1);
    const record = await app(env).report('All_Orders').get(id!, { fields: ['Email'] });
    expect(record).toEqual({ ID: id, Email: 'order0@zylker.com' });
  });

  it('updateById() answers the ID alone when Zoho sends no data back', async () => {
    env = await creatorEnv();
    const [id] = seedOrders(env.sim, 1);
    env.sim.failNext(answer({ code: 3000, message: 'Data Updated Successfully' }), { method: 'PATCH' });
    expect(await app(env).report('All_Orders').updateById(id!, { Status: 'Shipped' })).toEqual({ ID: id });
  });
});

describe('Creator bulk read of a job answered without its result', () => {
  it('yields nothing and reports a job of 0 records', async () => {
    env = await creatorEnv({ transport: 'http' });
    seedOrders(env.sim, 2);
    env.sim.failNext(answer({ code: 3000, details: { id: '1', status: 'Completed' } }), { method: 'GET', path: '/bulk/' });
    const jobs: unknown[] = [];
    const out: unknown[] = [];
    for await (const row of app(env).report('All_Orders').bulkRead({ pollIntervalMs: 1, onJob: (job) => jobs.push(job) })) out.push(row);
    expect(out).toEqual([]);
    expect(jobs).toEqual([{ id: '1', count: 0, more: false }]);
  });
});

describe('Creator bulk read download without a body', () => {
  it('is a ZohoResponseError naming the job', async () => {
    env = await creatorEnv({ transport: 'http' });
    seedOrders(env.sim, 2);
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, { method: 'GET', path: '/result' });
    const error = await caught(async () => {
      for await (const row of app(env!).report('All_Orders').bulkRead({ pollIntervalMs: 1 })) void row;
    });
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/^creator: bulk read job \d+: the download has no body$/);
  });
});
