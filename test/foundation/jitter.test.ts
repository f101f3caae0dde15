import { afterEach, describe, expect, it } from 'vitest';
import { ZohoRateLimitError } from '../../src/index.js';
import { backoffWaitMs, retryAfterWaitMs } from '../../src/http/jitter.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

const policy = { baseDelayMs: 250, maxDelayMs: 20_000 };

describe('backoffWaitMs (full jitter)', () => {
  it.each([
    // attempt, random, wait
    [1, 0, 0],
    [1, 0.5, 125],
    [1, 0.999, 250],
    [2, 1, 500],
    [3, 0.25, 250],
    [8, 1, 20_000], // 250 × 2^7 = 32 000, capped
    [20, 0.5, 10_000],
  ])('attempt %i with random %d waits %i ms', (attempt, random, wait) => {
    expect(backoffWaitMs(policy, attempt, () => random)).toBe(wait);
  });
});

describe('retryAfterWaitMs', () => {
  it.each([
    // asked, random, wait
    [1_000, 0, 1_000], // never shorter than the server asked
    [1_000, 0.5, 1_500],
    [1_000, 1, 2_000],
    [0, 0.5, 125], // "now": spread over the base delay
    [60_000, 0.1, 66_000],
  ])('Retry-After %i ms with random %d waits %i ms', (asked, random, wait) => {
    expect(retryAfterWaitMs(asked, policy, () => random)).toBe(wait);
  });
});

describe('jitter in practice', () => {
  let env: SimZoho | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });

  it('lets 40 calls through a limit of 2 from a client allowing 5: refused retries no longer collide', async () => {
    const ANA = 'ana@example.com';
    env = await simZoho({ users: [ANA], zoho: { maxConcurrency: 5, retry: { baseDelayMs: 5, maxDelayMs: 50, maxRetries: 4 } }, sim: { faults: { latencyMs: 30, concurrencyLimit: 2 } } });
    const ana = env.zoho.as(ANA);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => ana.crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } } })),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof ZohoRateLimitError);
    expect(refused).toHaveLength(0);
    expect(outcomes.every((o) => o.status === 'fulfilled' && o.value.response.status === 204)).toBe(true);
  });
});
