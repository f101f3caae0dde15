/**
 * The transport's less travelled paths, each as a user meets it: answers of an unusual kind
 * (text a caller asked for, an untyped error page, no body at all), a custom fetch that
 * throws or rejects with something odd, no timeout, calls cancelled before they start, and
 * per-window pacing. Plus table tests of the pure readers underneath.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import * as check from '../../src/config-checks.js';
import { rateLimitOf } from '../../src/http/rate-limit.js';
import { shapeMismatch } from '../../src/http/response-shape.js';
import { ZohoRequest, standardRequest, withUrl } from '../../src/http/zoho-request.js';
import { createZoho, MemoryBudgetBackend, ZohoAuthError, ZohoConfigError, ZohoConnectionError, ZohoError, ZohoResponseError, type ZohoConfig } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { ViewCache } from '../../src/view-cache.js';
import { caught, listLeads, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('answers of an unusual kind', () => {
  it('hands over a text answer as text when the caller asked for text', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 200, body: 'Last_Name\nSmith\n', headers: { 'content-type': 'text/plain' } }, { product: 'crm' });
    const { data } = await env.zoho.as(ANA).crm.api.GET('/crm/v8/{module_api_name}', {
      params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } },
      headers: { Accept: 'text/plain, */*' },
      parseAs: 'text',
    });
    expect(data).toBe('Last_Name\nSmith\n');
  });

  it('still calls a cut-off JSON body malformed when the caller accepts text', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 200, body: '{"data":[{"id":"1"', headers: { 'content-type': 'text/plain' } }, { product: 'crm' });
    const error = await caught(() =>
      env!.zoho.as(ANA).crm.api.GET('/crm/v8/{module_api_name}', {
        params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } },
        headers: { Accept: 'text/*' },
        parseAs: 'text',
      }),
    );
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as ZohoResponseError).message).toMatch(/^crm: malformed JSON \(HTTP 200\)/);
  });

  it('names an error answer with no content type an untyped body', async () => {
    env = await simZoho({ users: [ANA], zoho: { retry: false } });
    env.sim.failNext({ type: 'answer', status: 502, body: new TextEncoder().encode('Bad gateway') }, { product: 'crm' });
    const error = await caught(() => listLeads(env!.zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ status: 502, message: "crm: HTTP 502 with a untyped body that is not the product's error envelope" });
  });

  it('takes a 200 with no body at all from a custom fetch as an empty answer', async () => {
    const sim = createSimulator();
    const credentials = sim.createClient();
    const zoho = createZoho({
      credentials,
      dataCenter: sim.dataCenter,
      // Accounts from the simulator; every product call answered 200 with a null body.
      fetch: (request) => (new URL(request.url).pathname.startsWith('/crm/') ? Promise.resolve(new Response(null, { status: 200 })) : sim.fetch(request)),
    });
    await zoho.authorize({ code: sim.createGrantCode({ clientId: credentials.clientId, user: ANA }), user: ANA });
    const { data, response } = await listLeads(zoho.as(ANA));
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
});

describe('a custom fetch that fails oddly', () => {
  const clientWith = async (fetchCrm: () => Promise<Response>, options: { logger?: boolean } = {}) => {
    const sim = createSimulator();
    const credentials = sim.createClient();
    const lines: string[] = [];
    const zoho = createZoho({
      credentials,
      dataCenter: sim.dataCenter,
      retry: false,
      fetch: (request) => (new URL(request.url).pathname.startsWith('/crm/') ? fetchCrm() : sim.fetch(request)),
      ...(options.logger ? { logger: { warn: (message: string) => lines.push(message) } } : {}),
    });
    await zoho.authorize({ code: sim.createGrantCode({ clientId: credentials.clientId, user: ANA }), user: ANA });
    return { zoho, lines };
  };

  it('turns a fetch that throws instead of rejecting into a ZohoConnectionError', async () => {
    const { zoho } = await clientWith(() => {
      throw new TypeError('fetch failed');
    });
    const error = await caught(() => listLeads(zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoConnectionError);
    expect((error as ZohoConnectionError).message).toMatch(/^crm: GET https:\/\/.*\/crm\/v8\/Leads failed: fetch failed$/);
  });

  it('turns a rejection that is not an Error into a ZohoConnectionError, and logs it as text', async () => {
    const { zoho, lines } = await clientWith(() => Promise.reject('socket hang up'), { logger: true });
    const error = await caught(() => listLeads(zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoConnectionError);
    expect((error as ZohoConnectionError).message).toMatch(/failed: unknown failure$/);
    expect((error as ZohoConnectionError).cause).toBe('socket hang up');
    expect(lines.some((line) => line.endsWith(': socket hang up'))).toBe(true);
  });
});

describe('without a timeout', () => {
  it.each([
    ['the simulator over HTTP with the global fetch', 'http'],
    ['a custom fetch', 'fetch'],
  ] as const)('sends calls with no timer when timeoutMs is 0 (%s)', async (_, transport) => {
    env = await simZoho({ users: [ANA], transport, zoho: { timeoutMs: 0 } });
    const { response } = await listLeads(env.zoho.as(ANA));
    expect(response.ok).toBe(true);
  });

  it('sends a call built as a standard Request (a recycle-bin restore) with no timer either', async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { timeoutMs: 0 } });
    const [result] = await env.zoho.as(ANA).crm.recycleBin.restore('404');
    expect(result).toMatchObject({ ok: false, id: '404', error: { code: 'INVALID_DATA' } });
  });
});

