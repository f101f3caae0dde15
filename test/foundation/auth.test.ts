import { afterEach, describe, expect, it } from 'vitest';
import { ANY_CLIENT, MemoryTokenStore } from '../../persistence/index.js';
import { createZoho, ZohoAuthError, ZohoConfigError, ZohoStoreError } from '../../src/index.js';
import { authLayer } from '../../src/http/auth.js';
import { compose, requestContext } from '../../src/http/handler.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function currentUser(zoho: SimZoho['zoho'] | ReturnType<SimZoho['zoho']['as']>): Promise<string | undefined> {
  const { data } = await zoho.crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
  return data?.users?.[0]?.email;
}

describe('grant codes and stored users', () => {
  it('stores a new user from a grant code and reports who, where and which scopes, but no secret', async () => {
    env = await simZoho();
    const { sim, zoho, clientId } = env;
    const code = sim.createGrantCode({ clientId, user: 'ana@example.com', scopes: ['ZohoCRM.modules.ALL'] });
    const authorized = await zoho.authorize({ code, user: 'ana@example.com' });
    expect(authorized).toEqual({
      user: 'ana@example.com',
      clientId,
      environment: 'production',
      dataCenter: 'simulator',
      apiDomain: sim.dataCenter.api,
      scopes: ['ZohoCRM.modules.ALL'],
    });
    expect(JSON.stringify(authorized)).not.toContain(code);
    const stored = await zoho.store.get({ user: 'ana@example.com', clientId, environment: 'production' });
    expect(stored?.refreshToken).toMatch(/^1000\./);
    expect(await zoho.users()).toEqual(['ana@example.com']);
    expect(await currentUser(zoho.as('ana@example.com'))).toBe('ana@example.com');
  });

  it('refuses a used grant code with a plain-words ZohoAuthError', async () => {
    env = await simZoho();
    const { sim, zoho, clientId } = env;
    const code = sim.createGrantCode({ clientId, user: 'ana@example.com' });
    await zoho.authorize({ code, user: 'ana@example.com' });
    const error = await caught(() => zoho.authorize({ code, user: 'ana@example.com' }));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'grant-failed', code: 'invalid_code', product: 'accounts' });
    expect((error as Error).message).toMatch(/expired|already used/);
    expect((error as Error).message).not.toContain(code);
  });

  it('refuses an unknown client with a hint about the data centre', async () => {
    env = await simZoho({ zoho: { credentials: { clientId: '1000.UNKNOWNCLIENT', clientSecret: 'not-the-secret-at-all' } } });
    const code = env.sim.createGrantCode({ clientId: env.clientId, user: 'ana@example.com' });
    const error = await caught(() => env!.zoho.authorize({ code, user: 'ana@example.com' }));
    expect(error).toMatchObject({ name: 'ZohoAuthError', reason: 'grant-failed', code: 'invalid_client' });
    expect((error as Error).message).toMatch(/data centre/);
  });

  it('fails clearly when a user has no stored token', async () => {
    env = await simZoho();
    const error = await caught(() => currentUser(env!.zoho.as('nobody@example.com')));
    expect(error).toMatchObject({ name: 'ZohoAuthError', reason: 'no-token' });
    expect((error as Error).message).toContain('zoho.authorize()');
  });

  it('fails clearly when no user is bound and there is no default', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    const error = await caught(() => currentUser(env!.zoho));
    expect(error).toMatchObject({ name: 'ZohoAuthError', reason: 'no-token' });
    expect((error as Error).message).toContain('zoho.as(user)');
  });

  it('rejects an empty user name with ZohoConfigError', async () => {
    env = await simZoho();
    expect(() => env!.zoho.as('')).toThrow(ZohoConfigError);
  });

  it('revokes a user: Zoho forgets the token and the store deletes it', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    const { zoho, sim, clientId } = env;
    const before = await zoho.store.get({ user: 'ana@example.com', clientId, environment: 'production' });
    await zoho.revoke('ana@example.com');
    expect(await zoho.store.get({ user: 'ana@example.com', clientId, environment: 'production' })).toBeUndefined();
    // The revoked refresh token no longer works, even from another client holding it.
    const other = new MemoryTokenStore([{ ...before!, accessToken: undefined, expiresAt: undefined }]);
    const { createZoho } = await import('../../src/index.js');
    const stale = createZoho({ credentials: { clientId, clientSecret: env.clientSecret }, dataCenter: sim.dataCenter, fetch: sim.fetch, store: other });
    const error = await caught(() => currentUser(stale.as('ana@example.com')));
    expect(error).toMatchObject({ name: 'ZohoAuthError', reason: 'refresh-failed', code: 'invalid_code' });
  });
});

