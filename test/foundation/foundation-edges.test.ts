/**
 * The shared foundation at its edges: the error classes' defaults and messages, the one
 * ItemError built from every shape of details, and authorize() without a user name.
 */
import { describe, expect, it } from 'vitest';
import { ZohoError, ZohoFileTooLargeError, ZohoJobError, ZohoWriteError } from '../../src/index.js';
import { failedItems, itemErrorOf } from '../../src/item-result.js';
import { simZoho } from '../support/sim-zoho.js';

describe('ZohoJobError code', () => {
  it.each([
    { given: { code: '1003', state: 'ERROR OCCURRED' }, code: '1003' },
    { given: { state: 'FAILURE' }, code: 'FAILURE' },
    { given: { state: undefined }, code: 'timeout' },
  ] as { given: { code?: string; state: string | undefined }; code: string }[])(
  'is the code given, else the state, else the reason ($code)', ({ given, code }) => {
    const error = new ZohoJobError('job ended', { product: 'crm', jobId: 'j1', reason: 'timeout', ...given });
    expect(error).toMatchObject({ code, jobId: 'j1', reason: 'timeout', product: 'crm' });
  });
});

describe('ZohoWriteError message', () => {
  it('names the field of the first failure when Zoho named one', () => {
    const results = [
      { ok: true as const, applied: true as const, id: '1', message: 'ok', raw: {} },
      { ok: false as const, applied: false as const, id: undefined, error: itemErrorOf('INVALID_DATA', 'invalid email', { api_name: 'Email' }), raw: {} },
    ];
    const error = new ZohoWriteError('Leads records', results, { product: 'crm' });
    expect(error.message).toBe('crm: 1 of 2 Leads records were not written (first: input 1, INVALID_DATA on Email: invalid email)');
    expect(error.applied).toEqual({ true: 1, false: 1, unknown: 0 });
  });
});

describe('ZohoWriteError without a failure', () => {
  it('says none was left out and names no first failure', () => {
    const error = new ZohoWriteError('notes', [{ ok: true as const, applied: true as const, id: '1', message: 'ok', raw: {} }], { product: 'crm' });
    expect(error.message).toBe('crm: 0 of 1 notes were not written');
    expect(error).toMatchObject({ code: undefined, applied: { true: 1, false: 0, unknown: 0 } });
  });
});

describe('ZohoFileTooLargeError message', () => {
  it.each([
    { product: undefined, text: "crm: the attachment \"a.bin\" is 2 MB (2,097,152 bytes), over Zoho CRM's 1 MB limit" },
    { product: 'zohokit' as const, text: "zohokit: the attachment \"a.bin\" is 2 MB (2,097,152 bytes), over Zoho's 1 MB limit" },
  ])('names the product ($product), CRM by default', ({ product, text }) => {
    const error = new ZohoFileTooLargeError({ fileName: 'a.bin', size: 2 * 1024 * 1024, limit: 1024 * 1024, sizeKnown: true, what: 'attachment', ...(product ? { product } : {}) });
    expect(error.message.startsWith(text)).toBe(true);
    expect(error).toMatchObject({ code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE', product: product ?? 'crm' });
  });
});

describe('ItemError from every shape of details', () => {
  it.each([
    { details: { api_name: 'Email', json_path: '$.data[0].Email' }, code: 'INVALID_DATA', expected: { code: 'INVALID_DATA', field: 'Email', jsonPath: '$.data[0].Email' } },
    { details: { fieldName: 'email' }, code: 422, expected: { code: '422', field: 'email', jsonPath: undefined } },
    { details: 'not an object', code: undefined, expected: { code: 'UNKNOWN', field: undefined, jsonPath: undefined } },
    { details: null, code: 3001, expected: { code: '3001', field: undefined, jsonPath: undefined } },
  ])('$details', ({ details, code, expected }) => {
    expect(itemErrorOf(code, 'why', details)).toEqual({ ...expected, message: 'why', details });
  });

  it('a request that failed as a whole fails every item with it as the cause, unknown when it may have been applied', () => {
    const lost = new ZohoError('connection reset', { product: 'crm' });
    lost.maybeApplied = true; // as the transport marks an attempt whose answer was lost
    const refused = new ZohoError('no', { product: 'crm', code: 'INVALID_TOKEN' });
    expect(failedItems(lost, ['1'])).toEqual([{ ok: false, applied: 'unknown', id: '1', error: expect.objectContaining({ code: 'ZohoError', message: 'connection reset', cause: lost }), raw: undefined }]);
    expect(failedItems(refused, [undefined])).toEqual([{ ok: false, applied: false, id: undefined, error: expect.objectContaining({ code: 'INVALID_TOKEN', cause: refused }), raw: undefined }]);
  });
});

describe('authorize() without a user', () => {
  it('stores the grant for the default user, whom the root client then runs as', async () => {
    const env = await simZoho({ zoho: { defaultUser: 'ana@example.com' } });
    try {
      await env.zoho.authorize({ code: env.sim.createGrantCode({ clientId: env.clientId, user: 'ana@example.com' }) });
      const users = await env.zoho.crm.users.list();
      expect(users.items.length).toBeGreaterThan(0);
    } finally {
      await env.close();
    }
  });

  it('stores it as "default" when no default user is configured', async () => {
    const env = await simZoho();
    try {
      await env.zoho.authorize({ code: env.sim.createGrantCode({ clientId: env.clientId, user: 'ana@example.com' }) });
      const users = await env.zoho.as('default').crm.users.list();
      expect(users.items.length).toBeGreaterThan(0);
    } finally {
      await env.close();
    }
  });
});
