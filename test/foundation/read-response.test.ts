import { describe, expect, it } from 'vitest';
import { ReadResponse } from '../../src/http/read-response.js';

const TEXT = '{"name":"Zylker ü"}';
const VALUE = { name: 'Zylker ü' };

function source(headers: Record<string, string> = { 'content-type': 'application/json' }): Response {
  return new Response(TEXT, { status: 201, statusText: 'Created', headers });
}

describe('ReadResponse: a read answer that is still a Response', () => {
  it('is a Response with the source’s status and headers', () => {
    const read = new ReadResponse(source(), TEXT, VALUE);
    expect(read).toBeInstanceOf(Response);
    expect([read.status, read.statusText, read.ok, read.headers.get('content-type')]).toEqual([201, 'Created', true, 'application/json']);
    expect([read.url, read.redirected, read.type]).toEqual(['', false, 'default']);
  });

  it('answers json() and text() from the one parse, as often as asked', async () => {
    const read = new ReadResponse(source(), TEXT, VALUE);
    expect(await read.json()).toBe(VALUE);
    expect(await read.json()).toBe(VALUE);
    expect(await read.text()).toBe(TEXT);
    expect(read.bodyUsed).toBe(false);
  });

  it('gives the body as bytes, a blob or a stream, from a Response rebuilt once', async () => {
    const read = new ReadResponse(source(), TEXT, VALUE);
    expect(new TextDecoder().decode(await read.arrayBuffer())).toBe(TEXT);
    expect(read.bodyUsed).toBe(true);
    const again = new ReadResponse(source(), TEXT, VALUE);
    expect(await (await again.blob()).text()).toBe(TEXT);
    const streamed = new ReadResponse(source(), TEXT, VALUE);
    expect(await new Response(streamed.body).text()).toBe(TEXT);
  });

  it('clones into an answer whose body can be read again', async () => {
    const read = new ReadResponse(source(), TEXT, VALUE);
    await read.arrayBuffer();
    const copy = read.clone();
    expect(copy).toBeInstanceOf(ReadResponse);
    expect(await copy.text()).toBe(TEXT);
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe(TEXT);
  });

  it('says its length in bytes when the source did not, and keeps a length it was given', () => {
    const chunked = new ReadResponse(source(), TEXT, VALUE).withLength();
    expect(chunked.headers.get('content-length')).toBe(String(new TextEncoder().encode(TEXT).byteLength));
    expect(chunked.headers.get('content-type')).toBe('application/json');
    const sized = new ReadResponse(source({ 'content-length': '20' }), TEXT, VALUE);
    expect(sized.withLength()).toBe(sized);
  });
});
