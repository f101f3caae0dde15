import { afterEach, describe, expect, it } from 'vitest';
import { ZohoRequest } from '../../src/http/zoho-request.js';
import { createZoho } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

/**
 * The transport sends ZohoRequests as `fetch(url, init)` and resends them without cloning.
 * These tests pin down what that must never change: the body that reaches Zoho on every
 * attempt, and what middleware and custom fetch functions see.
 */
describe('ZohoRequest through the transport', () => {
  let env: SimZoho | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });

  it('sends the same JSON body again when a POST is retried after a 429 (over HTTP)', async () => {
    env = await simZoho({ users: [ANA], transport: 'http' });
    env.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 0 }, { method: 'POST', product: 'crm', times: 2 });
    const leads = env.zoho.as(ANA).crm.module('Leads');
    env.sim.resetStats();
    const [result] = await leads.records.create([{ Last_Name: 'Resent', Company: 'Acme' }]);
    expect(result).toMatchObject({ ok: true });
    // Two refused sends and the one that landed: the retries really happened.
    expect(env.sim.stats().requests).toBe(3);
    const saved = await leads.records.get((result as { id: string }).id, { fields: ['Last_Name', 'Company'] });
    expect(saved).toMatchObject({ Last_Name: 'Resent', Company: 'Acme' });
  });

  it('gives a custom fetch a standard Request with the body, on every attempt', async () => {
    const sim = createSimulator();
    const { clientId, clientSecret } = sim.createClient();
    const seen: { standard: boolean; body: string }[] = [];
    const zoho = createZoho({
      credentials: { clientId, clientSecret },
      dataCenter: sim.dataCenter,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      fetch: async (request, init) => {
        if (request.method === 'POST' && request.url.includes('/crm/')) {
          seen.push({ standard: !(request instanceof ZohoRequest), body: await request.clone().text() });
        }
        return sim.fetch(request, init);
      },
    });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    sim.failNext({ type: 'rate-limit', retryAfterSeconds: 0 }, { method: 'POST', product: 'crm' });
    const [result] = await zoho.as(ANA).crm.module('Leads').records.create([{ Last_Name: 'Custom', Company: 'Acme' }]);
    expect(result).toMatchObject({ ok: true });
    expect(seen).toHaveLength(2);
    for (const attempt of seen) {
      expect(attempt.standard).toBe(true);
      expect(JSON.parse(attempt.body)).toMatchObject({ data: [{ Last_Name: 'Custom', Company: 'Acme' }] });
    }
  });

  it('lets openapi-fetch middleware read the body and headers of a real-looking Request', async () => {
    env = await simZoho({ users: [ANA] });
    const api = env.zoho.as(ANA).crm.api;
    const seen: { isRequest: boolean; body: unknown; contentType: string | null; method: string }[] = [];
    api.use({
      async onRequest({ request }) {
        seen.push({
          isRequest: request instanceof Request,
          body: await request.clone().json(),
          contentType: request.headers.get('content-type'),
          method: request.method,
        });
      },
    });
    const { data } = await api.POST('/crm/v8/{module_api_name}', {
      params: { path: { module_api_name: 'Leads' } },
      body: { data: [{ Last_Name: 'Middleware', Company: 'Acme' }] },
    });
    expect(data?.data?.[0]?.status).toBe('success');
    expect(seen).toEqual([
      { isRequest: true, body: { data: [{ Last_Name: 'Middleware', Company: 'Acme' }] }, contentType: 'application/json', method: 'POST' },
    ]);
  });
});

describe('ZohoRequest', () => {
  it('is a Request to anyone who asks, and builds the real one only on demand', async () => {
    const request = new ZohoRequest('https://www.zohoapis.com/crm/v8/Leads?x=1', {
      method: 'post',
      headers: { 'content-type': 'application/json' },
      body: '{"data":[]}',
      redirect: 'manual',
    });
    expect(request).toBeInstanceOf(Request);
    expect(request.method).toBe('POST');
    expect(request.redirect).toBe('manual');
    expect(request.bodyUsed).toBe(false);
    expect(await request.clone().text()).toBe('{"data":[]}');
    expect(await request.json()).toEqual({ data: [] });
    expect(request.bodyUsed).toBe(true);
    expect(request.signal.aborted).toBe(false);
  });

  it('keeps a one-shot stream body a stream, and clones it by teeing', async () => {
    const stream = new Blob(['streamed']).stream();
    const request = new ZohoRequest('https://example.com/upload', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    const copy = request.clone();
    expect(copy).not.toBeInstanceOf(ZohoRequest);
    expect(await copy.text()).toBe('streamed');
    expect(await request.text()).toBe('streamed');
  });
});
