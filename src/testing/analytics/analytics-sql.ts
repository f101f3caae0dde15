/**
 * The simulated Analytics runs SQL on SQLite (sql.js, SQLite compiled to WebAssembly), not
 * on a parser of our own: Zoho's SQL export joins tables, aggregates and groups, and an
 * embedded engine answers all of that the way a database does. Each query runs on a
 * throwaway in-memory database holding the workspace's tables, so nothing a query does can
 * touch the simulator's state.
 *
 * sql.js is an optional peer dependency, loaded on the first query: only those who run
 * Analytics SQL against the simulator pay for it.
 *
 * Two SQLite habits are bent to Zoho's: a double-quoted name that is not a column is an
 * error (SQLite would read it as a string), and view and column names match without
 * regard to case (SQLite's are case-insensitive already).
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { SimTable, SimWorkspace } from './analytics-state.js';
import { formatCell, type SimCell, type SimDataType } from './analytics-values.js';

/** Text the engine cannot parse; routes turn it into 7403 (SQL) or 8002 (criteria). */
export class SqlSyntaxError extends Error {
  override name = 'SqlSyntaxError';
}

/** A name the statement uses that the workspace does not have: Zoho's 8004 (criteria) or a failed job (SQL). */
export class UnknownNameError extends Error {
  override name = 'UnknownNameError';
  constructor(
    readonly what: 'table' | 'column',
    readonly unknown: string,
  ) {
    super(`${what === 'table' ? 'Table' : 'Column'} "${unknown}" is not present`);
  }
}

/** The result of a SELECT: a header and rows of text cells, ready to be written as CSV. */
export interface QueryResult {
  header: string[];
  rows: string[][];
}

let engine: Promise<SqlJsStatic> | undefined;

function loadEngine(): Promise<SqlJsStatic> {
  engine ??= import('sql.js').then(
    ({ default: initSqlJs }) => initSqlJs(),
    (error: unknown) => {
      engine = undefined;
      throw new Error('The Analytics simulator runs SQL on sql.js, an optional peer dependency: npm install --save-dev sql.js', { cause: error });
    },
  );
  return engine;
}

/**
 * Checks a SELECT against the workspace's tables without running it: a syntax error
 * throws SqlSyntaxError, an unknown table or column UnknownNameError.
 */
export async function checkSelect(workspace: SimWorkspace, sql: string): Promise<void> {
  await withDatabase([...workspace.tables.values()], false, (db) => prepared(db, selectOnly(sql)).free());
}

/** Runs a SELECT against the workspace's tables. */
export async function runSelect(workspace: SimWorkspace, sql: string): Promise<QueryResult> {
  return withDatabase([...workspace.tables.values()], true, (db) => {
    const statement = prepared(db, selectOnly(sql));
    try {
      const header = statement.getColumnNames();
      const rows: string[][] = [];
      while (statement.step()) rows.push(statement.get().map(cellText));
      return { header, rows };
    } finally {
      statement.free();
    }
  });
}

/**
 * The positions (in `table.rows`) of the rows that match a criteria (a WHERE condition
 * without the WHERE), in order.
 */
export async function matchingRows(table: SimTable, criteria: string): Promise<number[]> {
  return withDatabase([table], true, (db) => {
    const statement = prepared(db, `SELECT rowid - 1 FROM ${quoted(table.name)} WHERE (${identifiersQuoted(criteria)})`);
    try {
      const positions: number[] = [];
      while (statement.step()) positions.push(Number(statement.get()[0]));
      return positions;
    } finally {
      statement.free();
    }
  });
}

/** Checks a criteria's syntax and names against a table. */
export async function checkCriteria(table: SimTable, criteria: string): Promise<void> {
  await withDatabase([table], false, (db) => prepared(db, `SELECT 1 FROM ${quoted(table.name)} WHERE (${identifiersQuoted(criteria)})`).free());
}

