import { describe, expect, it } from 'vitest';
import { rawCrm } from './raw-crm.js';

async function twoLeads() {
  const crm = await rawCrm();
  const [a, b] = [crm.sim.crm.newId(), crm.sim.crm.newId()];
  for (const id of [a, b]) crm.sim.crm.module('Leads').set(id, { id, Last_Name: 'Burns', Tag: [] });
  const tagNames = (id: string) => ((crm.sim.crm.module('Leads').get(id)?.['Tag'] ?? []) as { name: string }[]).map((t) => t.name);
  return { ...crm, a, b, tagNames };
}

describe('tags on records', () => {
  it('adds tags to records (creating new tags), then overwrites and removes them', async () => {
    const { call, a, b, tagNames } = await twoLeads();
    const added = await call('POST', '/crm/v8/Leads/actions/add_tags', { tags: [{ name: 'hot' }, { name: 'expo' }], ids: [a, b] });
    expect(added.status).toBe(200);
    expect(tagNames(a)).toEqual(['hot', 'expo']);
    const listed = await call('GET', '/crm/v8/settings/tags?module=Leads');
    expect((listed.body as { tags: { name: string }[] }).tags.map((t) => t.name)).toEqual(['hot', 'expo']);

    await call('POST', `/crm/v8/Leads/${a}/actions/add_tags`, { tags: [{ name: 'vip' }], over_write: true });
    expect(tagNames(a)).toEqual(['vip']);
    expect(tagNames(b)).toEqual(['hot', 'expo']);

    await call('POST', '/crm/v8/Leads/actions/remove_tags', { tags: [{ name: 'hot' }], ids: [b] });
    expect(tagNames(b)).toEqual(['expo']);
  });

  it('renames a tag on every record carrying it, and deleting it takes it off them', async () => {
    const { call, a, tagNames } = await twoLeads();
    await call('POST', `/crm/v8/Leads/${a}/actions/add_tags`, { tags: [{ name: 'hot' }] });
    const listed = await call('GET', '/crm/v8/settings/tags?module=Leads');
    const id = (listed.body as { tags: { id: string }[] }).tags[0]!.id;
    await call('PUT', `/crm/v8/settings/tags/${id}?module=Leads`, { tags: [{ name: 'warm' }] });
    expect(tagNames(a)).toEqual(['warm']);
    expect((await call('DELETE', `/crm/v8/settings/tags/${id}`)).status).toBe(200);
    expect(tagNames(a)).toEqual([]);
  });

  it('answers an unknown record item by item', async () => {
    const { call, a } = await twoLeads();
    const answer = await call('POST', '/crm/v8/Leads/actions/add_tags', { tags: [{ name: 'hot' }], ids: [a, '1000000000000000001'] });
    expect(answer.status).toBe(207);
    expect((answer.body as { data: { code: string }[] }).data.map((r) => r.code)).toEqual(['SUCCESS', 'INVALID_DATA']);
  });
});

describe('record locks', () => {
  it('refuses updates while a record is locked, and takes them again once unlocked', async () => {
    const { call, sim, a } = await twoLeads();
    const locked = await call('POST', `/crm/v8/Leads/${a}/Locking_Information__s`, { data: [{ Locked_Reason__s: 'deal in progress' }] });
    expect(locked.status).toBe(201);
    const lockId = (locked.body as { data: { details: { id: string } }[] }).data[0]!.details.id;

    const refused = await call('PUT', '/crm/v8/Leads', { data: [{ id: a, Last_Name: 'Smithers' }] });
    expect(refused.status).toBe(400);
    expect((refused.body as { data: unknown[] }).data[0]).toMatchObject({ code: 'RECORD_LOCKED', details: { id: a }, status: 'error' });
    expect(sim.crm.module('Leads').get(a)?.['Last_Name']).toBe('Burns');

    const again = await call('POST', `/crm/v8/Leads/${a}/Locking_Information__s`, { data: [{ Locked_Reason__s: 'twice' }] });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ code: 'NOT_ALLOWED' });

    const info = await call('GET', `/crm/v8/Leads/${a}/Locking_Information__s?fields=Locked_Reason__s`);
    expect((info.body as { data: unknown[] }).data[0]).toMatchObject({ id: lockId, Locked_Reason__s: 'deal in progress' });

    expect((await call('DELETE', `/crm/v8/Leads/${a}/Locking_Information__s/${lockId}`)).status).toBe(200);
    const updated = await call('PUT', '/crm/v8/Leads', { data: [{ id: a, Last_Name: 'Smithers' }] });
    expect(updated.status).toBe(200);
    expect(sim.crm.module('Leads').get(a)?.['Last_Name']).toBe('Smithers');
  });
});
