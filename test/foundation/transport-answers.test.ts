/**
 * What the transport makes of answers and failures at the edge of the network, one row
 * each: bodies that are empty, untyped or pages; headers that must not be kept; and a fetch
 * (the user's own, e.g. a proxy) that throws something odd, or throws text holding a token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZoho, ZohoConnectionError, ZohoError, ZohoResponseError, type ZohoConfig } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

describe('answers the transport reads', () => {
  let env: SimZoho;
  beforeAll(async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { retry: false } });
  });
  afterAll(async () => env.close());

  const org = (): Promise<unknown> => env.zoho.as(ANA).crm.api.GET('/crm/v8/org');

  it.each<{ name: string; status: number; body: string; headers?: Record<string, string>; message: string }>([
    { name: 'a 500 page', status: 500, body: '<html>oops</html>', headers: { 'content-type': 'text/html' }, message: "crm: HTTP 500 with a text/html body that is not the product's error envelope" },
    { name: 'a 400 with no content type', status: 400, body: 'bad', message: "crm: HTTP 400 with a text/plain body that is not the product's error envelope" },
    { name: 'a 503 with nothing at all', status: 503, body: '', message: 'crm: HTTP 503 with an empty body' },
    { name: 'a 404 with JSON in no envelope', status: 404, body: '{"oops":true}', headers: { 'content-type': 'application/json' }, message: 'crm: CRM answered HTTP 404' },
  ])('$name is a ZohoError saying what came', async ({ status, body, headers, message }) => {
    env.sim.failNext({ type: 'answer', status, body, ...(headers ? { headers } : {}) }, { path: '/crm/v8/org' });
    const error = await caught(org);
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe(message);
    expect((error as ZohoError).status).toBe(status);
  });

  it('keeps the answer\'s headers on the error, but never its cookies', async () => {
    env.sim.failNext({ type: 'answer', status: 400, body: { code: 'INVALID_DATA', message: 'bad', status: 'error' }, headers: { 'set-cookie': 'session=1000.secret-cookie', 'x-request-id': 'r-42' } }, { path: '/crm/v8/org' });
    const error = (await caught(org)) as ZohoError;
    expect(error.headers?.['x-request-id']).toBe('r-42');
    expect(error.headers?.['set-cookie']).toBeUndefined();
  });

  it('an empty 200 that claims no JSON is handed over as an empty answer', async () => {
    env.sim.failNext({ type: 'answer', status: 200, body: '', headers: { 'content-type': 'text/plain' } }, { path: '/crm/v8/org' });
    const { data, response } = await env.zoho.as(ANA).crm.api.GET('/crm/v8/org');
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });

  it.each([
    { type: 'text/csv', body: 'a,b\n1,2\n' },
    { type: 'application/zip', body: 'PK\u0003\u0004...' },
  ])('a $type answer where the operation has JSON is a ZohoResponseError, not a SyntaxError', async ({ type, body }) => {
    env.sim.failNext({ type: 'answer', status: 200, body, headers: { 'content-type': type } }, { path: '/crm/v8/org' });
    const error = await caught(org);
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe(`crm: GET /crm/v8/org answered ${type} where the API has JSON`);
  });

  it('a 204 passes through untouched', async () => {
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, { path: '/crm/v8/org' });
    const { response } = await env.zoho.as(ANA).crm.api.GET('/crm/v8/org');
    expect(response.status).toBe(204);
  });
});

describe('a fetch that fails oddly', () => {
  async function withFetch(fetch: ZohoConfig['fetch'], record = true): Promise<unknown> {
    const sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, retry: false, fetch: async (request, init) => (new URL(request.url).pathname.startsWith('/oauth/') ? sim.fetch(request, init) : fetch!(request, init)) });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
    if (record) return caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    return zoho.as(ANA).crm.api.GET('/crm/v8/org').then(
      () => new Error('expected a rejection'),
      (error: unknown) => error,
    );
  }

  it('a fetch that throws a string is a ZohoConnectionError, not a crash', async () => {
    const error = await withFetch(async () => {
      throw 'proxy said no';
    });
    expect(error).toBeInstanceOf(ZohoConnectionError);
    expect((error as Error).message).toMatch(/^crm: GET .*\/crm\/v8\/org failed: unknown failure$/);
  });

  it('a fetch error quoting the request\'s token is redacted in the message', async () => {
    const error = await withFetch(async (request) => {
      throw new Error(`refused ${request.headers.get('authorization')}`);
    }, false);
    expect(error).toBeInstanceOf(ZohoConnectionError);
    // Our message is checked for secrets; the fetch's own error stays untouched as `cause`.
    redactionGuard.record((error as Error).message);
    expect((error as Error).message).toContain('failed: refused Zoho-oauthtoken [REDACTED]');
  });

  it('a socket code deep in the cause chain is the error\'s code', async () => {
    const error = await withFetch(async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }) });
    });
    expect(error).toMatchObject({ name: 'ZohoConnectionError', code: 'ECONNREFUSED' });
  });
});