describe('a call cancelled before it starts', () => {
  it('is never sent, whatever the budget', async () => {
    env = await simZoho({ users: [ANA] });
    await listLeads(env.zoho.as(ANA)); // the token is at hand: nothing waits before the attempt's timer
    env.sim.resetStats();
    const reason = new Error('cancelled');
    expect(await caught(() => listLeads(env!.zoho.as(ANA), { signal: AbortSignal.abort(reason) }))).toBe(reason);
    expect(env.sim.stats().requests).toBe(0);
  });

  it('is never queued for a slot when every slot is taken', async () => {
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { concurrency: 1 } } }, sim: { faults: { latencyMs: 200 } } });
    const ana = env.zoho.as(ANA);
    await listLeads(ana);
    env.sim.resetStats();
    const holder = listLeads(ana);
    const reason = new Error('cancelled');
    expect(await caught(() => listLeads(ana, { signal: AbortSignal.abort(reason) }))).toBe(reason);
    expect((await env.zoho.budget()).products.crm.waiting).toBe(0);
    await holder;
    expect(env.sim.stats().requests).toBe(1);
  });

  it('is never paced when the product paces its calls', async () => {
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { requestsPerWindow: { limit: 2, windowMs: 60_000 } } } } });
    const reason = new Error('cancelled');
    env.sim.resetStats();
    expect(await caught(() => listLeads(env!.zoho.as(ANA), { signal: AbortSignal.abort(reason) }))).toBe(reason);
    expect(env.sim.stats().requests).toBe(0);
    expect((await env.zoho.budget()).products.crm.inFlight).toBe(0);
  });
});

describe('per-window pacing', () => {
  it('paces Desk calls under its per-window limit, with no refusal', async () => {
    // 5 per 300 ms stands in for Desk's per-minute limit, so the test takes about a second.
    env = await simZoho({ users: [ANA], zoho: { limits: { desk: { requestsPerWindow: { limit: 5, windowMs: 300 } } } }, sim: { limits: { desk: { limit: 5, windowMs: 300 } } } });
    const orgId = env.sim.desk.defaultOrg.id;
    const desk = env.zoho.as(ANA).desk.api;
    env.sim.resetStats();
    const results = await Promise.all(Array.from({ length: 12 }, () => desk.GET('/api/v1/tickets', { params: { header: { orgId } } })));
    expect(results.every((result) => result.response.ok)).toBe(true);
    expect(env.sim.stats().limits.refused.perWindow).toBe(0);
  });

  it('sends every call when the pace is finer than a timer can wait, booking a later turn at most a few times', async () => {
    // 100 calls per 10 ms: a turn every ~0.1 ms, but a timer fires after 1 ms at the soonest,
    // so each woken call finds itself late and books again, up to its fifth booking.
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { requestsPerWindow: { limit: 100, windowMs: 10 } } } } });
    const results = await Promise.all(Array.from({ length: 6 }, () => listLeads(env!.zoho.as(ANA))));
    expect(results.every((result) => result.response.ok)).toBe(true);
  });

  it('shows the credits of a product with a credit limit before any call is made', async () => {
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { creditsPer24h: 100 } } } });
    expect((await env.zoho.budget()).products.crm.credits).toEqual({ used: 0, limit: 100, resetAt: 0 });
  });
});

