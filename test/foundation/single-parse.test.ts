import { afterEach, describe, expect, it, vi } from 'vitest';
import { simZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Records every text JSON.parse is given while `run` runs. */
async function parses<T>(run: () => Promise<T>): Promise<{ result: T; texts: string[] }> {
  const texts: string[] = [];
  const parse = JSON.parse;
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    texts.push(text);
    return parse(text, reviver);
  });
  try {
    return { result: await run(), texts };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('a chunked JSON answer (no Content-Length, as Zoho sends them) is parsed once (#13)', () => {
  it('without middleware: the data is the value the transport parsed, and the headers are the server’s', async () => {
    // sim.fetch answers without a Content-Length, like Zoho's chunked answers.
    const env = await simZoho({ users: [ANA] });
    const { result, texts } = await parses(() => env.zoho.as(ANA).crm.api.GET('/crm/v8/org'));
    const { data, response } = result;

    expect(data?.org?.[0]?.id).toBeTruthy();
    const body = await response.text();
    expect(texts.filter((text) => text === body)).toHaveLength(1);
    expect(await response.json()).toBe(data);
    expect(response.headers.get('content-length')).toBeNull();
    await env.close();
  });

  it('with middleware: openapi-fetch is told the body’s length in bytes, so it takes the one parse too', async () => {
    const env = await simZoho({ users: [ANA] });
    const api = env.zoho.as(ANA).crm.api;
    api.use({ onRequest: () => undefined });
    const { result, texts } = await parses(() => api.GET('/crm/v8/org'));
    const { data, response } = result;

    expect(data?.org?.[0]?.id).toBeTruthy();
    const body = await response.text();
    expect(texts.filter((text) => text === body)).toHaveLength(1);
    expect(response.headers.get('content-length')).toBe(String(new TextEncoder().encode(body).byteLength));
    await env.close();
  });
});
