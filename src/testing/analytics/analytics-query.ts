import { columnNamed, tableNamed, type SimRow, type SimTable, type SimWorkspace } from './analytics-state.js';
import type { Condition, Literal, Operand, SelectStatement } from './analytics-sql.js';
import { formatCell, type SimCell } from './analytics-values.js';

/** A name the statement uses that the table does not have: Zoho's 8004 (criteria) or a failed job (SQL). */
export class UnknownNameError extends Error {
  override name = 'UnknownNameError';
  constructor(readonly what: 'table' | 'column', readonly unknown: string) {
    super(`${what === 'table' ? 'Table' : 'Column'} "${unknown}" is not present`);
  }
}

/** A predicate over the rows of `table`; names are checked once, up front. */
export function compileCondition(table: SimTable, condition: Condition): (row: SimRow) => boolean {
  const operand = (op: Operand): ((row: SimRow) => SimCell) => {
    if (op.kind === 'literal') return () => op.value;
    const column = columnNamed(table, op.name);
    if (!column) throw new UnknownNameError('column', op.name);
    return (row) => row.get(column.id) ?? null;
  };
  const compile = (node: Condition): ((row: SimRow) => boolean) => {
    switch (node.kind) {
      case 'and': {
        const [l, r] = [compile(node.left), compile(node.right)];
        return (row) => l(row) && r(row);
      }
      case 'or': {
        const [l, r] = [compile(node.left), compile(node.right)];
        return (row) => l(row) || r(row);
      }
      case 'not': {
        const inner = compile(node.condition);
        return (row) => !inner(row);
      }
      case 'null': {
        const value = operand(node.operand);
        return (row) => (value(row) === null) !== node.negated;
      }
      case 'compare': {
        const [l, r] = [operand(node.left), operand(node.right)];
        return (row) => {
          const order = compare(l(row), r(row));
          if (order === undefined) return false;
          switch (node.op) {
            case '=': return order === 0;
            case '<>': return order !== 0;
            case '<': return order < 0;
            case '>': return order > 0;
            case '<=': return order <= 0;
            case '>=': return order >= 0;
          }
        };
      }
      case 'in': {
        const value = operand(node.operand);
        const list = node.list.map(operand);
        return (row) => {
          const v = value(row);
          if (v === null) return false;
          return list.some((item) => compare(v, item(row)) === 0) !== node.negated;
        };
      }
      case 'like': {
        const value = operand(node.operand);
        const pattern = operand(node.pattern);
        return (row) => {
          const v = value(row);
          const p = pattern(row);
          if (v === null || p === null) return false;
          return likeRegExp(String(p)).test(String(v)) !== node.negated;
        };
      }
    }
  };
  return compile(condition);
}

/**
 * SQL comparison: numbers numerically (a numeric string against a number too), text as
 * text. Any comparison with NULL is unknown, which a WHERE treats as false.
 */
function compare(a: SimCell | Literal, b: SimCell | Literal): number | undefined {
  if (a === null || b === null) return undefined;
  const x = typeof a === 'boolean' ? String(a) : a;
  const y = typeof b === 'boolean' ? String(b) : b;
  if (typeof x === 'number' || typeof y === 'number') {
    const [n, m] = [Number(x), Number(y)];
    if (Number.isFinite(n) && Number.isFinite(m)) return n === m ? 0 : n < m ? -1 : 1;
  }
  const [s, t] = [String(x), String(y)];
  return s === t ? 0 : s < t ? -1 : 1;
}

// LIKE: % any run, _ one character; case-insensitive, as Zoho's (MySQL-like) collation is.
function likeRegExp(pattern: string): RegExp {
  const source = [...pattern].map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'is');
}

/** The result of a SELECT: a header and rows of text cells, ready to be written as CSV. */
export interface QueryResult {
  header: string[];
  rows: string[][];
}

/** Runs a SELECT of the subset against a workspace's tables. */
export function runSelect(workspace: SimWorkspace, statement: SelectStatement): QueryResult {
  const table = tableNamed(workspace, statement.table);
  if (!table) throw new UnknownNameError('table', statement.table);
  const columns =
    statement.columns === '*'
      ? table.columns.map((column) => ({ column, alias: column.name }))
      : statement.columns.map(({ name, alias }) => {
          const column = columnNamed(table, name);
          if (!column) throw new UnknownNameError('column', name);
          return { column, alias: alias === name ? column.name : alias };
        });
  const where = statement.where ? compileCondition(table, statement.where) : () => true;
  let rows = table.rows.filter(where);
  if (statement.orderBy.length > 0) {
    const keys = statement.orderBy.map(({ column: name, descending }) => {
      const column = columnNamed(table, name);
      if (!column) throw new UnknownNameError('column', name);
      return { id: column.id, sign: descending ? -1 : 1 };
    });
    rows = [...rows].sort((a, b) => {
      for (const { id, sign } of keys) {
        const [x, y] = [a.get(id) ?? null, b.get(id) ?? null];
        // NULLs first ascending, as in MySQL.
        const order = x === null ? (y === null ? 0 : -1) : y === null ? 1 : (compare(x, y) ?? 0);
        if (order !== 0) return order * sign;
      }
      return 0;
    });
  }
  const end = statement.limit === undefined ? undefined : statement.offset + statement.limit;
  rows = rows.slice(statement.offset, end);
  return {
    header: columns.map((c) => c.alias),
    rows: rows.map((row) => columns.map(({ column }) => formatCell(row.get(column.id) ?? null))),
  };
}
