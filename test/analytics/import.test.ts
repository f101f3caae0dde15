import { createReadStream } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoJobError } from '../../src/index.js';
import type { SimTable } from '../../src/testing/analytics/analytics-state.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, analyticsEnv, ANIMALS_CSV, FAST, SALES_CSV, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const PEOPLE_COLUMNS = [
  { name: 'id', type: 'NUMBER' },
  { name: 'name', type: 'PLAIN' },
  { name: 'city', type: 'PLAIN' },
] as const;

async function peopleTable(): Promise<{ table: SimTable; sales: ReturnType<AnalyticsEnv['zoho']['analytics']['workspace']> }> {
  env = await analyticsEnv();
  const table = env.sim.analytics.createTable(env.workspace, { name: 'people', columns: PEOPLE_COLUMNS.map((c) => ({ ...c })) });
  return { table, sales: env.zoho.as(ANA).analytics.workspace('Sales') };
}

describe('Analytics importData: modes', () => {
  it('APPEND adds rows, TRUNCATEADD replaces them, UPDATEADD updates matches and adds the rest', async () => {
    const { table, sales } = await peopleTable();
    const sim = env!.sim.analytics;
    await sales.importData('people', 'id,name,city\n1,Ana,Lisbon\n2,Ben,Porto\n');
    await sales.importData('people', 'id,name,city\n3,Cai,Braga\n', { importType: 'APPEND' });
    expect(sim.rows(table).map((r) => r['name'])).toEqual(['Ana', 'Ben', 'Cai']);

    const updated = await sales.importData('people', 'id,city\n2,Faro\n9,Evora\n', { importType: 'UPDATEADD', matchingColumns: ['id'] });
    expect(updated).toMatchObject({ importType: 'UPDATEADD', totalRows: 2, successRows: 2 });
    expect(sim.rows(table)).toEqual([
      { id: 1, name: 'Ana', city: 'Lisbon' },
      { id: 2, name: 'Ben', city: 'Faro' },
      { id: 3, name: 'Cai', city: 'Braga' },
      { id: 9, name: null, city: 'Evora' },
    ]);

    await sales.importData('people', 'id,name,city\n7,Dora,Aveiro\n', { importType: 'truncateadd' });
    expect(sim.rows(table)).toEqual([{ id: 7, name: 'Dora', city: 'Aveiro' }]);
  });

  it('refuses UPDATEADD without matchingColumns before sending anything', async () => {
    const { sales } = await peopleTable();
    env!.sim.resetStats();
    const error = await caught(() => sales.importData('people', 'id\n1\n', { importType: 'UPDATEADD' }));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toContain('matchingColumns');
    expect(env!.sim.stats().requests).toBe(0);
  });

  it('returns 5 ok and 2 precise errors for 7 rows with 2 bad numbers under SKIPROW', async () => {
    const { table, sales } = await peopleTable();
    const csv = 'id,name\n1,a\n2,b\nthree,c\n4,d\n5,e\n6.5,f\n7,g\n';
    const summary = await sales.importData('people', csv, { onError: 'SKIPROW' });
    expect(summary).toMatchObject({ totalRows: 7, successRows: 5, failedRows: 2 });
    expect(summary.errors.split('\n')).toEqual([expect.stringContaining('[Line: 4 Field: 1] "three" is not a whole number'), expect.stringContaining('[Line: 7 Field: 1] "6.5"')]);
    expect(env!.sim.analytics.rows(table).map((r) => r['id'])).toEqual([1, 2, 4, 5, 7]);
  });

  it('keeps the row and empties the bad cell under SETCOLUMNEMPTY', async () => {
    const { table, sales } = await peopleTable();
    const summary = await sales.importData('people', 'id,name\nx,a\n2,b\n', { onError: 'setcolumnempty' });
    expect(summary).toMatchObject({ totalRows: 2, successRows: 2, warnings: 1 });
    expect(env!.sim.analytics.rows(table).map((r) => r['id'])).toEqual([null, 2]);
  });

  it('stores nothing and throws 7232 when a row is bad under ABORT', async () => {
    const { table, sales } = await peopleTable();
    const error = await caught(() => sales.importData('people', 'id,name\n1,a\nx,b\n', { onError: 'ABORT' }));
    expect(error).toMatchObject({ code: 7232, product: 'analytics' });
    expect((error as Error).message).toContain('[Line: 3 Field: 1]');
    expect(table.rows).toHaveLength(0);
  });
});

