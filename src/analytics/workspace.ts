import { signalOf, type CallOptions } from '../call-options.js';
import { ZohoError } from '../errors.js';
import { singlePage, type Page } from '../page.js';
import type { Analytics } from './analytics.js';
import type { AnalyticsColumn, AnalyticsJobOptions, AnalyticsRow, AnalyticsRowValues, AnalyticsTableDefinition, AnalyticsView } from './analytics-types.js';
import { config, formConfig } from './config-param.js';
import type { CriteriaInput } from './criteria.js';
import type { ImportInput } from './csv-source.js';
import { streamSql } from './export-sql.js';
import type { ImportOptions, ImportSummary } from './import-data.js';
import { cachedRows, queryCacheKey, storeRows, type QueryCacheOptions } from './query-cache.js';
import { AnalyticsTable } from './table.js';
import { orgHeader, type WorkspaceScope } from './workspace-scope.js';

/** Which workspace: a name (looked up among owned, then shared workspaces) or an id. */
export type WorkspaceRef = string | { id: string; orgId?: string } | { name: string };

/** Options of `exportSql`. */
export interface ExportSqlOptions<Row> extends AnalyticsJobOptions, QueryCacheOptions {
  /** Turns each CSV row (text cells) into your row type, e.g. parsing numbers and dates. Applied after the cache. */
  map?: (row: AnalyticsRow) => Row;
}

/** Options of `streamSql`. */
export interface StreamSqlOptions<Row> extends AnalyticsJobOptions {
  map?: (row: AnalyticsRow) => Row;
}

// Zoho's view type id of tables (List Views CONFIG viewTypes: 0 table, 6 query table...).
const TABLE_VIEW_TYPE = 0;

/**
 * A workspace (database) of Zoho Analytics. Makes no call until used: its id (and the
 * org it belongs to) is looked up once, on first use, then kept by this handle.
 */
export class AnalyticsWorkspace {
  readonly analytics: Analytics;
  readonly ref: WorkspaceRef;
  #scope: Promise<WorkspaceScope> | undefined;
  /** Table name (lower case) → view id, as last listed. */
  #viewIds = new Map<string, string>();

  /** @internal Use `zoho.analytics.workspace(nameOrId)`. */
  constructor(analytics: Analytics, ref: WorkspaceRef) {
    this.analytics = analytics;
    this.ref = ref;
  }

  /**
   * The workspace id.
   *
   * @example
   * const id = await zoho.analytics.workspace('Sales').id();
   */
  async id(options: CallOptions = {}): Promise<string> {
    return (await this.scope(options)).workspaceId;
  }

