import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, type DeskTicket, type Page } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, deskEnv, type DeskEnv } from './desk-env.js';

let env: DeskEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('a ticket\'s life', () => {
  it('goes from a new contact to a commented, closed ticket found by list and search, then to the trash and out of the list', async () => {
    env = await deskEnv();
    const { desk } = env;
    const contact = await desk.contacts.create({ lastName: 'Carol', firstName: 'Lucas', email: 'carol@zylker.com' });
    const ticket = await desk.tickets.create({ subject: 'Printer on fire', departmentId: env.support, contactId: contact.id, description: 'Smoke everywhere' });
    expect(ticket).toMatchObject({ subject: 'Printer on fire', status: 'Open', statusType: 'Open', contactId: contact.id, email: 'carol@zylker.com', ticketNumber: '101' });

    const comment = await desk.tickets.comments(ticket.id).add({ content: 'Fire brigade called', isPublic: true });
    expect(comment).toMatchObject({ content: 'Fire brigade called', isPublic: true, commenter: { email: ANA } });

    const closed = await desk.tickets.update(ticket.id, { status: 'Closed', resolution: 'Extinguished' });
    expect(closed).toMatchObject({ status: 'Closed', statusType: 'Closed', resolution: 'Extinguished', subject: 'Printer on fire', commentCount: '1' });
    expect(closed.closedTime).toEqual(expect.any(String));

    expect((await desk.tickets.list({ status: 'Closed' })).items.map((t) => t.id)).toEqual([ticket.id]);
    expect(await desk.tickets.search({ subject: 'printer*' })).toMatchObject({ total: 1, items: [{ id: ticket.id }] });
    expect((await desk.tickets.comments(ticket.id).list()).items).toMatchObject([{ id: comment.id }]);

    await desk.tickets.delete(ticket.id);
    expect((await desk.tickets.list()).items).toEqual([]);
    expect(await desk.tickets.search({ subject: 'printer*' })).toMatchObject({ items: [], total: 0, hasMore: false });
    expect(env.org.trash.tickets.has(ticket.id)).toBe(true);
    const gone = await caught(() => desk.tickets.get(ticket.id));
    expect(gone).toMatchObject({ name: 'ZohoError', product: 'desk', status: 404, code: 'URL_NOT_FOUND' });
  });
});

