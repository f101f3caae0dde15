/**
 * Attachments and photos against the answers that are not the common case: list options
 * that change the request, listed items missing keys, downloads without a name, a size or a
 * type, empty downloads, uploads answered without an id, lost answers, aborted batches, and
 * single-item answers that carry no result. Odd answers are served verbatim by the simulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoConnectionError, ZohoError, ZohoResponseError } from '../../src/index.js';
import { recordingSimZoho } from '../support/recording-sim.js';
import { caught, type SimZoho } from '../support/sim-zoho.js';
import { PNG, seed } from './seed.js';

const ANA = 'ana@example.com';
let env: (SimZoho & { paths: (path: string) => Request[] }) | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function aLead() {
  env = await recordingSimZoho(ANA);
  const id = seed(env.sim, 'Leads', { Last_Name: 'Filed' });
  return { sim: env.sim, id, paths: env.paths, record: env.zoho.as(ANA).crm.module('Leads').record(id) };
}

const query = (request: Request): Record<string, string> => Object.fromEntries(new URL(request.url).searchParams);

describe('attachments: list options and listed items', () => {
  it('asks for the page and the ids given', async () => {
    const { record, id, paths } = await aLead();
    const uploaded = await record.attachments.upload(new TextEncoder().encode('one'), { fileName: 'one.txt' });
    const page = await record.attachments.list({ page: 1, ids: [uploaded.id] });
    expect(page.items.map((item) => item.fileName)).toEqual(['one.txt']);
    expect(query(paths(`/crm/v8/Leads/${id}/Attachments`).at(-1)!)).toMatchObject({ page: '1', ids: uploaded.id });
  });

  it('gives listed items without an id or a name empty text, and a link its URL as its name', async () => {
    const { record, sim } = await aLead();
    sim.failNext({ type: 'answer', status: 200, body: { data: [{ $link_url: 'https://example.com/spec' }, { Size: 'n/a' }], info: { more_records: false } } }, { method: 'GET', path: '/Attachments' });
    const { items } = await record.attachments.list();
    expect(items.map(({ id, fileName, url, size, parent }) => ({ id, fileName, url, size, parent }))).toEqual([
      { id: '', fileName: 'https://example.com/spec', url: 'https://example.com/spec', size: undefined, parent: undefined },
      { id: '', fileName: '', url: undefined, size: undefined, parent: undefined },
    ]);
  });
});

describe('attachments: links', () => {
  it('refuses a link that is not a URL at all with INVALID_URL_PATTERN, sending nothing', async () => {
    const { record, paths, id } = await aLead();
    const error = await caught(() => record.attachments.upload({ url: 'not a url' }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'INVALID_URL_PATTERN' });
    expect(paths(`/crm/v8/Leads/${id}/Attachments`)).toHaveLength(0);
  });
});

describe('attachments: downloads', () => {
  it('a download without Content-Disposition or Content-Length (chunked) has no name and no size', async () => {
    const { record, sim } = await aLead();
    sim.failNext({ type: 'answer', status: 200, body: new Uint8Array([1, 2, 3]), headers: { 'content-type': 'application/pdf' } }, { method: 'GET', path: '/Attachments/' });
    const file = await record.attachments.download('9');
    expect({ fileName: file.fileName, originalFileName: file.originalFileName, size: file.size, contentType: file.contentType }).toEqual({
      fileName: undefined,
      originalFileName: undefined,
      size: undefined,
      contentType: 'application/pdf',
    });
    expect([...new Uint8Array(await new Response(file.stream).arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('a download served with no Content-Type keeps its bytes as they are, not re-encoded as text', async () => {
    const { record, sim } = await aLead();
    const bytes = new Uint8Array([0xff, 0x00, 0x80, 0xc3, 0x28, 0x7b]);
    sim.failNext({ type: 'answer', status: 200, body: bytes }, { method: 'GET', path: '/Attachments/' });
    const file = await record.attachments.download('9');
    expect(file.contentType).toBe('application/octet-stream');
    expect([...new Uint8Array(await new Response(file.stream).arrayBuffer())]).toEqual([...bytes]);
  });

  it('an empty download (204) is a ZohoResponseError', async () => {
    const { record, sim, id } = await aLead();
    sim.failNext({ type: 'answer', status: 204, body: null }, { method: 'GET', path: '/Attachments/' });
    const error = await caught(() => record.attachments.download('9'));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect(error).toMatchObject({ status: 204, message: `crm: attachment 9 of Leads ${id} came back empty (HTTP 204)` });
  });
});

describe('attachments: single-item answers', () => {
  it('an upload answered as a success without an id is a ZohoResponseError', async () => {
    const { record, sim } = await aLead();
    sim.failNext({ type: 'answer', status: 200, body: { data: [{ status: 'success', code: 'SUCCESS', message: 'attachment uploaded', details: null }] } }, { method: 'POST', path: '/Attachments' });
    const error = await caught(() => record.attachments.upload(new TextEncoder().encode('x'), { fileName: 'x.txt' }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('crm: the attachment was created but CRM returned no id');
  });

  it('a delete answered with no item is a ZohoError saying there was no result', async () => {
    const { record, sim, id } = await aLead();
    sim.failNext({ type: 'answer', status: 200, body: { data: [] } }, { method: 'DELETE', path: '/Attachments/' });
    const error = await caught(() => record.attachments.delete('9'));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: undefined, status: 200, message: `crm: deleting attachment 9 of Leads ${id} failed: UNKNOWN: no result` });
  });

  it('a delete whose item has an empty message and a numeric code still says what failed', async () => {
    const { record, sim, id } = await aLead();
    sim.failNext({ type: 'answer', status: 200, body: { data: [{ status: 'failure', code: 42, message: '' }] } }, { method: 'DELETE', path: '/Attachments/' });
    const error = await caught(() => record.attachments.delete('9'));
    expect(error).toMatchObject({ code: undefined, message: `crm: deleting attachment 9 of Leads ${id} failed: UNKNOWN: no result` });
  });
});

describe('attachments: uploadMany', () => {
  it('a lost answer is a failure that may have been applied, coded by its error class', async () => {
    const { record, sim } = await aLead();
    sim.failNext({ type: 'reset-after-apply' }, { method: 'POST', path: '/Attachments' });
    const [result] = await record.attachments.uploadMany([new TextEncoder().encode('lost')]);
    expect(result).toMatchObject({ ok: false, applied: 'unknown', id: undefined });
    if (result!.ok) throw new Error('expected a failure');
    expect(result!.error.cause).toBeInstanceOf(ZohoConnectionError);
    expect(result!.error.code).toBe(result!.error.cause!.code ?? 'ZohoConnectionError');
    // It was applied: the simulator stored the attachment before dropping the answer.
    expect((await record.attachments.list()).items).toHaveLength(1);
  });

  it('an error without a code is coded by its class, and the next source is still uploaded', async () => {
    const { record, sim } = await aLead();
    sim.failNext({ type: 'answer', status: 200, body: { data: [{ status: 'success', code: 'SUCCESS', message: 'attachment uploaded', details: {} }] } }, { method: 'POST', path: '/Attachments' });
    const [first, second] = await record.attachments.uploadMany([new TextEncoder().encode('a'), new TextEncoder().encode('b')]);
    expect(first).toMatchObject({ ok: false, applied: false, error: { code: 'ZohoResponseError', message: 'crm: the attachment was created but CRM returned no id', cause: expect.any(ZohoResponseError) } });
    expect(second).toMatchObject({ ok: true, applied: true, attachment: { size: 1 } });
  });

  it('an abort is not a per-item failure: it stops the batch with the caller\'s reason', async () => {
    const { record } = await aLead();
    const stop = new AbortController();
    const reason = new Error('the user cancelled');
    stop.abort(reason);
    const error = await caught(() => record.attachments.uploadMany([new TextEncoder().encode('a')], { signal: stop.signal }));
    expect(error).toBe(reason);
  });
});

describe('photos: options and odd answers', () => {
  it('asks Zoho not to run workflows when restrictTriggers is set', async () => {
    const { record, id, paths } = await aLead();
    await record.photo.upload(PNG, { fileName: 'p.png', restrictTriggers: true });
    expect(query(paths(`/crm/v8/Leads/${id}/photo`).at(-1)!)).toEqual({ restrict_triggers: 'workflow' });
  });

  it('an upload answered with no body is a ZohoError naming the record', async () => {
    const { record, sim, id } = await aLead();
    sim.failNext({ type: 'answer', status: 204, body: null }, { method: 'POST', path: '/photo' });
    const error = await caught(() => record.photo.upload(PNG, { fileName: 'p.png' }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ status: 204, message: `crm: uploading the photo of Leads ${id} failed: UNKNOWN: no result` });
  });

  it('a delete answered without a success status is a ZohoError', async () => {
    const { record, sim, id } = await aLead();
    sim.failNext({ type: 'answer', status: 200, body: { status: 'pending', code: 7, message: 'later' } }, { method: 'DELETE', path: '/photo' });
    const error = await caught(() => record.photo.delete());
    expect(error).toMatchObject({ status: 200, message: `crm: deleting the photo of Leads ${id} failed: UNKNOWN: later` });
  });
});
