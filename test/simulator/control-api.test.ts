/**
 * The simulator as a service: a program in any language drives it over HTTP with plain
 * requests to /__zohokit/..., and talks to it as to Zoho. Nothing here uses zohokit's
 * client or the simulator's JS methods, only fetch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator, type SimulatorServer } from '../../src/testing/index.js';

let server: SimulatorServer;
let base: string;

beforeAll(async () => {
  server = await createSimulator().listen();
  base = server.url;
});
afterAll(async () => server.close());
beforeEach(async () => {
  await control('POST', '/reset');
});

type Json = Record<string, unknown>;

async function control(method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${base}/__zohokit${path}`, {
    method,
    ...(body !== undefined && { headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, json: (await response.json()) as Json };
}

/** A client, and a user's tokens through Accounts' token endpoint, as any SDK gets them. */
async function signIn(user = 'ana@example.com', scopes?: string[]): Promise<{ accessToken: string; refreshToken: string; clientId: string; clientSecret: string }> {
  const client = (await control('POST', '/clients')).json as { clientId: string; clientSecret: string };
  const { json } = await control('POST', '/grant-codes', { clientId: client.clientId, user, ...(scopes && { scopes }) });
  const urls = (await control('GET', '/')).json['urls'] as { tokenEndpoint: string };
  const answer = await fetch(urls.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: client.clientId, client_secret: client.clientSecret, code: String(json['code']) }),
  });
  const token = (await answer.json()) as { access_token: string; refresh_token: string };
  return { accessToken: token.access_token, refreshToken: token.refresh_token, ...client };
}

function api(path: string, accessToken: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { headers: { authorization: `Zoho-oauthtoken ${accessToken}`, ...headers } });
}

