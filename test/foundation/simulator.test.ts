import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createZoho, ZohoConnectionError, ZohoError } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

let env: SimZoho | undefined;
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await env?.close();
  env = undefined;
  for (const close of closers.splice(0)) await close();
});

const ANA = 'ana@example.com';

describe('simulator fault injection', () => {
  it('answers a seeded share of requests with errorStatus, the same share on every run', async () => {
    const failures = async (): Promise<number> => {
      const local = await simZoho({ users: [ANA], sim: { seed: 42 }, zoho: { retry: false } });
      local.sim.faults.errorRate = 0.3;
      const results = await Promise.allSettled(Array.from({ length: 200 }, () => local.zoho.as(ANA).crm.api.GET('/crm/v8/org')));
      return results.filter((r) => r.status === 'rejected' && (r.reason as ZohoError).status === 500).length;
    };
    const first = await failures();
    expect(first).toBeGreaterThan(30);
    expect(first).toBeLessThan(90);
    expect(await failures()).toBe(first);
  });

  it('answers requests past the concurrency limit with the product\'s own 429', async () => {
    const sim = createSimulator({ faults: { latencyMs: 30, concurrencyLimit: 2 } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => sim.fetch(`${sim.dataCenter.api}/crm/v8/org`)));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(3);
    expect(await limited[0]!.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 'error' });
    expect(limited[0]!.headers.get('retry-after')).toBe('1');
  });

  it('adds latency to every answer', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.faults.latencyMs = 120;
    const started = performance.now();
    await env.zoho.as(ANA).crm.api.GET('/crm/v8/org');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('revokes a user\'s tokens: the next call fails to refresh with a typed error', async () => {
    env = await simZoho({ users: [ANA] });
    expect(env.sim.revokeTokens(ANA)).toBe(1);
    const error = await caught(() => env!.zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    expect(error).toMatchObject({ name: 'ZohoAuthError', reason: 'refresh-failed' });
  });

  it('drops the connection through msw too, which zohokit reports as ZohoConnectionError', async () => {
    const sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    const server = setupServer(...sim.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    closers.push(() => server.close());
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, retry: false });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    sim.failNext({ type: 'reset' }, { product: 'crm' });
    const error = await caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    expect(error).toBeInstanceOf(ZohoConnectionError);
  });

  it('counts requests and refreshes per user and per client', async () => {
    env = await simZoho({ users: [ANA, 'ben@example.com'] });
    env.sim.resetStats();
    env.sim.expireAccessTokens('ben@example.com');
    await env.zoho.as(ANA).crm.api.GET('/crm/v8/org');
    await env.zoho.as('ben@example.com').crm.api.GET('/crm/v8/org');
    expect(env.sim.stats()).toMatchObject({
      requestsByUser: { [ANA]: 1, 'ben@example.com': 1 },
      refreshesByUser: { 'ben@example.com': 1 },
      requestsByClient: { [env.clientId]: 2 },
      refreshesByClient: { [env.clientId]: 1 },
      rejectedTokens: 1,
    });
  });

  it('accepts the token grant as multipart form data, as the official SDKs send it', async () => {
    const sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    const { clientId, clientSecret } = sim.createClient();
    const form = new FormData();
    for (const [key, value] of Object.entries({ grant_type: 'refresh_token', client_id: clientId, client_secret: clientSecret, refresh_token: sim.issueRefreshToken({ clientId, user: ANA }) })) form.set(key, value);
    const answer = await sim.fetch(`${sim.dataCenter.accounts}/oauth/v2/token`, { method: 'POST', body: form });
    expect(await answer.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
  });
});
