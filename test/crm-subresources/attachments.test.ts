import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoFileTooLargeError } from '../../src/errors.js';
import { ZohoError } from '../../src/index.js';
import { crmSubresources } from '../../src/testing/crm/crm-subresource-state.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { bytesOf, patterned, sameBytes, seed } from './seed.js';

const USER = 'ana@example.com';
const MB = 1024 * 1024;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function aLead(options: { transport?: 'fetch' | 'http' } = {}) {
  const env: SimZoho = await simZoho({ users: [USER], ...options });
  cleanups.push(() => env.close());
  const id = seed(env.sim, 'Leads', { First_Name: 'Monty', Last_Name: 'Burns', Company: 'Springfield Power' });
  return { ...env, id, record: env.zoho.as(USER).crm.module('Leads').record(id) };
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zohokit-attachments-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Uploads, then downloads the same attachment and returns both ends. */
async function roundTrip(record: Awaited<ReturnType<typeof aLead>>['record'], source: Parameters<typeof record.attachments.upload>[0], options: Parameters<typeof record.attachments.upload>[1] = {}) {
  const uploaded = await record.attachments.upload(source, options);
  const download = await record.attachments.download(uploaded.id);
  return { uploaded, download, bytes: await bytesOf(download.stream) };
}

describe('attachment uploads and downloads', () => {
  it('uploads a file to a record and downloads the same bytes, with its name, size and type', async () => {
    const { record } = await aLead();
    const bytes = patterned(300_000);
    const { uploaded, download, bytes: back } = await roundTrip(record, bytes, { fileName: 'report.bin' });
    expect(uploaded).toMatchObject({ fileName: 'report.bin', size: 300_000, url: undefined });
    expect(download).toMatchObject({ fileName: 'report.bin', originalFileName: 'report.bin', size: 300_000, contentType: 'application/octet-stream' });
    expect(sameBytes(back, bytes)).toBe(true);
  });

  it('streams a 5 MB file both ways over real HTTP byte for byte', async () => {
    const { record } = await aLead({ transport: 'http' });
    const bytes = patterned(5 * MB, 3);
    const { bytes: back } = await roundTrip(record, bytes, { fileName: 'big.dat' });
    expect(sameBytes(back, bytes)).toBe(true);
  });

  it('uploads from a file path, named after the file', async () => {
    const { record } = await aLead();
    const path = join(await tempDir(), 'Quarterly report.pdf');
    const bytes = patterned(70_000, 11);
    await writeFile(path, bytes);
    const { uploaded, download, bytes: back } = await roundTrip(record, path);
    expect(uploaded.fileName).toBe('Quarterly report.pdf');
    expect(download.fileName).toBe('Quarterly report.pdf');
    expect(sameBytes(back, bytes)).toBe(true);
  });

  it('uploads from a Buffer, an ArrayBuffer, a Blob and a File', async () => {
    const { record } = await aLead();
    const bytes = patterned(4_096, 5);
    const sources = [
      [Buffer.from(bytes), 'buffer.bin'],
      [bytes.buffer.slice(0), 'arraybuffer.bin'],
      [new Blob([bytes], { type: 'application/pdf' }), 'blob.pdf'],
      [new File([bytes], 'from-file.txt', { type: 'text/plain' }), undefined],
    ] as const;
    for (const [source, fileName] of sources) {
      const { uploaded, bytes: back } = await roundTrip(record, source, fileName === undefined ? {} : { fileName });
      expect(uploaded.fileName).toBe(fileName ?? 'from-file.txt');
      expect(sameBytes(back, bytes)).toBe(true);
    }
  });

  it('uploads from a Node Readable, a web ReadableStream and an async iterable of strings, none of known length', async () => {
    const { record } = await aLead();
    const bytes = patterned(200_000, 9);
    const chunks = (): Uint8Array<ArrayBuffer>[] => [bytes.subarray(0, 65_536), bytes.subarray(65_536, 150_000), bytes.subarray(150_000)];
    const node = await roundTrip(record, Readable.from(chunks()), { fileName: 'node.bin' });
    expect(sameBytes(node.bytes, bytes)).toBe(true);
    const web = await roundTrip(record, new Blob(chunks()).stream(), { fileName: 'web.bin' });
    expect(sameBytes(web.bytes, bytes)).toBe(true);
    async function* lines() {
      yield 'name,amount\n';
      yield 'Ünïcödé ✓,12\n';
    }
    const text = await roundTrip(record, lines(), { fileName: 'rows.csv' });
    expect(new TextDecoder().decode(text.bytes)).toBe('name,amount\nÜnïcödé ✓,12\n');
  });

  it('attaches a link by URL, listed as a link', async () => {
    const { record } = await aLead();
    const link = await record.attachments.upload({ url: 'https://example.com/contract.pdf' }, { title: 'Contract' });
    expect(link).toMatchObject({ fileName: 'Contract', url: 'https://example.com/contract.pdf', size: undefined });
    const { items } = await record.attachments.list();
    expect(items).toEqual([expect.objectContaining({ id: link.id, fileName: 'Contract', url: 'https://example.com/contract.pdf', size: undefined })]);
    expect(items[0]!.raw).toMatchObject({ File_Name: 'Contract', $type: 'Link URL', $link_url: 'https://example.com/contract.pdf' });
  });

  it('refuses a link that is not an http(s) URL, without sending it', async () => {
    const { record, sim } = await aLead();
    const before = sim.stats().requests;
    const error = await caught(() => record.attachments.upload({ url: 'javascript:alert(1)' }));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as ZohoError).code).toBe('INVALID_URL_PATTERN');
    expect(sim.stats().requests).toBe(before);
  });
});

