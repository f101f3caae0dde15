import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createZoho } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** The same scenario, whichever way the simulator is served. */
async function scenario(zoho: ReturnType<typeof createZoho>, grant: string): Promise<string | undefined> {
  await zoho.authorize({ code: grant, user: 'ana@example.com' });
  const { data } = await zoho.as('ana@example.com').crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
  return data?.users?.[0]?.email;
}

describe('one simulator, three transports', () => {
  it('serves sim.fetch in process', async () => {
    const sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: sim.fetch });
    expect(await scenario(zoho, sim.createGrantCode({ clientId, user: 'ana@example.com' }))).toBe('ana@example.com');
    expect(sim.stats().requestsByUser).toEqual({ 'ana@example.com': 1 });
  });

  it('serves msw handlers that intercept global fetch', async () => {
    const sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    const server = setupServer(...sim.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    closers.push(() => server.close());
    const { clientId, clientSecret } = sim.createClient();
    // No fetch given: zohokit uses globalThis.fetch, which msw intercepts.
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter });
    expect(await scenario(zoho, sim.createGrantCode({ clientId, user: 'ana@example.com' }))).toBe('ana@example.com');
    expect(sim.stats().requestsByUser).toEqual({ 'ana@example.com': 1 });
  });

  it('serves real HTTP on localhost', async () => {
    const sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    const server = await sim.listen();
    closers.push(() => server.close());
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: server.dataCenter });
    expect(await scenario(zoho, sim.createGrantCode({ clientId, user: 'ana@example.com' }))).toBe('ana@example.com');
  });

  it('follows the api_domain of the token response over the configured API host', async () => {
    const sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    const server = await sim.listen();
    closers.push(() => server.close());
    const { clientId, clientSecret } = sim.createClient();
    // The configured API host is wrong (nothing listens there); Accounts' api_domain is right.
    const zoho = createZoho({
      credentials: { clientId, clientSecret },
      dataCenter: { ...server.dataCenter, api: 'http://127.0.0.1:9' },
      retry: false,
    });
    expect(await scenario(zoho, sim.createGrantCode({ clientId, user: 'ana@example.com' }))).toBe('ana@example.com');
  });
});
