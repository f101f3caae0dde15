import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/http/budget/operation-cost.js';

const API = 'https://www.zohoapis.com';

/**
 * What each CRM call weighs, per Zoho's API-limits page (credits) and Kaizen #93 (heavy
 * APIs). One row per call; each is asked twice, as the classification of a path is kept
 * after its first use and the second answer must not differ from the first.
 */
describe('operationCost: credits, heavy and upload, one row per call', () => {
  it.each([
    ['GET', '/crm/v8/org', undefined, { heavy: false, upload: false, credits: 1 }],
    ['GET', '/crm/v8/Leads?fields=Last_Name&page=2', undefined, { heavy: false, upload: false, credits: 1 }],
    ['GET', '/crm/v8/Leads?fields=Last_Name&cvid=42', undefined, { heavy: true, upload: false, credits: 3 }],
    ['GET', '/crm/v8/Leads?sort_by=Created_Time&fields=Email', undefined, { heavy: true, upload: false, credits: 1 }],
    ['GET', '/crm/v8/Leads?fields=my_cvid%3D1', undefined, { heavy: false, upload: false, credits: 1 }],
    ['GET', '/crm/v8/Leads/deleted?type=all', undefined, { heavy: false, upload: false, credits: 2 }],
    ['GET', '/crm/v8/Leads/search?criteria=(Email:equals:a@b.c)', undefined, { heavy: true, upload: false, credits: 1 }],
    ['POST', '/crm/v8/coql', undefined, { heavy: true, upload: false, credits: 1 }],
    ['POST', '/crm/v8/Leads/123/actions/convert', undefined, { heavy: true, upload: false, credits: 5 }],
    ['POST', '/crm/v8/Leads', 1, { heavy: false, upload: false, credits: 1 }],
    ['POST', '/crm/v8/Leads', 10, { heavy: false, upload: false, credits: 1 }],
    ['POST', '/crm/v8/Leads', 11, { heavy: true, upload: false, credits: 2 }],
    ['PUT', '/crm/v8/Leads', 100, { heavy: true, upload: false, credits: 10 }],
    ['POST', '/crm/v8/Leads/upsert', 25, { heavy: true, upload: false, credits: 3 }],
    ['POST', '/crm/v8/Leads', undefined, { heavy: false, upload: false, credits: 1 }],
    ['POST', '/crm/v8/Leads//', 30, { heavy: true, upload: false, credits: 3 }],
    ['POST', '/crm/v8/Leads/123/Attachments', undefined, { heavy: false, upload: true, credits: 1 }],
    ['POST', '/crm/v8/Contacts/9/photo', undefined, { heavy: false, upload: true, credits: 1 }],
    ['POST', '/crm/v8/files', undefined, { heavy: false, upload: true, credits: 1 }],
    ['GET', '/crm/v8/files?id=abc', undefined, { heavy: false, upload: false, credits: 1 }],
    ['POST', '/crm/bulk/v8/read', undefined, { heavy: false, upload: false, credits: 50 }],
    ['POST', '/crm/bulk/v8/write', undefined, { heavy: false, upload: false, credits: 500 }],
    ['GET', '/crm/bulk/v8/read/555', undefined, { heavy: false, upload: false, credits: 1 }],
    ['GET', '/crm/bulk/v8/read', undefined, { heavy: false, upload: false, credits: 1 }],
    ['POST', '/crm/v8/users', 20, { heavy: false, upload: false, credits: 1 }],
    ['GET', '/crm/v8/settings/modules?cvid=1', undefined, { heavy: false, upload: false, credits: 1 }],
    ['GET', '/crm/v2.1/Deals?cvid=7', undefined, { heavy: true, upload: false, credits: 3 }],
    ['GET', '/oauth/v2/token', undefined, { heavy: false, upload: false, credits: 1 }],
  ] as const)('%s %s (%s records)', (method, path, records, expected) => {
    expect(operationCost('crm', method, `${API}${path}`, records)).toEqual(expected);
    expect(operationCost('crm', method, `${API}${path}`, records)).toEqual(expected);
    expect(operationCost('crm', method, new URL(`${API}${path}`), records)).toEqual(expected);
  });

  it('charges every call of the other products one credit, whatever the path', () => {
    for (const product of ['analytics', 'creator', 'desk'] as const) {
      expect(operationCost(product, 'POST', `${API}/crm/bulk/v8/write`, 500)).toEqual({ heavy: false, upload: false, credits: 1 });
    }
  });

  it('answers the same after more distinct paths than it keeps (record ids)', () => {
    for (let id = 0; id < 2500; id++) operationCost('crm', 'GET', `${API}/crm/v8/Leads/${id}`);
    expect(operationCost('crm', 'GET', `${API}/crm/v8/Leads?cvid=1`)).toEqual({ heavy: true, upload: false, credits: 3 });
    expect(operationCost('crm', 'POST', `${API}/crm/v8/Leads`, 21)).toEqual({ heavy: true, upload: false, credits: 3 });
  });
});