describe('rateLimitOf', () => {
  it.each([
    ['no headers at all', undefined, {}],
    ['none of the headers', { 'content-type': 'application/json' }, {}],
    ['the access token reset', { 'x-accesstoken-reset': '2026-01-01T10:00:00+05:30' }, { accessTokenReset: '2026-01-01T10:00:00+05:30' }],
    [
      'every rate-limit header',
      { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '99', 'x-ratelimit-reset': '1700000000', 'x-ratelimit-day-limit': '5000', 'x-ratelimit-day-remaining': '4990' },
      { limit: 100, remaining: 99, reset: '1700000000', dayLimit: 5000, dayRemaining: 4990 },
    ],
    ['numbers that are not numbers', { 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': ' ', 'x-ratelimit-day-limit': 'Infinity' }, {}],
  ])('reads %s', (_, headers, expected) => {
    expect(rateLimitOf(headers === undefined ? undefined : new Headers(headers))).toEqual(expected);
  });
});

describe('shapeMismatch of a top-level array', () => {
  it.each([
    [[], undefined],
    [[{ id: '1' }], undefined],
    [{ data: [] }, { path: '$', expected: 'an array', found: 'an object' }],
    [null, { path: '$', expected: 'an array', found: 'null' }],
  ])('judges %j', (body, expected) => {
    expect(shapeMismatch({ t: 'array' }, body)).toEqual(expected);
  });
});

describe('ZohoRequest', () => {
  const url = 'https://www.zohoapis.com/crm/v8/Leads';

  it('takes over a standard Request: its method, headers and body', async () => {
    const request = new ZohoRequest(new Request(url, { method: 'post', headers: { 'X-Test': '1' }, body: '{"data":[]}' }));
    expect(request.url).toBe(url);
    expect(request.method).toBe('POST');
    expect(request.headers.get('x-test')).toBe('1');
    expect(await request.text()).toBe('{"data":[]}');
    expect(request.bodyUsed).toBe(true);
  });

  it('takes a URL object, and a custom method as written', () => {
    const request = new ZohoRequest(new URL(url), { method: 'patch' });
    expect(request.url).toBe(url);
    expect(request.method).toBe('patch'); // not a standard method: kept as written, as fetch does
    expect(new ZohoRequest(url).method).toBe('GET');
  });

  it('has no body without one, and a readable one with one', async () => {
    expect(new ZohoRequest(url).body).toBeNull();
    const request = new ZohoRequest(url, { method: 'POST', body: 'x=1' });
    expect(request.bodyUsed).toBe(false);
    expect(await new Response(request.body).text()).toBe('x=1');
  });

  it('hands the real Request over when its body is a stream that can be read once', async () => {
    const stream = new Blob(['streamed']).stream();
    const request = new ZohoRequest(url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    const standard = standardRequest(request);
    expect(standard).toBe(request.real());
    const moved = withUrl(request, 'https://www.zohoapis.eu/crm/v8/Leads');
    expect(moved.url).toBe('https://www.zohoapis.eu/crm/v8/Leads');
    expect(await moved.text()).toBe('streamed');
  });

  it('moves a standard Request to another URL with its body', async () => {
    const moved = withUrl(new Request(url, { method: 'PUT', body: '{"a":1}' }), 'https://www.zohoapis.in/crm/v8/Leads');
    expect(moved.method).toBe('PUT');
    expect(await moved.text()).toBe('{"a":1}');
  });
});

describe('more unusual answers and failures', () => {
  it('refuses an untyped body handed over unread where the operation has JSON', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 200, body: new TextEncoder().encode('plain words') }, { product: 'crm' });
    const error = await caught(() =>
      env!.zoho.as(ANA).crm.api.GET('/crm/v8/{module_api_name}', {
        params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } },
        headers: { Accept: 'text/plain' },
      }),
    );
    expect(error).toBeInstanceOf(ZohoResponseError);
    // Handed over byte for byte, with no type made up for it.
    expect((error as ZohoResponseError).message).toBe('crm: GET /crm/v8/{module_api_name} answered an untyped body where the API has JSON');
  });

  it('passes on a ZohoError that a custom fetch rejects with, as it is', async () => {
    const sim = createSimulator();
    const credentials = sim.createClient();
    const own = new ZohoError('upstream proxy refused the call', { product: 'crm', code: 'PROXY' });
    const zoho = createZoho({
      credentials,
      dataCenter: sim.dataCenter,
      retry: false,
      fetch: (request) => (new URL(request.url).pathname.startsWith('/crm/') ? Promise.reject(own) : sim.fetch(request)),
    });
    await zoho.authorize({ code: sim.createGrantCode({ clientId: credentials.clientId, user: ANA }), user: ANA });
    expect(await caught(() => listLeads(zoho.as(ANA)))).toBe(own);
  });

  it('paces with a one-minute window when the window is not given', async () => {
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { requestsPerWindow: { limit: 100 } } } } });
    const { response } = await listLeads(env.zoho.as(ANA)); // the first call's turn is now
    expect(response.ok).toBe(true);
  });
});

