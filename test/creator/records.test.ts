import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError } from '../../src/index.js';
import { caught, type SimZoho } from '../support/sim-zoho.js';
import { ANA, APP, creatorEnv, OWNER, seedOrders } from './creator-fixture.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const orders = (e: SimZoho) => e.zoho.as(ANA).creator.app(OWNER, APP).report('All_Orders');
const orderForm = (e: SimZoho) => e.zoho.as(ANA).creator.app(OWNER, APP).form('Order');
const stored = (e: SimZoho) => [...e.sim.creator.records(OWNER, APP, 'Order').values()];

describe('Creator reports: reading', () => {
  it('lists the first page of 200 as a Page with a cursor, and the next page through record_cursor', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 450);
    const first = await orders(env).list();
    expect(first.items).toHaveLength(200);
    expect(first.hasMore).toBe(true);
    expect(first.next?.cursor).toMatch(/^[0-9a-f]+$/);
    const second = await orders(env).list({ ...first.next });
    expect(second.items[0]?.['Email']).toBe('order200@zylker.com');
    const third = await second.nextPage();
    expect(third?.items).toHaveLength(50);
    expect(third?.hasMore).toBe(false);
    expect(third?.next).toBeUndefined();
    expect(await third?.nextPage()).toBeUndefined();
  });

  it('walks on from a Page with for await: every record from that page to the last', async () => {
    env = await creatorEnv();
    const ids = seedOrders(env.sim, 450);
    const seen: string[] = [];
    for await (const record of await orders(env).list()) seen.push(String(record.ID));
    expect(seen).toEqual(ids);
  });

  it('iterates with limit past the first record_cursor page and stops fetching there', async () => {
    env = await creatorEnv();
    const ids = seedOrders(env.sim, 1200);
    env.sim.resetStats();
    const seen: string[] = [];
    for await (const record of orders(env).iterate({ limit: 250, perPage: 200 })) seen.push(String(record.ID));
    expect(seen).toEqual(ids.slice(0, 250));
    // Two pages of 200: the second crossed the first record_cursor; no third was asked for.
    expect(env.sim.stats().requests).toBe(2);
  });

  it('iterates 2,345 records across pages of 1000 with no duplicate and none missing', async () => {
    env = await creatorEnv();
    const ids = seedOrders(env.sim, 2345);
    env.sim.resetStats();
    const seen: string[] = [];
    for await (const record of orders(env).iterate({ perPage: 1000 })) seen.push(String(record.ID));
    expect(seen).toEqual(ids);
    expect(env.sim.stats().requests).toBe(3);
  });

  it('filters with Creator criteria: comparisons, && and ||, parentheses, in, contains', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 30);
    const emails = async (criteria: string) => (await orders(env!).list({ criteria })).items.map((r) => r['Email']);
    expect(await emails('(Status == "Open" && Amount > 20)')).toEqual(['order22@zylker.com', 'order24@zylker.com', 'order26@zylker.com', 'order28@zylker.com']);
    expect(await emails('Amount <= 1 || Amount >= 29')).toEqual(['order0@zylker.com', 'order1@zylker.com', 'order29@zylker.com']);
    expect(await emails('Region in ("East") && Amount < 7 && Status != "Open"')).toEqual(['order3@zylker.com']);
    expect(await emails('Email.contains("der1") && !(Amount > 12)')).toEqual(['order1@zylker.com', 'order10@zylker.com', 'order11@zylker.com', 'order12@zylker.com']);
  });

  it('pages a filtered read: the cursor keeps to the criteria', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 1000);
    const open = [];
    for await (const record of orders(env).iterate({ criteria: 'Status == "Open"' })) open.push(record);
    expect(open).toHaveLength(500);
    expect(open.every((r) => r['Status'] === 'Open')).toBe(true);
  });

  it('returns only the fields asked for, with ID', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    const { items } = await orders(env).list({ fields: ['Email'] });
    expect(Object.keys(items[0]!).sort()).toEqual(['Email', 'ID']);
  });

  it('answers an empty page when nothing matches (Zoho says 3100, HTTP 404)', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 5);
    const empty = await orders(env).list({ criteria: 'Amount > 1000' });
    expect(empty).toMatchObject({ items: [], hasMore: false, next: undefined });
    const all = [];
    for await (const record of orders(env).iterate({ criteria: 'Status == "Nope"' })) all.push(record);
    expect(all).toEqual([]);
  });

  it('quotes interpolated values so input cannot widen a criteria', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 10);
    const { creator } = env.zoho.as(ANA);
    const hostile = 'Open" || Amount > "0';
    expect((await orders(env).list({ criteria: creator.criteria`Status == ${hostile}` })).items).toEqual([]);
    const picked = await orders(env).list({ criteria: creator.criteria`Status == ${'Open'} && Amount in ${[2, 4]}` });
    expect(picked.items.map((r) => r['Amount'])).toEqual([2, 4]);
  });

  it('gets one record by ID, and a missing ID is ZohoError 3190', async () => {
    env = await creatorEnv();
    const [id] = seedOrders(env.sim, 2);
    expect(await orders(env).get(id!)).toMatchObject({ ID: id, Email: 'order0@zylker.com' });
    const error = await caught(() => orders(env!).get('3888833000009999999'));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 3190, status: 404, product: 'creator' });
  });

  it('fails a malformed criteria with a typed error that names it', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 2);
    const error = await caught(() => orders(env!).list({ criteria: 'Status == "Open' }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 1060 });
    expect((error as Error).message).toMatch(/criteria/);
  });
});

