import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/http/redact.js';
import { caught, simZoho } from '../support/sim-zoho.js';

describe('secret redaction', () => {
  it('keeps every secret out of the logs of a full OAuth tour: grant, refresh, 401, revoke, failures', async () => {
    const { sim, zoho, clientId, clientSecret, logs } = await simZoho();
    const code = sim.createGrantCode({ clientId, user: 'ana@example.com' });
    await zoho.authorize({ code, user: 'ana@example.com' });
    await caught(() => zoho.authorize({ code, user: 'ana@example.com' })); // reused code
    sim.expireAccessTokens();
    await zoho.as('ana@example.com').crm.api.GET('/crm/v8/org');
    sim.failNext({ type: 'malformed', kind: 'truncated-json' }, { product: 'crm' });
    await caught(() => zoho.as('ana@example.com').crm.api.GET('/crm/v8/org'));
    await zoho.revoke('ana@example.com');

    const secrets = [clientSecret, code, ...sim.secrets()];
    const everything = logs.map((l) => l.message).join('\n');
    expect(logs.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(everything).not.toContain(secret);
    // The revoke call carries the refresh token in its query string: logged, but masked.
    expect(everything).toMatch(/oauth\/v2\/token\/revoke\?token=\[REDACTED\]/);
  });

  it('masks secrets in JSON, form bodies, query strings and Authorization headers', () => {
    const redactor = new Redactor();
    redactor.add('my-client-secret-value');
    const cases = [
      '{"access_token":"abc.def","refresh_token":"ghi","api_domain":"https://www.zohoapis.com"}',
      'grant_type=refresh_token&refresh_token=1000.aa&client_secret=my-client-secret-value',
      'https://accounts.zoho.com/oauth/v2/token/revoke?token=1000.xyz',
      'Authorization: Zoho-oauthtoken 1000.0123456789abcdef0123.0123456789abcdef0123',
      'the secret is my-client-secret-value, see?',
    ];
    const out = cases.map((text) => redactor.redact(text));
    expect(out[0]).toBe('{"access_token":"[REDACTED]","refresh_token":"[REDACTED]","api_domain":"https://www.zohoapis.com"}');
    expect(out[1]).toBe('grant_type=refresh_token&refresh_token=[REDACTED]&client_secret=[REDACTED]');
    expect(out[2]).toBe('https://accounts.zoho.com/oauth/v2/token/revoke?token=[REDACTED]');
    expect(out[3]).toBe('Authorization: Zoho-oauthtoken [REDACTED]');
    expect(out[4]).toBe('the secret is [REDACTED], see?');
  });

  it('still masks a registered secret among 10,000 users\' secrets, wherever it sits in the line', () => {
    const redactor = new Redactor();
    const opaque = (n: number) => `opaque-token-${n.toString(36).padStart(6, '0')}-for-user`;
    for (let n = 0; n < 10_000; n++) {
      redactor.add(opaque(n));
      redactor.add(`1000.${n.toString(16).padStart(32, 'a')}.${'b'.repeat(32)}`);
    }
    const zohoShaped = `1000.${(4321).toString(16).padStart(32, 'a')}.${'b'.repeat(32)}`;
    const line = `GET /crm/v8/org as u9999 with ${opaque(9_999)}, first seen ${opaque(0)}. Zoho token ${zohoShaped}; token=${opaque(5_000)}&x=1`;
    const out = redactor.redact(line);
    for (const secret of [opaque(9_999), opaque(0), opaque(5_000), zohoShaped]) expect(out).not.toContain(secret);
    expect(out).toBe('GET /crm/v8/org as u9999 with [REDACTED], first seen [REDACTED]. Zoho token [REDACTED]; token=[REDACTED]&x=1');
  });

  it('masks secrets made of other characters too', () => {
    const redactor = new Redactor();
    redactor.add('s3cr3t+with/slash==');
    expect(redactor.redact('sent s3cr3t+with/slash== to them')).toBe('sent [REDACTED] to them');
  });
});
