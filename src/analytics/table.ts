import { signalOf, type CallOptions } from '../call-options.js';
import { ZohoError } from '../errors.js';
import type { AnalyticsColumn, AnalyticsColumnDefinition, AnalyticsDataType, AnalyticsRowValues } from './analytics-types.js';
import { formConfig } from './config-param.js';
import { criteriaText, type CriteriaInput } from './criteria.js';
import type { ImportInput } from './csv-source.js';
import type { ImportOptions, ImportSummary } from './import-data.js';
import type { AnalyticsWorkspace } from './workspace.js';
import { orgHeader, type WorkspaceScope } from './workspace-scope.js';

const VIEW = '/restapi/v2/workspaces/{workspaceId}/views/{viewId}' as const;

/**
 * A table of a workspace, by name. Makes no call until used; its view id is looked up
 * (and kept) on first use.
 */
export class AnalyticsTable {
  readonly workspace: AnalyticsWorkspace;
  readonly name: string;

  /** @internal Use `workspace.table(name)`. */
  constructor(workspace: AnalyticsWorkspace, name: string) {
    this.workspace = workspace;
    this.name = name;
  }

  /**
   * The table's view id.
   *
   * @example
   * const viewId = await workspace.table('sales_fact').id();
   */
  async id(options: CallOptions = {}): Promise<string> {
    return (await this.#target(options)).viewId;
  }

  /**
   * Whether the workspace has a table of this name.
   *
   * @example
   * if (!(await workspace.table('sales_fact').exists())) console.log('run the setup first');
   */
  async exists(options: CallOptions = {}): Promise<boolean> {
    return (await this.workspace.viewId(this.name, { ...options, refresh: true, required: false })) !== undefined;
  }

  /**
   * The table's columns with their types (`GET .../views/{view}/metadata`).
   *
   * @example
   * const columns = await table.columns();
   * console.log(columns.map((column) => `${column.name}: ${column.type}`));
   */
  async columns(options: CallOptions = {}): Promise<AnalyticsColumn[]> {
    const { scope, viewId } = await this.#target(options);
    const { data } = await scope.api.GET(`${VIEW}/metadata`, {
      params: { path: { workspaceId: scope.workspaceId, viewId }, header: orgHeader(scope) },
      ...signalOf(options),
    });
    return data!.data.columns.map((column) => ({
      id: column.columnId,
      name: column.columnName,
      type: column.dataType,
      typeName: column.dataTypeName,
      mandatory: column.isNullable === false,
    }));
  }

  /**
   * Adds a column; returns its id. Zoho answers 7128 if the name is taken.
   *
   * @example
   * const columnId = await table.addColumn({ name: 'discount', type: 'PERCENT' });
   */
  async addColumn(column: { name: string; type: AnalyticsDataType } | AnalyticsColumnDefinition, options: CallOptions = {}): Promise<string> {
    const { scope, viewId } = await this.#target(options);
    const { data } = await scope.api.POST(`${VIEW}/columns`, {
      params: { path: { workspaceId: scope.workspaceId, viewId }, header: orgHeader(scope) },
      ...formConfig('AddColumnConfig', { columnName: column.name, dataType: column.type }),
      ...signalOf(options),
    });
    return data!.data.columnId;
  }

  /**
   * Renames a column.
   *
   * @example
   * await table.renameColumn('discount', 'discount_rate');
   */
  async renameColumn(name: string, newName: string, options: CallOptions = {}): Promise<void> {
    const { scope, viewId, columnId } = await this.#column(name, options);
    await scope.api.PUT(`${VIEW}/columns/{columnId}`, {
      params: { path: { workspaceId: scope.workspaceId, viewId, columnId }, header: orgHeader(scope) },
      ...formConfig('RenameColumnConfig', { columnName: newName }),
      ...signalOf(options),
    });
  }

  /**
   * Deletes a column; with `deleteDependentViews` also the reports that use it (else Zoho answers 7159).
   *
   * @example
   * await table.deleteColumn('discount_rate', { deleteDependentViews: true });
   */
  async deleteColumn(name: string, options: CallOptions & { deleteDependentViews?: boolean } = {}): Promise<void> {
    const { scope, viewId, columnId } = await this.#column(name, options);
    await scope.api.DELETE(`${VIEW}/columns/{columnId}`, {
      params: { path: { workspaceId: scope.workspaceId, viewId, columnId }, header: orgHeader(scope) },
      ...(options.deleteDependentViews ? formConfig('DeleteColumnConfig', { deleteDependentViews: true }) : {}),
      ...signalOf(options),
    });
  }

  /**
   * Imports CSV or rows into the table; see `AnalyticsWorkspace.importData`.
   *
   * @example
   * const summary = await table.importData([{ sku: 'A-1', qty: 3 }], { importType: 'UPDATEADD', matchingColumns: ['sku'] });
   * console.log(summary.successRows, summary.errors);
   * @see https://zoho.com/analytics/api/v2/bulk-api/import-data/existing-table.html
   */
  async importData(input: ImportInput, options: ImportOptions = {}): Promise<ImportSummary> {
    // The import code (CSV batching, emoji, uploads) loads with the first import, so a cold
    // import of the package does not pay for it.
    const { importConfig, importData } = await import('./import-data.js');
    importConfig(options);
    const { scope, viewId } = await this.#target(options);
    return importData(scope, viewId, input, options);
  }

  /**
   * Deletes the rows matching `criteria`; returns how many were deleted.
   *
   * @example
   * const deleted = await table.deleteRows(zoho.analytics.criteria.lt('qty', 1));
   * @see https://www.zoho.com/analytics/api/v2/data-api.html
   */
  async deleteRows(criteria: CriteriaInput, options: CallOptions = {}): Promise<number> {
    const condition = requireCriteria(criteria);
    const { scope, viewId } = await this.#target(options);
    const { data } = await scope.api.DELETE(`${VIEW}/rows`, {
      params: { path: { workspaceId: scope.workspaceId, viewId }, header: orgHeader(scope) },
      ...formConfig('DeleteRowsConfig', { criteria: condition }),
      ...signalOf(options),
    });
    return data!.data.deletedRows;
  }

  /**
   * Sets `values` on the rows matching `criteria`; returns how many were updated.
   *
   * @example
   * const updated = await table.updateRows(zoho.analytics.criteria.eq('sku', 'A-1'), { qty: 4, checked: new Date() });
   * @see https://www.zoho.com/analytics/api/v2/data-api.html
   */
  async updateRows(criteria: CriteriaInput, values: AnalyticsRowValues, options: CallOptions = {}): Promise<number> {
    const condition = requireCriteria(criteria);
    const { scope, viewId } = await this.#target(options);
    const columns = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value instanceof Date ? value.toISOString().slice(0, 19).replace('T', ' ') : (value ?? null)]));
    const { data } = await scope.api.PUT(`${VIEW}/rows`, {
      params: { path: { workspaceId: scope.workspaceId, viewId }, header: orgHeader(scope) },
      ...formConfig('UpdateRowsConfig', { columns, criteria: condition }),
      ...signalOf(options),
    });
    return data!.data.updatedRows;
  }

  async #target(options: CallOptions): Promise<{ scope: WorkspaceScope; viewId: string }> {
    const scope = await this.workspace.scope(options);
    const viewId = await this.workspace.viewId(this.name, { ...options, required: true });
    return { scope, viewId: viewId! };
  }

  async #column(name: string, options: CallOptions): Promise<{ scope: WorkspaceScope; viewId: string; columnId: string }> {
    const target = await this.#target(options);
    const wanted = name.toLowerCase();
    const column = (await this.columns(options)).find((c) => c.name.toLowerCase() === wanted);
    // 7107: Zoho's "column is not present in the table".
    if (!column) throw new ZohoError(`analytics: table "${this.name}" has no column "${name}"`, { product: 'analytics', code: 7107 });
    return { ...target, columnId: column.id };
  }
}

/** An empty criteria would update or delete every row: refuse it (use Zoho's explicit *AllRows flags instead). */
function requireCriteria(criteria: CriteriaInput): string {
  const text = criteriaText(criteria).trim();
  if (text === '') throw new ZohoError('analytics: an empty criteria would touch every row; pass a condition', { product: 'analytics' });
  return text;
}