describe('the 20 MB attachment limit', () => {
  it('refuses a 21 MB file with a clear error before sending anything', async () => {
    const { record, sim } = await aLead();
    const before = sim.stats().requests;
    const error = await caught(() => record.attachments.upload(new Uint8Array(21 * MB), { fileName: 'big.zip' }));
    expect(error).toBeInstanceOf(ZohoFileTooLargeError);
    const tooLarge = error as ZohoFileTooLargeError;
    expect(tooLarge.message).toBe('crm: the attachment "big.zip" is 21 MB (22,020,096 bytes), over Zoho CRM\'s 20 MB limit (20,971,520 bytes); nothing was uploaded');
    expect(tooLarge).toMatchObject({ code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE', size: 21 * MB, limit: 20 * MB, sizeKnown: true, fileName: 'big.zip' });
    expect(sim.stats().requests).toBe(before);
  });

  it('accepts a file of exactly 20 MB', async () => {
    const { record } = await aLead();
    const uploaded = await record.attachments.upload(new Uint8Array(20 * MB), { fileName: 'exact.bin' });
    expect(uploaded.size).toBe(20 * MB);
  });

  it('refuses a 21 MB file path from its size, without reading it', async () => {
    const { record, sim } = await aLead();
    const path = join(await tempDir(), 'sparse.iso');
    await writeFile(path, '');
    await truncate(path, 21 * MB);
    const before = sim.stats().requests;
    const error = await caught(() => record.attachments.upload(path));
    expect(error).toBeInstanceOf(ZohoFileTooLargeError);
    expect((error as ZohoFileTooLargeError).fileName).toBe('sparse.iso');
    expect(sim.stats().requests).toBe(before);
  });

  it('stops reading a stream of unknown length as soon as it passes 20 MB, and sends nothing', async () => {
    const { record, sim } = await aLead();
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield new Uint8Array(MB);
        }
      })(),
    );
    const before = sim.stats().requests;
    const error = await caught(() => record.attachments.upload(endless, { fileName: 'endless.log' }));
    expect(error).toBeInstanceOf(ZohoFileTooLargeError);
    expect((error as ZohoFileTooLargeError).sizeKnown).toBe(false);
    expect((error as ZohoFileTooLargeError).message).toMatch(/"endless.log" ran past 20 MB \(22,020,096 bytes read before stopping\)/);
    expect(pulled).toBeLessThanOrEqual(22);
    expect(endless.destroyed).toBe(true);
    expect(sim.stats().requests).toBe(before);
  });

  it('cancels a web stream that passes 20 MB', async () => {
    const { record } = await aLead();
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(4 * MB)),
      cancel: () => {
        cancelled = true;
      },
    });
    expect(await caught(() => record.attachments.upload(stream))).toBeInstanceOf(ZohoFileTooLargeError);
    expect(cancelled).toBe(true);
  });

  it('gets FILE_SIZE_MORE_THAN_ALLOWED_SIZE (HTTP 413) from the simulator when a 21 MB body is sent anyway', async () => {
    const { zoho, id, sim } = await aLead();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(21 * MB)]), 'sneaky.bin');
    const error = await caught(() =>
      zoho.as(USER).crm.api.POST('/crm/v8/{module_api_name}/{record_id}/Attachments', {
        params: { path: { module_api_name: 'Leads', record_id: id } },
        body: { file: '' },
        bodySerializer: () => form,
      }),
    );
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ status: 413, code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE' });
    expect(crmSubresources(sim.crm).files.attachments.size).toBe(0);
  });
});

