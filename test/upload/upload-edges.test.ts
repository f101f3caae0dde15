/**
 * The one upload path at its edges, seen through CRM attachments (the real HTTP path to the
 * simulator): sources that are not files, URLs that cannot be fetched or are not http(s),
 * the content type a URL's server names, and a Node file stream's own name.
 */
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError } from '../../src/index.js';
import { prepareFile } from '../../src/upload/upload-body.js';
import { caught, simZoho } from '../support/sim-zoho.js';
import { seed } from '../crm-subresources/seed.js';

const USER = 'ana@example.com';
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function aLead() {
  const env = await simZoho({ users: [USER], transport: 'http' });
  cleanups.push(() => env.close());
  const id = seed(env.sim, 'Leads', { Last_Name: 'Burns', Company: 'Springfield Power' });
  return { ...env, record: env.zoho.as(USER).crm.module('Leads').record(id) };
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zohokit-upload-edges-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A local file server answering with `handle`; its base URL. */
async function fileServer(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('uploads from paths that are not readable files', () => {
  it('refuses a directory, naming it, and sends nothing', async () => {
    const { record, sim } = await aLead();
    const dir = await tempDir();
    await mkdir(join(dir, 'photos'));
    sim.resetStats();
    const error = await caught(() => record.attachments.upload(join(dir, 'photos')));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe(`crm: cannot upload "${join(dir, 'photos')}": it is not a file`);
    expect(sim.stats().requests).toBe(0);
  });

  it('names the file and the system’s reason when it does not exist', async () => {
    const { record } = await aLead();
    const missing = join(await tempDir(), 'gone.pdf');
    const error = await caught(() => record.attachments.upload(missing));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe(`crm: cannot read the file "${missing}": ENOENT`);
    expect((error as Error).cause).toMatchObject({ code: 'ENOENT' });
  });

  it('takes a Node file stream’s name from its path', async () => {
    const { record } = await aLead();
    const path = join(await tempDir(), 'minutes.txt');
    await writeFile(path, 'met at noon');
    const uploaded = await record.attachments.upload(createReadStream(path));
    expect(uploaded).toMatchObject({ fileName: 'minutes.txt', size: 11 });
  });
});

describe('uploads from URLs', () => {
  it('refuses a URL that is neither a file nor http(s)', async () => {
    const { record } = await aLead();
    const error = await caught(() => record.attachments.upload(new URL('ftp://example.com/report.pdf')));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe('crm: cannot upload from a ftp: URL; use a file path, a file: or http(s): URL, bytes, a Blob or a stream');
  });

  it('says which host could not be reached, without the query string', async () => {
    const { record } = await aLead();
    // A port that was listening a moment ago and is closed now: the connection is refused.
    const base = await fileServer((_request, response) => response.end());
    await cleanups.pop()!();
    const error = await caught(() => record.attachments.upload(new URL(`${base}/report.pdf?token=secret`)));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe(`crm: cannot fetch ${base}/report.pdf to upload it`);
  });

  it('passes on the abort of a fetch in progress as the abort, not as a failure to fetch', async () => {
    const { record } = await aLead();
    const controller = new AbortController();
    const base = await fileServer(() => controller.abort(new Error('user cancelled')));
    const error = await caught(() => record.attachments.upload(new URL(`${base}/slow.pdf`), { signal: controller.signal }));
    expect(error).not.toBeInstanceOf(ZohoError);
    expect(controller.signal.aborted).toBe(true);
  });

  // Zoho's answers do not echo the part's type (the simulator, like CRM, sniffs photos and
  // serves attachments as octet-stream), so the prepared part is read directly here.
  it.each([
    { served: 'image/png', expected: 'image/png' },
    { served: undefined, expected: 'application/octet-stream' },
  ])('types a URL without an extension by what its server says ($served)', async ({ served, expected }) => {
    const base = await fileServer((_request, response) => {
      if (served) response.setHeader('content-type', served);
      response.end('PNGDATA');
    });
    const file = await prepareFile(new URL(`${base}/latest`), {}, { limit: 100, what: 'attachment', product: 'crm' });
    expect(file).toMatchObject({ fileName: 'latest', size: 7 });
    expect(file.blob.type).toBe(expected);
    expect(await file.blob.text()).toBe('PNGDATA');
  });
});