async function withDatabase<T>(tables: readonly SimTable[], withRows: boolean, use: (db: Database) => T): Promise<T> {
  const SQL = await loadEngine();
  const db = new SQL.Database();
  try {
    addFunctions(db);
    for (const table of tables) load(db, table, withRows);
    return use(db);
  } finally {
    db.close();
  }
}

// Number columns get numeric affinity, so `amount > 100` compares numbers, and sums add up.
const AFFINITY: Partial<Record<SimDataType, string>> = {
  NUMBER: 'INTEGER',
  POSITIVE_NUMBER: 'INTEGER',
  AUTO_NUMBER: 'INTEGER',
  DECIMAL_NUMBER: 'REAL',
  CURRENCY: 'REAL',
  PERCENT: 'REAL',
};

function load(db: Database, table: SimTable, withRows: boolean): void {
  const columns = table.columns.map((column) => `${quoted(column.name)} ${AFFINITY[column.type] ?? 'TEXT'}`);
  db.run(`CREATE TABLE ${quoted(table.name)} (${columns.join(', ')})`);
  if (!withRows || table.rows.length === 0) return;
  const names = ['rowid', ...table.columns.map((column) => quoted(column.name))];
  const insert = db.prepare(`INSERT INTO ${quoted(table.name)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
  try {
    db.run('BEGIN');
    table.rows.forEach((row, index) => insert.run([index + 1, ...table.columns.map((column) => sqlValue(row.get(column.id) ?? null))]));
    db.run('COMMIT');
  } finally {
    insert.free();
  }
}

// MySQL's date parts, which Zoho's SQL has and SQLite lacks; dates are stored as text.
function addFunctions(db: Database): void {
  const part = (index: number) => (value: SqlValue) => {
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
    return match ? Number(match[index]) : null;
  };
  db.create_function('year', part(1));
  db.create_function('month', part(2));
  db.create_function('day', part(3));
}

function prepared(db: Database, sql: string) {
  try {
    const statements = db.iterateStatements(sql);
    const first = statements.next();
    if (first.done) throw new SqlSyntaxError('the query is empty');
    if (!/^\s*;*\s*$/.test(statements.getRemainingSQL())) {
      first.value.free();
      throw new SqlSyntaxError('only one statement may be sent');
    }
    return first.value;
  } catch (error) {
    throw classified(error);
  }
}

/** Zoho's SQL export reads data; anything but a SELECT (or WITH ... SELECT) is refused as SQL it does not take. */
function selectOnly(sql: string): string {
  if (!/^\s*(select|with)\b/i.test(sql)) throw new SqlSyntaxError('only SELECT queries are supported');
  return identifiersQuoted(sql);
}

function classified(error: unknown): Error {
  if (error instanceof SqlSyntaxError || error instanceof UnknownNameError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^no such (table|column): (.+)$/.exec(message);
  if (unknown) return new UnknownNameError(unknown[1] as 'table' | 'column', unknown[2]!.replace(/^[^.]+\./, ''));
  return new SqlSyntaxError(message);
}

/**
 * Rewrites "name" as `name`. SQLite reads a double-quoted word that names no column as a
 * string (a compatibility habit it cannot turn off in sql.js), where Zoho answers "column
 * not present"; a backquoted name has no such fallback. Single-quoted strings are left as
 * they are. This is a scanner of quotes, not a parser.
 */
function identifiersQuoted(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '`') {
      const end = closing(sql, i, ch);
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '"') {
      const end = closing(sql, i, '"');
      if (end > sql.length) return out + sql.slice(i); // unterminated: SQLite reports it
      out += quoted(sql.slice(i + 1, end - 1).replace(/""/g, '"'));
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The index after the quote that closes the one at `start` ("" escapes); the end if none does. */
function closing(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return sql.length + 1;
}

function quoted(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function sqlValue(cell: SimCell): SqlValue {
  if (cell === null) return null;
  return typeof cell === 'boolean' ? String(cell) : cell;
}

function cellText(value: SqlValue): string {
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return formatCell(value);
}
