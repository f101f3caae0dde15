import { describe, expect, it } from 'vitest';
import { createZoho, ZohoTimeoutError, type FetchFn } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import { caught } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

/**
 * A custom fetch (a proxy, an instrumented client...) that answers CRM calls with the
 * simulator's status and headers but a body that sends five bytes and then nothing, and
 * ignores the abort signal: the stream has no cancel and never errors.
 */
function stallingFetch(inner: FetchFn): FetchFn {
  return async (request, init) => {
    const response = await inner(request, init);
    if (!new URL(request.url).pathname.startsWith('/crm/')) return response;
    const first = new Uint8Array(await response.arrayBuffer()).slice(0, 5);
    const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(first) });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

describe('the per-attempt timeout covers the whole body read (#11)', () => {
  it('fails a call whose body never ends with ZohoTimeoutError, although the custom fetch ignores the signal', async () => {
    const sim = createSimulator();
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: stallingFetch(sim.fetch), timeoutMs: 200, retry: false });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });

    const error = await caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    expect(error).toBeInstanceOf(ZohoTimeoutError);
    expect((error as Error).message).toContain('GET');
    expect((error as Error).message).toContain('timed out after 200 ms');
  });

  it('lets the caller cancel such a call too, with the caller\'s reason', async () => {
    const sim = createSimulator();
    const { clientId, clientSecret } = sim.createClient();
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: stallingFetch(sim.fetch), timeoutMs: 60_000, retry: false });
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });

    const controller = new AbortController();
    const pending = caught(() => zoho.as(ANA).crm.api.GET('/crm/v8/org', { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    expect(await pending).toEqual(new Error('user cancelled'));
  });
});