describe('Analytics importData: inputs', () => {
  it('imports row objects, with dates, numbers, empty values and commas', async () => {
    env = await analyticsEnv();
    const stored = env.sim.analytics.createTable(env.workspace, {
      name: 'orders',
      columns: [{ name: 'placed', type: 'DATE' }, { name: 'customer', type: 'PLAIN' }, { name: 'qty', type: 'NUMBER' }, { name: 'note', type: 'MULTI_LINE' }],
    });
    const summary = await env.zoho.as(ANA).analytics.workspace('Sales').importData('orders', [
      { placed: new Date(Date.UTC(2024, 0, 3, 10, 30)), customer: 'Bright, Sons & Co', qty: 3, note: 'say "hi"\nthen leave' },
      { placed: '2024-01-04', customer: "O'Hare", qty: 1, note: null },
    ]);
    expect(summary).toMatchObject({ totalRows: 2, successRows: 2, via: 'sync' });
    expect(env.sim.analytics.rows(stored)).toEqual([
      { placed: '2024-01-03 10:30:00', customer: 'Bright, Sons & Co', qty: 3, note: 'say "hi"\nthen leave' },
      { placed: '2024-01-04', customer: "O'Hare", qty: 1, note: null },
    ]);
  });

  it('refuses a row with a column the others lack rather than drop it', async () => {
    const { sales } = await peopleTable();
    const error = await caught(() => sales.importData('people', [{ id: 1 }, { id: 2, nickname: 'B' }]));
    expect((error as Error).message).toContain('row 2 has the column "nickname"');
  });

  it('imports from an async iterable of rows, a web stream of bytes and a Node file stream', async () => {
    const { table, sales } = await peopleTable();
    async function* rows() {
      for (let id = 1; id <= 1200; id++) yield { id, name: `person ${id}`, city: id % 2 ? 'Lisbon' : 'Porto' };
    }
    expect(await sales.importData('people', rows())).toMatchObject({ totalRows: 1200, successRows: 1200 });

    const bytes = new TextEncoder().encode('id,name,city\n5000,Web,Stream\n');
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        // Split inside a line: the chunks are joined before parsing.
        controller.enqueue(bytes.subarray(0, 17));
        controller.enqueue(bytes.subarray(17));
        controller.close();
      },
    });
    expect(await sales.importData('people', web)).toMatchObject({ successRows: 1 });

    await env!.sim.analytics.createTable(env!.workspace, { name: 'animals', columns: [{ name: 'common_name', type: 'PLAIN' }, { name: 'legs', type: 'NUMBER' }] });
    expect(await sales.importData('animals', createReadStream(ANIMALS_CSV))).toMatchObject({ totalRows: 9, successRows: 9 });
    expect(table.rows).toHaveLength(1201);
  });

  it('replaces emoji with shortcodes when asked, across chunk boundaries', async () => {
    const { table, sales } = await peopleTable();
    const text = 'id,name,city\n1,Ana 👍🏽,Lisbon ☀️\n2,Ben 🐇,🇵🇹 Porto\n';
    const bytes = new TextEncoder().encode(text);
    const cut = text.indexOf('🐇') + 2; // in the middle of the rabbit's UTF-8 bytes
    const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
    await sales.importData('people', chunks, { replaceEmoji: true });
    expect(env!.sim.analytics.rows(table)).toEqual([
      { id: 1, name: 'Ana :thumbs_up_medium_skin_tone:', city: 'Lisbon :sun:' },
      { id: 2, name: 'Ben :rabbit:', city: ':flag_pt: Porto' },
    ]);
    await sales.importData('people', 'id,name\n3,Cai 🐇\n', { replaceEmoji: (emoji) => `[${emoji.codePointAt(0)!.toString(16)}]` });
    expect(env!.sim.analytics.rows(table)[2]!['name']).toBe('Cai [1f407]');
  });
});

/** A CSV of exactly `bytes` bytes: a header, then 1,000-byte records, the last one padded. */
function csvOfSize(bytes: number): string {
  const header = 'id,name,city\n';
  const records: string[] = [];
  let size = header.length;
  for (let id = 1; size < bytes; id++) {
    const left = bytes - size;
    const base = `${id},n${id},`;
    const width = left >= 2000 ? 1000 : left;
    records.push(base + 'x'.repeat(width - base.length - 1) + '\n');
    size += width;
  }
  return header + records.join('');
}

