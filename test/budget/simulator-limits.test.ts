import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/testing/index.js';

/** Sends `count` requests at once with plain fetch and returns their answers. */
async function burst(fetch: typeof globalThis.fetch, url: string, count: number, init: RequestInit = {}) {
  return Promise.all(Array.from({ length: count }, async () => {
    const response = await fetch(url, init);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }));
}

describe('the simulator enforces Zoho\'s org limits', () => {
  it('answers past the edition\'s concurrency (Free: 5) with 429 TOO_MANY_REQUESTS, as CRM does', async () => {
    const sim = createSimulator({ faults: { latencyMs: 100 }, limits: { crm: { edition: 'free' } } });
    const answers = await burst(sim.fetch, `${sim.dataCenter.api}/crm/v8/Leads`, 8);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 'error' });
    expect(sim.stats().limits.refused.concurrency).toBe(3);
  });

  it('refuses heavy APIs past the sub-concurrency while plain reads still pass', async () => {
    const sim = createSimulator({ faults: { latencyMs: 100 }, limits: { crm: { concurrency: 20, subConcurrency: 2 } } });
    const [searches, reads] = await Promise.all([
      burst(sim.fetch, `${sim.dataCenter.api}/crm/v8/Leads/search?word=x`, 4),
      burst(sim.fetch, `${sim.dataCenter.api}/crm/v8/Leads`, 4),
    ]);
    expect(searches.filter((a) => a.status === 429)).toHaveLength(2);
    expect(reads.filter((a) => a.status === 429)).toHaveLength(0);
  });

  it('counts credits with Zoho\'s per-call costs and refuses past the budget', async () => {
    const sim = createSimulator({ limits: { crm: { credits: { limit: 12 } } } });
    const convert = await burst(sim.fetch, `${sim.dataCenter.api}/crm/v8/Leads/1/actions/convert`, 2, { method: 'POST', body: '{"data":[{}]}' });
    expect(convert.every((a) => a.status !== 429)).toBe(true); // 5 + 5 credits
    const reads = await burst(sim.fetch, `${sim.dataCenter.api}/crm/v8/Leads`, 3);
    expect(reads.filter((a) => a.status === 429)).toHaveLength(1); // 2 more fit, the third does not
    expect(sim.stats().limits.creditsUsed).toBe(12);
  });

  it('keeps Creator\'s and Analytics\' per-minute limits, answered with their own codes', async () => {
    const sim = createSimulator({ limits: { creator: { limit: 2 }, analytics: { limit: 1 } } });
    const creator = await burst(sim.fetch, `${sim.dataCenter.api}/creator/v2.1/data/owner/app/report/All`, 3);
    expect(creator.filter((a) => a.status === 429).map((a) => a.body['code'])).toEqual([2955]);
    const analytics = await burst(sim.fetch, `${sim.dataCenter.analytics}/restapi/v2/workspaces`, 2);
    const refused = analytics.filter((a) => a.status === 429);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.body).toMatchObject({ data: { errorCode: 6045 } });
  });
});
