import { afterEach, describe, expect, it } from 'vitest';
import { ZohoAuthError } from '../../src/index.js';
import type { ZohoProduct } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const ANA = 'ana@example.com';

/** One authenticated read per product, through its typed client. */
const reads: Record<Exclude<ZohoProduct, 'accounts' | 'zohokit'>, (view: ReturnType<SimZoho['zoho']['as']>) => Promise<unknown>> = {
  crm: (view) => view.crm.api.GET('/crm/v8/org'),
  analytics: (view) => view.analytics.api.GET('/restapi/v2/workspaces', { params: { header: { 'ZANALYTICS-ORGID': '1' } } }),
  creator: (view) =>
    view.creator.api.GET('/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}', {
      params: { path: { account_owner_name: 'owner', app_link_name: 'app', report_link_name: 'report' } },
    }),
  desk: (view) => view.desk.api.GET('/api/v1/tickets', { params: { header: { orgId: '1' } } }),
};

// Each product says "bad token" its own way: CRM INVALID_TOKEN, Analytics 8535, Creator 1030,
// Desk INVALID_OAUTH. Every one must lead to one refresh and one replay.
describe.each(Object.keys(reads) as (keyof typeof reads)[])('%s refuses the access token', (product) => {
  it('refreshes once and replays once', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'auth' }, { product });
    env.sim.resetStats();
    // The replay reaches the product; whatever it answers, it is not the refused token again.
    const outcome = await reads[product](env.zoho.as(ANA)).catch((error: unknown) => error);
    expect(outcome).not.toBeInstanceOf(ZohoAuthError);
    expect(env.sim.stats()).toMatchObject({ refreshes: 1, requests: 3 });
  });

  it('surfaces a second refusal as ZohoAuthError with the product\'s code', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'auth' }, { product, times: 2 });
    const error = await caught(() => reads[product](env!.zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ product, reason: 'token-rejected', code: { crm: 'INVALID_TOKEN', analytics: 8535, creator: 1030, desk: 'INVALID_OAUTH' }[product] });
  });
});
