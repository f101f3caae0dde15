import { afterEach, describe, expect, it } from 'vitest';
import { criteria } from '../../src/index.js';
import { hookedEnv, isCall } from './hooked-env.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

// module.records: the options and answers the main suite does not reach.

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const LEADS = { product: 'crm', path: '/crm/v8/Leads' } as const;

function sent(env: CrmEnv, method: string, path: string): URL[] {
  return env.requests.filter((r) => r.method === method && r.url.pathname === path).map((r) => r.url);
}

/** Adds `count` text fields to Leads (so a read names more than 50 fields) and gives every lead a value in each. */
function widen(env: CrmEnv, count: number): string[] {
  const names = Array.from({ length: count }, (_, n) => `Wide_${n}`);
  for (const name of names) env.sim.crm.addField('Leads', name, 'text');
  const leads = env.sim.crm.module('Leads');
  for (const [id, record] of [...leads.entries()]) leads.set(id, { ...record, ...Object.fromEntries(names.map((name) => [name, `${name} of ${id}`])) });
  return names;
}

describe('records.list', () => {
  it('lists only the records modified since a time, and an empty page when none were (HTTP 304)', async () => {
    env = await crmEnv();
    // seedLeads stamps lead n at 2024-01-01T00:00:n.
    seedLeads(env.sim, 10);
    const leads = env.crm.module('Leads').records;
    const recent = await leads.list({ fields: ['Last_Name'], modifiedSince: new Date(Date.UTC(2024, 0, 1, 0, 0, 7)) });
    expect(recent.items.map((r) => r['Last_Name']).sort()).toEqual(['Lead 8', 'Lead 9']);
    const none = await leads.list({ fields: ['Last_Name'], modifiedSince: new Date(Date.UTC(2025, 0, 1)) });
    expect(none.items).toEqual([]);
    expect(none.hasMore).toBe(false);
    expect(env.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/crm/v8/Leads')).toHaveLength(2);
  });

  it('merges only the records asked for when a later field group answers an extra record', async () => {
    // The read by id of the fields past the first 50 answers one record more than asked.
    const { sim, crm } = await hookedEnv((request, sim) => {
      if (!isCall(request, 'GET', '/crm/v8/Leads') || !new URL(request.url).searchParams.has('ids')) return undefined;
      return sim.fetch(request).then(async (answer) => {
        const body = (await answer.json()) as { data: Record<string, unknown>[] };
        return Response.json({ ...body, data: [{ id: '999', Wide_54: 'stray' }, ...body.data] });
      });
    });
    const id = sim.crm.newId();
    const names = Array.from({ length: 55 }, (_, n) => `Wide_${n}`);
    for (const name of names) sim.crm.addField('Leads', name, 'text');
    sim.crm.module('Leads').set(id, { id, Last_Name: 'Wide', ...Object.fromEntries(names.map((name) => [name, `${name} value`])) });
    const page = await crm.module('Leads').records.list({ fields: ['Last_Name', ...names], signal: new AbortController().signal });
    expect(page.items).toEqual([expect.objectContaining({ id, Last_Name: 'Wide', Wide_0: 'Wide_0 value', Wide_54: 'Wide_54 value' })]);
  });
});

describe('records.search', () => {
  it('reads more than 50 fields of the matches in groups, merged by id', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 3);
    const names = widen(env, 60);
    const page = await env.crm.module('Leads').records.search(criteria.equals('Lead_Source', 'Web Download'), { fields: ['Last_Name', ...names], signal: new AbortController().signal });
    expect(page.items.map((r) => r.id).sort()).toEqual([ids[0], ids[2]].sort());
    for (const record of page.items) expect(record).toMatchObject({ Wide_0: `Wide_0 of ${record.id}`, Wide_59: `Wide_59 of ${record.id}` });
    // The search, then one read by id for the fields past the first 50.
    expect(sent(env, 'GET', '/crm/v8/Leads/search')).toHaveLength(1);
    expect(sent(env, 'GET', '/crm/v8/Leads').map((url) => url.searchParams.get('ids')?.split(',').sort())).toEqual([[ids[0], ids[2]].sort()]);
  });
});

describe('records.iterate with criteria', () => {
  it("names every listable field when none are given, as list() does", async () => {
    env = await crmEnv();
    seedLeads(env.sim, 4);
    const found = [];
    for await (const lead of env.crm.module('Leads').records.iterate({ criteria: criteria.equals('Lead_Source', 'Cold Call') })) found.push(lead);
    expect(found.map((r) => r['Last_Name']).sort()).toEqual(['Lead 1', 'Lead 3']);
    expect(found[0]).toMatchObject({ Email: expect.any(String), Company: expect.any(String), No_of_Employees: expect.any(Number) });
    const [search] = sent(env, 'GET', '/crm/v8/Leads/search');
    expect(search!.searchParams.get('fields')?.split(',')).toEqual(expect.arrayContaining(['Last_Name', 'Email', 'Company']));
  });
});

describe('records.count', () => {
  it('counts the matches of a query within a custom view', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 6);
    const leads = env.crm.module('Leads');
    const view = env.sim.crm.metadata.find('Leads')!.views.find((v) => !v.mine)!;
    const count = await leads.records.count(criteria.equals('Lead_Source', 'Web Download'), { cvid: view!.id });
    expect(count).toBe(3);
    const [url] = sent(env, 'GET', '/crm/v8/Leads/actions/count');
    expect(url!.searchParams.get('cvid')).toBe(view!.id);
    expect(url!.searchParams.get('criteria')).toContain('Lead_Source');
  });

  it('answers 0 when CRM answers 204 (no content)', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, { ...LEADS, method: 'GET', path: '/actions/count' });
    expect(await env.crm.module('Leads').records.count()).toBe(0);
  });
});

describe('records.delete and records.deleted', () => {
  it('deletes without running workflows when asked, and lists what is in the recycle bin', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    const results = await env.crm.module('Leads').records.delete(ids, { workflows: false });
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(sent(env, 'DELETE', '/crm/v8/Leads')[0]!.searchParams.get('wf_trigger')).toBe('false');
    const binned = await env.crm.module('Leads').records.deleted({ type: 'recycle' });
    expect(binned.items.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(sent(env, 'GET', '/crm/v8/Leads/deleted')[0]!.searchParams.get('type')).toBe('recycle');
  });
});
