import { describe, expect, it } from 'vitest';
import { createZoho, DATA_CENTERS, ZohoConfigError, type ZohoConfig } from '../../src/index.js';
import { hostsFor } from '../../src/auth/data-centers.js';

const credentials = { clientId: '1000.CLIENT', clientSecret: 'shh-this-is-the-client-secret' };

function configError(config: unknown): ZohoConfigError {
  try {
    createZoho(config as ZohoConfig);
  } catch (error) {
    if (error instanceof ZohoConfigError) return error;
    throw error;
  }
  throw new Error('expected ZohoConfigError');
}

describe('config validation', () => {
  it.each([
    ['missing credentials', {}, 'credentials'],
    ['empty client id', { credentials: { ...credentials, clientId: ' ' } }, 'credentials.clientId'],
    ['client secret of the wrong type', { credentials: { clientId: 'x', clientSecret: 42 } }, 'credentials.clientSecret'],
    ['unknown data centre', { credentials, dataCenter: 'mars' }, 'dataCenter'],
    ['custom data centre with a bad URL', { credentials, dataCenter: { ...DATA_CENTERS.us, name: 'proxy', api: 'not a url' } }, 'dataCenter'],
    ['unknown environment', { credentials, environment: 'staging' }, 'environment'],
    ['zero concurrency', { credentials, maxConcurrency: 0 }, 'maxConcurrency'],
    ['negative timeout', { credentials, timeoutMs: -1 }, 'timeoutMs'],
    ['a store missing methods', { credentials, store: { get() {}, set() {} } }, 'store'],
    ['a retry policy with a bad field', { credentials, retry: { maxRetries: -1 } }, 'retry'],
    ['a fetch that is not a function', { credentials, fetch: 'https://proxy' }, 'fetch'],
    ['an unknown key (a typo)', { credentials, datacenter: 'eu' }, '(config)'],
    ['credentials that are a string', { credentials: '1000.CLIENT:secret' }, 'credentials'],
    ['a redirect URI that is no URL', { credentials: { ...credentials, redirectUri: 'callback' } }, 'credentials.redirectUri'],
    ['a timeout that is NaN', { credentials, timeoutMs: Number.NaN }, 'timeoutMs'],
    ['a fractional concurrency', { credentials, maxConcurrency: 2.5 }, 'maxConcurrency'],
    ['a concurrency past 1000', { credentials, maxConcurrency: 1001 }, 'maxConcurrency'],
    ['a refresh skew past 30 minutes', { credentials, refreshSkewMs: 31 * 60_000 }, 'refreshSkewMs'],
    ['an empty default user', { credentials, defaultUser: '' }, 'defaultUser'],
    ['retry statuses that are not a list', { credentials, retry: { idempotentStatuses: 500 } }, 'retry'],
    ['retry codes that are neither text nor numbers', { credentials, retry: { unprocessedCodes: [true] } }, 'retry'],
    ['retry: true (only false or a policy)', { credentials, retry: true }, 'retry'],
    ['an empty Analytics org id', { credentials, analytics: { orgId: '' } }, 'analytics.orgId'],
    ['a Desk org id that is a number', { credentials, desk: { orgId: 123 } }, 'desk.orgId'],
    ['a logger method that is not a function', { credentials, logger: { info: 'console' } }, 'logger.info'],
    ['a clock that is not a function', { credentials, now: Date.now() }, 'now'],
  ])('%s → ZohoConfigError naming %s', (_name, config, path) => {
    const error = configError(config);
    expect(error.path.startsWith(path)).toBe(true);
    expect(error.message).toContain(path);
    expect(error.message).not.toContain(credentials.clientSecret);
  });

  it('accepts a minimal config and builds nothing over the network', () => {
    const zoho = createZoho({ credentials, fetch: () => Promise.reject(new Error('no network in this test')) });
    expect(zoho.dataCenter).toEqual(DATA_CENTERS.us);
    expect(zoho.environment).toBe('production');
  });
});

describe('data centres and environments', () => {
  it('knows the eight data centres and their hosts', () => {
    expect(Object.keys(DATA_CENTERS).sort()).toEqual(['au', 'ca', 'cn', 'eu', 'in', 'jp', 'sa', 'us']);
    expect(DATA_CENTERS.eu).toMatchObject({ accounts: 'https://accounts.zoho.eu', api: 'https://www.zohoapis.eu', content: 'https://content.zohoapis.eu', analytics: 'https://analyticsapi.zoho.eu', desk: 'https://desk.zoho.eu' });
    expect(DATA_CENTERS.au.api).toBe('https://www.zohoapis.com.au');
    expect(DATA_CENTERS.ca).toMatchObject({ accounts: 'https://accounts.zohocloud.ca', content: 'https://upload.zohocloud.ca', analytics: 'https://analyticsapi.zohocloud.ca' });
    expect(DATA_CENTERS.sa.content).toBe('https://files.zoho.sa');
    expect(DATA_CENTERS.cn.accounts).toBe('https://accounts.zoho.com.cn');
  });

  it('puts sandbox and developer orgs on their own API host, with the same accounts host', () => {
    for (const dc of Object.values(DATA_CENTERS)) {
      const sandbox = hostsFor(dc, 'sandbox');
      expect(sandbox.api).toBe(dc.api.replace('://www.', '://sandbox.'));
      expect(sandbox.accounts).toBe(dc.accounts);
      expect(hostsFor(dc, 'developer').api).toBe(dc.api.replace('://www.', '://developer.'));
      expect(hostsFor(dc, 'production')).toEqual(dc);
    }
  });

  it('uses a custom DC as given, in every environment', () => {
    const custom = { name: 'proxy', accounts: 'http://a.test', api: 'http://b.test', content: 'http://c.test', analytics: 'http://d.test', desk: 'http://e.test' };
    expect(hostsFor(custom, 'sandbox')).toEqual(custom);
    expect(createZoho({ credentials, dataCenter: custom, environment: 'sandbox' }).dataCenter).toEqual(custom);
  });

  it('sends EU users to EU hosts (older SDKs sent them to .com)', async () => {
    const seen: string[] = [];
    const zoho = createZoho({
      credentials,
      dataCenter: 'eu',
      retry: false,
      fetch: async (request) => {
        seen.push(new URL(request.url).origin);
        return new Response(JSON.stringify({ error: 'invalid_code' }), { headers: { 'content-type': 'application/json' } });
      },
    });
    await expect(zoho.authorize({ code: '1000.fake.code', user: 'ana' })).rejects.toThrow(/invalid_code/);
    expect(seen).toEqual(['https://accounts.zoho.eu']);
  });
});
