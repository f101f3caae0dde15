import { afterEach, describe, expect, it } from 'vitest';
import { criteria, ZohoLimitError, type CrmRecordData } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function collect(iterator: AsyncIterable<CrmRecordData>): Promise<CrmRecordData[]> {
  const out: CrmRecordData[] = [];
  for await (const record of iterator) out.push(record);
  return out;
}

const listCalls = (e: CrmEnv) => e.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/crm/v8/Leads');

describe('module.records.list as a Page', () => {
  it('walks 2,300 Leads with for await over the first page: by page to 2,000, then by page_token', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2_300);
    const first = await env.crm.module('Leads').records.list({ fields: ['Last_Name'] });
    expect(first).toMatchObject({ hasMore: true, next: { page: 2 } });
    const seen: string[] = [];
    for await (const record of first) seen.push(record.id!);
    expect(seen).toHaveLength(2_300);
    expect(new Set(seen)).toEqual(new Set(ids));
    const calls = listCalls(env);
    expect(calls).toHaveLength(12);
    expect(calls.slice(10).every((c) => c.url.searchParams.has('page_token') && !c.url.searchParams.has('page'))).toBe(true);
  });

  it('follows nextPage() past 2,000 records, the 11th page by page_token, and ends with undefined', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 2_300);
    let page = await env.crm.module('Leads').records.list({ fields: ['Last_Name'] });
    const sizes = [page.items.length];
    const nexts = [page.next];
    for (let next = await page.nextPage(); next; next = await next.nextPage()) {
      page = next;
      sizes.push(page.items.length);
      nexts.push(page.next);
    }
    expect(sizes).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 100]);
    expect(nexts.slice(0, 9)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ page: n })));
    expect(nexts[9]).toEqual({ pageToken: expect.any(String) });
    expect(nexts[11]).toBeUndefined();
    expect(page.hasMore).toBe(false);
  });

  it('continues a list from a cursor given back to list() (`{ ...options, ...page.next }`)', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 2_100);
    const options = { fields: ['Last_Name'], perPage: 200 };
    let page = await env.crm.module('Leads').records.list({ ...options, page: 10 });
    expect(page.next).toEqual({ pageToken: expect.any(String) });
    page = await env.crm.module('Leads').records.list({ ...options, ...page.next });
    expect(page.items).toHaveLength(100);
    expect(page.hasMore).toBe(false);
  });

  it('refuses a search page past Zoho\'s 2,000 results before sending it', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 10);
    const before = env.requests.length;
    const error = await caught(() => env!.crm.module('Leads').records.search(criteria.startsWith('Email', 'lead'), { page: 11 }));
    expect(error).toBeInstanceOf(ZohoLimitError);
    expect(error).toMatchObject({ limit: 2_000, requested: 2_001 });
    expect(env.requests.length).toBe(before);
  });
});

describe('module.records.iterate', () => {
  it('reads 5,000 Leads, by page for the first 2,000 and by page_token after', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 5_000);
    const records = await collect(env.crm.module('Leads').records.iterate({ fields: ['Last_Name', 'Email'] }));
    expect(records).toHaveLength(5_000);
    expect(new Set(records.map((r) => r.id))).toEqual(new Set(ids));
    const calls = listCalls(env);
    expect(calls).toHaveLength(25);
    // The first request leaves `page` to Zoho's default (1).
    expect(calls.slice(0, 10).map((c) => c.url.searchParams.get('page'))).toEqual([null, '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(calls.slice(10).every((c) => c.url.searchParams.has('page_token') && !c.url.searchParams.has('page'))).toBe(true);
  });

  it('does not skip or repeat records created while it reads past the page_token switch', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 2_300);
    const seen = new Set<string>();
    let n = 0;
    for await (const record of env.crm.module('Leads').records.iterate({ fields: ['Last_Name'], sortBy: 'id', sortOrder: 'asc' })) {
      expect(seen.has(record.id!)).toBe(false);
      seen.add(record.id!);
      if (++n === 2_100) seedLeads(env.sim, 10, 10_000);
    }
    expect(seen.size).toBeGreaterThanOrEqual(2_300);
  });

  it('stops after `limit` records, having fetched only the pages it needed', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 1_000);
    const records = await collect(env.crm.module('Leads').records.iterate({ fields: ['Last_Name'], limit: 450 }));
    expect(records).toHaveLength(450);
    expect(listCalls(env)).toHaveLength(3);
  });

  it('stops with the abort reason when the signal aborts', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 1_000);
    const controller = new AbortController();
    let read = 0;
    const error = await caught(async () => {
      for await (const _ of env!.crm.module('Leads').records.iterate({ fields: ['Last_Name'], signal: controller.signal })) {
        if (++read === 250) controller.abort(new Error('enough'));
      }
    });
    expect(error).toMatchObject({ message: 'enough' });
    expect(read).toBe(250);
    expect(listCalls(env)).toHaveLength(2);
  });

  it('reads 60 fields, more than the 50 a request allows, by reading the rest by id and merging', async () => {
    env = await crmEnv();
    for (let i = 1; i <= 35; i++) env.sim.crm.addField('Leads', `Custom_${i}`, 'text');
    const ids = seedLeads(env.sim, 150);
    const leads = env.sim.crm.module('Leads');
    for (const id of ids) leads.set(id, { ...leads.get(id)!, Custom_35: `last-${id}`, Custom_1: `first-${id}` });
    const records = await collect(env.crm.module('Leads').records.iterate());
    expect(records).toHaveLength(150);
    expect(records.every((r) => r['Custom_35'] === `last-${r.id}` && r['Custom_1'] === `first-${r.id}` && typeof r['Last_Name'] === 'string')).toBe(true);
    const calls = listCalls(env);
    expect(calls.every((c) => (c.url.searchParams.get('fields') ?? '').split(',').length <= 50)).toBe(true);
    // One page of the first 50 fields, then the rest of the fields for 150 ids in two reads of 100 and 50.
    expect(calls.filter((c) => c.url.searchParams.has('ids')).map((c) => c.url.searchParams.get('ids')!.split(',').length)).toEqual([100, 50]);
  });

  it('walks a search with criteria, and refuses to go past Zoho\'s 2,000 search results with a ZohoLimitError', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 2_100);
    let read = 0;
    const error = await caught(async () => {
      for await (const _ of env!.crm.module('Leads').records.iterate({ fields: ['Last_Name'], criteria: criteria.startsWith('Email', 'lead') })) read++;
    });
    expect(read).toBe(2_000);
    expect(error).toBeInstanceOf(ZohoLimitError);
    expect(error).toMatchObject({ limit: 2_000, code: 'LIMIT_EXCEEDED' });
  });
});
