import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { failure, missingKey, readConfig, success } from './analytics-answers.js';
import { tableScope } from './analytics-scope.js';
import { matchingRows, SqlSyntaxError, UnknownNameError } from './analytics-sql.js';
import { columnNamed, type AnalyticsState, type SimRow, type SimTable } from './analytics-state.js';
import { formatCell, parseCell, type SimCell } from './analytics-values.js';

const PATH = '/restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows';

/** Adding a row, and updating and deleting the rows that match a criteria. */
export function analyticsRowRoutes(_core: SimulatorCore, state: AnalyticsState): Route[] {
  return [
    {
      method: 'POST',
      path: PATH,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const { table } = found.value;
        const values = parseValues(table, read.config['columns']);
        if (values instanceof Response) return values;
        const row: SimRow = new Map(table.columns.map((c) => [c.id, values.cells.get(c.id) ?? null]));
        const missing = table.columns.find((c) => c.mandatory && row.get(c.id) === null);
        if (missing) return failure(7511, 'MANDATORY_COLUMN_EMPTY', `Column "${missing.name}" is a mandatory column.`);
        table.rows.push(row);
        return success('Add row', {
          addedColumns: Object.fromEntries(table.columns.filter((c) => values.cells.has(c.id)).map((c) => [c.name, formatCell(row.get(c.id) ?? null)])),
          ...(Object.keys(values.invalid).length > 0 ? { invalidColumns: values.invalid } : {}),
        });
      },
    },
    {
      method: 'PUT',
      path: PATH,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const { table } = found.value;
        const values = parseValues(table, read.config['columns']);
        if (values instanceof Response) return values;
        const matcher = await rowMatcher(table, read.config['criteria'], read.config['updateAllRows']);
        if (matcher instanceof Response) return matcher;
        let updatedRows = 0;
        for (const row of table.rows) {
          if (!matcher(row)) continue;
          for (const [id, value] of values.cells) row.set(id, value);
          updatedRows++;
        }
        return success('Update rows', {
          updatedColumns: Object.fromEntries(table.columns.filter((c) => values.cells.has(c.id)).map((c) => [c.name, formatCell(values.cells.get(c.id) ?? null)])),
          updatedRows,
          ...(Object.keys(values.invalid).length > 0 ? { invalidColumns: values.invalid } : {}),
        });
      },
    },
    {
      method: 'DELETE',
      path: PATH,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const { table } = found.value;
        const matcher = await rowMatcher(table, read.config['criteria'], read.config['deleteAllRows']);
        if (matcher instanceof Response) return matcher;
        const before = table.rows.length;
        table.rows = table.rows.filter((row) => !matcher(row));
        return success('Delete rows', { deletedRows: before - table.rows.length });
      },
    },
  ];
}

/**
 * The rows a call applies to: those matching `criteria`, or all with the `*AllRows` flag.
 * Unparseable criteria is 8002; a column the table lacks is 8004.
 */
async function rowMatcher(table: SimTable, criteria: unknown, allRows: unknown): Promise<((row: SimRow) => boolean) | Response> {
  if (allRows === true) return () => true;
  if (typeof criteria !== 'string' || criteria.trim() === '') return missingKey('criteria');
  try {
    const rows = table.rows;
    const matching = new Set((await matchingRows(table, criteria)).map((position) => rows[position]));
    return (row) => matching.has(row);
  } catch (error) {
    if (error instanceof SqlSyntaxError) return failure(8002, 'INVALID_CRITERIA', `Specified criteria is invalid: ${error.message}`);
    if (error instanceof UnknownNameError) return failure(8004, 'CRITERIA_COLUMN_NOT_PRESENT', `The column "${error.unknown}" mentioned in the criteria is not present in the table.`);
    throw error;
  }
}

/** CONFIG.columns parsed by column type: 8016 when empty, 7507 when a value does not fit. */
function parseValues(table: SimTable, columns: unknown): { cells: Map<string, SimCell>; invalid: Record<string, unknown> } | Response {
  if (typeof columns !== 'object' || columns === null || Object.keys(columns).length === 0) {
    return failure(8016, 'NO_COLUMN_PRESENT', 'You need to have at-least one column for INSERT or UPDATE action.');
  }
  const cells = new Map<string, SimCell>();
  const invalid: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(columns)) {
    const column = columnNamed(table, name);
    if (!column) {
      invalid[name] = value;
      continue;
    }
    const parsed = parseCell(column.type, value);
    if (!parsed.ok) return failure(7507, 'INVALID_DATA_TYPE', `Value entered in the column "${column.name}" does not follow the data type: ${parsed.problem}.`);
    cells.set(column.id, parsed.value);
  }
  if (cells.size === 0) return failure(8016, 'NO_COLUMN_PRESENT', 'You need to have at-least one column for INSERT or UPDATE action.');
  return { cells, invalid };
}
