/**
 * Analytics imports and jobs at their edges: batches measured in UTF-8 bytes (Zoho's limits
 * are bytes, not characters), a record too big for any batch, jobs that never finish or are
 * abandoned, inputs of every kind, and emoji Zoho would refuse.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emojiShortcode, replaceEmoji, sqlLiteral, ZohoError, ZohoJobError, ZohoResponseError, ZohoTimeoutError } from '../../src/index.js';
import type { SimTable } from '../../src/testing/analytics/analytics-state.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, analyticsEnv, FAST, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function namesTable(): Promise<{ table: SimTable; sales: ReturnType<AnalyticsEnv['zoho']['analytics']['workspace']> }> {
  env = await analyticsEnv();
  const table = env.sim.analytics.createTable(env.workspace, { name: 'names', columns: [{ name: 'name', type: 'PLAIN' }] });
  return { table, sales: env.zoho.as(ANA).analytics.workspace('Sales') };
}

const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('batch import sizes are UTF-8 bytes', () => {
  it.each([
    // name, one record (with its line break), records per batch of 20 bytes after the 5-byte header
    { kind: 'ASCII', record: 'abcdef\n', perBatch: 2 },
    { kind: 'two-byte letters', record: 'ééé\n', perBatch: 2 },
    { kind: 'three-byte signs', record: '€€€€\n', perBatch: 1 },
    { kind: 'four-byte emoji (surrogate pairs)', record: '🐇🐇\n', perBatch: 1 },
    { kind: 'a lone surrogate (three bytes, as its replacement)', record: '\ud800x\n', perBatch: 3 },
  ])('$kind: each batch holds what fits in 20 bytes, and the rows arrive intact', async ({ record, perBatch }) => {
    const { table, sales } = await namesTable();
    const header = 'name\n';
    const csv = header + record.repeat(6);
    const summary = await sales.importData('names', csv, { ...FAST, syncLimitBytes: 1, batchBytes: 20 });
    expect(summary).toMatchObject({ via: 'batch', batches: Math.ceil(6 / perBatch), totalRows: 6, successRows: 6 });
    // The simulator measures what it received in bytes: no batch passed the limit.
    const sent = env!.sim.analytics.imports;
    expect(sent.every((i) => i.api === 'batch' && i.bytes <= 20)).toBe(true);
    expect(sent.reduce((sum, i) => sum + i.bytes, 0)).toBe(bytes(header) * sent.length + bytes(record) * 6);
    expect(env!.sim.analytics.rows(table).map((row) => row['name'])).toEqual(Array(6).fill(new TextDecoder().decode(new TextEncoder().encode(record.slice(0, -1)))));
  });

  it('refuses a record that no batch can hold, naming its size, before sending it', async () => {
    const { sales } = await namesTable();
    const error = await caught(() => sales.importData('names', `name\n${'ü'.repeat(20)}\nshort\n`, { ...FAST, syncLimitBytes: 1, batchBytes: 30 }));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe('analytics: one CSV record is 41 bytes, more than a batch may hold (30)');
    expect(env!.sim.analytics.imports).toEqual([]);
  });
});

describe('import and export jobs that do not end', () => {
  it('gives up on an import job still running after maxWaitMs with ZohoTimeoutError', async () => {
    const { sales } = await namesTable();
    env!.sim.analytics.importPollsUntilDone = 1_000_000;
    const error = await caught(() => sales.importData('names', 'name\na\nb\n', { syncLimitBytes: 1, pollIntervalMs: 1, maxWaitMs: 25 }));
    expect(error).toBeInstanceOf(ZohoTimeoutError);
    expect((error as Error).message).toMatch(/^analytics: import job \d+ still has jobCode 100[12] after 25 ms$/);
  });

  it('stops polling an export job when the caller aborts, with the caller\'s reason', async () => {
    const { sales } = await namesTable();
    env!.sim.analytics.exportPollsUntilDone = 1_000_000;
    const controller = new AbortController();
    const reason = new Error('the report was closed');
    setTimeout(() => controller.abort(reason), 30);
    const error = await caught(() => sales.exportSql('select name from names', { pollIntervalMs: 2, signal: controller.signal }));
    expect(error).toBe(reason);
  });

  it('a failed export job carries Zoho\'s reason and the job id', async () => {
    const { sales } = await namesTable();
    env!.sim.analytics.failExportJobs = 1;
    const error = await caught(() => sales.exportSql('select name from names', FAST));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ product: 'analytics', code: '1003', reason: 'failed', state: 'ERROR OCCURRED' });
  });
});

describe('import inputs', () => {
  it.each([
    { kind: 'a Blob', input: () => new Blob(['name\nblob one\nblob two\n']) },
    { kind: 'an ArrayBuffer', input: () => new TextEncoder().encode('name\nblob one\nblob two\n').buffer },
    { kind: 'bytes split inside a character', input: () => [Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x62, 0x6c, 0x6f, 0x62, 0x20, 0x6f, 0x6e, 0x65, 0x0a]), new TextEncoder().encode('blob two\n')] },
  ])('imports $kind', async ({ input }) => {
    const { table, sales } = await namesTable();
    await sales.importData('names', input(), FAST);
    expect(env!.sim.analytics.rows(table).map((row) => row['name'])).toEqual(['blob one', 'blob two']);
  });

  it('stops reading a web stream it no longer needs when the import fails', async () => {
    const { sales } = await namesTable();
    let cancelled = false;
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new TextEncoder().encode(pulls === 1 ? 'name\n' : `${'x'.repeat(50)}\n`));
      },
      cancel() {
        cancelled = true;
      },
    });
    const error = await caught(() => sales.importData('names', stream, { ...FAST, syncLimitBytes: 1, batchBytes: 30 }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(cancelled).toBe(true);
  });
});

describe('emoji and SQL literals', () => {
  it.each([
    { emoji: '🇵🇹', code: ':flag_pt:' },
    { emoji: '#️⃣', code: ':keycap_#:' },
    { emoji: '*️⃣', code: ':keycap_asterisk:' },
    { emoji: '👍🏿', code: ':thumbs_up_dark_skin_tone:' },
    { emoji: '🫠', code: ':emoji_1fae0:' },
  ])('$emoji becomes $code', ({ emoji, code }) => {
    expect(emojiShortcode(emoji)).toBe(code);
    expect(replaceEmoji(`a ${emoji} b`)).toBe(`a ${code} b`);
  });

  it('refuses a number SQL cannot spell', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => sqlLiteral(Number.POSITIVE_INFINITY)).toThrow('criteria: Infinity is not a finite number');
    expect(sqlLiteral(true)).toBe("'true'");
    expect(sqlLiteral("O'Hare")).toBe("'O''Hare'");
  });
});

describe('workspace references', () => {
  it.each([
    { kind: 'its name', ref: (_id: string) => 'Sales' },
    { kind: 'its id as a bare number string', ref: (id: string) => id },
    { kind: '{ name }', ref: (_id: string) => ({ name: 'Sales' }) },
    { kind: '{ id } (the org id looked up once)', ref: (id: string) => ({ id }) },
  ])('finds the workspace by $kind', async ({ ref }) => {
    const { table } = await namesTable();
    env!.sim.analytics.addRows(table, [{ name: 'found' }]);
    const rows = await env!.zoho.as(ANA).analytics.workspace(ref(env!.workspace.id)).exportSql('select name from names', FAST);
    expect(rows).toEqual([{ name: 'found' }]);
  });

  it('a number string that names no workspace is tried as an id, and Zoho says it is unknown', async () => {
    await namesTable();
    const error = await caught(() => env!.zoho.as(ANA).analytics.workspace('999999').exportSql('select 1', FAST));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as ZohoError).product).toBe('analytics');
  });

  it('{ name } that matches no workspace is refused with 7103 before any SQL is sent', async () => {
    await namesTable();
    const error = await caught(() => env!.zoho.as(ANA).analytics.workspace({ name: 'Nope' }).exportSql('select 1', FAST));
    expect(error).toMatchObject({ code: 7103, message: 'analytics: no workspace named "Nope" is owned by or shared with this user' });
  });
});

describe('CSV that does not parse', () => {
  it('a caller\'s CSV with an unclosed quote is refused as the caller\'s, before a batch is sent', async () => {
    const { sales } = await namesTable();
    const error = await caught(() => sales.importData('names', 'name\n"unclosed\n', { ...FAST, syncLimitBytes: 1 }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).not.toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/^analytics: .* is not valid CSV: /);
    expect(env!.sim.analytics.imports).toEqual([]);
  });
});