describe('starting from a refresh token', () => {
  it('checks the token with one refresh, stores it with its scopes and api domain, and works at once', async () => {
    env = await simZoho();
    const { sim, zoho, clientId } = env;
    const refreshToken = sim.issueRefreshToken({ clientId, user: 'cy@example.com', scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'] });
    sim.resetStats();
    const authorized = await zoho.authorize({ refreshToken, user: 'cy@example.com' });
    expect(authorized).toEqual({
      user: 'cy@example.com',
      clientId,
      environment: 'production',
      dataCenter: 'simulator',
      apiDomain: sim.dataCenter.api,
      scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'],
    });
    expect(JSON.stringify(authorized)).not.toContain(refreshToken);
    expect(sim.stats().refreshes).toBe(1);
    const stored = await zoho.store.get({ user: 'cy@example.com', clientId, environment: 'production' });
    expect(stored).toMatchObject({ refreshToken, dataCenter: 'simulator', scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'] });
    expect(stored?.accessToken).toBeDefined();
    expect(await zoho.users()).toEqual(['cy@example.com']);
    expect(await currentUser(zoho.as('cy@example.com'))).toBe('cy@example.com');
    // The access token from the check is used: no second refresh.
    expect(sim.stats().refreshes).toBe(1);
  });

  it('stores nothing when Accounts refuses the refresh token', async () => {
    env = await simZoho();
    const { sim, zoho, clientId } = env;
    const refreshToken = sim.issueRefreshToken({ clientId, user: 'cy@example.com' });
    sim.revokeTokens('cy@example.com');
    const error = await caught(() => zoho.authorize({ refreshToken, user: 'cy@example.com' }));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'refresh-failed' });
    expect((error as Error).message).not.toContain(refreshToken);
    expect(await zoho.store.list()).toEqual([]);
  });

  it('refuses both or neither of code and refreshToken, and an empty one, naming the argument', async () => {
    env = await simZoho();
    const both = { code: 'a', refreshToken: 'b', user: 'x' } as unknown as { refreshToken: string };
    expect(await caught(() => env!.zoho.authorize(both))).toBeInstanceOf(ZohoConfigError);
    expect(await caught(() => env!.zoho.authorize({ user: 'x' } as unknown as { code: string }))).toBeInstanceOf(ZohoConfigError);
    const empty = await caught(() => env!.zoho.authorize({ refreshToken: ' ', user: 'x' }));
    expect(empty).toMatchObject({ path: 'authorize(refreshToken)' });
  });

  it('lists the users of a store that records no client id, as a Python SDK table does', async () => {
    env = await simZoho();
    // What MySQLTokenStore's python-sdk layout reports: ANY_CLIENT ('') as the client id.
    const listed = [{ user: 'py@example.com', clientId: ANY_CLIENT, environment: 'production', refreshToken: '1000.py' }];
    const sdkTable = Object.assign(new MemoryTokenStore(), { list: async () => listed });
    const zoho = createZoho({ credentials: { clientId: env.clientId, clientSecret: env.clientSecret }, dataCenter: env.sim.dataCenter, fetch: env.sim.fetch, store: sdkTable });
    expect(await zoho.users()).toEqual(['py@example.com']);
  });
});

describe('stores refuse incomplete tokens', () => {
  it('refuses an empty user id, a missing environment or refresh token with a ZohoStoreError naming the field', async () => {
    const store = new MemoryTokenStore();
    const complete = { user: 'u@example.com', clientId: '1000.C', environment: 'production', refreshToken: '1000.secret-refresh' };
    for (const [field, token] of [
      ['user', { ...complete, user: '' }],
      ['environment', { ...complete, environment: undefined }],
      ['clientId', { ...complete, clientId: '' }],
      ['refreshToken', { ...complete, refreshToken: undefined }],
    ] as const) {
      const error = await caught(() => store.set(token as unknown as typeof complete));
      expect(error).toBeInstanceOf(ZohoStoreError);
      expect((error as Error).message).toContain(`"${field}"`);
      expect((error as Error).message).not.toContain('secret-refresh');
    }
    expect(await store.list()).toEqual([]);
  });
});

describe('single-flight refresh', () => {
  it('refreshes once for 1000 concurrent calls with an expired token', async () => {
    env = await simZoho({ users: ['ana@example.com'], zoho: { maxConcurrency: 50 } });
    const { sim, zoho } = env;
    sim.expireAccessTokens();
    // The client still believes its cached token is good: every call meets a 401 first.
    sim.resetStats();
    const ana = zoho.as('ana@example.com');
    const emails = await Promise.all(Array.from({ length: 1000 }, () => currentUser(ana)));
    expect(new Set(emails)).toEqual(new Set(['ana@example.com']));
    expect(sim.stats().refreshes).toBe(1);
  });

  it('refreshes once for 1000 concurrent calls when the stored token is past its expiry', async () => {
    let clock = Date.now();
    env = await simZoho({ users: ['ana@example.com'], sim: { now: () => clock }, zoho: { now: () => clock, maxConcurrency: 50 } });
    clock += 3600_000; // an hour later: both sides agree the token is dead
    env.sim.resetStats();
    const ana = env.zoho.as('ana@example.com');
    await Promise.all(Array.from({ length: 1000 }, () => currentUser(ana)));
    expect(env.sim.stats().refreshes).toBe(1);
    expect(env.sim.stats().rejectedTokens).toBe(0);
  });

  it('refreshes ahead of expiry, inside the skew window, without a 401', async () => {
    let clock = Date.now();
    env = await simZoho({ users: ['ana@example.com'], sim: { now: () => clock }, zoho: { now: () => clock, refreshSkewMs: 120_000 } });
    clock += 3600_000 - 60_000; // one minute left: inside the two-minute skew
    env.sim.resetStats();
    await currentUser(env.zoho.as('ana@example.com'));
    expect(env.sim.stats()).toMatchObject({ refreshes: 1, rejectedTokens: 0 });
  });

  it('stops asking Accounts once it throttles refreshes, and says when to retry', async () => {
    let clock = Date.now();
    env = await simZoho({ users: ['ana@example.com'], sim: { now: () => clock, accessTokenTtlSeconds: 30 }, zoho: { now: () => clock, refreshSkewMs: 0 } });
    const ana = env.zoho.as('ana@example.com');
    // The grant minted one token; nine refreshes within 5 minutes reach Zoho's 10-per-10-minutes limit.
    for (let i = 0; i < 9; i++) {
      clock += 31_000;
      await currentUser(ana);
    }
    clock += 31_000;
    const error = await caught(() => currentUser(ana));
    expect(error).toMatchObject({ name: 'ZohoAuthError', reason: 'throttled', recoverable: true });
    expect((error as ZohoAuthError).retryAfterMs).toBeGreaterThan(0);
    const requests = env.sim.stats().requests;
    await caught(() => currentUser(ana));
    expect(env.sim.stats().requests, 'no request while throttled').toBe(requests);
  });
});

describe('a product refuses the token', () => {
  it('refreshes and replays once after a 401', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    const { sim, zoho } = env;
    sim.failNext({ type: 'auth' }, { product: 'crm' });
    sim.resetStats();
    expect(await currentUser(zoho.as('ana@example.com'))).toBe('ana@example.com');
    expect(sim.stats()).toMatchObject({ refreshes: 1, requests: 3 }); // 401, refresh, replay
  });

  it('surfaces a second 401 as ZohoAuthError instead of looping', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    const { sim, zoho } = env;
    sim.failNext({ type: 'auth' }, { product: 'crm', times: 5 });
    sim.resetStats();
    const error = await caught(() => currentUser(zoho.as('ana@example.com')));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'token-rejected', code: 'INVALID_TOKEN', status: 401 });
    expect(sim.stats()).toMatchObject({ refreshes: 1, requests: 3 });
  });

  it('recovers when another party revoked the access token but the refresh token lives', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    env.sim.expireAccessTokens('ana@example.com');
    expect(await currentUser(env.zoho.as('ana@example.com'))).toBe('ana@example.com');
  });
});

