/**
 * The token manager's less travelled paths, through createZoho against the simulator over
 * HTTP: revoking a user Zoho no longer knows (or we never stored), stores that fail or lock
 * badly (a store is the user's own code: it may throw anything), and refresh answers that
 * leave out the api domain or scopes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryTokenStore } from '../../persistence/memory-token-store.js';
import type { StoredToken, TokenKey, TokenStore } from '../../persistence/token-store.js';
import { createZoho, ZohoAuthError, ZohoError, ZohoStoreError, type Zoho } from '../../src/index.js';
import { createSimulator, type Simulator, type SimulatorServer } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';
import { caught } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

/** The user's own store: a memory store whose operations fail when told to. */
class FlakyStore implements TokenStore {
  readonly inner = new MemoryTokenStore();
  fail: Partial<Record<'get' | 'set' | 'delete' | 'lock', unknown>> = {};
  locks = 0;
  async get(key: TokenKey): Promise<StoredToken | undefined> {
    if ('get' in this.fail) throw this.fail.get;
    return this.inner.get(key);
  }
  async set(token: StoredToken): Promise<void> {
    if ('set' in this.fail) throw this.fail.set;
    return this.inner.set(token);
  }
  async delete(key: TokenKey): Promise<void> {
    if ('delete' in this.fail) throw this.fail.delete;
    return this.inner.delete(key);
  }
  async list(): Promise<StoredToken[]> {
    return this.inner.list();
  }
  async withLock<T>(_key: TokenKey, fn: () => Promise<T>): Promise<T> {
    this.locks++;
    if ('lock' in this.fail) throw this.fail.lock;
    return fn();
  }
}

let sim: Simulator;
let server: SimulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(store: TokenStore = new FlakyStore()): Promise<{ zoho: Zoho; clientId: string }> {
  sim = createSimulator();
  redactionGuard.watch(() => sim.secrets());
  server = await sim.listen();
  const { clientId, clientSecret } = sim.createClient();
  const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: server.dataCenter, store, retry: false });
  return { zoho, clientId };
}

const org = async (zoho: Zoho): Promise<unknown> => (await zoho.as(ANA).crm.api.GET('/crm/v8/org')).data?.org?.[0]?.id;

describe('revoke', () => {
  it('revoking a user never stored asks nothing of Zoho', async () => {
    const { zoho } = await setUp();
    sim.resetStats();
    await zoho.revoke('nobody@example.com');
    expect(sim.stats().requests).toBe(0);
  });

  it('a token Accounts no longer knows is still deleted from the store', async () => {
    const { zoho, clientId } = await setUp();
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    sim.failNext({ type: 'answer', status: 400, body: { error: 'invalid_token' } }, { path: '/oauth/v2/token/revoke' });
    await zoho.revoke(ANA);
    expect(await zoho.users()).toEqual([]);
  });

  it('when Accounts cannot be reached the token stays stored, to revoke later', async () => {
    const { zoho, clientId } = await setUp();
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    sim.failNext({ type: 'status', status: 503 }, { path: '/oauth/v2/token/revoke' });
    const error = await caught(() => zoho.revoke(ANA));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as ZohoError).status).toBe(503);
    expect(await zoho.users()).toEqual([ANA]);
  });

  it('a store that cannot delete says the token was revoked at Zoho but is still stored', async () => {
    const store = new FlakyStore();
    const { zoho, clientId } = await setUp(store);
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    store.fail.delete = new Error('disk is read-only');
    const error = await caught(() => zoho.revoke(ANA));
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toBe(`token store: revoked at Zoho but could not delete the token of user "${ANA}": disk is read-only`);
    // Revoked at Zoho: calling as the user now fails, and clearly.
    store.fail = {};
    expect(await caught(() => org(zoho))).toBeInstanceOf(ZohoAuthError);
  });
});

describe('stores that fail', () => {
  it('a lock that fails with a plain Error becomes a ZohoStoreError naming the user', async () => {
    const store = new FlakyStore();
    const { zoho, clientId } = await setUp(store);
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    sim.expireAccessTokens();
    store.fail.lock = new Error('lock server down');
    const error = await caught(() => org(zoho));
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toBe(`token store: could not lock the token of user "${ANA}": lock server down`);
  });

  it('a ZohoStoreError thrown by the store reaches the caller as it is', async () => {
    const store = new FlakyStore();
    const { zoho } = await setUp(store);
    const own = new ZohoStoreError('token store: the vault is sealed', { code: 'SEALED' });
    store.fail.get = own;
    expect(await caught(() => org(zoho))).toBe(own);
  });

  it('a store that throws something that is not an Error still gives a readable ZohoStoreError', async () => {
    const store = new FlakyStore();
    const { zoho } = await setUp(store);
    store.fail.get = 'ETIMEDOUT';
    const error = await caught(() => org(zoho));
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toBe(`token store: could not read the token of user "${ANA}": ETIMEDOUT`);
  });

  it('a lock that fails with a ZohoError passes it on unchanged', async () => {
    const store = new FlakyStore();
    const { zoho, clientId } = await setUp(store);
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    sim.expireAccessTokens();
    const timeout = new ZohoStoreError('token store: lock wait timed out', { code: 'LOCK_TIMEOUT' });
    store.fail.lock = timeout;
    expect(await caught(() => org(zoho))).toBe(timeout);
  });
});

describe('refresh answers', () => {
  it('a refresh without api_domain or scope keeps the ones stored with the grant', async () => {
    const store = new FlakyStore();
    const { zoho, clientId } = await setUp(store);
    const granted = await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA, scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ'] }), user: ANA });
    sim.expireAccessTokens();
    sim.failNext({ type: 'answer', status: 200, body: { access_token: '1000.fresh.token-from-a-terse-refresh', expires_in: 3600 } }, { path: '/oauth/v2/token' });
    // The refreshed token is one the simulator never issued, so CRM refuses it; what matters is what was stored.
    await caught(() => org(zoho));
    const stored = await store.inner.get({ user: ANA, clientId, environment: 'production' });
    expect(stored).toMatchObject({ accessToken: '1000.fresh.token-from-a-terse-refresh', apiDomain: granted.apiDomain, scopes: granted.scopes });
  });

  it('refreshes once for a burst of calls, under the store\'s lock', async () => {
    const store = new FlakyStore();
    const { zoho, clientId } = await setUp(store);
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    zoho.as(ANA);
    sim.expireAccessTokens();
    sim.resetStats();
    const ids = await Promise.all(Array.from({ length: 20 }, () => org(zoho)));
    expect(new Set(ids).size).toBe(1);
    expect(sim.stats().refreshes).toBe(1);
  });
});