describe('Creator reports: writing', () => {
  it('updates the records matching a criteria and reports each one', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 20);
    const results = await orders(env).update('Region == "East"', { Status: 'Shipped' }, { resultFields: ['Status'] });
    expect(results).toHaveLength(7);
    expect(results.every((r) => r.ok && r.applied === true && r.data['Status'] === 'Shipped' && r.id === r.data.ID)).toBe(true);
    expect(results.moreRecords).toBe(false);
    expect(stored(env).filter((r) => r['Status'] === 'Shipped')).toHaveLength(7);
  });

  it('refuses to update more than 200 matches (3960) unless told to process the first 200', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 250);
    const error = await caught(() => orders(env!).update('Amount >= 0', { Status: 'Held' }));
    expect(error).toMatchObject({ code: 3960, status: 200, attempts: 1 });
    expect(stored(env).some((r) => r['Status'] === 'Held')).toBe(false);
    const first = await orders(env).update('Amount >= 0', { Status: 'Held' }, { processUntilLimit: true });
    expect(first).toHaveLength(200);
    expect(first.moreRecords).toBe(true);
  });

  it('reports a value the form rejects as per-record failures, changing nothing', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    const results = await orders(env).update('Amount < 2', { Amount: 'lots' });
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, applied: false, id: expect.any(String), error: { field: 'Amount', code: expect.stringMatching(/^\d+$/) } });
    }
    expect(stored(env).map((r) => r['Amount'])).toEqual([0, 1, 2]);
  });

  it('deletes by criteria, and with all: true deletes 450 matches 200 at a time', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 10);
    const few = await orders(env).delete('Amount < 3');
    expect(few.filter((r) => r.ok)).toHaveLength(3);
    seedOrders(env.sim, 450, 100);
    env.sim.resetStats();
    const many = await orders(env).delete('Amount >= 100', { all: true });
    expect(many.filter((r) => r.ok)).toHaveLength(450);
    expect(many.moreRecords).toBe(false);
    expect(env.sim.stats().requests).toBe(3);
    expect(stored(env)).toHaveLength(7);
    const none = await orders(env).delete('Amount > 99999');
    expect([...none]).toEqual([]);
    expect(none.moreRecords).toBe(false);
  });

  it('updates and deletes one record by ID', async () => {
    env = await creatorEnv();
    const [first, second] = seedOrders(env.sim, 2);
    expect(await orders(env).updateById(first!, { Status: 'Paid' }, { resultFields: ['Status'] })).toEqual({ ID: first, Status: 'Paid' });
    await orders(env).deleteById(second!);
    expect(stored(env).map((r) => [r.ID, r['Status']])).toEqual([[first, 'Paid']]);
    expect(await caught(() => orders(env!).deleteById(second!))).toMatchObject({ code: 3190 });
    expect(await caught(() => orders(env!).updateById(first!, { Email: 'not-an-email' }))).toMatchObject({ code: 3070, status: 200, details: { Email: expect.any(String) } });
  });
});

