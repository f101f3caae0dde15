import { afterEach, describe, expect, it } from 'vitest';
import { ZohoConnectionError, ZohoError, ZohoRateLimitError, ZohoResponseError } from '../../src/index.js';
import { MALFORMED_KINDS, type MalformedKind } from '../../src/testing/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

// What each broken answer must become: the class, and the status it carries.
const EXPECTED: Record<MalformedKind, { type: typeof ZohoError; status: number | undefined }> = {
  'html-200': { type: ZohoResponseError, status: 200 },
  'html-502': { type: ZohoError, status: 502 },
  'empty-200': { type: ZohoResponseError, status: 200 },
  'truncated-json': { type: ZohoResponseError, status: 200 },
  'xml-200': { type: ZohoResponseError, status: 200 },
  'json-null': { type: ZohoResponseError, status: 200 },
  'json-string': { type: ZohoResponseError, status: 200 },
  'empty-500': { type: ZohoError, status: 500 },
  'text-200': { type: ZohoResponseError, status: 200 },
  'invalid-utf8': { type: ZohoResponseError, status: 200 },
  'unknown-envelope-400': { type: ZohoError, status: 400 },
  'body-reset': { type: ZohoConnectionError, status: 200 },
  // A CRM error envelope is an error whatever the status; the rest break the operation's
  // shape from spec/ (GET /org promises {"org": [objects]}) or are not JSON at all.
  'error-envelope-200': { type: ZohoError, status: 200 },
  'data-not-array': { type: ZohoResponseError, status: 200 },
  'data-items-not-objects': { type: ZohoResponseError, status: 200 },
  'data-null': { type: ZohoResponseError, status: 200 },
  'json-array': { type: ZohoResponseError, status: 200 },
  'json-number': { type: ZohoResponseError, status: 200 },
  'json-boolean': { type: ZohoResponseError, status: 200 },
  'empty-object': { type: ZohoResponseError, status: 200 },
  'html-404': { type: ZohoError, status: 404 },
  'html-503': { type: ZohoError, status: 503 },
  'empty-429': { type: ZohoRateLimitError, status: 429 },
  'json-nan': { type: ZohoResponseError, status: 200 },
  'trailing-garbage': { type: ZohoResponseError, status: 200 },
  'html-no-content-type': { type: ZohoResponseError, status: 200 },
};

describe.each(['fetch', 'http'] as const)('malformed responses over %s', (transport) => {
  it.each(MALFORMED_KINDS)('%s becomes a typed ZohoError, never a TypeError', async (kind) => {
    env = await simZoho({ users: ['ana@example.com'], transport, zoho: { retry: false } });
    env.sim.failNext({ type: 'malformed', kind }, { product: 'crm' });
    const error = await caught(() => env!.zoho.as('ana@example.com').crm.api.GET('/crm/v8/org'));
    const expected = EXPECTED[kind];
    // Exactly this class, not merely some ZohoError.
    expect((error as Error).constructor).toBe(expected.type);
    expect(error).toMatchObject({ product: 'crm', method: 'GET', user: 'ana@example.com' });
    // Over HTTP a reset can land before the status line; then there is no status to report.
    if (!(kind === 'body-reset' && transport === 'http')) expect((error as ZohoError).status).toBe(expected.status);
    expect((error as ZohoError).url).toMatch(/\/crm\/v8\/org$/);
    // An excerpt helps debugging; it is short and never the whole page.
    if (kind !== 'body-reset') expect(((error as ZohoError).bodyExcerpt ?? '').length).toBeLessThanOrEqual(301);
    if (kind === 'html-200') expect((error as ZohoError).bodyExcerpt).toContain('Service temporarily unavailable');
  });
});

describe('answers that break their operation\'s shape', () => {
  it.each([
    ['data-not-array', '$.data', 'a string'],
    ['data-items-not-objects', '$.data[0]', 'a number'],
    ['data-null', '$.data', 'null'],
  ] as const)('%s on a record list is a ZohoResponseError naming %s', async (kind, path, found) => {
    env = await simZoho({ users: ['ana@example.com'], zoho: { retry: false } });
    env.sim.failNext({ type: 'malformed', kind }, { product: 'crm' });
    const error = await caught(() => env!.zoho.as('ana@example.com').crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } } }));
    expect((error as Error).constructor).toBe(ZohoResponseError);
    expect(error).toMatchObject({ product: 'crm', status: 200, details: { path, found } });
    expect((error as Error).message).toContain(path);
  });

  it('a CRM error envelope with HTTP 200 is a ZohoError with its code, not an empty list', async () => {
    env = await simZoho({ users: ['ana@example.com'], zoho: { retry: false } });
    env.sim.failNext({ type: 'malformed', kind: 'error-envelope-200' }, { product: 'crm' });
    const error = await caught(() => env!.zoho.as('ana@example.com').crm.module('Leads').records.list({ fields: ['Last_Name'] }));
    expect(error).toMatchObject({ name: 'ZohoError', product: 'crm', status: 200, code: 'INTERNAL_ERROR' });
  });
});

describe('malformed token responses', () => {
  it('a token answer without access_token is a ZohoResponseError naming the field', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    env.sim.expireAccessTokens();
    env.sim.failNext({ type: 'malformed', kind: 'json-null' }, { product: 'accounts' });
    const error = await caught(() => env!.zoho.as('ana@example.com').crm.api.GET('/crm/v8/org'));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect(error).toMatchObject({ product: 'accounts' });
  });

  it('an HTML page from Accounts is a ZohoResponseError', async () => {
    env = await simZoho({ users: ['ana@example.com'] });
    env.sim.expireAccessTokens();
    env.sim.failNext({ type: 'malformed', kind: 'html-200' }, { product: 'accounts' });
    const error = await caught(() => env!.zoho.as('ana@example.com').crm.api.GET('/crm/v8/org'));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect(error).toMatchObject({ product: 'accounts', status: 200 });
  });
});