describe('hostile file names', () => {
  it('keeps only the last path segment of a name', async () => {
    const { record } = await aLead();
    for (const [name, sent] of [
      ['../../etc/passwd', 'passwd'],
      ['C:\\Users\\ana\\secret.docx', 'secret.docx'],
      ['..', 'file'],
      ['/', 'file'],
    ]) {
      const { uploaded, download } = await roundTrip(record, patterned(10), { fileName: name! });
      expect(uploaded.fileName).toBe(sent);
      expect(download.fileName).toBe(sent);
    }
  });

  it('carries apostrophes, semicolons, commas, brackets and Unicode through the multipart body and back exactly', async () => {
    const { record } = await aLead();
    for (const name of ["O'Brien; q=1, (draft) [v2].pdf", 'Résumé 日本語 😀.pdf', 'many   spaces & ampersands.txt', 'name=value;filename=x.exe']) {
      const bytes = patterned(1_000, name.length);
      const { uploaded, download, bytes: back } = await roundTrip(record, bytes, { fileName: name });
      expect(uploaded.fileName).toBe(name);
      expect(download.originalFileName).toBe(name);
      expect(download.fileName).toBe(name);
      expect(sameBytes(back, bytes)).toBe(true);
    }
  });

  it('sends double quotes as apostrophes, which every multipart parser reads the same way', async () => {
    const { record } = await aLead();
    const { uploaded, download } = await roundTrip(record, patterned(10), { fileName: 'evil"; filename="x.exe' });
    expect(uploaded.fileName).toBe("evil'; filename='x.exe");
    expect(download.originalFileName).toBe("evil'; filename='x.exe");
  });

  it('strips CR/LF so a name cannot add headers or parts to the multipart body', async () => {
    const { record, sim } = await aLead();
    const bytes = patterned(2_000);
    const { uploaded, bytes: back } = await roundTrip(record, bytes, { fileName: 'a.txt\r\nContent-Type: text\r\n\r\nboo' });
    expect(uploaded.fileName).toBe('a.txtContent-Type: textboo');
    const stored = [...crmSubresources(sim.crm).files.attachments.values()];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ fileName: 'a.txtContent-Type: textboo', contentType: 'application/octet-stream', size: 2_000 });
    expect(sameBytes(back, bytes)).toBe(true);
  });

  it('hands back a disk-safe name for a hostile name stored in CRM, and the original beside it', async () => {
    const { record, sim, id } = await aLead();
    const attachmentId = sim.crm.newId();
    crmSubresources(sim.crm).files.attachments.set(attachmentId, {
      id: attachmentId,
      parentModule: 'Leads',
      parentId: id,
      fileName: '../../.ssh/authorized_keys\u0000.txt',
      size: 3,
      contentType: 'text/plain',
      bytes: new Uint8Array([1, 2, 3]),
      linkUrl: undefined,
      fileId: sim.crm.newId(),
      createdTime: '2024-01-01T00:00:00+00:00',
      createdBy: { id: '1', name: 'x' },
      owner: { id: '1', name: 'x', email: 'x@example.com' },
    });
    const download = await record.attachments.download(attachmentId);
    expect(download.originalFileName).toBe('../../.ssh/authorized_keys\u0000.txt');
    expect(download.fileName).toBe('authorized_keys.txt');
  });
});

