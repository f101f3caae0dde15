import { afterEach, describe, expect, it, vi } from 'vitest';
import { simZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a chunked JSON answer (no Content-Length, as Zoho sends them) is parsed once (#13)', () => {
  it('hands openapi-fetch the value the normaliser parsed, and says how long the body was', async () => {
    // sim.fetch answers without a Content-Length, like Zoho's chunked answers.
    const env = await simZoho({ users: [ANA] });
    const texts: string[] = [];
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      texts.push(text);
      return parse(text, reviver);
    });

    const { data, response } = await env.zoho.as(ANA).crm.api.GET('/crm/v8/org');
    vi.restoreAllMocks();

    expect(data?.org?.[0]?.id).toBeTruthy();
    const body = await response.text();
    expect(texts.filter((text) => text === body)).toHaveLength(1);
    expect(response.headers.get('content-length')).toBe(String(new TextEncoder().encode(body).byteLength));
    await env.close();
  });
});
