/**
 * What one call weighs against the org's limits, read from Zoho's API-limits page
 * (https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html) and Kaizen #93: one row
 * per call, its credits, and whether it is heavy (sub-concurrency) or an upload (paced).
 */
import { describe, expect, it } from 'vitest';
import { operationCost, recordsInBody } from '../../src/http/budget/operation-cost.js';

const API = 'https://www.zohoapis.com';

describe('operationCost', () => {
  it.each([
    // [product, method, url, records in the body, credits, heavy, upload]
    ['desk', 'GET', `${API}/api/v1/tickets`, undefined, 1, false, false],
    ['crm', 'GET', `${API}/crm/v8/Leads?fields=Last_Name`, undefined, 1, false, false],
    ['crm', 'GET', `${API}/crm/v8/Leads?cvid=123`, undefined, 3, true, false],
    ['crm', 'GET', `${API}/crm/v8/Leads?sort_by=Created_Time`, undefined, 1, true, false],
    ['crm', 'GET', `${API}/crm/v8/Leads/deleted`, undefined, 2, false, false],
    ['crm', 'GET', `${API}/crm/v8/Leads/search?word=x`, undefined, 1, true, false],
    ['crm', 'POST', `${API}/crm/v8/coql`, undefined, 1, true, false],
    ['crm', 'POST', `${API}/crm/v8/Leads/1/actions/convert`, undefined, 5, true, false],
    ['crm', 'POST', `${API}/crm/v8/Leads`, 25, 3, true, false],
    ['crm', 'POST', `${API}/crm/v8/Leads`, 10, 1, false, false],
    ['crm', 'POST', `${API}/crm/v8/Leads`, undefined, 1, false, false],
    ['crm', 'POST', `${API}/crm/v8/Leads/upsert`, 11, 2, true, false],
    ['crm', 'PUT', `${API}/crm/v8/Leads`, 0, 1, false, false],
    ['crm', 'POST', `${API}/crm/v8/settings`, 25, 1, false, false], // not a module's records
    ['crm', 'DELETE', `${API}/crm/v8/Leads?ids=1,2`, undefined, 1, false, false],
    ['crm', 'POST', `${API}/crm/v8/Leads/1/Attachments`, undefined, 1, false, true],
    ['crm', 'POST', `${API}/crm/v8/Leads/1/photo`, undefined, 1, false, true],
    ['crm', 'POST', `${API}/crm/v8/files`, undefined, 1, false, true],
    ['crm', 'GET', `${API}/crm/v8/Leads/1/Attachments`, undefined, 1, false, false],
    ['crm', 'POST', `${API}/crm/bulk/v8/read`, undefined, 50, false, false],
    ['crm', 'POST', `${API}/crm/bulk/v8/write`, undefined, 500, false, false],
    ['crm', 'GET', `${API}/crm/bulk/v8/read/111`, undefined, 1, false, false], // a job's status
    ['crm', 'GET', `${API}/crm/bulk/v8/read`, undefined, 1, false, false],
    ['crm', 'GET', `${API}/crm/v8//Leads/`, undefined, 1, false, false], // doubled and trailing slashes
    ['crm', 'GET', `${API}/crm/v8//`, undefined, 1, false, false], // slashes and nothing else
    ['crm', 'GET', `${API}/crm/v8/Leads/search/#top`, undefined, 1, true, false],
    ['crm', 'GET', `${API}/crm/v8/Leads/deleted?type=all#top`, undefined, 2, false, false], // a query, then a fragment
    ['crm', 'GET', `${API}/crm/v8/Leads/deleted#top?x`, undefined, 2, false, false], // a fragment holding a ?
    ['crm', 'GET', `${API}/oauth/v2/token`, undefined, 1, false, false], // not the CRM API
    ['crm', 'GET', 'https://www.zohoapis.com', undefined, 1, false, false], // no path at all
    ['crm', 'GET', '/crm/v8/Leads/deleted', undefined, 2, false, false], // a path without a host
    ['crm', 'GET', `${API}/crm/v8/Leads?fields=my_cvid%3D1`, undefined, 1, false, false], // cvid only as a parameter
    ['crm', 'GET', `${API}/crm/v8/settings/modules?cvid=1`, undefined, 1, false, false],
    ['crm', 'GET', `${API}/crm/v2.1/Deals?cvid=7`, undefined, 3, true, false], // an older version is CRM too
    ['crm', 'POST', `${API}/crm/v8/users`, 20, 1, false, false],
    ['crm', 'POST', `${API}/crm/v8/Leads//`, 30, 3, true, false],
    ['analytics', 'POST', `${API}/crm/bulk/v8/write`, 500, 1, false, false], // other products: one credit
  ] as const)('%s %s %s (%s records) costs %i credits, heavy %s, upload %s', (product, method, url, records, credits, heavy, upload) => {
    expect(operationCost(product, method, url, records)).toEqual({ credits, heavy, upload });
    // A path's class is kept after its first use: asked again, the answer must not change.
    expect(operationCost(product, method, url, records)).toEqual({ credits, heavy, upload });
  });

  it('answers the same after more distinct paths than it keeps (record ids)', () => {
    for (let id = 0; id < 2500; id++) operationCost('crm', 'GET', `${API}/crm/v8/Leads/${id}`);
    expect(operationCost('crm', 'GET', `${API}/crm/v8/Leads?cvid=1`)).toEqual({ heavy: true, upload: false, credits: 3 });
    expect(operationCost('crm', 'POST', `${API}/crm/v8/Leads`, 21)).toEqual({ heavy: true, upload: false, credits: 3 });
  });

  it('reads a parsed URL as well as a string', () => {
    expect(operationCost('crm', 'GET', new URL(`${API}/crm/v8/Leads?cvid=9`))).toEqual({ credits: 3, heavy: true, upload: false });
  });
});

describe('recordsInBody', () => {
  it.each([
    ['{"data":[{},{},{}]}', 3],
    ['{"data":"one"}', undefined],
    ['{"data":', undefined], // not JSON: one credit, as for any call
    ['Last_Name\nSmith', undefined],
    [undefined, undefined],
  ])('counts %j as %s records', (body, count) => {
    expect(recordsInBody(body)).toBe(count);
  });
});
