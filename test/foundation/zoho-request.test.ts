import { afterEach, describe, expect, it } from 'vitest';
import { SendInit, withSignal } from '../../src/http/send-init.js';
import { resendInit, setHeader, takeHeader, ZohoRequest } from '../../src/http/zoho-request.js';
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

describe('ZohoRequest headers kept as a record', () => {
  const URL_ = 'https://www.zohoapis.com/crm/v8/org';
  const direct = (headers: Record<string, string>): ZohoRequest =>
    new ZohoRequest(URL_, new SendInit(undefined, headers, undefined, undefined, undefined) as RequestInit);

  it('is a GET that follows redirects when its init leaves fetch’s defaults unset, and is sent as it is', () => {
    const request = direct({});
    expect(request.method).toBe('GET');
    expect(resendInit(request)).toBe(request.init);
    expect(resendInit(request.copyTo(URL_))).toMatchObject({ method: undefined, redirect: undefined });
    // The standard Request built from it (asked for here) has the same defaults.
    expect(request.redirect).toBe('follow');
    expect(request.real().method).toBe('GET');
    // A method the init does spell out is sent as the request normalised it.
    const lower = new ZohoRequest(URL_, new SendInit('post', {}, 'x', undefined, undefined) as RequestInit);
    expect(resendInit(lower)).toMatchObject({ method: 'POST', body: 'x' });
  });

  it('signs and reads the record in place, and sends the init as it is', () => {
    const request = direct({ 'x-zohokit-idempotent': 'true', accept: 'application/json' });
    setHeader(request, 'authorization', 'Zoho-oauthtoken t');
    expect(takeHeader(request, 'x-zohokit-idempotent')).toBe('true');
    expect(takeHeader(request, 'x-zohokit-idempotent')).toBeNull();
    const init = resendInit(request)!;
    expect(init).toBe(request.init);
    expect(init.headers).toEqual({ accept: 'application/json', authorization: 'Zoho-oauthtoken t' });
  });

  it('turns into a Headers once asked for one, and sends that from then on', () => {
    const request = direct({ accept: 'application/json' });
    expect(request.headers.get('Accept')).toBe('application/json');
    setHeader(request, 'authorization', 'Zoho-oauthtoken t');
    request.headers.set('x-late', '1');
    expect(takeHeader(request, 'accept')).toBe('application/json');
    expect(takeHeader(request, 'accept')).toBeNull();
    const init = resendInit(request)!;
    expect(init).not.toBe(request.init);
    expect(init.headers).toBe(request.headers);
    expect([...(init.headers as Headers)]).toEqual([
      ['authorization', 'Zoho-oauthtoken t'],
      ['x-late', '1'],
    ]);
  });

  it('gives a copy headers of its own, whichever form they are in', () => {
    const request = direct({ accept: 'application/json' });
    const copy = request.copyTo('https://www.zohoapis.eu/crm/v8/org');
    setHeader(copy, 'authorization', 'copy');
    expect(resendInit(request)!.headers).toEqual({ accept: 'application/json' });
    expect(resendInit(copy)!.headers).toEqual({ accept: 'application/json', authorization: 'copy' });
    request.headers.set('x-real', '1');
    const second = request.copyTo(URL_);
    second.headers.set('x-copy', '1');
    expect(request.headers.has('x-copy')).toBe(false);
    expect(second.headers.get('x-real')).toBe('1');
  });

  it('reads and writes headers of a standard Request too', () => {
    const request = new Request(URL_, { headers: { 'x-zohokit-idempotent': 'false' } });
    setHeader(request, 'authorization', 'std');
    expect(takeHeader(request, 'x-zohokit-idempotent')).toBe('false');
    expect([...request.headers]).toEqual([['authorization', 'std']]);
  });
});

describe('withSignal', () => {
  it('keeps the usual init one SendInit and copies any other init with the signal', () => {
    const timer = new AbortController();
    const usual = new SendInit('POST', { a: '1' }, 'body', 'follow', undefined);
    const signed = withSignal(usual as RequestInit, timer.signal);
    expect(signed).toBeInstanceOf(SendInit);
    expect(signed).toMatchObject({ method: 'POST', headers: { a: '1' }, body: 'body', redirect: 'follow' });
    expect(signed.signal).toBe(timer.signal);
    expect(usual.signal).toBeUndefined();
    const other = withSignal({ method: 'GET', cache: 'no-store' }, timer.signal);
    expect(other).not.toBeInstanceOf(SendInit);
    expect(other).toEqual({ method: 'GET', cache: 'no-store', signal: timer.signal });
  });
});
