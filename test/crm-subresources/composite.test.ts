import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { subRequest, type SubResult } from '../../src/crm/records/composite.js';
import type { components } from '../../generated/crm.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from './seed.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function setup() {
  env = await simZoho({ users: [USER] });
  return { ...env, crm: env.zoho.as(USER).crm };
}

describe('composite requests', () => {
  it('runs dependent calls in one request, each using an earlier answer, with typed results', async () => {
    const { crm, sim } = await setup();
    const [lead, note, read] = await crm.composite([
      subRequest('POST', '/crm/v8/{module_api_name}', { id: 'lead', path: { module_api_name: 'Leads' }, body: { data: [{ Last_Name: 'Wiggum', Company: 'SPD' }] } }),
      subRequest('POST', '/crm/v8/Notes', {
        id: 'note',
        body: { data: [{ Note_Content: 'Chief of police', Parent_Id: { module: { api_name: 'Leads' }, id: '@{lead:$.data[0].details.id}' } }] },
      }),
      subRequest('GET', '/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}', {
        path: { module_api_name: 'Leads', record_id: '@{lead:$.data[0].details.id}', related_list_api_name: 'Notes' },
        query: { fields: 'Note_Content' },
      }),
    ]);
    expectTypeOf(lead).toEqualTypeOf<SubResult<components['schemas']['ActionResultsResponse']>>();
    expectTypeOf(read).toEqualTypeOf<SubResult<components['schemas']['RecordListResponse'] | undefined>>();
    expect(lead).toMatchObject({ ok: true, id: 'lead', status: 201 });
    expect(note).toMatchObject({ ok: true, id: 'note', status: 201 });
    if (!lead.ok || !read.ok) throw new Error('expected both to succeed');
    const leadId = lead.body.data[0]?.details.id;
    expect(sim.crm.module('Leads').get(String(leadId))).toMatchObject({ Last_Name: 'Wiggum' });
    expect(read.body?.data).toEqual([expect.objectContaining({ Note_Content: 'Chief of police' })]);
  });

  it('reports a failed sub-request with its own error, beside the others', async () => {
    const { crm, sim } = await setup();
    const lead = seed(sim, 'Leads', { Last_Name: 'Simpson' });
    const results = await crm.composite([
      subRequest('POST', '/crm/v8/Notes', { body: { data: [{ Note_Content: 'fine', Parent_Id: { module: { api_name: 'Leads' }, id: lead } }] } }),
      subRequest('POST', '/crm/v8/Notes', { body: { data: [{ Note_Content: 'orphan', Parent_Id: { module: { api_name: 'Leads' }, id: '404' } }] } }),
    ]);
    expect(results[0]).toMatchObject({ ok: true, status: 201 });
    expect(results[1]).toMatchObject({ ok: false, status: 400, rolledBack: false, error: { code: 'INVALID_DATA', field: 'Parent_Id' } });
    expect(sim.crm.module('Notes').size).toBe(1);
  });

  it('rolls back every change when one fails with rollbackOnFail, and stops the rest', async () => {
    const { crm, sim } = await setup();
    const lead = seed(sim, 'Leads', { Last_Name: 'Simpson' });
    const results = await crm.composite(
      [
        subRequest('POST', '/crm/v8/Notes', { body: { data: [{ Note_Content: 'kept?', Parent_Id: { module: { api_name: 'Leads' }, id: lead } }] } }),
        subRequest('POST', '/crm/v8/Notes', { body: { data: [{ Note_Content: 'orphan', Parent_Id: { module: { api_name: 'Leads' }, id: '404' } }] } }),
        subRequest('DELETE', '/crm/v8/Notes', { query: { ids: '1' } }),
      ],
      { rollbackOnFail: true },
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ROLLBACK_PERFORMED', 'INVALID_DATA', 'PROCESSING_STOPPED']);
    expect(results[0]).toMatchObject({ ok: false, rolledBack: true });
    expect(results[2]).toMatchObject({ ok: false, status: undefined });
    expect(sim.crm.module('Notes').size).toBe(0);
  });

  it('answers INVALID_REFERENCE for a reference to a sub-request that does not exist', async () => {
    const { crm } = await setup();
    const [only] = await crm.composite([subRequest('GET', '/crm/v8/Notes/{note_id}', { path: { note_id: '@{nope:$.data[0].id}' }, query: { fields: 'Note_Content' } })]);
    expect(only).toMatchObject({ ok: false, error: { code: 'INVALID_REFERENCE' } });
  });

  it('refuses bulk and nested composite calls as sub-requests', async () => {
    const { crm } = await setup();
    const results = await crm.composite([
      { method: 'GET', uri: '/crm/bulk/v8/read/1' },
      { method: 'POST', uri: '/crm/v8/__composite_requests', body: {} },
    ]);
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['NOT_SUPPORTED', 'NOT_SUPPORTED']);
  });

  it('refuses more than five sub-requests before sending', async () => {
    const { crm, sim } = await setup();
    const before = sim.stats().requests;
    const six = Array.from({ length: 6 }, () => subRequest('GET', '/crm/v8/org', {}));
    expect(await caught(() => crm.composite(six))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(sim.stats().requests).toBe(before);
  });

  it('costs the credits of its sub-requests', async () => {
    const { crm, sim } = await setup();
    const lead = seed(sim, 'Leads', { Last_Name: 'Simpson' });
    const before = sim.crm.credits.total;
    await crm.composite([
      subRequest('POST', '/crm/v8/Notes', { body: { data: [{ Note_Content: 'a', Parent_Id: { module: { api_name: 'Leads' }, id: lead } }] } }),
      subRequest('POST', '/crm/v8/Notes', { body: { data: [{ Note_Content: 'b', Parent_Id: { module: { api_name: 'Leads' }, id: lead } }] } }),
    ]);
    expect(sim.crm.credits.total - before).toBe(2);
  });

  it('checks sub-requests against the spec at compile time', () => {
    // @ts-expect-error: no such path in spec/crm.yaml
    subRequest('GET', '/crm/v8/nowhere', {});
    // @ts-expect-error: the path parameter is missing
    subRequest('GET', '/crm/v8/{module_api_name}/{record_id}', { path: { module_api_name: 'Leads' } });
    // @ts-expect-error: the body of a note list is not a Record list
    subRequest('POST', '/crm/v8/Notes', { body: { nope: true } });
    expect(subRequest('GET', '/crm/v8/{module_api_name}/{record_id}', { path: { module_api_name: 'Leads', record_id: 'a/b' } }).uri).toBe('/crm/v8/Leads/a%2Fb');
  });
});
