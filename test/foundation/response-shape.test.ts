/**
 * The response-shape check as a table: each row is a 200 answer served by the simulator to
 * one typed call, and what the user gets: the data (when the body keeps the shape spec/
 * promises) or a ZohoResponseError naming the JSON path, what was expected and what came.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZohoResponseError } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

type Call = 'crm org' | 'desk ticket';

const ROWS: { call: Call; body: unknown; broken?: string }[] = [
  // GET /crm/v8/org: `org` is required and an array of objects.
  { call: 'crm org', body: { org: [{ id: '1' }] } },
  { call: 'crm org', body: { org: [] } },
  { call: 'crm org', body: {}, broken: 'nothing at $.org where the API has a required key' },
  { call: 'crm org', body: { org: null }, broken: 'null at $.org where the API has an array' },
  { call: 'crm org', body: { org: { id: '1' } }, broken: 'an object at $.org where the API has an array' },
  { call: 'crm org', body: { org: 'Zylker' }, broken: 'a string at $.org where the API has an array' },
  { call: 'crm org', body: { org: [{ id: '1' }, 'x'] }, broken: 'a string at $.org[1] where the API has an object' },
  { call: 'crm org', body: { org: [true] }, broken: 'a boolean at $.org[0] where the API has an object' },
  { call: 'crm org', body: { org: [[]] }, broken: 'an array at $.org[0] where the API has an object' },
  { call: 'crm org', body: { org: [null] }, broken: 'null at $.org[0] where the API has an object' },
  { call: 'crm org', body: [{ org: [] }], broken: 'an array at $ where the API has an object' },
  // GET /api/v1/tickets/{id}: `id` required; `cf` an object; `contact` an object or null;
  // `secondaryContacts` an array of anything.
  { call: 'desk ticket', body: { id: '7', contact: null, secondaryContacts: ['1', 2] } },
  { call: 'desk ticket', body: { id: '7', cf: {} } },
  { call: 'desk ticket', body: { id: '7', cf: null }, broken: 'null at $.cf where the API has an object' },
  { call: 'desk ticket', body: { id: '7', cf: [] }, broken: 'an array at $.cf where the API has an object' },
  { call: 'desk ticket', body: { id: '7', contact: 5 }, broken: 'a number at $.contact where the API has an object' },
  { call: 'desk ticket', body: { id: '7', secondaryContacts: null }, broken: 'null at $.secondaryContacts where the API has an array' },
  { call: 'desk ticket', body: { id: '7', secondaryContacts: {} }, broken: 'an object at $.secondaryContacts where the API has an array' },
  { call: 'desk ticket', body: { subject: 'no id' }, broken: 'nothing at $.id where the API has a required key' },
];

describe('response shapes from spec/, checked on every answer', () => {
  let env: SimZoho;
  beforeAll(async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { retry: false } });
  });
  afterAll(async () => env.close());

  const call = async (which: Call): Promise<unknown> => {
    const view = env.zoho.as(ANA);
    if (which === 'crm org') return (await view.crm.api.GET('/crm/v8/org')).data;
    return (await view.desk.api.GET('/api/v1/tickets/{ticketId}', { params: { header: { orgId: '1' }, path: { ticketId: '7' } } })).data;
  };
  const operation: Record<Call, string> = { 'crm org': 'crm: GET /crm/v8/org', 'desk ticket': 'desk: GET /api/v1/tickets/{ticketId}' };
  const path: Record<Call, string> = { 'crm org': '/crm/v8/org', 'desk ticket': '/api/v1/tickets/' };

  it.each(ROWS)('$call answering $body', async ({ call: which, body, broken }) => {
    env.sim.failNext({ type: 'answer', status: 200, body }, { path: path[which] });
    if (broken === undefined) {
      expect(await call(which)).toEqual(body);
      return;
    }
    const error = await caught(() => call(which));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe(`${operation[which]} answered ${broken}`);
    expect(error).toMatchObject({ status: 200, method: 'GET' });
  });
});

describe('the shape check with a middleware of the user\'s own', () => {
  it('still checks every answer once a middleware is added, and the middleware sees each call', async () => {
    const env = await simZoho({ users: [ANA], transport: 'http', zoho: { retry: false } });
    try {
      const api = env.zoho.as(ANA).crm.api;
      const seen: string[] = [];
      // An onRequest that awaits: openapi-fetch then calls our fetch in a later turn.
      api.use({
        onRequest: async ({ request, schemaPath }) => {
          await Promise.resolve();
          seen.push(`${request.method} ${schemaPath}`);
          return undefined;
        },
      });
      expect((await api.GET('/crm/v8/org')).data?.org).toHaveLength(1);
      env.sim.failNext({ type: 'answer', status: 200, body: { org: 'Zylker' } }, { path: '/crm/v8/org' });
      const error = await caught(() => api.GET('/crm/v8/org'));
      expect(error).toBeInstanceOf(ZohoResponseError);
      expect((error as Error).message).toBe('crm: GET /crm/v8/org answered a string at $.org where the API has an array');
      expect(seen).toEqual(['GET /crm/v8/org', 'GET /crm/v8/org']);
    } finally {
      await env.close();
    }
  });
});

describe('which way a call goes once middleware is in play', () => {
  let env: SimZoho;
  beforeAll(async () => {
    env = await simZoho({ users: [ANA], zoho: { retry: false } });
  });
  afterAll(async () => {
    await env.close();
  });
  const broken = (): void => env.sim.failNext({ type: 'answer', status: 200, body: { org: 'Zylker' } }, { path: '/crm/v8/org' });

  it('checks a call that brings its own middleware, which sees the call', async () => {
    const api = env.zoho.as(ANA).crm.api;
    const seen: string[] = [];
    const middleware = [{ onRequest: ({ schemaPath }: { schemaPath: string }) => void seen.push(schemaPath) }];
    expect((await api.GET('/crm/v8/org', { middleware })).data?.org).toHaveLength(1);
    broken();
    const error = await caught(() => api.GET('/crm/v8/org', { middleware }));
    expect((error as Error).message).toBe('crm: GET /crm/v8/org answered a string at $.org where the API has an array');
    expect(seen).toEqual(['/crm/v8/org', '/crm/v8/org']);
  });

  it('checks the transport\'s answer before the user\'s onResponse, which may replace it with its own JSON', async () => {
    const api = env.zoho.as(ANA).crm.api;
    const replacing = {
      onResponse: () => new Response(JSON.stringify({ org: [{ id: 'from-middleware' }] }), { headers: { 'content-type': 'application/json' } }),
    };
    api.use(replacing);
    try {
      expect((await api.GET('/crm/v8/org')).data?.org?.[0]?.id).toBe('from-middleware');
      broken();
      // The broken answer is refused before the middleware could paper over it.
      expect(await caught(() => api.GET('/crm/v8/org'))).toBeInstanceOf(ZohoResponseError);
    } finally {
      api.eject(replacing);
    }
    // Ejected: calls take the direct way again, and are still checked.
    expect((await api.GET('/crm/v8/org')).data?.org?.[0]?.id).not.toBe('from-middleware');
    broken();
    expect(await caught(() => api.GET('/crm/v8/org'))).toBeInstanceOf(ZohoResponseError);
  });

  it('hands a call with its own fetch to that fetch, as openapi-fetch does, past the transport', async () => {
    const api = env.zoho.as(ANA).crm.api;
    const sent: Request[] = [];
    const own = async (request: Request): Promise<Response> => {
      sent.push(request);
      return new Response(JSON.stringify({ org: [] }), { headers: { 'content-type': 'application/json' } });
    };
    const { data } = await api.GET('/crm/v8/org', { fetch: own });
    expect(data?.org).toEqual([]);
    expect(sent).toHaveLength(1);
    // The transport never saw it: no token was added.
    expect(sent[0]!.headers.get('authorization')).toBeNull();
  });
});
