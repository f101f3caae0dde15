import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { directCall, type CallInit, type CallResult } from '../../src/direct-call.js';
import { ReadResponse } from '../../src/http/read-response.js';
import { SendInit } from '../../src/http/send-init.js';
import type { ZohoRequest } from '../../src/http/zoho-request.js';

/**
 * The direct core stands in for openapi-fetch's own when no middleware is set, so it must
 * build the same request and read the same answer. openapi-fetch itself is the oracle: every
 * row is sent through both, and the requests and results must match.
 */
const BASE = 'https://api.example.com/v1/';
const BASE_HEADERS = { 'X-Org': '42', 'X-Gone': 'soon' };

type Row = {
  name: string;
  method: string;
  path: string;
  init?: CallInit;
  answer?: () => Response;
};

const json = (value: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(value), { ...init, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });

const rows: Row[] = [
  { name: 'path and query parameters', method: 'GET', path: '/crm/{module}/{id}', init: { params: { path: { module: 'Leads', id: '1 2' }, query: { fields: ['a', 'b'], page: 2, none: undefined } } } },
  { name: 'deep query objects', method: 'GET', path: '/search', init: { params: { query: { filter: { name: 'a&b', age: 3 } } } } },
  { name: 'a query serializer given as options', method: 'GET', path: '/search', init: { params: { query: { ids: [1, 2] } }, querySerializer: { array: { style: 'pipeDelimited', explode: false } } } },
  { name: 'a query serializer given as a function', method: 'GET', path: '/search', init: { params: { query: { q: 'x' } }, querySerializer: () => '?custom=1' } },
  { name: 'a path serializer of the caller', method: 'GET', path: '/x/{id}', init: { params: { path: { id: 7 } }, pathSerializer: (path: string) => path.replace('{id}', 'seven') } },
  { name: 'a JSON body', method: 'POST', path: '/crm/Leads', init: { body: { data: [{ Last_Name: 'Ng' }] } } },
  { name: 'a form body', method: 'POST', path: '/oauth/token', init: { body: { grant_type: 'refresh_token', a: 'b c' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } } },
  { name: 'a body serializer of the caller', method: 'PUT', path: '/raw', init: { body: { a: 1 }, bodySerializer: (body: unknown) => `raw:${JSON.stringify(body)}`, headers: { 'Content-Type': 'text/plain' } } },
  { name: 'call headers over the client’s, null taking one away, arrays appended', method: 'GET', path: '/h', init: { headers: { 'X-Org': '43', 'X-Gone': null, 'X-Many': ['1', '2'] }, params: { header: { 'X-Param': 'p' } } } },
  { name: 'a base URL of the call', method: 'GET', path: '/elsewhere', init: { baseUrl: 'https://other.example.com/' } },
  { name: 'request() with a lower-case method', method: 'patch', path: '/p', init: { body: { a: 1 } } },
  { name: 'other init options kept', method: 'GET', path: '/c', init: { cache: 'no-store', redirect: 'manual' } },
  { name: 'a redirect option alone', method: 'GET', path: '/c', init: { redirect: 'error' } },
  { name: 'header values trimmed and a JSON body typed', method: 'POST', path: '/t', init: { body: { a: 1 }, headers: { 'X-Pad': '  padded  ' } } },
  { name: 'a content type of the call over JSON', method: 'POST', path: '/t', init: { body: 'raw', bodySerializer: (body: unknown) => String(body), headers: { 'Content-Type': 'text/csv' } } },
  { name: 'JSON answered with a Content-Length', method: 'GET', path: '/j', answer: () => json({ a: [1] }, { headers: { 'content-length': '11' } }) },
  { name: 'JSON answered chunked', method: 'GET', path: '/j', answer: () => json({ a: [1] }) },
  { name: 'an empty chunked answer', method: 'GET', path: '/j', answer: () => new Response('', { status: 200 }) },
  { name: '204', method: 'DELETE', path: '/d', answer: () => new Response(null, { status: 204 }) },
  { name: 'a Content-Length of 0', method: 'GET', path: '/z', answer: () => new Response('', { headers: { 'content-length': '0' } }) },
  { name: 'HEAD', method: 'HEAD', path: '/h', answer: () => new Response(null, { status: 200 }) },
  { name: 'an error with a JSON body', method: 'GET', path: '/e', answer: () => json({ code: 'NO' }, { status: 404 }) },
  { name: 'an error with a text body', method: 'GET', path: '/e', answer: () => new Response('down', { status: 502 }) },
  { name: 'an error without a body', method: 'GET', path: '/e', answer: () => new Response(null, { status: 404, headers: { 'content-length': '0' } }) },
  { name: 'parseAs text', method: 'GET', path: '/t', init: { parseAs: 'text' }, answer: () => new Response('plain') },
  { name: 'parseAs arrayBuffer', method: 'GET', path: '/b', init: { parseAs: 'arrayBuffer' }, answer: () => new Response(new Uint8Array([1, 2, 3])) },
  { name: 'parseAs blob', method: 'GET', path: '/b', init: { parseAs: 'blob' }, answer: () => new Response('blob!') },
  { name: 'parseAs stream', method: 'GET', path: '/s', init: { parseAs: 'stream' }, answer: () => new Response('streamed') },
];

/** A request as the server would see it. */
async function seen(request: Request): Promise<unknown> {
  return {
    url: request.url,
    method: request.method,
    headers: [...request.headers],
    body: request.body === null ? null : await request.text(),
    redirect: request.redirect,
    cache: request.cache,
  };
}