describe('Creator forms', () => {
  it('adds 1000 rows in five requests of 200 and returns 970 ok and 30 precise errors aligned with the input', async () => {
    env = await creatorEnv();
    const rows = Array.from({ length: 1000 }, (_, i) => (i % 33 === 5 && i < 990 ? { Email: `bad-${i}`, Amount: i } : { Email: `row${i}@zylker.com`, Amount: i }));
    const invalid = rows.flatMap((row, i) => (String(row.Email).startsWith('bad') ? [i] : []));
    expect(invalid).toHaveLength(30);
    env.sim.resetStats();
    const results = await orderForm(env).add(rows, { resultFields: ['Email'] });
    expect(env.sim.stats().requests).toBe(5);
    expect(results).toHaveLength(1000);
    expect(results.filter((r) => r.ok)).toHaveLength(970);
    for (const i of invalid) {
      expect(results[i]).toMatchObject({
        ok: false,
        applied: false,
        error: { code: '3001', field: 'Email', message: expect.stringContaining('Enter a valid email address'), details: { Email: 'Enter a valid email address' } },
        raw: { code: 3001, error: { Email: 'Enter a valid email address' } },
      });
    }
    expect(results[0]).toMatchObject({ ok: true, applied: true, data: { Email: 'row0@zylker.com' }, raw: { code: 3000 } });
    expect(results[999]).toMatchObject({ ok: true, data: { Email: 'row999@zylker.com' } });
    const okIds = results.flatMap((r) => (r.ok ? [r.id] : []));
    expect(new Set(okIds).size).toBe(970);
    expect(stored(env)).toHaveLength(970);
  });

  it('reports a missing mandatory field and a duplicate unique value on their own rows', async () => {
    env = await creatorEnv();
    const results = await orderForm(env).add([{ Email: 'a@zylker.com' }, { Amount: 3 }, { Email: 'a@zylker.com' }]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(results[1]).toMatchObject({ applied: false, error: { field: 'Email', details: { Email: 'Enter a value for Email' } } });
    expect(results[2]).toMatchObject({ applied: false, error: { field: 'Email', details: { Email: 'Email already exists' } } });
  });

  it('throws when the first request fails: nothing was added', async () => {
    env = await creatorEnv();
    env.sim.creator.remainingDailyCalls = 0;
    const error = await caught(() => orderForm(env!).add([{ Email: 'a@zylker.com' }]));
    expect(error).toMatchObject({ code: 4000 });
    expect(stored(env)).toHaveLength(0);
  });

  it('keeps what was added when a later request fails, and marks the rest with the cause', async () => {
    env = await creatorEnv();
    env.sim.creator.remainingDailyCalls = 1;
    const rows = Array.from({ length: 450 }, (_, i) => ({ Email: `r${i}@zylker.com` }));
    const results = await orderForm(env).add(rows);
    expect(results).toHaveLength(450);
    expect(results.slice(0, 200).every((r) => r.ok)).toBe(true);
    expect(results.slice(200).every((r) => !r.ok && r.applied === false && r.error.code === '4000' && r.error.cause instanceof ZohoError)).toBe(true);
    expect(stored(env)).toHaveLength(200);
  });
});
