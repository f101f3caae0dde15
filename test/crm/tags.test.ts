import { afterEach, describe, expect, it } from 'vitest';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from '../crm-subresources/seed.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function world() {
  env = await simZoho({ users: [USER] });
  const a = seed(env.sim, 'Leads', { Last_Name: 'Burns' });
  const b = seed(env.sim, 'Leads', { Last_Name: 'Smithers' });
  const crm = env.zoho.as(USER).crm;
  const tagsOf = async (id: string) => {
    const record = await crm.module('Leads').records.get(id, { fields: ['Tag'] });
    return ((record?.['Tag'] ?? []) as { name: string }[]).map((tag) => tag.name);
  };
  return { ...env, crm, a, b, tagsOf };
}

describe('tags', () => {
  it('tags many records at once, one result per record in input order, creating the org tags', async () => {
    const { crm, a, b, tagsOf } = await world();
    const results = await crm.module('Leads').tags.add([a, b], ['hot', 'expo']);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect(results.map((result) => result.id)).toEqual([a, b]);
    expect(await tagsOf(b)).toEqual(['hot', 'expo']);
    const listed = await crm.tags.list('Leads');
    expect(listed.items.map((tag) => tag.name)).toEqual(['hot', 'expo']);
    expect(listed).toMatchObject({ hasMore: false, next: undefined });
  });

  it('overwrites a record\'s tags when asked, and removes tags by name', async () => {
    const { crm, a, tagsOf } = await world();
    const record = crm.module('Leads').record(a);
    await record.tags.add(['hot', 'expo']);
    expect(await record.tags.add(['vip'], { overWrite: true })).toMatchObject({ ok: true, id: a });
    expect(await tagsOf(a)).toEqual(['vip']);
    await record.tags.remove(['vip']);
    expect(await tagsOf(a)).toEqual([]);
  });

  it('reports an unknown record as a failed item next to the tagged one', async () => {
    const { crm, a } = await world();
    const results = await crm.module('Leads').tags.add([a, '1000000000000000001'], ['hot']);
    expect(results[0]).toMatchObject({ ok: true, id: a });
    expect(results[1]).toMatchObject({ ok: false, id: '1000000000000000001', error: { code: 'INVALID_DATA' } });
  });

  it('creates, renames and deletes org tags; a rename follows the records', async () => {
    const { crm, a, tagsOf } = await world();
    const [created] = await crm.tags.create('Leads', [{ name: 'cold', colorCode: '#57B1FD' }]);
    expect(created).toMatchObject({ ok: true });
    await crm.module('Leads').record(a).tags.add(['cold']);
    const id = created!.id!;
    expect(await crm.tags.update('Leads', [{ id, name: 'warm' }])).toEqual([expect.objectContaining({ ok: true, id })]);
    expect(await tagsOf(a)).toEqual(['warm']);
    expect(await crm.tags.delete(id)).toMatchObject({ ok: true, id });
    expect(await tagsOf(a)).toEqual([]);
    expect((await crm.tags.list('Leads')).items).toEqual([]);
  });

  it('tags 150 records in two calls of at most 100 (Zoho\'s limit), results aligned with the ids', async () => {
    const { crm, sim, a, tagsOf } = await world();
    const ids = [a, ...Array.from({ length: 148 }, (_, i) => seed(sim, 'Leads', { Last_Name: `Lead ${i}` })), '1000000000000000001'];
    const before = sim.stats().requests;
    const results = await crm.module('Leads').tags.add(ids, ['bulk']);
    expect(sim.stats().requests - before).toBe(2);
    expect(results.map((result) => result.id)).toEqual(ids);
    expect(results.filter((result) => result.ok)).toHaveLength(149);
    expect(results[149]).toMatchObject({ ok: false, applied: false, error: { code: 'INVALID_DATA' } });
    expect(await tagsOf(ids[120]!)).toEqual(['bulk']);
  });
});
