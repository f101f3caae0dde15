import { afterEach, describe, expect, it } from 'vitest';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const users = Array.from({ length: 50 }, (_, i) => `user${i}@example.com`);

async function whoAmI(view: { crm: SimZoho['zoho']['crm'] }): Promise<string | undefined> {
  const { data } = await view.crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
  return data?.users?.[0]?.email;
}

describe('many users in one process', () => {
  it('50 users interleaved through as(): every request carries its own user\'s token', async () => {
    env = await simZoho({ users, sim: { faults: { latencyMs: 1 } } });
    env.sim.resetStats();
    const calls = Array.from({ length: 500 }, (_, i) => users[(i * 7) % users.length]!);
    const seen = await Promise.all(calls.map((user) => whoAmI(env!.zoho.as(user)).then((me) => [user, me] as const)));
    for (const [user, me] of seen) expect(me).toBe(user);
    // The simulator counts by the token's owner: 10 calls each, none misattributed.
    expect(env.sim.stats().requestsByUser).toEqual(Object.fromEntries(users.map((u) => [u, 10])));
  });

  it('50 users interleaved through runAs(): the binding follows async work, however deep', async () => {
    env = await simZoho({ users, sim: { faults: { latencyMs: 1 } } });
    const { zoho } = env;
    const results = await Promise.all(
      users.map((user) =>
        zoho.runAs(user, async () => {
          const first = await whoAmI(zoho);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
          const nested = await Promise.all([whoAmI(zoho), Promise.resolve().then(() => whoAmI(zoho))]);
          return [user, first, ...nested];
        }),
      ),
    );
    for (const [user, ...seen] of results) expect(seen).toEqual([user, user, user]);
  });

  it('as() wins over an enclosing runAs(), and the root client uses defaultUser outside runAs', async () => {
    env = await simZoho({ users: ['a@example.com', 'b@example.com'], zoho: { defaultUser: 'b@example.com' } });
    const { zoho } = env;
    expect(await zoho.runAs('a@example.com', () => whoAmI(zoho.as('b@example.com')))).toBe('b@example.com');
    expect(await whoAmI(zoho)).toBe('b@example.com');
    expect(await zoho.runAs('a@example.com', () => whoAmI(zoho))).toBe('a@example.com');
  });

  it('each user refreshes on their own: expiring one user\'s token refreshes only that user', async () => {
    env = await simZoho({ users: users.slice(0, 5) });
    env.sim.expireAccessTokens('user3@example.com');
    env.sim.resetStats();
    await Promise.all(users.slice(0, 5).map((u) => whoAmI(env!.zoho.as(u))));
    expect(env.sim.stats().refreshesByUser).toEqual({ 'user3@example.com': 1 });
  });
});
