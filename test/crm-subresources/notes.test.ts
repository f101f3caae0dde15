import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from './seed.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function twoLeads() {
  env = await simZoho({ users: [USER] });
  const a = seed(env.sim, 'Leads', { First_Name: 'Monty', Last_Name: 'Burns' });
  const b = seed(env.sim, 'Leads', { First_Name: 'Waylon', Last_Name: 'Smithers' });
  const leads = env.zoho.as(USER).crm.module('Leads');
  return { ...env, a, b, burns: leads.record(a), smithers: leads.record(b) };
}

describe('a record\'s notes', () => {
  it('adds, reads, updates and deletes a note on a record', async () => {
    const { burns, a } = await twoLeads();
    const added = await burns.notes.add({ title: 'Call', content: 'Wants a quote by Friday' });
    const { id } = added;
    expect(added).toMatchObject({ id: expect.any(String), title: 'Call', content: 'Wants a quote by Friday', parent: { module: 'Leads', id: a }, createdTime: expect.any(String) });
    expect(added.raw).toMatchObject({ Note_Title: 'Call', Note_Content: 'Wants a quote by Friday' });
    const [note] = (await burns.notes.list()).items;
    expect(note).toMatchObject({
      id,
      title: 'Call',
      content: 'Wants a quote by Friday',
      parent: { module: 'Leads', id: a, name: 'Monty Burns' },
      owner: { email: USER },
      raw: { Note_Title: 'Call', Parent_Id: { module: { api_name: 'Leads' }, id: a } },
    });

    await burns.notes.update(id, { content: 'Quote sent' });
    expect(await burns.notes.get(id)).toMatchObject({ title: 'Call', content: 'Quote sent' });

    await burns.notes.delete(id);
    expect((await burns.notes.list()).items).toEqual([]);
    expect(await burns.notes.get(id)).toBeUndefined();
  });

  it('takes a plain string as the note\'s content', async () => {
    const { burns } = await twoLeads();
    const { id } = await burns.notes.add('Excellent');
    expect(await burns.notes.get(id)).toMatchObject({ title: undefined, content: 'Excellent', raw: { Note_Title: null } });
  });

  it('lists only the notes of that record, page after page', async () => {
    const { burns, smithers } = await twoLeads();
    for (const n of [1, 2, 3, 4, 5]) await burns.notes.add(`note ${n}`);
    await smithers.notes.add('not yours');
    const first = await burns.notes.list({ perPage: 2 });
    expect(first.items).toHaveLength(2);
    expect(first).toMatchObject({ hasMore: true, next: { page: 2 } });
    const second = await first.nextPage();
    expect(second?.items).toHaveLength(2);
    const third = await second?.nextPage();
    expect(third).toMatchObject({ hasMore: false, next: undefined });
    expect(third?.items).toHaveLength(1);
    expect(await third?.nextPage()).toBeUndefined();
    const viaPage: string[] = [];
    for await (const note of await burns.notes.list({ perPage: 2 })) viaPage.push(String(note.content));
    expect(viaPage.sort()).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
    const contents: string[] = [];
    for await (const note of burns.notes.iterate({ perPage: 2 })) contents.push(String(note.content));
    expect(contents.sort()).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
    const limited: unknown[] = [];
    for await (const note of burns.notes.iterate({ perPage: 2, limit: 3 })) limited.push(note);
    expect(limited).toHaveLength(3);
  });

  it('refuses a note without content, naming the field', async () => {
    const { burns } = await twoLeads();
    const error = await caught(() => burns.notes.add({ title: 'Empty', content: '' }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'MANDATORY_NOT_FOUND', status: 400 });
    expect((error as ZohoError).message).toMatch(/required field not found/);
  });

  it('fails with INVALID_DATA when updating a note that does not exist', async () => {
    const { burns } = await twoLeads();
    expect(await caught(() => burns.notes.update('404', { content: 'x' }))).toMatchObject({ code: 'INVALID_DATA' });
  });
});

describe('notes across records (crm.notes)', () => {
  it('creates notes on several records at once, with a result per note', async () => {
    const { zoho, a, b } = await twoLeads();
    const notes = zoho.as(USER).crm.notes;
    const results = await notes.create([
      { parent: { module: 'Leads', id: a }, content: 'first' },
      { parent: { module: 'Leads', id: '12345' }, content: 'orphan' },
      { parent: { module: 'leads', id: b }, title: 'T', content: 'second' },
    ]);
    expect(results).toEqual([
      { ok: true, applied: true, id: expect.any(String), message: 'record added', raw: expect.anything(), note: expect.objectContaining({ content: 'first', parent: expect.objectContaining({ module: 'Leads', id: a }) }) },
      { ok: false, applied: false, id: undefined, raw: expect.anything(), error: expect.objectContaining({ code: 'INVALID_DATA', field: 'Parent_Id', jsonPath: '$.data[1].Parent_Id' }) },
      { ok: true, applied: true, id: expect.any(String), message: 'record added', raw: expect.anything(), note: expect.objectContaining({ title: 'T', content: 'second' }) },
    ]);
    const created = results[0]!;
    const all = (await notes.list()).items;
    expect(all.map((n) => n.content).sort()).toEqual(['first', 'second']);
    // A created note and the same note listed have the same shape and values.
    if (!created.ok) throw new Error('expected the first note to be created');
    const listed = all.find((n) => n.id === created.id)!;
    expect(Object.keys(listed).sort()).toEqual(Object.keys(created.note).sort());
    expect(created.note).toMatchObject({ id: listed.id, title: listed.title, content: listed.content, createdTime: listed.createdTime });
    const iterated: unknown[] = [];
    for await (const note of notes.iterate({ perPage: 1, fields: ['Note_Content'] })) iterated.push(note.content);
    expect(iterated.sort()).toEqual(['first', 'second']);
  });

  it('reports every failure as data when all notes of a batch fail', async () => {
    const { zoho } = await twoLeads();
    const results = await zoho.as(USER).crm.notes.create([
      { parent: { module: 'Leads', id: '1' }, content: 'x' },
      { parent: { module: 'Leads', id: '2' }, content: 'y' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false]);
  });

  it('updates and deletes many notes, one result per note', async () => {
    const { zoho, burns } = await twoLeads();
    const ids = [(await burns.notes.add('one')).id, (await burns.notes.add('two')).id];
    const notes = zoho.as(USER).crm.notes;
    const updated = await notes.update([
      { id: ids[0]!, content: 'uno' },
      { id: 'missing', content: 'x' },
    ]);
    expect(updated.map((r) => [r.ok, r.id])).toEqual([
      [true, ids[0]],
      [false, 'missing'],
    ]);
    const deleted = await notes.delete([...ids, 'missing']);
    expect(deleted.map((r) => r.ok)).toEqual([true, true, false]);
    expect((await notes.list()).items).toEqual([]);
  });

  it('adds several notes to one record, one result per note with the created note', async () => {
    const { burns, a } = await twoLeads();
    const results = await burns.notes.add(['one', { title: 'Two', content: 'two' }, { content: '' }]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[0]).toMatchObject({ ok: true, note: { content: 'one', parent: { module: 'Leads', id: a } } });
    expect(results[2]).toMatchObject({ ok: false, applied: false, error: { code: 'MANDATORY_NOT_FOUND' } });
    expect((await burns.notes.list()).items.map((n) => n.content).sort()).toEqual(['one', 'two']);
  });
});