/** A result with its data made comparable (bytes, blobs and streams read out). */
async function comparable(result: { data?: unknown; error?: unknown; response: Response }): Promise<unknown> {
  const read = async (value: unknown): Promise<unknown> => {
    if (value instanceof ArrayBuffer) return [...new Uint8Array(value)];
    if (value instanceof Blob) return await value.text();
    if (value instanceof ReadableStream) return await new Response(value).text();
    return value;
  };
  return {
    ...('data' in result ? { data: await read(result.data) } : {}),
    ...('error' in result ? { error: await read(result.error) } : {}),
    status: result.response.status,
  };
}

async function viaOpenapiFetch(row: Row): Promise<{ request: unknown; result: unknown }> {
  let request: unknown;
  const client = createClient<Record<string, never>>({
    baseUrl: BASE,
    headers: BASE_HEADERS,
    fetch: async (sent: Request) => {
      request = await seen(sent);
      return (row.answer ?? (() => json({ ok: true })))();
    },
  });
  const call = client.request as unknown as (method: string, path: string, init?: CallInit) => Promise<CallResult>;
  const result = await comparable(await call(row.method, row.path, row.init));
  return { request, result };
}

async function viaDirectCall(row: Row): Promise<{ request: unknown; result: unknown }> {
  let request: unknown;
  const call = directCall({
    baseUrl: BASE,
    headers: BASE_HEADERS,
    send: async (sent) => {
      request = await seen(sent);
      return (row.answer ?? (() => json({ ok: true })))();
    },
    check: (response) => response,
  });
  const result = await comparable(await call(row.method.toUpperCase(), row.path, row.init));
  return { request, result };
}

describe('directCall builds and reads exactly as openapi-fetch does', () => {
  it.each(rows)('$name', async (row) => {
    expect(await viaDirectCall(row)).toEqual(await viaOpenapiFetch(row));
  });

  it('takes the value the transport parsed instead of reading the body again', async () => {
    const source = json({ a: 1 });
    const read = new ReadResponse(source, '{"a":1}', { a: 1 });
    const call = directCall({ baseUrl: BASE, headers: undefined, send: async () => read, check: (response) => response });
    const result = await call('GET', '/j', undefined);
    expect(result.data).toBe(read.value);
    expect(result.response).toBe(read);
    expect(source.bodyUsed).toBe(false);
  });

  it('answers a rejected promise, not a throw, when building the request fails', async () => {
    const call = directCall({ baseUrl: BASE, headers: undefined, send: async () => json({}), check: (response) => response });
    const failing = call('POST', '/x', { body: {}, bodySerializer: () => { throw new Error('cannot serialise'); } });
    await expect(failing).rejects.toThrow('cannot serialise');
  });

  it('rejects a header value Headers would refuse, before anything is sent', async () => {
    let sent = 0;
    const call = directCall({ baseUrl: BASE, headers: undefined, send: async () => (sent++, json({})), check: (response) => response });
    await expect(call('GET', '/x', { headers: { 'X-Bad': 'line\nbreak' } })).rejects.toThrow(TypeError);
    expect(sent).toBe(0);
  });

  it('builds the usual init as one SendInit, with the caller’s signal, and spreads only other fetch options', async () => {
    const inits: RequestInit[] = [];
    const call = directCall({
      baseUrl: BASE,
      headers: BASE_HEADERS,
      send: async (request) => (inits.push((request as ZohoRequest).init), json({})),
      check: (response) => response,
    });
    const caller = new AbortController();
    await call('GET', '/a', undefined);
    await call('POST', '/b', { body: { a: 1 }, signal: caller.signal, redirect: 'manual' });
    await call('GET', '/c', { cache: 'no-store' });
    expect(inits[0]).toBeInstanceOf(SendInit);
    // fetch's defaults are left unset: Node's fetch converts every option that is set.
    expect(inits[0]).toMatchObject({ method: undefined, headers: { 'x-org': '42', 'x-gone': 'soon' }, body: undefined, redirect: undefined, signal: undefined });
    expect(inits[1]).toBeInstanceOf(SendInit);
    expect(inits[1]).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json', 'x-org': '42' }, body: '{"a":1}', redirect: 'manual' });
    expect(inits[1]!.signal).toBe(caller.signal);
    expect(inits[2]).not.toBeInstanceOf(SendInit);
    expect(inits[2]).toMatchObject({ cache: 'no-store', redirect: 'follow', method: 'GET' });
    // Each call's headers are its own: signing one request does not touch the client's.
    (inits[0]!.headers as Record<string, string>)['authorization'] = 'signed';
    await call('GET', '/d', undefined);
    expect(inits[3]!.headers).not.toHaveProperty('authorization');
  });

  it('hands each answer to check before reading it, with the operation', async () => {
    const seenOperations: unknown[] = [];
    const call = directCall({
      baseUrl: BASE,
      headers: undefined,
      send: async () => json({ a: 1 }),
      check: (response, request, operation) => {
        seenOperations.push({ ...operation, url: request.url });
        return response;
      },
    });
    await call('GET', '/crm/{id}', { params: { path: { id: 'x' } }, parseAs: 'text' });
    expect(seenOperations).toEqual([{ method: 'GET', path: '/crm/{id}', parseAs: 'text', url: 'https://api.example.com/v1/crm/x' }]);
  });
});