describe('tickets', () => {
  it('pages through 250 tickets with iterate: each once, in order, in 3 requests of up to 100', async () => {
    env = await deskEnv();
    const contact = env.org.addContact({ lastName: 'Bulk', email: 'bulk@example.com' });
    const made = Array.from({ length: 250 }, (_, i) => env!.org.addTicket({ subject: `Ticket ${i}`, contactId: contact.id }).id);
    env.sim.resetStats();
    const seen = await collect(env.desk.tickets.iterate());
    expect(seen.map((t) => t.id)).toEqual(made);
    expect(env.sim.stats().requests).toBe(3);
  });

  it('pages with a smaller perPage through nextPage(), stops at limit, and lists from an index', async () => {
    env = await deskEnv();
    for (let i = 0; i < 25; i++) env.org.addTicket({ subject: `T${i}` });
    const sizes: number[] = [];
    for (let page: Page<DeskTicket> | undefined = await env.desk.tickets.list({ perPage: 10 }); page; page = await page.nextPage()) sizes.push(page.items.length);
    expect(sizes).toEqual([10, 10, 5]);
    expect((await collect(env.desk.tickets.iterate({ perPage: 10, limit: 12 }))).map((t) => t.subject)).toEqual(Array.from({ length: 12 }, (_, i) => `T${i}`));
    env.sim.resetStats();
    // A limit below a page asks for just that many, in one request.
    expect((await collect(env.desk.tickets.iterate({ limit: 3 }))).map((t) => t.subject)).toEqual(['T0', 'T1', 'T2']);
    expect(env.sim.stats().requests).toBe(1);
    const tail = await env.desk.tickets.list({ from: 20 });
    expect(tail.items.map((t) => t.subject)).toEqual(['T20', 'T21', 'T22', 'T23', 'T24']);
    expect(tail).toMatchObject({ hasMore: false, next: undefined, total: undefined });
  });

  it('walks 230 tickets with for await over a Page, and page by page with nextPage()', async () => {
    env = await deskEnv();
    const made = Array.from({ length: 230 }, (_, i) => env!.org.addTicket({ subject: `W${i}` }).id);
    env.sim.resetStats();
    const first = await env.desk.tickets.list();
    expect(first.items).toHaveLength(100);
    expect(first).toMatchObject({ hasMore: true, next: { from: 100 } });
    const walked: string[] = [];
    for await (const ticket of first) walked.push(ticket.id);
    expect(walked).toEqual(made);
    // The first page once, then 100 and 30: a short page is the last, no request after it.
    expect(env.sim.stats().requests).toBe(3);

    const second = await first.nextPage();
    expect(second?.items.map((t) => t.id)).toEqual(made.slice(100, 200));
    const third = await second!.nextPage();
    expect(third?.items.map((t) => t.id)).toEqual(made.slice(200));
    expect(third).toMatchObject({ hasMore: false, next: undefined });
    expect(await third!.nextPage()).toBeUndefined();
    // list({ ...page.next }) is nextPage() by hand.
    expect((await env.desk.tickets.list({ ...first.next })).items[0]?.id).toBe(made[100]);
  });

  it('stops fetching pages once the caller aborts', async () => {
    env = await deskEnv();
    for (let i = 0; i < 30; i++) env.org.addTicket({ subject: `T${i}` });
    const controller = new AbortController();
    env.sim.resetStats();
    const seen: string[] = [];
    const error = await caught(async () => {
      for await (const ticket of env!.desk.tickets.iterate({ perPage: 10, signal: controller.signal })) {
        seen.push(ticket.id);
        if (seen.length === 10) controller.abort(new Error('enough'));
      }
    });
    expect(error).toMatchObject({ message: 'enough' });
    expect(seen).toHaveLength(10);
    expect(env.sim.stats().requests).toBe(1);
  });

  it('lists one page with from, limit and sortBy (descending with a leading -)', async () => {
    env = await deskEnv();
    let clock = Date.parse('2024-05-01T00:00:00.000Z');
    env.sim.desk.clock = () => (clock += 60_000);
    for (let i = 0; i < 5; i++) env.org.addTicket({ subject: `T${i}` });
    expect((await env.desk.tickets.list({ perPage: 2, from: 1 })).items.map((t) => t.subject)).toEqual(['T1', 'T2']);
    expect((await env.desk.tickets.list({ sortBy: '-createdTime', perPage: 3 })).items.map((t) => t.subject)).toEqual(['T4', 'T3', 'T2']);
    // Lists leave the description out, as Desk's do.
    expect((await env.desk.tickets.list({ perPage: 1 })).items[0]).not.toHaveProperty('description');
  });

  it('filters the list by department and status', async () => {
    env = await deskEnv();
    env.org.addTicket({ subject: 'a', departmentId: env.support, status: 'Open' });
    env.org.addTicket({ subject: 'b', departmentId: env.billing, status: 'On Hold' });
    env.org.addTicket({ subject: 'c', departmentId: env.billing, status: 'Closed' });
    expect((await env.desk.tickets.list({ departmentId: env.billing })).items.map((t) => t.subject)).toEqual(['b', 'c']);
    expect((await env.desk.tickets.list({ status: 'Open,On Hold' })).items.map((t) => t.subject)).toEqual(['a', 'b']);
  });

  it('answers an empty list with [] (Desk sends 204 without a body)', async () => {
    env = await deskEnv();
    expect((await env.desk.tickets.list()).items).toEqual([]);
    expect(await collect(env.desk.tickets.iterate())).toEqual([]);
  });

  it('refuses a limit above 100 with Desk\'s 422 and its message', async () => {
    env = await deskEnv();
    const error = await caught(() => env!.desk.tickets.list({ perPage: 101 }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ status: 422, code: 'UNPROCESSABLE_ENTITY', message: "desk: The value passed for field 'limit' exceeds the range of '1-100'." });
  });

  it('keeps every field error when a ticket lacks its subject, department and contact', async () => {
    env = await deskEnv();
    const error = await caught(() => env!.desk.tickets.create({ subject: '', departmentId: undefined as unknown as string }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ product: 'desk', status: 422, code: 'UNPROCESSABLE_ENTITY' });
    expect((error as ZohoError).details).toEqual([
      { fieldName: '/subject', errorType: 'missing' },
      { fieldName: '/departmentId', errorType: 'missing' },
      { fieldName: '/contactId', errorType: 'missing' },
    ]);
    expect(env.org.tickets.size).toBe(0);
  });

  it('names the ids that point nowhere with INVALID_DATA', async () => {
    env = await deskEnv();
    const error = await caught(() => env!.desk.tickets.create({ subject: 'x', departmentId: '123', contactId: '456' }));
    expect(error).toMatchObject({ status: 422, code: 'INVALID_DATA' });
    expect((error as ZohoError).details).toEqual([
      { fieldName: '/departmentId', errorType: 'invalid' },
      { fieldName: '/contactId', errorType: 'invalid' },
    ]);
  });

  it('creates the contact of a ticket from its email, and reuses it for the next ticket', async () => {
    env = await deskEnv();
    const first = await env.desk.tickets.create({ subject: 'one', departmentId: env.support, contact: { lastName: 'Mei', email: 'mei@example.com' } });
    const second = await env.desk.tickets.create({ subject: 'two', departmentId: env.support, contact: { lastName: 'Mei', email: 'MEI@example.com' } });
    expect(first.contactId).toEqual(expect.any(String));
    expect(second.contactId).toBe(first.contactId);
    expect((await env.desk.contacts.list()).items.map((c) => c.email)).toEqual(['mei@example.com']);
  });

  it('embeds the contact (with its account) and the department when asked', async () => {
    env = await deskEnv();
    const account = env.org.addAccount({ accountName: 'Zylker', website: 'zylker.com' });
    const contact = env.org.addContact({ lastName: 'Carol', email: 'carol@zylker.com', accountId: account.id });
    const ticket = env.org.addTicket({ subject: 'help', contactId: contact.id, departmentId: env.billing, description: '<p>Hi</p>' });
    const full = await env.desk.tickets.get(ticket.id, { include: ['contacts', 'departments'] });
    expect(full).toMatchObject({
      description: '<p>Hi</p>',
      accountId: account.id,
      contact: { id: contact.id, lastName: 'Carol', account: { id: account.id, accountName: 'Zylker' } },
      department: { id: env.billing, name: 'Billing' },
    });
    const listed = (await env.desk.tickets.list({ include: ['contacts'] })).items;
    expect(listed[0]).toMatchObject({ contact: { email: 'carol@zylker.com' } });
  });

  it('updates only the fields given and moves the status type', async () => {
    env = await deskEnv();
    const ticket = env.org.addTicket({ subject: 'keep me', priority: 'Low' });
    const held = await env.desk.tickets.update(ticket.id, { status: 'On Hold' });
    expect(held).toMatchObject({ subject: 'keep me', priority: 'Low', status: 'On Hold', statusType: 'On Hold', closedTime: null });
    const reopened = await env.desk.tickets.update(ticket.id, { status: 'Open', priority: 'High' });
    expect(reopened).toMatchObject({ subject: 'keep me', priority: 'High', statusType: 'Open', onholdTime: null });
  });

  it('searches with wildcards, comma-separated alternatives and a total count', async () => {
    env = await deskEnv();
    const ids = ['Refund please', 'Refund now', 'Where is my order', 'Broken screen'].map((subject, i) => env!.org.addTicket({ subject, priority: ['High', 'Low', 'High', 'Medium'][i] }).id);
    expect(await env.desk.tickets.search({ subject: 'refund*' })).toMatchObject({ total: 2, items: [{ id: ids[0] }, { id: ids[1] }] });
    expect((await env.desk.tickets.search({ priority: 'High,Medium' })).items.map((t) => t.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect((await env.desk.tickets.search({ _all: 'screen' })).items.map((t) => t.id)).toEqual([ids[3]]);
    const page = await env.desk.tickets.search({ subject: '*' }, { perPage: 2, from: 1 });
    expect(page).toMatchObject({ total: 4, hasMore: true, next: { from: 3 } });
    expect(page.items.map((t) => t.id)).toEqual([ids[1], ids[2]]);
    const last = await page.nextPage();
    expect(last?.items.map((t) => t.id)).toEqual([ids[3]]);
    expect(last).toMatchObject({ total: 4, hasMore: false });
  });

  it('iterates over every search result with for await over the search Page, ending at its total', async () => {
    env = await deskEnv();
    for (let i = 0; i < 250; i++) env.org.addTicket({ subject: i % 2 === 0 ? `Even ${i}` : `Odd ${i}` });
    env.sim.resetStats();
    const found = await env.desk.tickets.search({ subject: 'even*' }, { sortBy: '-createdTime', perPage: 50 });
    expect(found.total).toBe(125);
    const evens = await collect(found);
    expect(evens).toHaveLength(125);
    expect(new Set(evens.map((t) => t.id)).size).toBe(125);
    // 50 + 50 + 25: the count says the third page is the last, even had it been full.
    expect(env.sim.stats().requests).toBe(3);
  });
});

describe('comments and threads', () => {
  it('adds private and public comments, lists them in order and gets one', async () => {
    env = await deskEnv();
    const ticket = env.org.addTicket({ subject: 'noisy fan' });
    const comments = env.desk.tickets.comments(ticket.id);
    const note = await comments.add('Checked the logs');
    const reply = await comments.add({ content: '<b>On it</b>', contentType: 'html', isPublic: true });
    expect(note).toMatchObject({ content: 'Checked the logs', isPublic: false, contentType: 'plainText' });
    expect(reply).toMatchObject({ contentType: 'html', isPublic: true });
    expect((await comments.list()).items.map((c) => c.id)).toEqual([note.id, reply.id]);
    expect((await comments.list({ sortBy: '-commentedTime', perPage: 1 })).items.map((c) => c.id)).toEqual([reply.id]);
    expect((await collect(comments.iterate({ perPage: 1 }))).map((c) => c.id)).toEqual([note.id, reply.id]);
    expect(await comments.get(reply.id)).toMatchObject({ id: reply.id, content: '<b>On it</b>' });
    expect((await env.desk.tickets.get(ticket.id)).commentCount).toBe('2');
  });

  it('refuses an empty comment with the field named', async () => {
    env = await deskEnv();
    const ticket = env.org.addTicket({ subject: 'x' });
    const error = await caught(() => env!.desk.tickets.comments(ticket.id).add({ content: '' }));
    expect(error).toMatchObject({ status: 422, code: 'UNPROCESSABLE_ENTITY', details: [{ fieldName: '/content', errorType: 'missing' }] });
  });

  it('reads the conversation: the description first, summaries in the list, content in get', async () => {
    env = await deskEnv();
    const ticket = await env.desk.tickets.create({
      subject: 'Cannot log in',
      departmentId: env.support,
      contact: { lastName: 'Ito', email: 'ito@example.com' },
      description: '<p>My password   stopped working</p>',
    });
    env.org.addThread(ticket.id, { content: 'Please try resetting it.', direction: 'out' });
    const threads = env.desk.tickets.threads(ticket.id);
    const listed = (await threads.list()).items;
    expect(listed).toMatchObject([
      { isDescriptionThread: true, direction: 'in', summary: 'My password stopped working', fromEmailAddress: 'ito@example.com' },
      { isDescriptionThread: false, direction: 'out', summary: 'Please try resetting it.' },
    ]);
    expect(listed[0]).not.toHaveProperty('content');
    expect(await threads.get(listed[1]!.id)).toMatchObject({ content: 'Please try resetting it.' });
    expect((await env.desk.tickets.get(ticket.id)).threadCount).toBe('2');
    expect((await env.desk.tickets.threads(env.org.addTicket({ subject: 'quiet' }).id).list()).items).toEqual([]);
  });

  it('answers comments of a ticket that does not exist with a 404', async () => {
    env = await deskEnv();
    const error = await caught(() => env!.desk.tickets.comments('999').list());
    expect(error).toMatchObject({ status: 404, code: 'URL_NOT_FOUND' });
  });
});
