import { afterEach, describe, expect, it } from 'vitest';
import type { ZohoError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { deskEnv, type DeskEnv } from './desk-env.js';

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

describe('contacts', () => {
  it('creates, gets with its account, updates and trashes a contact', async () => {
    env = await deskEnv();
    const { desk } = env;
    const account = await desk.accounts.create({ accountName: 'Zylker', website: 'zylker.com' });
    const contact = await desk.contacts.create({ firstName: 'Lucas', lastName: 'Carol', email: 'carol@zylker.com', accountId: account.id });
    expect(contact).toMatchObject({ id: expect.stringMatching(/^\d+$/), lastName: 'Carol', accountId: account.id, isTrashed: false });

    expect(await desk.contacts.get(contact.id, { include: ['accounts'] })).toMatchObject({ account: { id: account.id, accountName: 'Zylker', website: 'zylker.com' } });
    const moved = await desk.contacts.update(contact.id, { phone: '+1 555 0100', title: 'CTO' });
    expect(moved).toMatchObject({ lastName: 'Carol', email: 'carol@zylker.com', phone: '+1 555 0100', title: 'CTO' });

    await desk.contacts.delete([contact.id]);
    expect((await desk.contacts.list()).items).toEqual([]);
    expect(env.org.trash.contacts.get(contact.id)).toMatchObject({ isTrashed: true });
  });

  it('needs a last name, and an account that exists', async () => {
    env = await deskEnv();
    const missing = await caught(() => env!.desk.contacts.create({ lastName: ' ', email: 'x@example.com' }));
    expect(missing).toMatchObject({ status: 422, code: 'UNPROCESSABLE_ENTITY', details: [{ fieldName: '/lastName', errorType: 'missing' }] });
    const nowhere = await caught(() => env!.desk.contacts.create({ lastName: 'Ng', accountId: '42' }));
    expect(nowhere).toMatchObject({ status: 422, code: 'INVALID_DATA', details: [{ fieldName: '/accountId', errorType: 'invalid' }] });
  });

  it('sorts by last name either way and embeds accounts in the list', async () => {
    env = await deskEnv();
    const account = env.org.addAccount({ accountName: 'Acme' });
    for (const lastName of ['Baker', 'Adams', 'Cole']) env.org.addContact({ lastName, accountId: account.id });
    expect((await env.desk.contacts.list({ sortBy: 'lastName' })).items.map((c) => c.lastName)).toEqual(['Adams', 'Baker', 'Cole']);
    expect((await env.desk.contacts.list({ sortBy: '-lastName', perPage: 2 })).items.map((c) => c.lastName)).toEqual(['Cole', 'Baker']);
    expect((await env.desk.contacts.list({ include: ['accounts'], perPage: 1 })).items[0]).toMatchObject({ account: { accountName: 'Acme' } });
  });

  it('searches by email, full name with a wildcard, and an empty phone', async () => {
    env = await deskEnv();
    const ana = env.org.addContact({ firstName: 'Ana', lastName: 'Lima', email: 'ana@lima.example', phone: '555' });
    const ben = env.org.addContact({ firstName: 'Ben', lastName: 'Lima', email: 'ben@lima.example' });
    expect((await env.desk.contacts.search({ email: 'ANA@lima.example' })).items.map((c) => c.id)).toEqual([ana.id]);
    expect(await env.desk.contacts.search({ fullName: '* Lima' })).toMatchObject({ total: 2 });
    expect((await env.desk.contacts.search({ phone: '${empty}' })).items.map((c) => c.id)).toEqual([ben.id]);
    expect(await env.desk.contacts.search({ lastName: 'Nobody' })).toMatchObject({ items: [], total: 0, hasMore: false, next: undefined });
  });

  it('iterates over 130 contacts in two requests', async () => {
    env = await deskEnv();
    for (let i = 0; i < 130; i++) env.org.addContact({ lastName: `C${i}` });
    env.sim.resetStats();
    expect(await collect(env.desk.contacts.iterate())).toHaveLength(130);
    expect(env.sim.stats().requests).toBe(2);
  });
});

describe('accounts', () => {
  it('creates, lists, searches, updates and trashes accounts', async () => {
    env = await deskEnv();
    const { desk } = env;
    const zylker = await desk.accounts.create({ accountName: 'Zylker', industry: 'Retail' });
    const acme = await desk.accounts.create({ accountName: 'Acme Corp' });
    expect((await desk.accounts.list({ sortBy: 'accountName' })).items.map((a) => a.accountName)).toEqual(['Acme Corp', 'Zylker']);
    expect((await desk.accounts.search({ accountName: 'acme*' })).items.map((a) => a.id)).toEqual([acme.id]);
    expect(await desk.accounts.update(zylker.id, { website: 'zylker.com' })).toMatchObject({ accountName: 'Zylker', industry: 'Retail', website: 'zylker.com' });
    expect(await desk.accounts.get(zylker.id)).toMatchObject({ website: 'zylker.com' });
    await desk.accounts.delete([zylker.id, acme.id]);
    expect((await desk.accounts.list()).items).toEqual([]);
  });

  it('refuses a second account with the same name as a duplicate', async () => {
    env = await deskEnv();
    await env.desk.accounts.create({ accountName: 'Zylker' });
    const error = await caught(() => env!.desk.accounts.create({ accountName: 'zylker' }));
    expect(error).toMatchObject({ status: 422, code: 'INVALID_DATA' });
    expect((error as ZohoError).details).toEqual([{ fieldName: '/accountName', errorType: 'duplicate' }]);
  });

  it('refuses to trash ids that name no account, and trashes nothing then', async () => {
    env = await deskEnv();
    const kept = env.org.addAccount({ accountName: 'Kept' });
    const error = await caught(() => env!.desk.accounts.delete([kept.id, '999']));
    expect(error).toMatchObject({ status: 422, code: 'INVALID_DATA', details: [{ fieldName: '/accountIds', errorType: 'invalid' }] });
    expect(env.org.accounts.has(kept.id)).toBe(true);
  });
});
