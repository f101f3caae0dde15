/**
 * Analytics at its edges: odd answers from Zoho (summaries without counts, jobs that end
 * without a summary or are not found, workspaces without an org), inputs at the limits of
 * what the import path reads, and the less common options of each call.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoConfigError, ZohoError, ZohoJobError, ZohoResponseError } from '../../src/index.js';
import type { SimTable } from '../../src/testing/analytics/analytics-state.js';
import { analyticsCriteria } from '../../src/analytics/criteria.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, BEN, analyticsEnv, FAST, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

type Sales = ReturnType<AnalyticsEnv['zoho']['analytics']['workspace']>;

async function namesTable(options: Parameters<typeof analyticsEnv>[0] = {}): Promise<{ env: AnalyticsEnv; table: SimTable; sales: Sales }> {
  env = await analyticsEnv(options);
  const table = env.sim.analytics.createTable(env.workspace, {
    name: 'names',
    columns: [
      { name: 'name', type: 'PLAIN' },
      { name: 'note', type: 'PLAIN' },
    ],
  });
  return { env, table, sales: env.zoho.as(ANA).analytics.workspace('Sales') };
}

const names = (e: AnalyticsEnv, table: SimTable): unknown[] => e.sim.analytics.rows(table).map((row) => row['name']);
const ok = (data: unknown) => ({ type: 'answer' as const, status: 200, body: { status: 'success', summary: 'done', data } });

describe('importData: what the caller passes', () => {
  it('writes the CSV columns named by `columns`, in that order, for rows that lack some', async () => {
    const { env, table, sales } = await namesTable();
    const summary = await sales.importData('names', [{ note: 'first' }, { name: 'Bo', note: 'second' }], { columns: ['name', 'note'] });
    expect(summary).toMatchObject({ via: 'sync', totalRows: 2, successRows: 2 });
    expect(env.sim.analytics.rows(table).map((row) => [row['name'], row['note']])).toEqual([
      [null, 'first'], // an empty cell is null in Analytics
      ['Bo', 'second'],
    ]);
  });

  it('imports exactly 500 rows (one full chunk of CSV) with the header once', async () => {
    const { env, table, sales } = await namesTable();
    const rows = Array.from({ length: 500 }, (_, i) => ({ name: `n${i}`, note: '' }));
    const summary = await sales.importData('names', rows);
    expect(summary).toMatchObject({ totalRows: 500, successRows: 500 });
    expect(names(env, table)).toEqual(rows.map((row) => row.name));
  });

  it('joins a character split between two byte chunks, and keeps a cut-off last character as U+FFFD', async () => {
    const { env, table, sales } = await namesTable();
    const bytes = new TextEncoder().encode('name\nRené\nZoë');
    // 'é' is two bytes: one chunk holds only its first byte; the last chunk lacks the end of 'ë'.
    const cut = bytes.indexOf(0xc3);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut, cut + 1));
        controller.enqueue(bytes.slice(cut + 1, bytes.length - 1));
        controller.close();
      },
    });
    await sales.importData('names', stream);
    expect(names(env, table)).toEqual(['René', 'Zo\ufffd']);
  });

  it('replaces emoji across chunks that hold no line break and in a last line without one', async () => {
    const { env, table, sales } = await namesTable();
    async function* chunks() {
      yield 'na';
      yield 'me\nRab';
      yield 'bit 🐇\nCat 🐈';
    }
    await sales.importData('names', chunks(), { replaceEmoji: true });
    expect(names(env, table)).toEqual(['Rabbit :rabbit:', 'Cat :cat:']);
  });

  it('sends dateFormat and onError, and a signal that never aborts changes nothing', async () => {
    const { env, table, sales } = await namesTable();
    const signal = new AbortController().signal;
    const summary = await sales.importData('names', 'name,note\nAl,x\n', { dateFormat: 'dd-MMM-yyyy', onError: 'skiprow', signal });
    expect(summary).toMatchObject({ via: 'sync', successRows: 1 });
    const batched = await sales.importData('names', 'name,note\nBo,y\nCy,z\n', { ...FAST, syncLimitBytes: 1, batchBytes: 15, signal });
    expect(batched).toMatchObject({ via: 'batch', batches: 2, successRows: 2 });
    expect(names(env, table)).toEqual(['Al', 'Bo', 'Cy']);
  });

  it('batch-imports a header with no records as one last batch', async () => {
    const { env, table, sales } = await namesTable();
    const summary = await sales.importData('names', 'name,note\n', { ...FAST, syncLimitBytes: 1 });
    expect(summary).toMatchObject({ via: 'batch', batches: 1, totalRows: 0 });
    expect(env.sim.analytics.imports.map((i) => i.api)).toEqual(['batch']);
    expect(names(env, table)).toEqual([]);
  });

  it('refuses input past the sync limit that holds no CSV record at all, sending nothing', async () => {
    const { env, sales } = await namesTable();
    const error = await caught(() => sales.importData('names', '\n\n\n\n', { ...FAST, syncLimitBytes: 1 }));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe('analytics: the batch import had no data to send');
    expect(env.sim.analytics.imports).toEqual([]);
  });

  it('passes on the error of a source that fails mid-way through a batch import', async () => {
    const { env, sales } = await namesTable();
    async function* failing() {
      yield 'name,note\nAl,x\nBo,y\n';
      throw new Error('disk went away');
    }
    const error = await caught(() => sales.importData('names', failing(), { ...FAST, syncLimitBytes: 1 }));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ZohoError);
    expect((error as Error).message).toBe('disk went away');
    expect(env.sim.analytics.imports).toEqual([]);
  });

  it('takes the table as a handle as well as by name', async () => {
    const { env, table, sales } = await namesTable();
    await sales.importData(sales.table('names'), 'name,note\nAl,x\n');
    expect(await sales.deleteRows(sales.table('names'), "\"name\"='Al'")).toBe(1);
    expect(names(env, table)).toEqual([]);
  });
});

describe('importData: odd answers from Zoho', () => {
  it('reads a sync summary without counts, errors or column types as zeros and empties', async () => {
    const { env, sales } = await namesTable();
    env.sim.failNext(ok({ importSummary: { importType: 'APPEND' } }), { method: 'POST', path: '/data' });
    expect(await sales.importData('names', 'name,note\nAl,x\n')).toEqual({
      importType: 'APPEND',
      totalRows: 0,
      successRows: 0,
      failedRows: 0,
      warnings: 0,
      errors: '',
      columnTypes: {},
      via: 'sync',
      batches: 1,
      jobId: undefined,
    });
  });

  it('fails clearly when an import job completes without its summary', async () => {
    const { env, sales } = await namesTable();
    env.sim.failNext(ok({ jobId: '42', jobCode: '1004', jobStatus: 'JOB COMPLETED' }), { method: 'GET', path: '/importjobs/' });
    const error = await caught(() => sales.importData('names', 'name,note\nAl,x\n', { ...FAST, syncLimitBytes: 1 }));
    expect(error).toBeInstanceOf(ZohoError);
    expect((error as Error).message).toMatch(/^analytics: import job \d+ completed without its summary$/);
  });

  it.each([
    { name: 'not found (1005) without a status', state: { jobCode: '1005' }, code: '1005', reason: 'not-found', text: '(JOB NOT FOUND)' },
    { name: 'failed (1003) without a status or a reason', state: { jobCode: '1003' }, code: '1003', reason: 'failed', text: '(ERROR OCCURRED)' },
    { name: 'failed (1003) with Zoho’s status', state: { jobCode: '1003', jobStatus: 'FAILED' }, code: '1003', reason: 'failed', text: '(FAILED)' },
  ])('an import job $name is a ZohoJobError', async ({ state, code, reason, text }) => {
    const { env, sales } = await namesTable();
    env.sim.failNext(ok({ jobId: '7', ...state }), { method: 'GET', path: '/importjobs/' });
    const error = await caught(() => sales.importData('names', 'name,note\nAl,x\n', { ...FAST, syncLimitBytes: 1 }));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect(error).toMatchObject({ product: 'analytics', code, reason });
    expect((error as Error).message).toMatch(new RegExp(`^analytics: import job \\d+ ended with jobCode ${code} \\${text.slice(0, -1)}\\)$`));
  });
});

describe('exportSql and streamSql at the edges', () => {
  async function withRows() {
    const made = await namesTable();
    made.env.sim.analytics.addRows(made.table, [
      { name: 'Al', note: 'x' },
      { name: 'Bo', note: 'y' },
    ]);
    return made;
  }

  it('maps streamed rows with `map`', async () => {
    const { sales } = await withRows();
    const out: string[] = [];
    for await (const name of sales.streamSql('select name from names', { ...FAST, map: (row) => row['name']!.toUpperCase() })) out.push(name);
    expect(out).toEqual(['AL', 'BO']);
  });

  it('names the job when it fails without saying why', async () => {
    const { env, sales } = await withRows();
    env.sim.failNext(ok({ jobId: '9', jobCode: '1003', jobStatus: 'ERROR OCCURRED' }), { method: 'GET', path: '/exportjobs/' });
    const error = await caught(() => sales.exportSql('select name from names', FAST));
    expect(error).toBeInstanceOf(ZohoJobError);
    expect((error as Error).message).toMatch(/^analytics: export job \d+ ended with jobCode 1003 \(ERROR OCCURRED\)$/);
  });

  // The poll and the download both contain /exportjobs/: queued faults apply in order, so
  // the first answers the poll (done) and the second the download.
  const downloadAnswers = (e: AnalyticsEnv, download: { body: string; headers: Record<string, string> }) => {
    e.sim.failNext(ok({ jobId: '9', jobCode: '1004', jobStatus: 'JOB COMPLETED' }), { method: 'GET', path: '/exportjobs/' });
    e.sim.failNext({ type: 'answer', status: 200, ...download }, { method: 'GET', path: '/exportjobs/' });
  };

  it('calls a download with no body a ZohoResponseError', async () => {
    const { env, sales } = await withRows();
    downloadAnswers(env, { body: '', headers: { 'content-type': 'text/csv', 'content-length': '0' } });
    const error = await caught(() => sales.exportSql('select name from names', FAST));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/^analytics: export job \d+ answered its download with no body$/);
  });

  it('calls a download that is not valid CSV a ZohoResponseError naming the job', async () => {
    const { env, sales } = await withRows();
    downloadAnswers(env, { body: 'name\nAl\n"unclosed', headers: { 'content-type': 'text/csv' } });
    const error = await caught(() => sales.exportSql('select name from names', FAST));
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/^analytics: the result of export job \d+ is not valid CSV: /);
  });

  it('treats a cached value that is not a list of rows as a miss and runs the query', async () => {
    const { sales } = await withRows();
    const stored = new Map<string, unknown>();
    const cache = { get: () => [1, 2], set: (key: string, value: unknown) => void stored.set(key, value) };
    const rows = await sales.exportSql('select name from names', { ...FAST, cache });
    expect(rows).toEqual([{ name: 'Al' }, { name: 'Bo' }]);
    expect([...stored.values()]).toEqual([rows]);
  });
});

describe('workspaces and organizations at the edges', () => {
  it('lists the organizations of the user', async () => {
    env = await analyticsEnv();
    const { items } = await env.zoho.as(ANA).analytics.organizations();
    expect(items).toEqual([expect.objectContaining({ orgId: env.sim.analytics.orgId, orgName: 'zohokit simulator', isDefault: true })]);
  });

  it('leaves createdTime and orgId undefined when Zoho omits them or sends a time that is no number', async () => {
    env = await analyticsEnv();
    env.sim.failNext(ok({ ownedWorkspaces: [{ workspaceId: '11', workspaceName: 'Old' }, { workspaceId: '12', workspaceName: 'Odd', createdTime: 'soon' }], sharedWorkspaces: [] }), {
      method: 'GET',
      path: '/restapi/v2/workspaces',
    });
    const { items } = await env.zoho.as(ANA).analytics.workspaces();
    expect(items).toEqual([
      expect.objectContaining({ id: '11', name: 'Old', orgId: undefined, createdTime: undefined, owned: true }),
      expect.objectContaining({ id: '12', name: 'Odd', orgId: undefined, createdTime: undefined, owned: true }),
    ]);
  });

  it('uses the configured org id for a workspace Zoho lists without its org', async () => {
    env = await analyticsEnv();
    env.sim.analytics.createTable(env.workspace, { name: 'leads', columns: [{ name: 'email', type: 'EMAIL' }] });
    env.sim.failNext(ok({ ownedWorkspaces: [{ workspaceId: env.workspace.id, workspaceName: 'Sales' }], sharedWorkspaces: [] }), { method: 'GET', path: '/restapi/v2/workspaces' });
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    expect((await sales.tables()).items.map((t) => t.name)).toEqual(['leads']);
  });

  it.each([
    { ref: (id: string) => ({ id }), label: (id: string) => id },
    { ref: () => ({ name: 'Sales' }), label: () => 'Sales' },
  ])('names the workspace as it was given when a table is missing', async ({ ref, label }) => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace(ref(env.workspace.id));
    const error = await caught(() => sales.deleteRows('nope', '1=1'));
    expect(error).toMatchObject({ code: 7138, message: `analytics: workspace "${label(env.workspace.id)}" has no table named "nope"` });
  });

  it('creates a table with column descriptions and defaults in a folder', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    await sales.createTable({ name: 'pets', description: 'our pets', folder: 'Zoo', columns: [{ name: 'kind', type: 'PLAIN', description: 'cat or dog', defaultValue: 'cat', mandatory: true }] });
    const stored = [...env.workspace.tables.values()].find((t) => t.name === 'pets')!;
    expect(stored).toMatchObject({ description: 'our pets', folder: 'Zoo' });
    expect(stored.columns).toEqual([expect.objectContaining({ name: 'kind', description: 'cat or dog', mandatory: true })]);
  });

  it('ensureTable takes a table created since it looked (7111) as existing, and passes on other refusals', async () => {
    env = await analyticsEnv();
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    const refusal = (errorCode: number) => ({ type: 'answer' as const, status: 400, body: { status: 'failure', summary: 'refused', data: { errorCode, errorMessage: 'refused' } } });
    env.sim.failNext(refusal(7111), { method: 'POST', path: '/tables' });
    const raced = await sales.ensureTable({ name: 'pets', columns: [{ name: 'kind', type: 'PLAIN' }] });
    expect(raced).toMatchObject({ created: false, table: { name: 'pets' } });
    env.sim.failNext(refusal(7102), { method: 'POST', path: '/tables' });
    const error = await caught(() => sales.ensureTable({ name: 'pets', columns: [{ name: 'kind', type: 'PLAIN' }] }));
    expect(error).toMatchObject({ product: 'analytics', code: 7102 });
  });
});

describe('the org id, found rather than configured', () => {
  it('takes the only organization even when it is not the default, and honours a signal', async () => {
    env = await analyticsEnv({ configureOrgId: false });
    env.sim.analytics.orgs.clear();
    const only = env.sim.analytics.createOrg('Only');
    expect(await env.zoho.as(ANA).analytics.orgId({ signal: new AbortController().signal })).toBe(only.orgId);
  });

  it.each([
    { name: 'no organization', setUp: (e: AnalyticsEnv) => e.sim.analytics.orgs.clear() },
    { name: 'an answer without the list', setUp: (e: AnalyticsEnv) => e.sim.failNext(ok({}), { method: 'GET', path: '/orgs' }) },
  ])('refuses to go on with $name', async ({ setUp }) => {
    env = await analyticsEnv({ configureOrgId: false });
    setUp(env);
    const error = await caught(() => env!.zoho.as(ANA).analytics.orgId());
    expect(error).toBeInstanceOf(ZohoConfigError);
    expect((error as Error).message).toContain('the user belongs to no Analytics organization');
  });

  it('the root client asks again on every call (the next runAs user may have another default org)', async () => {
    env = await analyticsEnv({ configureOrgId: false });
    const zoho = env.zoho;
    env.sim.resetStats();
    expect(await zoho.runAs(ANA, () => zoho.analytics.orgId())).toBe(env.sim.analytics.orgId);
    expect(await zoho.runAs(BEN, () => zoho.analytics.orgId())).toBe(env.sim.analytics.orgId);
    expect(env.sim.stats().requests).toBe(2);
  });
});

describe('table calls at the edges', () => {
  it('deletes a column together with the reports that use it', async () => {
    const { table, sales } = await namesTable();
    await sales.table('names').deleteColumn('note', { deleteDependentViews: true });
    expect(table.columns.map((c) => c.name)).toEqual(['name']);
  });

  it('writes dates as Zoho reads them and null as an empty cell', async () => {
    env = await analyticsEnv();
    const table = env.sim.analytics.createTable(env.workspace, {
      name: 'events',
      columns: [
        { name: 'name', type: 'PLAIN' },
        { name: 'at', type: 'DATE' },
        { name: 'note', type: 'PLAIN' },
      ],
    });
    env.sim.analytics.addRows(table, [{ name: 'launch', at: '2020-01-01 00:00:00', note: 'soon' }]);
    const sales = env.zoho.as(ANA).analytics.workspace('Sales');
    const { criteria } = env.zoho.analytics;
    expect(await sales.updateRows('events', criteria.eq('name', 'launch'), { at: new Date(Date.UTC(2024, 0, 3, 10, 30)), note: null })).toBe(1);
    expect(env.sim.analytics.rows(table)).toEqual([{ name: 'launch', at: '2024-01-03 10:30:00', note: null }]);
  });
});

describe('criteria builders Zoho runs', () => {
  async function customers() {
    env = await analyticsEnv();
    const table = env.sim.analytics.createTable(env.workspace, {
      name: 'customers',
      columns: [
        { name: 'name', type: 'PLAIN' },
        { name: 'region', type: 'PLAIN' },
      ],
    });
    env.sim.analytics.addRows(table, [
      { name: 'Acme', region: 'West' },
      { name: 'Bolt', region: null },
      { name: 'Cogs', region: 'East' },
    ]);
    return { table, sales: env.zoho.as(ANA).analytics.workspace('Sales'), c: env.zoho.analytics.criteria };
  }
  type C = AnalyticsEnv['zoho']['analytics']['criteria'];

  it.each([
    { name: 'notIn', build: (c: C) => c.notIn('region', ['West']), left: ['Acme', 'Bolt'] },
    { name: 'notIn of nothing (every row)', build: (c: C) => c.notIn('region', []), left: [] },
    { name: 'isNull', build: (c: C) => c.isNull('region'), left: ['Acme', 'Cogs'] },
    { name: 'isNotNull', build: (c: C) => c.isNotNull('region'), left: ['Bolt'] },
    { name: 'raw', build: (c: C) => c.raw(`"name"='Cogs'`), left: ['Acme', 'Bolt'] },
    { name: 'and of one condition', build: (c: C) => c.and(c.eq('name', 'Acme')), left: ['Bolt', 'Cogs'] },
    { name: 'or of one condition, as text', build: (c: C) => String(c.or(c.eq('name', 'Bolt'))), left: ['Acme', 'Cogs'] },
  ])('$name deletes the rows it names', async ({ build, left }) => {
    const { table, sales, c } = await customers();
    await sales.deleteRows('customers', build(c));
    expect(env!.sim.analytics.rows(table).map((row) => row['name'])).toEqual(left);
  });

  it('refuses and() and or() without a condition', () => {
    const c = analyticsCriteria;
    expect(() => c.and()).toThrow(new RangeError('criteria: and() needs at least one condition'));
    expect(() => c.or()).toThrow(new RangeError('criteria: or() needs at least one condition'));
  });
});

describe('importData of nothing', () => {
  it('an empty list of rows sends an empty file, which Zoho refuses', async () => {
    const { env, table, sales } = await namesTable();
    const error = await caught(() => sales.importData('names', []));
    // 7235: no column of the (empty) file matches the table.
    expect(error).toMatchObject({ product: 'analytics', code: 7235 });
    expect(env.sim.analytics.imports).toEqual([]);
    expect(names(env, table)).toEqual([]);
  });
});
