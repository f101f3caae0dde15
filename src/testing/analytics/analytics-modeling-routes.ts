import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { failure, invalidValue, missingKey, noContent, readConfig, success } from './analytics-answers.js';
import { tableScope, workspaceScope } from './analytics-scope.js';
import { columnNamed, tableNamed, type AnalyticsState, type SimColumnDefinition } from './analytics-state.js';
import { SIM_DATA_TYPES, type SimDataType } from './analytics-values.js';

const BASE = '/restapi/v2/workspaces/{workspaceId}';

/** Creating tables, adding, renaming and deleting columns, renaming and deleting views. */
export function analyticsModelingRoutes(_core: SimulatorCore, state: AnalyticsState): Route[] {
  return [
    {
      method: 'POST',
      path: `${BASE}/tables`,
      auth: true,
      handle: async (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const design = read.config['tableDesign'];
        if (typeof design !== 'object' || design === null) return missingKey('tableDesign');
        const { TABLENAME: name, TABLEDESCRIPTION: description, FOLDERNAME: folder, COLUMNS: columns } = design as Record<string, unknown>;
        if (typeof name !== 'string' || name.trim() === '') return missingKey('TABLENAME');
        if (!Array.isArray(columns) || columns.length === 0) return missingKey('COLUMNS');
        if (tableNamed(found.value, name)) return failure(7111, 'TABLE_ALREADY_EXIST', 'A table with the same name already exist.');
        const definitions: SimColumnDefinition[] = [];
        for (const column of columns as Record<string, unknown>[]) {
          const columnName = column['COLUMNNAME'];
          const type = column['DATATYPE'];
          if (typeof columnName !== 'string' || columnName === '') return missingKey('COLUMNNAME');
          // Zoho's Create Table lists every type but DURATION (Add Column only).
          if (!isDataType(type) || type === 'DURATION') return invalidValue('DATATYPE', type);
          if (definitions.some((d) => d.name.toLowerCase() === columnName.toLowerCase())) return failure(7128, 'COLUMN_ALREADY_EXIST', `The column ${columnName} already exists.`);
          definitions.push({ name: columnName, type, mandatory: column['MANDATORY'] === true, ...(typeof column['DESCRIPTION'] === 'string' ? { description: column['DESCRIPTION'] } : {}) });
        }
        const table = state.createTable(found.value, {
          name,
          columns: definitions,
          ...(typeof folder === 'string' && folder !== '' ? { folder } : {}),
          ...(typeof description === 'string' ? { description } : {}),
        });
        return success('Create table', { viewId: table.id });
      },
    },
    {
      method: 'POST',
      path: `${BASE}/views/{viewId}/columns`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context, 7104);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const { columnName, dataType } = read.config;
        if (typeof columnName !== 'string' || columnName === '') return missingKey('columnName');
        if (!isDataType(dataType)) return dataType === undefined ? missingKey('dataType') : invalidValue('dataType', dataType);
        const { table } = found.value;
        if (columnNamed(table, columnName)) return failure(7128, 'COLUMN_ALREADY_EXIST', `The column ${columnName} already exists.`);
        const column = state.addColumn(table, { name: columnName, type: dataType });
        for (const row of table.rows) row.set(column.id, null);
        return success('Add column', { columnId: column.id });
      },
    },
    {
      method: 'PUT',
      path: `${BASE}/views/{viewId}/columns/{columnId}`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context, 7104);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const name = read.config['columnName'];
        if (typeof name !== 'string' || name === '') return missingKey('columnName');
        const { table } = found.value;
        const column = table.columns.find((c) => c.id === context.params['columnId']);
        if (!column) return failure(7107, 'COLUMN_NOT_PRESENT', 'The column is not present in the specified table.');
        const clash = columnNamed(table, name);
        if (clash && clash !== column) return failure(7128, 'COLUMN_ALREADY_EXIST', `The column ${name} already exists.`);
        column.name = name;
        return noContent();
      },
    },
    {
      method: 'DELETE',
      path: `${BASE}/views/{viewId}/columns/{columnId}`,
      auth: true,
      handle: (context) => {
        const found = tableScope(state, context, 7104);
        if (!found.ok) return found.answer;
        const { table } = found.value;
        const index = table.columns.findIndex((c) => c.id === context.params['columnId']);
        if (index === -1) return failure(7107, 'COLUMN_NOT_PRESENT', 'The column is not present in the specified table.');
        const [column] = table.columns.splice(index, 1);
        for (const row of table.rows) row.delete(column!.id);
        return noContent();
      },
    },
    {
      method: 'PUT',
      path: `${BASE}/views/{viewId}`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context, 7104);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const { viewName, viewDesc } = read.config;
        if (typeof viewName !== 'string' || viewName === '') return missingKey('viewName');
        const { workspace, table } = found.value;
        const clash = tableNamed(workspace, viewName);
        if (clash && clash !== table) return failure(7111, 'TABLE_ALREADY_EXIST', 'A view with the same name already exist.');
        table.name = viewName;
        if (typeof viewDesc === 'string') table.description = viewDesc;
        return noContent();
      },
    },
    {
      method: 'DELETE',
      path: `${BASE}/views/{viewId}`,
      auth: true,
      handle: (context) => {
        const found = tableScope(state, context, 7104);
        if (!found.ok) return found.answer;
        found.value.workspace.tables.delete(found.value.table.id);
        return noContent();
      },
    },
  ];
}

function isDataType(value: unknown): value is SimDataType {
  return typeof value === 'string' && (SIM_DATA_TYPES as readonly string[]).includes(value);
}