describe('authorising', () => {
  it('sends the configured redirect URI with a grant code, as the redirect flow needs', async () => {
    const sim = createSimulator();
    const credentials = sim.createClient();
    const forms: string[] = [];
    const zoho = createZoho({
      credentials: { ...credentials, redirectUri: 'https://app.example.com/zoho/callback' },
      dataCenter: sim.dataCenter,
      fetch: async (request) => {
        if (new URL(request.url).pathname === '/oauth/v2/token') forms.push(await request.clone().text());
        return sim.fetch(request);
      },
    });
    await zoho.authorize({ code: sim.createGrantCode({ clientId: credentials.clientId, user: ANA }), user: ANA });
    expect(new URLSearchParams(forms[0]).get('redirect_uri')).toBe('https://app.example.com/zoho/callback');
  });

  it('reports a grant refused without an error code plainly, with no hint to add', async () => {
    env = await simZoho();
    env.sim.failNext({ type: 'answer', status: 400, body: { error_description: 'the request was refused' } }, { product: 'accounts' });
    const error = await caught(() => env!.zoho.authorize({ code: env!.sim.createGrantCode({ clientId: env!.clientId, user: ANA }), user: ANA }));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'grant-failed', code: undefined, message: 'accounts: error: the request was refused' });
  });

  it('binds runAs() through a runtime\'s global AsyncLocalStorage when it offers one (Workers with nodejs_als)', async () => {
    const global = globalThis as { AsyncLocalStorage?: unknown };
    global.AsyncLocalStorage = AsyncLocalStorage;
    try {
      env = await simZoho({ users: [ANA] });
      const zoho = env.zoho;
      const { response } = await zoho.runAs(ANA, () => zoho.crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } } }));
      expect(response.ok).toBe(true);
    } finally {
      delete global.AsyncLocalStorage;
    }
  });
});

describe('config checks', () => {
  it.each([
    ['no config at all', undefined, 'credentials'],
    ['a budget backend that is not one', { limits: { backend: {} } }, 'limits.backend'],
    ['a budget backend missing a method', { limits: { backend: { ...new MemoryBudgetBackend(), acquireSlot: undefined } } }, 'limits.backend'],
    ['a budget backend that is a URL', { limits: { backend: 'redis://127.0.0.1:6379' } }, 'limits.backend'],
  ])('refuses %s, naming the field', (_, extra, field) => {
    const config = extra === undefined ? undefined : { credentials: { clientId: '1000.X', clientSecret: 'secret' }, ...extra };
    let error: unknown;
    try {
      createZoho(config as unknown as ZohoConfig);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ZohoConfigError);
    expect((error as ZohoConfigError).path).toBe(field);
  });

  it('names the minimum length of a string that must be longer than one character', () => {
    expect(() => check.string({ min: 3 })('ab', 'limits.org')).toThrow(/limits\.org.*must be at least 3 characters/);
    expect(() => check.string({ min: 3, message: 'is too short' })('ab', 'limits.org')).toThrow(/limits\.org.*is too short/);
    expect(check.string()('', 'limits.org')).toBe(''); // no minimum: empty is fine
  });

  it('lets a failure that is not a config error escape a union, as a bug it is', () => {
    const broken: check.Check<string> = () => {
      throw new TypeError('a bug in a check');
    };
    expect(() => check.union([broken, check.string()], 'must be a string')('x', 'field')).toThrow(TypeError);
  });
});

describe('ViewCache', () => {
  it('drops the least recently used view when full', () => {
    const cache = new ViewCache<{ user: string }>(2);
    const ana = cache.get('ana', () => ({ user: 'ana' }));
    cache.get('ben', () => ({ user: 'ben' }));
    expect(cache.get('ana', () => ({ user: 'new ana' }))).toBe(ana); // a hit: ana is now the newest
    cache.get('cy', () => ({ user: 'cy' })); // full: ben goes
    expect(cache.size).toBe(2);
    expect(cache.get('ana', () => ({ user: 'new ana' }))).toBe(ana);
    expect(cache.get('ben', () => ({ user: 'new ben' }))).toEqual({ user: 'new ben' });
  });

  it('keeps only the view in use with no room at all', () => {
    const cache = new ViewCache<string>(0);
    expect(cache.get('ana', () => 'ana')).toBe('ana');
    expect(cache.size).toBe(1);
    cache.delete('ana');
    expect(cache.size).toBe(0);
  });
});
