import { afterEach, describe, expect, it } from 'vitest';
import { LineItem, Tax, ZohoResponseError } from '../../src/index.js';
import { detailsOf } from '../../src/crm/records/crm-notes.js';
import { caught } from '../support/sim-zoho.js';
import { hookedEnv } from './hooked-env.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

// Notes, tags, locks, related records and line items: options and answers the main suites
// do not reach.

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const NOTES = { product: 'crm', path: '/crm/v8/Notes' } as const;

describe('notes', () => {
  it('lists chosen notes from a given page, in a given order', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const results = await env.crm.notes.create(['first', 'second', 'third'].map((content) => ({ parent: { module: 'Leads', id: id! }, content })));
    const [a, , c] = results.map((r) => r.id!);
    const page = await env.crm.notes.list({ ids: [a!, c!], sortOrder: 'desc', page: 1, perPage: 10 });
    expect(page.items.map((n) => n.content).sort()).toEqual(['first', 'third']);
    const [url] = env.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/crm/v8/Notes');
    expect(Object.fromEntries(['ids', 'sort_order', 'page'].map((k) => [k, url!.url.searchParams.get(k)]))).toEqual({ ids: `${a},${c}`, sort_order: 'desc', page: '1' });
    const ofRecord = await env.crm.module('Leads').record(id).notes.list({ page: 1 });
    expect(ofRecord.items).toHaveLength(3);
  });

  it('updates a note title alone, leaving its content', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const note = await env.crm.module('Leads').record(id).notes.add({ title: 'Call', content: 'Kept' });
    await env.crm.notes.update([{ id: note.id, title: 'Called' }]);
    const [read] = (await env.crm.module('Leads').record(id).notes.list()).items;
    expect(read).toMatchObject({ id: note.id, title: 'Called', content: 'Kept' });
  });

  it('builds a created note from what was sent when CRM answers no details', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'answer', status: 201, body: { data: [{ code: 'SUCCESS', status: 'success', message: 'record added', details: { id: '5550001' } }, { code: 'SUCCESS', status: 'success', message: 'record added', details: null }] } }, { ...NOTES, method: 'POST' });
    const [first, second] = await env.crm.notes.create([
      { parent: { module: 'Leads', id: id! }, content: 'one' },
      { parent: { module: 'Leads', id: id! }, title: 'Untitled', content: 'two' },
    ]);
    expect(first).toMatchObject({ ok: true, id: '5550001', note: { id: '5550001', content: 'one', parent: { module: 'Leads', id } } });
    expect(second).toMatchObject({ ok: true, note: { title: 'Untitled', parent: { module: 'Leads', id } } });
  });

  it('refuses an added note CRM names no id for', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'answer', status: 201, body: { data: [{ code: 'SUCCESS', status: 'success', message: 'record added', details: {} }] } }, { ...NOTES, method: 'POST' });
    const error = await caught(() => env!.crm.module('Leads').record(id).notes.add('lost'));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/returned no id/);
  });

  it('reads a listed note without id or content as empty', async () => {
    env = await crmEnv();
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [{ Note_Title: 'Bare', Note_Content: null }], info: { per_page: 200, count: 1, page: 1, more_records: false } } }, { ...NOTES, method: 'GET' });
    const [note] = (await env.crm.notes.list()).items;
    expect(note).toMatchObject({ id: '', title: 'Bare', content: undefined, parent: undefined });
  });
});

describe('detailsOf(): the details of one CRM item answer', () => {
  it.each([
    ['an answer with details', { status: 'success', details: { id: '1' } }, { id: '1' }],
    ['an answer without details', { status: 'success' }, undefined],
    ['no answer', undefined, undefined],
    ['null', null, undefined],
  ])('%s', (_name, raw, expected) => {
    expect(detailsOf(raw)).toEqual(expected);
  });
});

describe('tags', () => {
  it('removes tags from many records, and replaces a record\'s tags with overWrite', async () => {
    env = await crmEnv();
    const ids = seedLeads(env.sim, 2);
    const leads = env.crm.module('Leads');
    await leads.tags.add(ids, ['hot', 'cold'], { overWrite: false });
    const removed = await leads.tags.remove(ids, ['cold'], { signal: new AbortController().signal });
    expect(removed.map((r) => [r.ok, r.id])).toEqual(ids.map((id) => [true, id]));
    const replaced = await leads.record(ids[0]).tags.add(['vip'], { overWrite: true });
    expect(replaced).toMatchObject({ ok: true, id: ids[0] });
    const tagsOf = (id: string) => ((env!.sim.crm.module('Leads').get(id)?.['Tag'] ?? []) as { name: string }[]).map((t) => t.name).sort();
    expect(tagsOf(ids[0]!)).toEqual(['vip']);
    expect(tagsOf(ids[1]!)).toEqual(['hot']);
    await leads.tags.remove([ids[1]!], ['hot']);
    expect(tagsOf(ids[1]!)).toEqual([]);
  });
});

