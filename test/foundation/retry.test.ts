import { afterEach, describe, expect, it } from 'vitest';
import { ZohoConnectionError, ZohoError, ZohoRateLimitError, ZohoTimeoutError } from '../../src/index.js';
import { caught, listLeads, simZoho, type SimView as View, type SimZoho } from '../support/sim-zoho.js';

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const ANA = 'ana@example.com';
const insertLead = (view: View) =>
  view.crm.api.POST('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' } }, body: { data: [{ Last_Name: 'Lovelace' }] } });

describe('retry', () => {
  it('honours Retry-After on a 429, then succeeds', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 1 }, { product: 'crm' });
    const started = Date.now();
    const { response } = await listLeads(env.zoho.as(ANA));
    expect(response.status).toBe(204);
    // The wait is what Zoho asked for plus jitter (up to as much again), not our (5 ms) backoff.
    expect(env.logs.some((l) => /retrying GET .* in 1\d\d\d ms after attempt 1/.test(l.message))).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries a rate-limited POST: a 429 proves it was not processed', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 0 }, { method: 'POST', product: 'crm' });
    const { data } = await insertLead(env.zoho.as(ANA));
    expect(data?.data?.[0]?.status).toBe('success');
    expect(env.sim.crm.module('Leads').size).toBe(1);
  });

  it('does not retry a POST after a 500: it may have been applied', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'status', status: 500 }, { method: 'POST', product: 'crm' });
    env.sim.resetStats();
    const error = await caught(() => insertLead(env!.zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ status: 500, attempts: 1, product: 'crm' });
    expect(env.sim.stats().requests).toBe(1);
  });

  it('does not retry a POST after a connection reset', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'reset' }, { method: 'POST', product: 'crm' });
    const error = await caught(() => insertLead(env!.zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoConnectionError);
    expect(error).toMatchObject({ code: 'ECONNRESET', attempts: 1 });
  });

  it('retries a POST whose connection was refused: it never reached Zoho', async () => {
    env = await simZoho({ users: [ANA] });
    let refusals = 2;
    const { sim } = env;
    const { createZoho } = await import('../../src/index.js');
    const zoho = createZoho({
      credentials: { clientId: env.clientId, clientSecret: env.clientSecret },
      dataCenter: sim.dataCenter,
      store: env.zoho.store,
      retry: { baseDelayMs: 1 },
      fetch: async (request) => {
        if (request.method === 'POST' && request.url.includes('/crm/') && refusals-- > 0) {
          throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
        }
        return sim.fetch(request);
      },
    });
    const { data } = await insertLead(zoho.as(ANA));
    expect(data?.data?.[0]?.status).toBe('success');
    expect(sim.crm.module('Leads').size).toBe(1);
  });

  it('retries a GET after 500 and 502, then succeeds', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'status', status: 500 }, { method: 'GET', product: 'crm' });
    env.sim.failNext({ type: 'status', status: 502 }, { method: 'GET', product: 'crm' });
    const { response } = await listLeads(env.zoho.as(ANA));
    expect(response.status).toBe(204);
  });

  it('gives up with a typed error carrying the attempt count', async () => {
    env = await simZoho({ users: [ANA], zoho: { retry: { maxRetries: 3, baseDelayMs: 1 } } });
    env.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 0 }, { product: 'crm', times: 10 });
    const error = await caught(() => listLeads(env!.zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoRateLimitError);
    expect(error).toMatchObject({ attempts: 4, code: 'TOO_MANY_REQUESTS', status: 429 });
  });

  it('does not wait for a Retry-After longer than the policy allows', async () => {
    env = await simZoho({ users: [ANA], zoho: { retry: { maxRetryAfterMs: 5_000 } } });
    env.sim.failNext({ type: 'rate-limit', retryAfterSeconds: 3600 }, { product: 'crm' });
    const error = await caught(() => listLeads(env!.zoho.as(ANA)));
    expect(error).toMatchObject({ name: 'ZohoRateLimitError', retryAfterMs: 3_600_000, attempts: 1 });
  });

  it('never retries when retry is false', async () => {
    env = await simZoho({ users: [ANA], zoho: { retry: false } });
    env.sim.failNext({ type: 'status', status: 503 }, { product: 'crm' });
    const error = await caught(() => listLeads(env!.zoho.as(ANA)));
    expect(error).toMatchObject({ status: 503, attempts: 1 });
  });
});

describe('concurrency limit', () => {
  it('keeps at most maxConcurrency requests in flight', async () => {
    env = await simZoho({ users: [ANA], zoho: { maxConcurrency: 3 }, sim: { faults: { latencyMs: 15 } } });
    env.sim.resetStats();
    const ana = env.zoho.as(ANA);
    await Promise.all(Array.from({ length: 30 }, () => listLeads(ana)));
    expect(env.sim.stats().maxInFlight).toBe(3);
  });

  it('defaults to 10 in flight', async () => {
    env = await simZoho({ users: [ANA], sim: { faults: { latencyMs: 15 } } });
    env.sim.resetStats();
    const ana = env.zoho.as(ANA);
    await Promise.all(Array.from({ length: 40 }, () => listLeads(ana)));
    expect(env.sim.stats().maxInFlight).toBe(10);
  });

  it('recovers from the simulator\'s own concurrency limit through 429 retries', async () => {
    env = await simZoho({ users: [ANA], zoho: { maxConcurrency: 8, retry: { maxRetries: 10 } }, sim: { faults: { latencyMs: 10, concurrencyLimit: 4 } } });
    const ana = env.zoho.as(ANA);
    const results = await Promise.all(Array.from({ length: 16 }, () => listLeads(ana)));
    expect(results.map((r) => r.response.status)).toEqual(Array(16).fill(204));
    expect(env.logs.filter((l) => /retrying GET .*concurrency limit exceeded/.test(l.message)).length).toBeGreaterThan(0);
  });
});

describe('timeout and cancellation', () => {
  it('times out an attempt with ZohoTimeoutError', async () => {
    env = await simZoho({ users: [ANA], zoho: { timeoutMs: 50, retry: false } });
    env.sim.faults.latencyMs = 400;
    const error = await caught(() => listLeads(env!.zoho.as(ANA)));
    expect(error).toBeInstanceOf(ZohoTimeoutError);
    expect((error as Error).message).toContain('timed out after 50 ms');
  });

  it('honours the caller\'s AbortSignal and surfaces its reason, without retrying', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.faults.latencyMs = 400;
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 20);
    const error = await caught(() => listLeads(env!.zoho.as(ANA), { signal: controller.signal }));
    expect(error).toEqual(new Error('user cancelled'));
  });
});
