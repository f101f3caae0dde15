/**
 * The bulk-result reader (`zipCsvRows`, used by CRM and Creator bulk reads) against the
 * archives a download can really bring: other entries before the CSV, no CSV, a cut or
 * corrupt archive, malformed CSV, an empty body, and aborts. The first rows come from the
 * simulator over real HTTP; the rest feed bodies straight to the public function.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipCsvRows } from '../../src/bulk/zip-csv-rows.js';
import { ZohoResponseError } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const POLL = { intervalMs: 1, maxIntervalMs: 5 };

let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** A body served in chunks of `size` bytes. */
function body(bytes: Uint8Array, size = bytes.length || 1): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

async function rowsOf(stream: ReadableStream<Uint8Array>, options: Parameters<typeof zipCsvRows>[1] = {}): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const row of zipCsvRows(stream, options)) rows.push(row);
  return rows;
}

const csv = (rows: number): string => `Id,Name\n${Array.from({ length: rows }, (_, i) => `${i},"Name ${i}"`).join('\n')}\n`;
const zip = (files: Zippable, level: 0 | 6 = 6): Uint8Array => zipSync(files, { level });

describe('bulk result ZIPs served by the simulator', () => {
  async function bulkReadWith(answer: Uint8Array | string, contentType = 'application/zip'): Promise<unknown> {
    env = await simZoho({ users: [ANA], transport: 'http' });
    env.sim.crm.module('Leads').set('1', { id: '1', Last_Name: 'Only' });
    env.sim.failNext({ type: 'answer', status: 200, body: answer, headers: { 'content-type': contentType } }, { path: '/result' });
    return caught(async () => {
      for await (const _row of env!.zoho.as(ANA).crm.module('Leads').bulkRead({ poll: POLL })) void _row;
    });
  }

  it('a ZIP whose CSV has an unclosed quote is a ZohoResponseError naming the CSV', async () => {
    const error = await bulkReadWith(zip({ 'leads.csv': strToU8('Id,Name\n1,"unclosed\n') }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/^crm: the bulk result CSV is malformed: /);
  });

  it('a ZIP holding no CSV says so', async () => {
    const error = await bulkReadWith(zip({ 'README.txt': strToU8('no rows today') }));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('crm: expected the bulk result to be a ZIP holding one CSV, but it holds no CSV file');
  });

  it('a JSON error body where the ZIP was due is not read as rows', async () => {
    const error = await bulkReadWith('{"code":"INTERNAL_ERROR"}', 'application/octet-stream');
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toContain('it does not start with a ZIP header');
  });
});

describe('zipCsvRows on the bodies a download can bring', () => {
  it('skips entries before the CSV and names the one it reads', async () => {
    const files: string[] = [];
    const rows = await rowsOf(body(zip({ 'manifest.json': strToU8('{}'), 'Leads_1.csv': strToU8(csv(3)) }), 7), { onFile: (name) => files.push(name) });
    expect(files).toEqual(['Leads_1.csv']);
    expect(rows).toEqual([
      { Id: '0', Name: 'Name 0' },
      { Id: '1', Name: 'Name 1' },
      { Id: '2', Name: 'Name 2' },
    ]);
  });

  it('reads the entry `accept` picks, not the first CSV', async () => {
    const archive = zip({ 'a.csv': strToU8('X\nfrom a\n'), 'b.csv': strToU8('X\nfrom b\n') });
    expect(await rowsOf(body(archive), { accept: (name) => name === 'b.csv' })).toEqual([{ X: 'from b' }]);
  });

  it('a stored (uncompressed) CSV reads the same as a deflated one', async () => {
    const text = csv(500);
    expect(await rowsOf(body(zip({ 'x.csv': strToU8(text) }, 0), 1000))).toEqual(await rowsOf(body(zip({ 'x.csv': strToU8(text) }, 6))));
  });

  it('a CSV with only its header row gives no rows', async () => {
    expect(await rowsOf(body(zip({ 'empty.csv': strToU8('Id,Name\n') })))).toEqual([]);
  });

  it('an empty body is not a ZIP with a CSV', async () => {
    const error = await caught(() => rowsOf(body(new Uint8Array(0))));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toContain('it holds no CSV file');
  });

  it.each([0, 6] as const)('a download that ends cleanly in the middle of the CSV entry (level %i) is an error, not fewer rows', async (level) => {
    const archive = zip({ 'big.csv': strToU8(csv(20_000)) }, level);
    let rows = 0;
    const error = await caught(async () => {
      for await (const _row of zipCsvRows(body(archive.subarray(0, archive.length >> 1), 4096))) rows++;
    });
    expect(error).toBeInstanceOf(ZohoResponseError);
    // fflate notices some cuts itself (a stored entry's missing bytes); the rest end before the CSV did.
    expect((error as Error).message).toMatch(/^crm: the bulk result ZIP (ended before its CSV did \(truncated download\)|is corrupt: )/);
    expect(rows).toBeLessThan(20_000);
  });

  it('corrupt deflate data is a ZohoResponseError saying the ZIP is corrupt', async () => {
    const archive = zip({ 'x.csv': strToU8(csv(2_000)) });
    // Past the local header (30 bytes + the name), the deflate stream: fill part of it with junk.
    const broken = archive.slice();
    broken.fill(0xff, 40, 200);
    const error = await caught(() => rowsOf(body(broken, 64)));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/^crm: the bulk result (ZIP is corrupt|CSV is malformed)/);
  });

  it('gives up on a body with no CSV entry in its first megabyte instead of buffering it all', async () => {
    const filler = new Uint8Array(1_200_000).fill(0x41);
    let pulled = 0;
    const archive = zip({ 'video.bin': filler, 'late.csv': strToU8('X\n1\n') }, 0);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= archive.length) return controller.close();
        controller.enqueue(archive.slice(pulled, pulled + 65_536));
        pulled += 65_536;
      },
    });
    const error = await caught(() => rowsOf(stream));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toContain('no CSV entry in its first 1048576 bytes');
    expect(pulled).toBeLessThan(archive.length);
  });

  it('a first chunk shorter than a ZIP header is given the benefit of the doubt', async () => {
    expect(await rowsOf(body(zip({ 'x.csv': strToU8(csv(2)) }), 3))).toHaveLength(2);
  });

  it('an already aborted signal stops it before reading, with the caller\'s reason', async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array([0x50, 0x4b, 3, 4]));
      },
    });
    const reason = new Error('the user left');
    const error = await caught(() => rowsOf(stream, { signal: AbortSignal.abort(reason) }));
    expect(error).toBe(reason);
    // A ReadableStream pulls once to fill its queue on creation; the reader asked for nothing more.
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it('an abort while waiting for the network ends the read with the caller\'s reason', async () => {
    const archive = zip({ 'x.csv': strToU8(csv(10)) });
    const controller = new AbortController();
    let sent = false;
    // The first chunk arrives, then the server goes quiet: only the abort can end the wait.
    const stream = new ReadableStream<Uint8Array>({
      pull(stream) {
        if (sent) return new Promise<void>(() => undefined);
        sent = true;
        stream.enqueue(archive.subarray(0, 20));
      },
    });
    const reading = caught(() => rowsOf(stream, { signal: controller.signal }));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('stop'));
    expect(((await reading) as Error).message).toBe('stop');
  });

  it('an abort between rows stops at the next row', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await caught(async () => {
      for await (const row of zipCsvRows(body(zip({ 'x.csv': strToU8(csv(100)) })), { signal: controller.signal })) {
        seen.push(row['Id']!);
        if (seen.length === 5) controller.abort(new Error('enough'));
      }
    });
    expect((error as Error).message).toBe('enough');
    expect(seen).toHaveLength(5);
  });
});
