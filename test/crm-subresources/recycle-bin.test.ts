import { afterEach, describe, expect, it } from 'vitest';
import { crmSubresources } from '../../src/testing/crm/crm-subresource-state.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from './seed.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function setup() {
  env = await simZoho({ users: [USER] });
  const crm = env.zoho.as(USER).crm;
  /** Deletes a record through CRM's record endpoint, as any app would. */
  const remove = async (module: string, id: string): Promise<void> => {
    await crm.api.DELETE('/crm/v8/{module_api_name}/{record_id}', { params: { path: { module_api_name: module, record_id: id } } });
  };
  return { ...env, crm, remove };
}

describe('the recycle bin', () => {
  it('receives records deleted through the API, with who deleted them and when', async () => {
    const { sim, crm, remove } = await setup();
    const lead = seed(sim, 'Leads', { First_Name: 'Sideshow', Last_Name: 'Bob' });
    const deal = seed(sim, 'Deals', { Deal_Name: 'Rakes', Stage: 'Qualification' });
    await remove('Leads', lead);
    await remove('Deals', deal);

    const { items: data, hasMore } = await crm.recycleBin.list();
    expect(hasMore).toBe(false);
    expect(data).toEqual(
      expect.arrayContaining([
        {
          id: lead,
          display_name: 'Sideshow Bob',
          module: { api_name: 'Leads' },
          owner: { id: sim.crm.userFor(USER).id, name: 'ana' },
          deleted_by: { id: sim.crm.userFor(USER).id, name: 'ana' },
          deleted_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
        },
        expect.objectContaining({ id: deal, display_name: 'Rakes', module: { api_name: 'Deals' } }),
      ]),
    );
    expect((await crm.recycleBin.list({ filter: { module: 'Deals' } })).items.map((e) => e.id)).toEqual([deal]);
    expect(await crm.recycleBin.get(lead)).toMatchObject({ display_name: 'Sideshow Bob' });
    expect(await crm.recycleBin.get('123')).toBeUndefined();
  });

  it('restores a record with its data and notes, and takes it out of the bin', async () => {
    const { sim, crm, remove } = await setup();
    const lead = seed(sim, 'Leads', { First_Name: 'Sideshow', Last_Name: 'Bob', Email: 'bob@example.com' });
    await crm.module('Leads').record(lead).notes.add('Hates Bart');
    await remove('Leads', lead);
    expect(sim.crm.module('Leads').has(lead)).toBe(false);
    expect((await crm.notes.list()).items).toEqual([]);

    expect(await crm.recycleBin.restore(lead)).toEqual([{ ok: true, applied: true, id: lead, message: 'record restored successfully', raw: expect.anything() }]);
    expect(sim.crm.module('Leads').get(lead)).toMatchObject({ Last_Name: 'Bob', Email: 'bob@example.com' });
    expect((await crm.module('Leads').record(lead).notes.list()).items.map((n) => n.content)).toEqual(['Hates Bart']);
    expect((await crm.recycleBin.list()).items).toEqual([]);
    expect(sim.crm.deletions.some((d) => d.id === lead)).toBe(false);
  });

  it('reports an id that is not in the bin as a failed restore, beside the ones that worked', async () => {
    const { sim, crm, remove } = await setup();
    const lead = seed(sim, 'Leads', { Last_Name: 'Bob' });
    await remove('Leads', lead);
    const results = await crm.recycleBin.restore(['404', lead]);
    expect(results).toEqual([
      { ok: false, applied: false, id: '404', error: expect.objectContaining({ code: 'INVALID_DATA' }) },
      { ok: true, applied: true, id: lead, message: 'record restored successfully', raw: expect.anything() },
    ]);
  });

  it('deletes records permanently, with their files, so they can no longer be restored', async () => {
    const { sim, crm, remove } = await setup();
    const lead = seed(sim, 'Leads', { Last_Name: 'Bob' });
    await crm.module('Leads').record(lead).attachments.upload(new Uint8Array([1, 2, 3]), { fileName: 'plan.txt' });
    await remove('Leads', lead);
    expect(await crm.recycleBin.delete([lead, '404'])).toEqual([
      { ok: true, applied: true, id: lead, message: 'record deleted permanently', raw: expect.anything() },
      { ok: false, applied: false, id: '404', raw: expect.anything(), error: expect.objectContaining({ code: 'INVALID_DATA' }) },
    ]);
    expect(crmSubresources(sim.crm).files.attachments.size).toBe(0);
    expect(sim.crm.deletions.find((d) => d.id === lead)?.type).toBe('permanent');
    expect((await crm.recycleBin.restore(lead))[0]).toMatchObject({ ok: false, error: { code: 'INVALID_DATA' } });
  });

  it('empties the entries a filter selects, or the whole bin', async () => {
    const { sim, crm, remove } = await setup();
    const leads = [seed(sim, 'Leads', { Last_Name: 'A' }), seed(sim, 'Leads', { Last_Name: 'B' })];
    const deal = seed(sim, 'Deals', { Deal_Name: 'C', Stage: 'Qualification' });
    for (const id of leads) await remove('Leads', id);
    await remove('Deals', deal);
    const purged = await crm.recycleBin.empty({ filter: { module: 'Leads' } });
    expect(purged.map((r) => r.ok && r.id).sort()).toEqual([...leads].sort());
    expect((await crm.recycleBin.list()).items.map((e) => e.id)).toEqual([deal]);
    await crm.recycleBin.empty();
    expect((await crm.recycleBin.list()).items).toEqual([]);
  });

  it('keeps deleted notes too, and iterates page by page', async () => {
    const { sim, crm } = await setup();
    const lead = seed(sim, 'Leads', { Last_Name: 'Bob' });
    const notes = crm.module('Leads').record(lead).notes;
    const ids = [await notes.add({ title: 'one', content: '1' }), await notes.add({ title: 'two', content: '2' }), await notes.add({ title: 'three', content: '3' })];
    for (const { id } of ids) await notes.delete(id);
    const names: string[] = [];
    for await (const entry of crm.recycleBin.iterate({ perPage: 2 })) names.push(String(entry.display_name));
    expect(names.sort()).toEqual(['one', 'three', 'two']);
  });
});
