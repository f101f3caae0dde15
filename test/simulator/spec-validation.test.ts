import { describe, expect, it } from 'vitest';
import { rawCrm } from './raw-crm.js';

// The simulator checks every CRM request against spec/, as Zoho checks it, and answers a
// client's mistake with Zoho's envelope: never a 500.
describe('requests checked against spec/', () => {
  it('names a missing required query parameter', async () => {
    const { call } = await rawCrm();
    const answer = await call('GET', '/crm/v8/Leads');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'REQUIRED_PARAM_MISSING', details: { param_name: 'fields' }, message: expect.any(String), status: 'error' });
  });

  it('refuses a parameter the operation does not have', async () => {
    const { call } = await rawCrm();
    const answer = await call('GET', '/crm/v8/Leads?fields=Last_Name&colour=blue');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'INVALID_DATA', details: { param_name: 'colour' }, status: 'error' });
  });

  it('refuses a value outside the parameter\'s enum or type', async () => {
    const { call } = await rawCrm();
    const order = await call('GET', '/crm/v8/Leads?fields=Last_Name&sort_order=sideways');
    expect(order.body).toMatchObject({ code: 'INVALID_DATA', details: { param_name: 'sort_order', supported_values: ['asc', 'desc'] } });
    const page = await call('GET', '/crm/v8/Leads?fields=Last_Name&page=two');
    expect(page.body).toMatchObject({ code: 'INVALID_DATA', details: { param_name: 'page', expected_data_type: 'integer' } });
  });

  it('answers a body that is not JSON, or not the documented shape, with INVALID_DATA', async () => {
    const { call } = await rawCrm();
    const broken = await call('POST', '/crm/v8/Leads', '{"data": [');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'INVALID_DATA', details: { expected_data_type: 'jsonobject' } });
    const notArray = await call('POST', '/crm/v8/Leads', { data: { Last_Name: 'Burns' } });
    expect(notArray.body).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'data', json_path: '$.data', expected_data_type: 'jsonarray' } });
  });

  it('answers a method the path does not have with INVALID_REQUEST_METHOD (405)', async () => {
    const { call } = await rawCrm();
    const answer = await call('PATCH', '/crm/v8/Leads');
    expect(answer.status).toBe(405);
    expect(answer.body).toMatchObject({ code: 'INVALID_REQUEST_METHOD', status: 'error' });
  });

  it('answers a path no operation has with INVALID_URL_PATTERN (404)', async () => {
    const { call } = await rawCrm();
    const answer = await call('GET', '/crm/v8/settings/no/such/thing/here');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'INVALID_URL_PATTERN', status: 'error' });
  });

  it('answers a malformed path escape as a client mistake, not a 500', async () => {
    const { call } = await rawCrm();
    const answer = await call('GET', '/crm/v8/%E0%A4%A?fields=Last_Name');
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).toMatchObject({ status: 'error' });
  });
});