describe('one upload path: file URLs, web URLs, several files', () => {
  /** A local web server answering `body` (with or without Content-Length) to any GET. */
  async function serving(body: Uint8Array, options: { length?: boolean; status?: number } = {}): Promise<string> {
    const server = createServer((_request, response) => {
      response.writeHead(options.status ?? 200, { 'content-type': 'text/plain', ...(options.length === false ? {} : { 'content-length': String(body.byteLength) }) });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('uploads from a file: URL, named after the file', async () => {
    const { record } = await aLead();
    const path = join(await tempDir(), 'minutes.txt');
    const bytes = patterned(2_000, 5);
    await writeFile(path, bytes);
    const { uploaded, bytes: back } = await roundTrip(record, pathToFileURL(path));
    expect(uploaded).toMatchObject({ fileName: 'minutes.txt', size: 2_000 });
    expect(sameBytes(back, bytes)).toBe(true);
  });

  it('uploads the body of an http URL, with or without a Content-Length', async () => {
    const { record } = await aLead();
    const bytes = patterned(50_000, 9);
    for (const length of [true, false]) {
      const base = await serving(bytes, { length });
      const { uploaded, bytes: back } = await roundTrip(record, new URL(`${base}/files/brochure.txt`));
      expect(uploaded).toMatchObject({ fileName: 'brochure.txt', size: 50_000 });
      expect(sameBytes(back, bytes)).toBe(true);
    }
  });

  it('refuses a web file over 20 MB by its Content-Length, and one without a length as it passes 20 MB, sending nothing to Zoho', async () => {
    const { record, sim } = await aLead();
    const big = patterned(20 * MB + 1);
    for (const length of [true, false]) {
      const base = await serving(big, { length });
      const before = sim.stats().requests;
      const error = await caught(() => record.attachments.upload(new URL(`${base}/big.bin`)));
      expect(error).toBeInstanceOf(ZohoFileTooLargeError);
      expect(error).toMatchObject({ fileName: 'big.bin', sizeKnown: length, limit: 20 * MB });
      expect(sim.stats().requests).toBe(before);
    }
  });

  it('fails clearly when the web file cannot be fetched', async () => {
    const { record } = await aLead();
    const base = await serving(new Uint8Array(0), { status: 404 });
    const error = await caught(() => record.attachments.upload(new URL(`${base}/gone.pdf`)));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ status: 404 });
    expect((error as Error).message).toMatch(/gone\.pdf.*HTTP 404/);
  });

  it('uploads several sources with one result per source; an oversized file fails alone, unsent', async () => {
    const { record } = await aLead();
    const results = await record.attachments.uploadMany([new Uint8Array([1, 2]), { url: 'https://example.com/a' }, new Blob([patterned(20 * MB + 1)]), new Uint8Array([3])]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect(results[2]).toMatchObject({ ok: false, applied: false, id: undefined, error: { code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE', cause: expect.any(ZohoFileTooLargeError) } });
    const listed = (await record.attachments.list()).items;
    expect(listed).toHaveLength(3);
    // A created attachment and the same attachment listed have one shape and the same values.
    for (const result of results) {
      if (!result.ok) continue;
      const same = listed.find((a) => a.id === result.id)!;
      expect(Object.keys(result.attachment).sort()).toEqual(Object.keys(same).sort());
      expect(result.attachment).toMatchObject({ id: same.id, fileName: same.fileName, size: same.size, url: same.url, createdTime: same.createdTime });
    }
  });
});

describe('listing and deleting attachments', () => {
  it('lists, iterates, deletes one and deletes many with one result per id', async () => {
    const { record } = await aLead();
    const ids: string[] = [];
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) ids.push((await record.attachments.upload(patterned(10), { fileName: name })).id);
    const page = await record.attachments.list({ perPage: 3 });
    expect(page.items.map((a) => a.fileName)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(page.items[0]).toMatchObject({ size: 10, url: undefined, raw: { Size: '10', $type: 'Attachment' } });
    expect(page).toMatchObject({ hasMore: true, next: { page: 2 } });
    expect((await page.nextPage())?.items.map((a) => a.fileName)).toEqual(['d.txt']);
    const all: string[] = [];
    for await (const attachment of record.attachments.iterate({ perPage: 3 })) all.push(attachment.fileName);
    expect(all).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);

    await record.attachments.delete(ids[0]!);
    const results = await record.attachments.deleteMany([ids[1]!, '999', ids[2]!]);
    expect(results).toEqual([
      { ok: true, applied: true, id: ids[1], message: 'record deleted', raw: expect.anything() },
      { ok: false, applied: false, id: '999', raw: expect.anything(), error: expect.objectContaining({ code: 'INVALID_DATA' }) },
      { ok: true, applied: true, id: ids[2], message: 'record deleted', raw: expect.anything() },
    ]);
    expect((await record.attachments.list()).items.map((a) => a.id)).toEqual([ids[3]]);
  });

  it('answers an empty list for a record without attachments', async () => {
    const { record } = await aLead();
    expect(await record.attachments.list()).toMatchObject({ items: [], hasMore: false, next: undefined });
  });

  it('fails with INVALID_DATA for an unknown attachment, and for a record that does not exist', async () => {
    const { record, zoho } = await aLead();
    expect(await caught(() => record.attachments.download('123'))).toMatchObject({ code: 'INVALID_DATA', status: 400 });
    const ghost = zoho.as(USER).crm.module('Leads').record('42');
    expect(await caught(() => ghost.attachments.upload(patterned(5), { fileName: 'x' }))).toMatchObject({ code: 'INVALID_DATA', details: { resource_path_index: 1 } });
  });

  it('needs a saved record: a new one fails before any request', async () => {
    const { zoho, sim } = await aLead();
    const before = sim.stats().requests;
    const error = await caught(() => zoho.as(USER).crm.module('Leads').record().attachments.list());
    expect((error as Error).message).toMatch(/needs a saved Leads record/);
    expect(sim.stats().requests).toBe(before);
  });
});