describe('token store failures', () => {
  it('keeps working when saving a refreshed token fails, and says so in the log without secrets', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    const { sim, zoho, logs } = env;
    const store = zoho.store;
    const original = store.set.bind(store);
    store.set = async () => {
      throw new Error('disk full');
    };
    sim.expireAccessTokens();
    const { data } = await zoho.as('ana@example.com').crm.api.GET('/crm/v8/org');
    expect(data?.org?.[0]?.id).toBeDefined();
    expect(logs.some((l) => l.level === 'error' && /could not save the refreshed token of user "ana@example.com": disk full/.test(l.message))).toBe(true);
    store.set = original;
  });

  it('turns a store that cannot be read into ZohoStoreError', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    const { zoho } = env;
    zoho.store.get = async () => {
      throw new Error('connection lost');
    };
    const error = await caught(() => zoho.as('ben@example.com').crm.api.GET('/crm/v8/org'));
    expect(error).toMatchObject({ name: 'ZohoStoreError' });
    expect((error as Error).message).toContain('could not read the token of user "ben@example.com": connection lost');
  });

  it('hands back the grant when the store cannot save a new user, so the spent code is not lost', async () => {
    env = await simZoho();
    const { sim, zoho, clientId } = env;
    zoho.store.set = async () => {
      throw new Error('read-only file system');
    };
    const error = await caught(() => zoho.authorize({ code: sim.createGrantCode({ clientId, user: 'ana@example.com' }), user: 'ana@example.com' }));
    expect(error).toMatchObject({ name: 'ZohoStoreError' });
    const unsaved = (error as { unsavedToken?: { refreshToken: string } }).unsavedToken;
    expect(unsaved?.refreshToken).toMatch(/^1000\./);
    // Not enumerable: logging the error object does not print the token.
    expect(JSON.stringify(error)).not.toContain(unsaved!.refreshToken);
  });
});

describe('the auth layer signing requests', () => {
  it('signs with the token as it is now, even when a token source changes its object in place', async () => {
    const token = { accessToken: 'first', apiDomain: undefined };
    const source = { cachedAccessToken: () => token, accessToken: async () => token, rejected: () => {} };
    const seen: (string | null)[] = [];
    const handler = compose([authLayer(source, { apiOrigin: 'https://www.zohoapis.com' })], async (request) => {
      seen.push(request.headers.get('authorization'));
      return new Response('{}');
    });
    const send = () => handler(new Request('https://www.zohoapis.com/crm/v8/org'), requestContext('crm', 'u'));
    await send();
    await send();
    token.accessToken = 'second';
    await send();
    expect(seen).toEqual(['Zoho-oauthtoken first', 'Zoho-oauthtoken first', 'Zoho-oauthtoken second']);
  });
});
