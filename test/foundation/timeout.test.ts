import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryTokenStore } from '../../persistence/index.js';
import { createZoho, ZohoTimeoutError, type FetchFn, type Zoho } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { caught, listLeads, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

/**
 * A custom fetch (a proxy, an instrumented client...) that answers CRM calls with the
 * simulator's status and headers but a body that sends five bytes and then nothing, and
 * ignores the abort signal: the stream has no cancel and never errors.
 */
function stallingFetch(inner: FetchFn): FetchFn {
  return async (request, init) => {
    const response = await inner(request, init);
    if (!new URL(request.url).pathname.startsWith('/crm/')) return response;
    const first = new Uint8Array(await response.arrayBuffer()).slice(0, 5);
    const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(first) });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

describe('the per-attempt timeout covers the whole body read (#11)', () => {
  it('fails a call whose body never ends with ZohoTimeoutError, although the custom fetch ignores the signal', async () => {
    const sim = createSimulator();
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: stallingFetch(sim.fetch), timeoutMs: 200, retry: false });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });

    const error = await caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    expect(error).toBeInstanceOf(ZohoTimeoutError);
    expect((error as Error).message).toContain('GET');
    expect((error as Error).message).toContain('timed out after 200 ms');
  });

  it('lets the caller cancel such a call too, with the caller\'s reason', async () => {
    const sim = createSimulator();
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: stallingFetch(sim.fetch), timeoutMs: 60_000, retry: false });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });

    const controller = new AbortController();
    const pending = caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org', { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    expect(await pending).toEqual(new Error('user cancelled'));
  });
});

describe('the per-attempt timeout through Node\'s fetch, which ends the call on abort (no race)', () => {
  let env: SimZoho | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });

  /** A server of our own answering every request with `answer`, and a client with a 100 ms limit signed in to it. */
  async function serverOf(answer: (response: ServerResponse) => void): Promise<{ url: string; zoho: Zoho; close: () => Promise<void> }> {
    const open: ServerResponse[] = [];
    const server = createServer((_, response) => {
      open.push(response);
      answer(response);
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const store = new MemoryTokenStore([
      { user: ANA, clientId: 'c', environment: 'production', refreshToken: 'r', accessToken: 'a', expiresAt: Date.now() + 3_600_000 },
    ]);
    const zoho = createZoho({
      credentials: { clientId: 'c', clientSecret: 's' },
      dataCenter: { name: 'own-server', accounts: url, api: url, content: url, analytics: url, desk: url },
      store,
      timeoutMs: 100,
      retry: false,
    });
    const close = async (): Promise<void> => {
      for (const response of open.splice(0)) response.destroy();
      await new Promise((closed) => server.close(closed));
    };
    return { url, zoho, close };
  }

  it('fails an answer that does not come in time with ZohoTimeoutError, over HTTP', async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { timeoutMs: 50, retry: false } });
    env.sim.faults.latencyMs = 400;
    const error = await caught(() => listLeads(env!.zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoTimeoutError);
    expect((error as Error).message).toMatch(/^crm: GET .*\/crm\/v8\/Leads timed out after 50 ms$/);
  });

  it('fails a body that stops half-way with ZohoTimeoutError, not a cut-off body', async () => {
    // A server that sends the headers and five bytes of a JSON body, then nothing.
    const server = await serverOf((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"org');
    });
    try {
      const error = await caught(() => server.zoho.as(ANA).crm.api.GET('/crm/v8/org'));
      expect(error).toBeInstanceOf(ZohoTimeoutError);
      expect((error as Error).message).toBe(`crm: GET ${server.url}/crm/v8/org timed out after 100 ms`);
    } finally {
      await server.close();
    }
  });

  it('leaves a download handed on unread to the caller, at its own pace: the limit ends with the attempt', async () => {
    // A CSV export whose body comes in two halves, the second well after the time limit.
    const server = await serverOf((response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('id,name\n');
      setTimeout(() => response.end('1,Ana\n'), 300);
    });
    try {
      const { data } = await server.zoho.as(ANA).crm.api.GET('/crm/v8/org', { parseAs: 'text' });
      expect(data).toBe('id,name\n1,Ana\n');
    } finally {
      await server.close();
    }
  });

  it('surfaces the caller\'s reason when the caller aborts first, over HTTP', async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { timeoutMs: 60_000, retry: false } });
    env.sim.faults.latencyMs = 400;
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 20);
    expect(await caught(() => listLeads(env!.zoho.as(ANA), { signal: controller.signal }))).toEqual(new Error('user cancelled'));
  });

  it('leaves no timer behind after a call that succeeded', async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { timeoutMs: 60_000, retry: false } });
    const before = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    await listLeads(env.zoho.as(ANA));
    expect(process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length).toBeLessThanOrEqual(before);
  });
});
