import { afterEach, describe, expect, it } from 'vitest';
import { ZohoRateLimitError } from '../../src/index.js';
import { seed } from '../crm-subresources/seed.js';
import { caught, listLeads, simZoho, type SimView as View, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const searchLeads = (view: View) =>
  view.crm.api.GET('/crm/v8/{module_api_name}/search', { params: { path: { module_api_name: 'Leads' }, query: { word: 'nobody' } } });

describe('the budget keeps Zoho\'s org limits', () => {
  it('keeps a Free edition org at 5 calls in flight, with no 429 from 30 calls', async () => {
    env = await simZoho({ users: [ANA], zoho: { maxConcurrency: 50, limits: { crm: { edition: 'free' } } }, sim: { faults: { latencyMs: 20 }, limits: { crm: { edition: 'free' } } } });
    env.sim.resetStats();
    const ana = env.zoho.as(ANA);
    const results = await Promise.all(Array.from({ length: 30 }, () => listLeads(ana)));
    expect(results.every((r) => r.response.status === 204)).toBe(true);
    const { limits } = env.sim.stats();
    expect(limits.maxInFlight.crm).toBe(5);
    expect(limits.refused.concurrency).toBe(0);
  });

  it('keeps heavy APIs (search) under their sub-concurrency', async () => {
    const limits = { crm: { concurrency: 8, subConcurrency: 2 } };
    env = await simZoho({ users: [ANA], zoho: { limits }, sim: { faults: { latencyMs: 20 }, limits } });
    env.sim.resetStats();
    const ana = env.zoho.as(ANA);
    const results = await Promise.all([...Array.from({ length: 10 }, () => searchLeads(ana)), ...Array.from({ length: 10 }, () => listLeads(ana))]);
    expect(results.every((r) => r.response.ok)).toBe(true);
    const seen = env.sim.stats().limits;
    expect(seen.maxHeavyInFlight).toBe(2);
    expect(seen.refused.subConcurrency).toBe(0);
    expect(seen.maxInFlight.crm).toBeLessThanOrEqual(8);
  });

  it('fails fast, unrecoverably and with the reset time, once the credits are spent', async () => {
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { creditsPer24h: 10 } } }, sim: { limits: { crm: { credits: { limit: 100 } } } } });
    env.sim.resetStats();
    const ana = env.zoho.as(ANA);
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => listLeads(ana)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(10);
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(refused).toHaveLength(2);
    const error = refused[0] as ZohoRateLimitError;
    expect(error).toBeInstanceOf(ZohoRateLimitError);
    expect(error).toMatchObject({ recoverable: false, code: 'CREDITS_EXHAUSTED', attempts: 1 });
    expect(error.resetAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(env.sim.stats().limits.creditsUsed).toBe(10); // the refused calls never left
    expect((await env.zoho.budget()).products.crm.credits).toMatchObject({ used: 10, limit: 10 });
  });

  it('charges Zoho\'s per-call costs: an upsert of 25 records costs 3 credits', async () => {
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { creditsPer24h: 100 } } }, sim: { limits: { crm: { credits: { limit: 100 } } } } });
    env.sim.resetStats();
    const data = Array.from({ length: 25 }, (_, i) => ({ Last_Name: `Cost ${i}`, Email: `cost${i}@example.com` }));
    const { response } = await env.zoho.as(ANA).crm.api.POST('/crm/v8/{module_api_name}/upsert', { params: { path: { module_api_name: 'Leads' } }, body: { data, duplicate_check_fields: ['Email'] } });
    expect(response.ok).toBe(true);
    expect((await env.zoho.budget()).products.crm.credits?.used).toBe(3);
    expect(env.sim.stats().limits.creditsUsed).toBe(3);
  });

  it('gives up waiting for a slot when the caller aborts, and the call is never sent', async () => {
    env = await simZoho({ users: [ANA], zoho: { limits: { crm: { concurrency: 1 } } }, sim: { faults: { latencyMs: 300 } } });
    env.sim.resetStats();
    const ana = env.zoho.as(ANA);
    const first = listLeads(ana);
    const controller = new AbortController();
    const second = caught(() => listLeads(ana, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await env.zoho.budget()).products.crm).toMatchObject({ inFlight: 1, waiting: 1 });
    controller.abort(new Error('user cancelled'));
    expect(await second).toEqual(new Error('user cancelled'));
    await first;
    expect(env.sim.stats().requests).toBe(1);
    expect((await env.zoho.budget()).products.crm).toMatchObject({ inFlight: 0, waiting: 0 });
  });

  it('paces 200 uploads to the per-minute limit (a short window here) with no 429', async () => {
    // 20 per 500 ms stands in for Zoho's 60 per minute, so the test takes seconds. The
    // simulator blocks uploads for a minute past the limit, so one 429 would time the test out.
    env = await simZoho({
      users: [ANA],
      zoho: { maxConcurrency: 20, limits: { crm: { uploadsPerMinute: 20, uploadWindowMs: 500 } } },
      sim: { limits: { crm: { uploads: { limit: 20, windowMs: 500 }, uploadBlockMs: 60_000 } } },
    });
    const id = seed(env.sim, 'Leads', { Last_Name: 'Uploader' });
    const record = env.zoho.as(ANA).crm.module('Leads').record(id);
    env.sim.resetStats();
    const uploads = await Promise.all(Array.from({ length: 200 }, (_, i) => record.attachments.upload({ url: `https://example.com/file-${i}.pdf` }, { signal: AbortSignal.timeout(20_000) })));
    expect(uploads).toHaveLength(200);
    const { limits } = env.sim.stats();
    expect(limits.uploads).toBe(200);
    expect(limits.refused.uploads).toBe(0);
  }, 30_000);
});
