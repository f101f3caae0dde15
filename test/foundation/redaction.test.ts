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

describe('Redactor as a table: what is registered, what is written, what comes out', () => {
  const many = Array.from({ length: 20 }, (_, n) => `opaque-secret-number-${n}`);
  it.each<{ name: string; secrets: string[]; text: string; out: string }>([
    { name: 'a short value is not a secret (it would mask ordinary words)', secrets: ['abc123'], text: 'abc123 stays', out: 'abc123 stays' },
    { name: 'an empty or missing secret is ignored', secrets: [''], text: 'nothing to hide', out: 'nothing to hide' },
    { name: 'a secret registered twice is masked once per place', secrets: ['client-secret-xyz', 'client-secret-xyz'], text: 'a client-secret-xyz b client-secret-xyz', out: 'a [REDACTED] b [REDACTED]' },
    { name: 'with many secrets, one with punctuation stuck to it', secrets: many, text: `(${many[3]}). -${many[19]}-`, out: '([REDACTED]). -[REDACTED]-' },
    { name: 'with many secrets, a longer word containing one is not a secret', secrets: many, text: `x${many[3]}y`, out: `x${many[3]}y` },
    { name: 'with many secrets, a run that is no secret stays', secrets: many, text: 'ordinary-long-words here', out: 'ordinary-long-words here' },
    { name: 'a Zoho-shaped token needs no registering', secrets: [], text: `token 1000.${'a1'.repeat(10)}.${'b2'.repeat(10)} end`, out: 'token [REDACTED] end' },
    { name: 'a Bearer header', secrets: [], text: 'Authorization: Bearer eyJhbGciOi.x.y', out: 'Authorization: Bearer [REDACTED]' },
    { name: 'a JSON password with an escaped quote', secrets: [], text: '{"password":"a\\"b","user":"u"}', out: '{"password":"[REDACTED]","user":"u"}' },
    { name: 'a grant code in a form body', secrets: [], text: 'code=1000.abc&grant_type=authorization_code', out: 'code=[REDACTED]&grant_type=authorization_code' },
  ])('$name', ({ secrets, text, out }) => {
    const redactor = new Redactor();
    for (const secret of secrets) redactor.add(secret);
    expect(redactor.redact(text)).toBe(out);
  });

  it('forgets the oldest of more than 64 secrets of other characters, keeping the newest', () => {
    const redactor = new Redactor();
    const odd = (n: number): string => `odd+secret/${n}==`;
    for (let n = 0; n <= 64; n++) redactor.add(odd(n));
    expect(redactor.redact(odd(64))).toBe('[REDACTED]');
    expect(redactor.redact(odd(0))).toBe(odd(0));
  });
});
