import { afterEach, describe, expect, it } from 'vitest';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function crm() {
  env = await simZoho({ users: [USER] });
  return env.zoho.as(USER).crm;
}

describe('global picklists', () => {
  it('creates a global picklist, reads it back with its values, and deletes it', async () => {
    const api = await crm();
    const [created] = await api.globalPicklists.create([{ display_label: 'Regions', pick_list_values: [{ display_value: 'North', actual_value: 'North' }] }]);
    expect(created).toMatchObject({ ok: true });
    const id = created!.id!;
    expect(await api.globalPicklists.get(id)).toMatchObject({ id, display_label: 'Regions', pick_list_values: [{ display_value: 'North' }] });
    expect((await api.globalPicklists.list()).items.map((picklist) => picklist.id)).toEqual([id]);
    expect(await api.globalPicklists.delete([id])).toEqual([expect.objectContaining({ ok: true, id })]);
    expect(await api.globalPicklists.list()).toMatchObject({ items: [], hasMore: false });
  });
});

describe('pipelines', () => {
  it('creates a pipeline in a layout and gives its stages in order', async () => {
    const api = await crm();
    const pipelines = api.pipelines('4150868000000091023');
    const [created] = await pipelines.create([{
      display_value: 'Enterprise',
      default: false,
      maps: [
        { display_value: 'Closed Won', sequence_number: 2 },
        { display_value: 'Qualification', sequence_number: 1 },
      ],
    }]);
    expect(created).toMatchObject({ ok: true });
    expect((await pipelines.list()).items.map((pipeline) => pipeline.display_value)).toContain('Enterprise');
    expect((await pipelines.stages(created!.id!)).map((stage) => stage.display_value)).toEqual(['Qualification', 'Closed Won']);
  });
});

describe('territories', () => {
  it('creates territories, pages through them, and adds and removes a user', async () => {
    const api = await crm();
    const results = await api.territories.create([{ name: 'West' }, { name: 'East' }]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const names: string[] = [];
    for await (const territory of api.territories.iterate({ perPage: 1 })) names.push(territory.name ?? '');
    expect(names.sort()).toEqual(['East', 'West']);
    const first = await api.territories.list({ perPage: 1 });
    expect(first).toMatchObject({ hasMore: true, next: { page: 2 } });
    const second = await first.nextPage();
    expect([...first.items, ...second!.items].map((territory) => territory.name).sort()).toEqual(['East', 'West']);
    expect(second!.hasMore).toBe(false);

    const user = env!.sim.crm.userFor(USER).id;
    const west = api.territories.territory(results[0]!.id!);
    expect(await west.users.add([user])).toEqual([expect.objectContaining({ ok: true, id: user })]);
    expect((await west.users.list()).items.map((member) => member.id)).toEqual([user]);
    expect(await west.users.remove([user])).toEqual([expect.objectContaining({ ok: true, id: user })]);
    expect((await west.users.list()).items).toEqual([]);
  });
});

describe('user groups', () => {
  it('creates a user group from a user source, renames it and deletes it', async () => {
    const api = await crm();
    const user = env!.sim.crm.userFor(USER).id;
    const [created] = await api.userGroups.create([{ name: 'Field sales', sources: [{ type: 'users', source: { id: user } }] }]);
    expect(created).toMatchObject({ ok: true });
    const id = created!.id!;
    expect(await api.userGroups.update([{ id, name: 'Field team' }])).toEqual([expect.objectContaining({ ok: true, id })]);
    expect(await api.userGroups.get(id)).toMatchObject({ id, name: 'Field team' });
    const seen: string[] = [];
    for await (const group of api.userGroups.iterate()) seen.push(group.id ?? '');
    expect(seen).toEqual([id]);
    expect(await api.userGroups.delete(id)).toMatchObject({ ok: true, id });
  });
});
