/**
 * What Accounts can answer to a token request, and what the user gets: a grant or a refresh
 * that is malformed (missing or wrong fields) is a ZohoResponseError naming the fields and
 * stores nothing; each refusal code gets its plain-words hint; a refused refresh says
 * `refresh-failed`, not `grant-failed`. Answers are served by the simulator over HTTP.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoAuthError, ZohoResponseError } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const TOKEN = '/oauth/v2/token';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const good = { access_token: '1000.aaaa.bbbb', refresh_token: '1000.cccc.dddd', expires_in: 3600, api_domain: 'https://www.zohoapis.com', token_type: 'Bearer' };

describe('a grant-code answer', () => {
  it.each([
    { name: 'without access_token', body: { ...good, access_token: undefined }, bad: 'access_token' },
    { name: 'with an empty access_token', body: { ...good, access_token: '' }, bad: 'access_token' },
    { name: 'with expires_in 0', body: { ...good, expires_in: 0 }, bad: 'expires_in' },
    { name: 'with expires_in as text', body: { ...good, expires_in: '3600' }, bad: 'expires_in' },
    { name: 'with an api_domain that is no URL', body: { ...good, api_domain: 'zohoapis' }, bad: 'api_domain' },
    { name: 'with a numeric scope', body: { ...good, scope: 7 }, bad: 'scope' },
    { name: 'with an empty refresh_token', body: { ...good, refresh_token: '' }, bad: 'refresh_token' },
    { name: 'that is an array', body: [good], bad: '(root)' },
    { name: 'missing two fields', body: { token_type: 'Bearer' }, bad: 'access_token, expires_in' },
  ])('$name is malformed, naming what is wrong, and stores nothing', async ({ body, bad }) => {
    env = await simZoho({ transport: 'http', zoho: { retry: false } });
    env.sim.failNext({ type: 'answer', status: 200, body }, { path: TOKEN });
    const error = await caught(() => env!.zoho.authorize({ code: env!.sim.createGrantCode({ clientId: env!.clientId, user: ANA }), user: ANA }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe(`accounts: the token answer is malformed (bad or missing: ${bad})`);
    expect(await env.zoho.users()).toEqual([]);
  });

  it('without a refresh_token asks whether the code was made for offline access', async () => {
    env = await simZoho({ transport: 'http' });
    env.sim.failNext({ type: 'answer', status: 200, body: { ...good, refresh_token: undefined } }, { path: TOKEN });
    const error = await caught(() => env!.zoho.authorize({ code: '1000.any.code', user: ANA }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toContain('access_type=offline');
    expect(await env.zoho.users()).toEqual([]);
  });

  it('reads scopes separated by commas or spaces, and keeps the api domain', async () => {
    env = await simZoho({ transport: 'http' });
    env.sim.failNext({ type: 'answer', status: 200, body: { ...good, scope: 'ZohoCRM.modules.ALL,ZohoCRM.settings.READ  ZohoAnalytics.data.all' } }, { path: TOKEN });
    const stored = await env.zoho.authorize({ code: '1000.any.code', user: ANA });
    expect(stored.scopes).toEqual(['ZohoCRM.modules.ALL', 'ZohoCRM.settings.READ', 'ZohoAnalytics.data.all']);
    expect(stored.apiDomain).toBe('https://www.zohoapis.com');
  });

  it.each([
    { code: 'invalid_client_secret', hint: 'the client secret does not match the client id' },
    { code: 'invalid_redirect_uri', hint: 'the redirect URI differs from the one registered' },
    { code: 'unsupported_grant_type', hint: 'Accounts does not accept this grant type' },
    { code: 'invalid_code', hint: 'a code lives 3 minutes and works once' },
  ])('a refusal with $code carries its plain-words hint', async ({ code, hint }) => {
    env = await simZoho({ transport: 'http' });
    env.sim.failNext({ type: 'answer', status: 200, body: { error: code } }, { path: TOKEN });
    const error = await caught(() => env!.zoho.authorize({ code: '1000.any.code', user: ANA }));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'grant-failed', code, product: 'accounts', status: 200 });
    expect((error as Error).message).toContain(hint);
  });

  it('a refusal code with no hint keeps Zoho\'s own words', async () => {
    env = await simZoho({ transport: 'http' });
    env.sim.failNext({ type: 'answer', status: 400, body: { error: 'invalid_scope', error_description: 'scope not allowed' } }, { path: TOKEN });
    const error = await caught(() => env!.zoho.authorize({ code: '1000.any.code', user: ANA }));
    expect((error as Error).message).toBe('accounts: invalid_scope: scope not allowed');
  });
});

describe('a refresh answer', () => {
  it('a refusal is `refresh-failed` and keeps the stored token for a later try', async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { retry: false } });
    // CRM refuses the access token, so the next call must refresh it.
    env.sim.expireAccessTokens();
    const { zoho } = env;
    env.sim.failNext({ type: 'answer', status: 400, body: { error: 'invalid_client_secret' } }, { path: TOKEN });
    const error = await caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'refresh-failed', code: 'invalid_client_secret' });
    expect((error as Error).message).toContain('the client secret does not match');
    // Nothing was lost: the next call refreshes and works.
    const { data } = await zoho.as(ANA).crm.api.GET('/crm/v8/org');
    expect(data?.org).toHaveLength(1);
  });

  it('a malformed refresh answer is a ZohoResponseError, and the call after it works', async () => {
    env = await simZoho({ users: [ANA], transport: 'http', zoho: { retry: false } });
    env.sim.expireAccessTokens();
    const { zoho } = env;
    env.sim.failNext({ type: 'answer', status: 200, body: { access_token: '1000.x.y' } }, { path: TOKEN });
    const error = await caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toContain('bad or missing: expires_in');
    const { data } = await zoho.as(ANA).crm.api.GET('/crm/v8/org');
    expect(data?.org).toHaveLength(1);
  });
});