  /** @internal The id and org of the workspace, resolved once. */
  scope(options: CallOptions = {}): Promise<WorkspaceScope> {
    this.#scope ??= this.#resolve(options).catch((error: unknown) => {
      // Not kept on failure: the next call looks it up again.
      this.#scope = undefined;
      throw error;
    });
    return this.#scope;
  }

  async #resolve(options: CallOptions): Promise<WorkspaceScope> {
    const api = this.analytics.api;
    const ref = this.ref;
    if (typeof ref === 'object' && 'id' in ref) {
      return { api, workspaceId: ref.id, orgId: ref.orgId ?? (await this.analytics.orgId(options)) };
    }
    const name = typeof ref === 'string' ? ref : ref.name;
    // Owned workspaces come first, so an owned one wins over a shared one of the same name.
    const found = (await this.analytics.workspaces(options)).items.find((w) => w.name === name);
    if (found) return { api, workspaceId: found.id, orgId: found.orgId ?? (await this.analytics.orgId(options)) };
    // A bare number that names no workspace is taken as an id.
    if (typeof ref === 'string' && /^\d+$/.test(ref)) return { api, workspaceId: ref, orgId: await this.analytics.orgId(options) };
    // 7103: Zoho's "workspace not found".
    throw new ZohoError(`analytics: no workspace named "${name}" is owned by or shared with this user`, { product: 'analytics', code: 7103 });
  }

  /**
   * The views of the workspace (tables, query tables, reports, dashboards) as a one-page Page:
   * Zoho answers them in one piece.
   *
   * @example
   * const { items: views } = await zoho.analytics.workspace('Sales').views();
   * @see https://www.zoho.com/analytics/api/v2/
   */
  async views(options: CallOptions & { tablesOnly?: boolean } = {}): Promise<Page<AnalyticsView>> {
    const scope = await this.scope(options);
    const { data } = await scope.api.GET('/restapi/v2/workspaces/{workspaceId}/views', {
      params: {
        path: { workspaceId: scope.workspaceId },
        header: orgHeader(scope),
        ...(options.tablesOnly ? { query: { CONFIG: config('ListViewsConfig', { viewTypes: [TABLE_VIEW_TYPE] }) } } : {}),
      },
      ...signalOf(options),
    });
    const views = data!.data.views.map((view) => ({
      id: view.viewId,
      name: view.viewName,
      type: view.viewType,
      description: view.viewDesc,
      folder: view.folderName,
    }));
    if (options.tablesOnly) {
      this.#viewIds = new Map(views.map((view) => [view.name.toLowerCase(), view.id]));
    }
    return singlePage(views);
  }

  /**
   * The tables of the workspace, as a one-page Page.
   *
   * @example
   * const names = (await workspace.tables()).items.map((table) => table.name);
   * @see https://www.zoho.com/analytics/api/v2/
   */
  tables(options: CallOptions = {}): Promise<Page<AnalyticsView>> {
    return this.views({ ...options, tablesOnly: true });
  }

  /**
   * Every table's columns with their types: table name → columns.
   *
   * @example
   * for (const [table, columns] of await workspace.tableMetadata()) console.log(table, columns.map((column) => column.name));
   */
  async tableMetadata(options: CallOptions = {}): Promise<Map<string, AnalyticsColumn[]>> {
    const { items: tables } = await this.tables(options);
    // The transport bounds how many of these run at once.
    const columns = await Promise.all(tables.map((table) => this.table(table.name).columns(options)));
    return new Map(tables.map((table, i) => [table.name, columns[i]!]));
  }

  /**
   * A table of this workspace, by name. Makes no call.
   *
   * @example
   * const facts = zoho.analytics.workspace('Sales').table('sales_fact');
   */
  table(name: string): AnalyticsTable {
    return new AnalyticsTable(this, name);
  }

  /**
   * Creates a table with Zoho's data types, in `folder` if given. Zoho answers 7111 if a
   * table of that name exists; see `ensureTable` to create it only when missing.
   *
   * @example
   * const facts = await workspace.createTable({ name: 'sales_fact', columns: [{ name: 'sku', type: 'PLAIN', mandatory: true }, { name: 'qty', type: 'NUMBER' }] });
   */
  async createTable(definition: AnalyticsTableDefinition, options: CallOptions = {}): Promise<AnalyticsTable> {
    const scope = await this.scope(options);
    const { data } = await scope.api.POST('/restapi/v2/workspaces/{workspaceId}/tables', {
      params: { path: { workspaceId: scope.workspaceId }, header: orgHeader(scope) },
      ...formConfig('CreateTableConfig', {
        tableDesign: {
          TABLENAME: definition.name,
          ...(definition.description !== undefined ? { TABLEDESCRIPTION: definition.description } : {}),
          ...(definition.folder !== undefined ? { FOLDERNAME: definition.folder } : {}),
          COLUMNS: definition.columns.map((column) => ({
            COLUMNNAME: column.name,
            DATATYPE: column.type,
            ...(column.mandatory !== undefined ? { MANDATORY: column.mandatory } : {}),
            ...(column.description !== undefined ? { DESCRIPTION: column.description } : {}),
            ...(column.defaultValue !== undefined ? { DEFAULT: column.defaultValue } : {}),
          })),
        },
      }),
      ...signalOf(options),
    });
    this.#viewIds.set(definition.name.toLowerCase(), data!.data.viewId);
    return this.table(definition.name);
  }

  /**
   * Creates the table unless one of that name exists (the seed connector's "create only
   * if missing"). Running it twice creates it once. The existing table is not altered.
   *
   * @example
   * const { table, created } = await workspace.ensureTable({ name: 'sales_fact', columns: [{ name: 'sku', type: 'PLAIN' }] });
   */
  async ensureTable(definition: AnalyticsTableDefinition, options: CallOptions = {}): Promise<{ table: AnalyticsTable; created: boolean }> {
    if ((await this.viewId(definition.name, { ...options, refresh: true, required: false })) !== undefined) {
      return { table: this.table(definition.name), created: false };
    }
    try {
      return { table: await this.createTable(definition, options), created: true };
    } catch (error) {
      // 7111 "a table with the same name exists": someone created it since we looked.
      if (error instanceof ZohoError && error.code === 7111) return { table: this.table(definition.name), created: false };
      throw error;
    }
  }

  /**
   * Imports CSV (text, bytes, a stream, a file path) or rows into a table and returns the
   * import summary. Up to 20 MB (Zoho's limit for one call) it is one synchronous import;
   * over that it goes through the batch import API.
   *
   * @example
   * const summary = await workspace.importData('sales_fact', { path: './sales.csv' }, { importType: 'TRUNCATEADD', replaceEmoji: true });
   * @see https://zoho.com/analytics/api/v2/bulk-api/import-data/existing-table.html
   */
  importData(table: string | AnalyticsTable, input: ImportInput, options: ImportOptions = {}): Promise<ImportSummary> {
    return this.#table(table).importData(input, options);
  }

  /**
   * Deletes the rows of `table` matching `criteria`; returns how many.
   *
   * @example
   * const deleted = await workspace.deleteRows('animals', zoho.analytics.criteria.contains('common_name', 'Rabbit'));
   * @see https://www.zoho.com/analytics/api/v2/data-api.html
   */
  deleteRows(table: string | AnalyticsTable, criteria: CriteriaInput, options: CallOptions = {}): Promise<number> {
    return this.#table(table).deleteRows(criteria, options);
  }

  /**
   * Sets `values` on the rows of `table` matching `criteria`; returns how many.
   *
   * @example
   * const updated = await workspace.updateRows('sales_fact', zoho.analytics.criteria.eq('sku', 'A-1'), { qty: 0 });
   * @see https://www.zoho.com/analytics/api/v2/data-api.html
   */
  updateRows(table: string | AnalyticsTable, criteria: CriteriaInput, values: AnalyticsRowValues, options: CallOptions = {}): Promise<number> {
    return this.#table(table).updateRows(criteria, values, options);
  }

  /**
   * Runs a SQL SELECT through a bulk export job and returns its rows as objects (column →
   * text, or what `map` makes of it). With `cache`, a result is kept under a key naming
   * the org, workspace and SQL, and a repeated query makes no request at all.
   *
   * @example
   * const rows = await workspace.exportSql('select sku, qty from sales_fact', { cache, ttlSeconds: 600 });
   * console.log(rows[0]?.['sku']);
   */
  exportSql(sql: string, options?: ExportSqlOptions<AnalyticsRow> & { map?: undefined }): Promise<AnalyticsRow[]>;
  /**
   * The same, each row turned into what `map` returns (the cache keeps the text rows; `map` runs after it).
   *
   * @example
   * const rows = await workspace.exportSql('select sku, qty from sales_fact', { map: (row) => ({ sku: row['sku'], qty: Number(row['qty']) }) });
   */
  exportSql<Row>(sql: string, options: ExportSqlOptions<Row> & { map: (row: AnalyticsRow) => Row }): Promise<Row[]>;
  async exportSql<Row>(sql: string, options: ExportSqlOptions<Row> = {}): Promise<(Row | AnalyticsRow)[]> {
    const map = options.map;
    const finish = (rows: AnalyticsRow[]) => (map ? rows.map(map) : rows);
    const cache = options.cache;
    if (!cache) return finish(await collect(this.#rows(sql, options)));
    const scope = await this.scope(options);
    const key = await queryCacheKey(scope.orgId, scope.workspaceId, sql);
    const hit = cachedRows(await cache.get(key));
    if (hit) return finish(hit);
    const rows = await collect(this.#rows(sql, options));
    await storeRows({ ...options, cache }, key, rows);
    return finish(rows);
  }

  /**
   * Like `exportSql`, yielding rows as the CSV downloads instead of holding them all (no cache).
   *
   * @example
   * for await (const row of workspace.streamSql('select * from sales_fact')) console.log(row['sku']);
   */
  streamSql(sql: string, options?: StreamSqlOptions<AnalyticsRow> & { map?: undefined }): AsyncGenerator<AnalyticsRow, void, undefined>;
  /**
   * The same, each row turned into what `map` returns.
   *
   * @example
   * for await (const qty of workspace.streamSql('select qty from sales_fact', { map: (row) => Number(row['qty']) })) console.log(qty);
   */
  streamSql<Row>(sql: string, options: StreamSqlOptions<Row> & { map: (row: AnalyticsRow) => Row }): AsyncGenerator<Row, void, undefined>;
  async *streamSql<Row>(sql: string, options: StreamSqlOptions<Row> = {}): AsyncGenerator<Row | AnalyticsRow, void, undefined> {
    const map = options.map;
    for await (const row of this.#rows(sql, options)) yield map ? map(row) : row;
  }

  async *#rows(sql: string, options: AnalyticsJobOptions): AsyncGenerator<AnalyticsRow, void, undefined> {
    yield* streamSql(await this.scope(options), sql, options);
  }

  /**
   * @internal The view id of a table by name, from the last listing; listed again when
   * unknown (or with `refresh`). With `required`, a missing table is an error (7138).
   */
  async viewId(name: string, options: CallOptions & { refresh?: boolean; required: boolean }): Promise<string | undefined> {
    const key = name.toLowerCase();
    if (options.refresh || !this.#viewIds.has(key)) await this.tables(options);
    const id = this.#viewIds.get(key);
    if (id === undefined && options.required) {
      // 7138: Zoho's "the view does not exist".
      throw new ZohoError(`analytics: workspace "${workspaceLabel(this.ref)}" has no table named "${name}"`, { product: 'analytics', code: 7138 });
    }
    return id;
  }

  #table(table: string | AnalyticsTable): AnalyticsTable {
    return typeof table === 'string' ? this.table(table) : table;
  }
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

function workspaceLabel(ref: WorkspaceRef): string {
  return typeof ref === 'string' ? ref : 'id' in ref ? ref.id : ref.name;
}
