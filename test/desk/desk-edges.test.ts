/**
 * Desk at its edges: a signal passed through every kind of call, an empty delete, filters
 * left undefined, and a write Desk answers without a body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoResponseError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { deskEnv, ORG_ID, type DeskEnv } from './desk-env.js';

let env: DeskEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('Desk calls with a signal that never aborts', () => {
  it('lists, searches and lists organizations as without one', async () => {
    env = await deskEnv();
    const { desk } = env;
    const signal = new AbortController().signal;
    const carol = await desk.contacts.create({ lastName: 'Carol', email: 'carol@zylker.com' });
    await desk.contacts.create({ lastName: 'Dean' });
    expect((await desk.contacts.list({ signal })).items.map((c) => c.lastName)).toEqual(['Carol', 'Dean']);
    const found = await desk.contacts.search({ lastName: 'Car*' }, { signal });
    expect(found).toMatchObject({ total: 1, items: [expect.objectContaining({ id: carol.id })] });
    expect((await desk.organizations({ signal })).items.map((org) => org.id)).toContain(ORG_ID);
  });
});

describe('Desk inputs at the edges', () => {
  it('deletes nothing, and sends nothing, for an empty list of ids', async () => {
    env = await deskEnv();
    env.sim.resetStats();
    await env.desk.contacts.delete([]);
    expect(env.sim.stats().requests).toBe(0);
  });

  it('leaves a filter given as undefined out of the query', async () => {
    env = await deskEnv();
    await env.desk.accounts.create({ accountName: 'Zylker' });
    // Projects without exactOptionalPropertyTypes (the TypeScript default) may pass undefined.
    // @ts-expect-error: this project's own settings forbid it
    const page = await env.desk.accounts.list({ sortBy: undefined });
    expect(page.items.map((a) => a.accountName)).toEqual(['Zylker']);
  });

  it('calls a create answered 204 (no body, so no contact) a ZohoResponseError', async () => {
    env = await deskEnv();
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, { method: 'POST', path: '/contacts' });
    const error = await caught(() => env!.desk.contacts.create({ lastName: 'Carol' }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('desk: creating a contact answered without a body');
  });
});