describe('Analytics importData: over the 20 MB sync limit', () => {
  it('sends exactly 20,000,000 bytes in one synchronous call, and one byte more through the batch import API', async () => {
    const { table, sales } = await peopleTable();
    const sim = env!.sim.analytics;
    const atLimit = csvOfSize(20_000_000);
    expect(new TextEncoder().encode(atLimit).length).toBe(20_000_000);
    const sync = await sales.importData('people', atLimit, FAST);
    expect(sync).toMatchObject({ via: 'sync', batches: 1 });
    const rowsAtLimit = sync.totalRows;

    const over = csvOfSize(20_000_001);
    const batched = await sales.importData('people', over, { ...FAST, importType: 'TRUNCATEADD' });
    expect(batched).toMatchObject({ via: 'batch', batches: 1, importType: 'TRUNCATEADD', totalRows: rowsAtLimit, successRows: rowsAtLimit });
    expect(batched.jobId).toMatch(/^\d+$/);
    expect(sim.imports.map((i) => [i.api, i.bytes])).toEqual([
      ['sync', 20_000_000],
      ['batch', 20_000_001],
    ]);
    expect(table.rows).toHaveLength(rowsAtLimit);
  }, 30_000);

  it('cuts the data into batches at record boundaries, each with the header, when the limit is lowered', async () => {
    const { table, sales } = await peopleTable();
    const sim = env!.sim.analytics;
    const csv = 'id,name,city\n' + Array.from({ length: 40 }, (_, i) => `${i + 1},"name ${i + 1}","line one\nline two, ${i + 1}"\n`).join('');
    const summary = await sales.importData('people', csv, { ...FAST, syncLimitBytes: 1000, batchBytes: 400 });
    expect(summary.via).toBe('batch');
    expect(summary.batches).toBeGreaterThan(3);
    expect(summary).toMatchObject({ totalRows: 40, successRows: 40, errors: '' });
    expect(sim.imports.every((i) => i.api === 'batch' && i.bytes <= 400)).toBe(true);
    expect(sim.rows(table)[39]).toEqual({ id: 40, name: 'name 40', city: 'line one\nline two, 40' });
  });

  it('commits a TRUNCATEADD batch import only after its last batch', async () => {
    const { table, sales } = await peopleTable();
    const sim = env!.sim.analytics;
    sim.addRows(table, [{ id: '100', name: 'old', city: 'x' }]);
    const seen: number[] = [];
    const csv = 'id,name\n' + Array.from({ length: 30 }, (_, i) => `${i + 1},person ${i + 1}\n`).join('');
    const chunks = (async function* () {
      for (const line of csv.split(/(?<=\n)/)) {
        // What the table holds while the batches are being sent.
        seen.push(table.rows.length);
        yield line;
      }
    })();
    await sales.importData('people', chunks, { ...FAST, importType: 'TRUNCATEADD', syncLimitBytes: 50, batchBytes: 60 });
    expect(new Set(seen)).toEqual(new Set([1]));
    expect(sim.rows(table).map((r) => r['id'])).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('throws ZohoJobError 1003 (product analytics) when a batch import aborts on a bad row', async () => {
    const { sales } = await peopleTable();
    const error = await caught(() => sales.importData('people', 'id,name\n1,a\nbad,b\n3,c\n', { ...FAST, syncLimitBytes: 10, batchBytes: 20, onError: 'ABORT' }));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ code: '1003', product: 'analytics', reason: 'failed' });
  });

  it('reads a CSV file path and imports it through batches too', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    await sales.ensureTable({
      name: 'sales',
      columns: [
        { name: 'inv_date', type: 'DATE' },
        { name: 'customer', type: 'PLAIN' },
        { name: 'sku', type: 'PLAIN' },
        { name: 'qty_invoiced', type: 'NUMBER' },
        { name: 'line_total_excluding_tax', type: 'NUMBER' },
      ],
    });
    const summary = await sales.importData('sales', { path: SALES_CSV }, { ...FAST, syncLimitBytes: 100, batchBytes: 150 });
    expect(summary).toMatchObject({ via: 'batch', totalRows: 8, successRows: 8 });
    expect(env.sim.analytics.rows(env.sim.analytics.table('Sales', 'sales')!)[5]!['customer']).toBe('Multi\nLine Traders');
  });
});
