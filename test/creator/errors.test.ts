import { afterEach, describe, expect, it } from 'vitest';
import { ZohoAuthError, ZohoError, ZohoRateLimitError } from '../../src/index.js';
import { caught, type SimZoho } from '../support/sim-zoho.js';
import { ANA, APP, creatorEnv, OWNER, seedOrders } from './creator-fixture.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const creator = (e: SimZoho) => e.zoho.as(ANA).creator;
const orders = (e: SimZoho) => creator(e).app(OWNER, APP).report('All_Orders');

describe('Creator errors', () => {
  it('turns the daily limit (code 4000 with HTTP 200) into ZohoRateLimitError, sent once and not retried', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    env.sim.creator.remainingDailyCalls = 0;
    env.sim.resetStats();
    const error = await caught(() => orders(env!).list());
    expect(error).toBeInstanceOf(ZohoRateLimitError);
    expect(error).toMatchObject({ code: 4000, status: 200, attempts: 1, product: 'creator', recoverable: false });
    expect((error as ZohoRateLimitError).resetAt!.getTime()).toBeGreaterThan(Date.now());
    expect((error as Error).message).toMatch(/Developer API limit/);
    expect(env.sim.stats().requests).toBe(1);
  });

  it('treats 3970 with HTTP 200 as an error, not as data', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    const error = await caught(() =>
      creator(env!).api.GET('/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}', {
        params: { path: { account_owner_name: OWNER, app_link_name: APP, report_link_name: 'All_Orders' }, query: { max_records: 5000 as 1000 } },
      }),
    );
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 3970, status: 200 });
  });

  it('retries the per-minute limit (2955, HTTP 429), for a form add too: Zoho did not process it', async () => {
    env = await creatorEnv();
    env.sim.creator.throttleNext = 2;
    const results = await creator(env).app(OWNER, APP).form('Order').add([{ Email: 'a@zylker.com' }]);
    expect(results[0]?.ok).toBe(true);
    expect(env.sim.creator.records(OWNER, APP, 'Order').size).toBe(1);
    expect(env.logs.filter((l) => /retrying POST .*form\/Order/.test(l.message))).toHaveLength(2);
  });

  it('refreshes a token Creator refuses (1030) and replays the call once', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    env.sim.expireAccessTokens(ANA);
    env.sim.resetStats();
    const { items } = await orders(env).list();
    expect(items).toHaveLength(3);
    expect(env.sim.stats()).toMatchObject({ refreshes: 1, rejectedTokens: 1 });
  });

  it('gives up with ZohoAuthError when the refresh token was revoked', async () => {
    env = await creatorEnv();
    env.sim.revokeTokens(ANA);
    const error = await caught(() => orders(env!).list());
    expect(error).toBeInstanceOf(ZohoAuthError);
  });

  it('answers a missing scope with ZohoAuthError forbidden (2945), without a refresh', async () => {
    env = await creatorEnv();
    seedOrders(env.sim, 3);
    env.sim.creator.requireScopes = true;
    env.sim.resetStats();
    const error = await caught(() => orders(env!).list());
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'forbidden', code: 2945, status: 401 });
    expect(env.sim.stats().refreshes).toBe(0);
  });

  it('names what does not exist: owner 1040, application 2892, report 2894, form 2893', async () => {
    env = await creatorEnv();
    const { creator: c } = env.zoho.as(ANA);
    expect(await caught(() => c.app('nobody', APP).report('All_Orders').list())).toMatchObject({ code: 1040, status: 404 });
    expect(await caught(() => c.app(OWNER, 'no-app').report('All_Orders').list())).toMatchObject({ code: 2892, status: 404 });
    expect(await caught(() => c.app(OWNER, APP).report('No_Report').list())).toMatchObject({ code: 2894, status: 404 });
    expect(await caught(() => c.app(OWNER, APP).form('No_Form').add([{ Email: 'a@zylker.com' }]))).toMatchObject({ code: 2893, status: 404 });
  });
});