describe('record locks', () => {
  it('walks the locks of a record', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const record = env.crm.module('Leads').record(id);
    const lockId = await record.locks.lock('quarter close');
    const locks = [];
    for await (const lock of record.locks.iterate()) locks.push(lock);
    expect(locks.map((lock) => [lock.id, lock.Locked_Reason__s])).toEqual([[lockId, 'quarter close']]);
  });

  it('passes on CRM\'s refusal of an empty reason (Zoho requires one)', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    expect(await caught(() => env!.crm.module('Leads').record(id).locks.lock(''))).toMatchObject({ code: 'MANDATORY_NOT_FOUND' });
    expect(env.sim.crm.locks.size).toBe(0);
  });

  it('refuses a lock answer that names no lock id', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'answer', status: 201, body: { data: [{ code: 'SUCCESS', status: 'success', message: 'locked', details: {} }] } }, { product: 'crm', method: 'POST', path: '/Locking_Information__s' });
    const error = await caught(() => env!.crm.module('Leads').record(id).locks.lock('audit'));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/no lock id/);
  });
});

describe('related records', () => {
  it('links one record given as a link object', async () => {
    const bodies: Promise<unknown>[] = [];
    const { sim, crm } = await hookedEnv((request) => {
      if (request.method === 'PUT' && new URL(request.url).pathname.endsWith('/Contacts')) bodies.push(request.clone().json());
      return undefined;
    });
    const account = sim.crm.newId();
    const contact = sim.crm.newId();
    sim.crm.module('Accounts').set(account, { id: account, Account_Name: 'Linked' });
    sim.crm.module('Contacts').set(contact, { id: contact, Last_Name: 'Linked' });
    const results = await crm.module('Accounts').record(account).related('Contacts').add({ id: contact });
    expect(results).toEqual([expect.objectContaining({ ok: true, id: contact })]);
    expect(await Promise.all(bodies)).toEqual([{ data: [{ id: contact }] }]);
  });
});

describe('line items', () => {
  it('lists none for a record without its subform, and shows what is staged', async () => {
    env = await crmEnv();
    const quote = env.crm.module('Quotes').record().set('Subject', 'Empty');
    expect(quote.lineItems.list()).toEqual([]);
    expect(quote.lineItems.pending).toEqual([]);
    quote.lineItems.add({ product: { id: '42' }, quantity: 2 }).update('7', { discount: 5 }).remove('8');
    expect(quote.lineItems.pending).toEqual([{ Product_Name: { id: '42' }, Quantity: 2 }, { Discount: 5, id: '7' }, { id: '8', _delete: null }]);
    expect(quote.changes).toMatchObject({ Quoted_Items: quote.lineItems.pending });
  });

  it('reads a sparse row with Zoho\'s defaults', () => {
    const row = new LineItem({});
    expect([row.id, row.product, row.quantity, row.discount, row.taxes, row.listPrice, row.total, row.netTotal]).toEqual([undefined, undefined, 0, 0, [], undefined, undefined, undefined]);
    const full = new LineItem({ id: '1', Product_Name: { id: '9', name: 'Mouse', Product_Code: 'M-1' }, Quantity: 2, Discount: 1, Line_Tax: [{ name: 'VAT', percentage: 20, value: 4, id: '3' }] });
    expect([full.product, full.quantity, full.discount, full.taxes.map((t) => [t.name, t.percentage, t.value, t.id])]).toEqual([{ id: '9', name: 'Mouse', code: 'M-1' }, 2, 1, [['VAT', 20, 4, '3']]]);
  });

  it.each([
    ['a product given by id', { product: '9' }, { Product_Name: { id: '9' } }],
    ['a product given as an object', { product: { id: '9' } }, { Product_Name: { id: '9' } }],
    ['only a description', { description: 'note' }, { Description: 'note' }],
    ['nothing', {}, {}],
    ['taxes given as data and as Tax', { taxes: [{ name: 'VAT', percentage: 20 }, new Tax({ name: 'GST', percentage: 5, id: '4' } as never)] }, { Line_Tax: [{ name: 'VAT', percentage: 20 }, { name: 'GST', percentage: 5, id: '4' }] }],
  ])('LineItem.toZoho: %s', (_name, input, expected) => {
    expect(LineItem.toZoho(input)).toEqual(expected);
  });

  it('reads a tax without name or rate as empty', () => {
    const tax = new Tax({} as never);
    expect([tax.name, tax.percentage, tax.value, tax.id]).toEqual(['', 0, undefined, undefined]);
    expect(tax.toZoho()).toEqual({ name: '', percentage: 0 });
  });
});