describe('simulator control API over HTTP', () => {
  it('lists every URL another SDK needs, the token endpoint and file upload included', async () => {
    const { status, json } = await control('GET', '/');
    expect(status).toBe(200);
    expect(json['urls']).toEqual({
      api: base,
      accounts: base,
      tokenEndpoint: `${base}/oauth/v2/token`,
      fileUpload: `${base}/crm/v8/upload`,
      analytics: base,
      desk: base,
      control: `${base}/__zohokit/`,
    });
  });

  it('creates a client and a grant code that Accounts exchanges, and seeds CRM records the API then lists', async () => {
    const { accessToken } = await signIn();
    const seeded = await control('POST', '/crm/modules/Leads/records', { records: [{ Last_Name: 'Ng', Email: 'ng@example.com' }, { Last_Name: 'Ochoa' }], owner: 'ana@example.com' });
    expect(seeded.status).toBe(201);
    expect(seeded.json['ids']).toHaveLength(2);
    const listed = (await (await api('/crm/v8/Leads?fields=Last_Name,Email', accessToken)).json()) as { data: Json[] };
    expect(listed.data.map((record) => record['Last_Name']).sort()).toEqual(['Ng', 'Ochoa']);
    expect(listed.data.map((record) => record['id']).sort()).toEqual([...(seeded.json['ids'] as string[])].sort());
  });

  it('expires access tokens (a refresh then works) and revokes refresh tokens (a refresh then fails)', async () => {
    const { accessToken, refreshToken, clientId, clientSecret } = await signIn('ben@example.com');
    expect((await api('/crm/v8/org', accessToken)).status).toBe(200);
    expect((await control('POST', '/tokens/expire', { user: 'ben@example.com' })).json).toEqual({ expired: 1 });
    const refused = await api('/crm/v8/org', accessToken);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'INVALID_TOKEN' });

    const refresh = () =>
      fetch(`${base}/oauth/v2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken }),
      }).then((answer) => answer.json() as Promise<Json>);
    const renewed = await refresh();
    expect((await api('/crm/v8/org', String(renewed['access_token']))).status).toBe(200);

    expect((await control('POST', '/tokens/revoke', { user: 'ben@example.com' })).json).toEqual({ revoked: 1 });
    expect(await refresh()).toMatchObject({ error: expect.any(String) });
  });

  it('issues a refresh token directly, as if the user had consented, which Accounts then refreshes', async () => {
    const { clientId, clientSecret } = (await control('POST', '/clients')).json as { clientId: string; clientSecret: string };
    const issued = await control('POST', '/refresh-tokens', { clientId, user: 'dee@example.com', scopes: ['ZohoCRM.org.READ'] });
    expect(issued.status).toBe(201);
    const answer = (await (
      await fetch(`${base}/oauth/v2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, client_secret: clientSecret, refresh_token: String(issued.json['refreshToken']) }),
      })
    ).json()) as Json;
    expect(answer).toMatchObject({ access_token: expect.any(String), scope: 'ZohoCRM.org.READ' });
    expect((await api('/crm/v8/org', String(answer['access_token']))).status).toBe(200);
  });

  it('injects one-shot faults for matching requests only, and clears them', async () => {
    const { accessToken } = await signIn();
    const queued = await control('POST', '/faults', { fault: { type: 'status', status: 503 }, match: { product: 'crm', path: '/org' }, times: 2 });
    expect(queued.status).toBe(201);
    expect((await api('/crm/v8/users?type=CurrentUser', accessToken)).status).toBe(200);
    expect((await api('/crm/v8/org', accessToken)).status).toBe(503);
    expect((await api('/crm/v8/org', accessToken)).status).toBe(503);
    expect((await api('/crm/v8/org', accessToken)).status).toBe(200);

    await control('POST', '/faults', { fault: { type: 'rate-limit', retryAfterSeconds: 7 } });
    const limited = await api('/crm/v8/org', accessToken);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');

    await control('POST', '/faults', { fault: { type: 'auth' } });
    expect((await control('DELETE', '/faults')).json).toEqual({ cleared: true });
    expect((await api('/crm/v8/org', accessToken)).status).toBe(200);
  });

  it('sets standing faults and product limits, reads them back, and lifts a limit with null', async () => {
    const { accessToken } = await signIn();
    await control('POST', '/creator/apps', { owner: 'jason', app: 'store', forms: [{ name: 'Order', fields: [{ link_name: 'Email', type: 'email' }] }] });
    const changed = await control('PATCH', '/settings', { faults: { errorRate: 1, errorStatus: 502 }, creator: { remainingDailyCalls: 0 } });
    expect(changed.status).toBe(200);
    expect(changed.json['faults']).toMatchObject({ errorRate: 1, errorStatus: 502, concurrencyLimit: null });
    expect(changed.json['creator']).toMatchObject({ remainingDailyCalls: 0, requireScopes: false });
    expect((await api('/crm/v8/org', accessToken)).status).toBe(502);

    await control('PATCH', '/settings', { faults: { errorRate: 0 } });
    const daily = await api('/creator/v2.1/data/jason/store/report/All_Order', accessToken);
    expect(await daily.json()).toMatchObject({ code: 4000 });
    const lifted = await control('PATCH', '/settings', { creator: { remainingDailyCalls: null } });
    expect(lifted.json['creator']).toMatchObject({ remainingDailyCalls: null });
    // The limit is lifted: the report answers again (with Creator's 3100 "no records", as it is empty).
    expect(await (await api('/creator/v2.1/data/jason/store/report/All_Order', accessToken)).json()).toMatchObject({ code: 3100 });
  });

  it('seeds Creator apps and records, Analytics workspaces, tables and rows, and Desk orgs and departments', async () => {
    const { accessToken } = await signIn('ana@example.com');
    const app = await control('POST', '/creator/apps', {
      owner: 'jason',
      app: 'store',
      forms: [{ name: 'Order', fields: [{ link_name: 'Email', type: 'email', mandatory: true }, { link_name: 'Amount', type: 'number' }] }],
      reports: [{ name: 'All_Orders', form: 'Order' }],
    });
    expect(app.json).toEqual({ owner: 'jason', app: 'store', forms: ['Order'], reports: ['All_Orders'] });
    await control('POST', '/creator/apps/jason/store/forms/Order/records', { records: [{ Email: 'a@example.com', Amount: 5 }, { Email: 'b@example.com', Amount: 7 }] });
    const report = (await (await api('/creator/v2.1/data/jason/store/report/All_Orders', accessToken)).json()) as { data: Json[] };
    expect(report.data.map((record) => record['Email'])).toEqual(['a@example.com', 'b@example.com']);

    const workspace = await control('POST', '/analytics/workspaces', { name: 'Sales', owner: 'ana@example.com' });
    const workspaceId = String(workspace.json['id']);
    const table = await control('POST', `/analytics/workspaces/${workspaceId}/tables`, {
      name: 'orders',
      columns: [{ name: 'region', type: 'PLAIN' }, { name: 'amount', type: 'NUMBER' }],
      rows: [{ region: 'East', amount: '3' }],
    });
    expect(table.json).toMatchObject({ name: 'orders', rows: 1 });
    await control('POST', `/analytics/workspaces/${workspaceId}/tables/${String(table.json['id'])}/rows`, { rows: [{ region: 'West', amount: '4' }] });
    const config = encodeURIComponent(JSON.stringify({ responseFormat: 'csv' }));
    const csv = await api(`/restapi/v2/workspaces/${workspaceId}/views/${String(table.json['id'])}/data?CONFIG=${config}`, accessToken, {
      'ZANALYTICS-ORGID': String(workspace.json['orgId']),
    });
    expect((await csv.text()).trim().split('\n')).toEqual(['region,amount', 'East,3', 'West,4']);

    const org = await control('POST', '/desk/orgs', { companyName: 'Acme', departments: ['Sales'] });
    const orgId = String(org.json['id']);
    await control('POST', `/desk/orgs/${orgId}/departments`, { name: 'Billing' });
    const departments = (await (await api('/api/v1/departments', accessToken, { orgId })).json()) as { data: Json[] };
    expect(departments.data.map((department) => department['name'])).toEqual(['Sales', 'Billing']);
  });

  it('reads and resets stats; control requests are not counted', async () => {
    const { accessToken } = await signIn('cy@example.com');
    await control('DELETE', '/stats');
    await api('/crm/v8/org', accessToken);
    await api('/crm/v8/org', accessToken);
    const { json } = await control('GET', '/stats');
    expect(json).toMatchObject({ requests: 2, requestsByUser: { 'cy@example.com': 2 } });
    expect((await control('DELETE', '/stats')).json).toMatchObject({ requests: 0 });
  });

  it('resets to an empty simulator, or keeps clients and their tokens when asked', async () => {
    const { accessToken, clientId } = await signIn();
    await control('POST', '/crm/modules/Leads/records', { records: [{ Last_Name: 'Gone' }] });
    expect((await control('POST', '/reset', { keepClients: true })).json).toEqual({ reset: true, keepClients: true });
    const leads = await api('/crm/v8/Leads?fields=Last_Name', accessToken);
    expect(leads.status).toBe(204);
    // A client made after the reset is a new one, not a twin of the kept one, whose token still works.
    expect((await control('POST', '/clients')).json['clientId']).not.toBe(clientId);
    expect((await api('/crm/v8/org', accessToken)).status).toBe(200);

    await control('POST', '/reset');
    expect((await api('/crm/v8/org', accessToken)).status).toBe(401);
  });

  it('answers a bad control request with 400 and a message that says what to fix', async () => {
    const cases: [string, string, unknown, RegExp][] = [
      ['POST', '/faults', '{not json', /not valid JSON/],
      ['POST', '/faults', { fault: { type: 'explode' } }, /"fault.type" must be one of/],
      ['POST', '/faults', { fault: { type: 'status', status: 200 } }, /"fault.status"/],
      ['POST', '/faults', { fault: { type: 'reset' }, times: 0 }, /"times"/],
      ['POST', '/grant-codes', { user: 'x' }, /"clientId" must be a non-empty string/],
      ['PATCH', '/settings', { faults: { errorRate: 2 } }, /"faults.errorRate" must be a number from 0 to 1/],
      ['PATCH', '/settings', { crm: {} }, /unknown settings group "crm"/],
      ['PATCH', '/settings', { creator: { nope: 1 } }, /unknown setting "creator.nope"/],
      ['POST', '/analytics/workspaces', { name: 'W' }, /"owner"/],
      ['POST', '/creator/apps', { owner: 'o', app: 'a', forms: [{ name: 'F', fields: [{ link_name: 'x', type: 'blob' }] }] }, /"type" must be one of/],
    ];
    for (const [method, path, body, message] of cases) {
      const { status, json } = await control(method, path, body);
      expect(status, `${method} ${path}`).toBe(400);
      expect(json['error']).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
    }
    // A refused settings change leaves every setting as it was.
    await control('PATCH', '/settings', { faults: { latencyMs: 5, errorRate: 2 } });
    expect((await control('GET', '/settings')).json['faults']).toMatchObject({ latencyMs: 0 });

    expect((await control('POST', '/grant-codes', { clientId: '1000.NOPE', user: 'x' })).status).toBe(404);
    expect((await control('POST', '/crm/modules/Nope/records', { records: [] })).json['error']).toMatchObject({ code: 'NOT_FOUND' });
    expect((await control('GET', '/nothing-here')).status).toBe(404);
    expect((await control('PUT', '/stats')).status).toBe(405);
  });
});
