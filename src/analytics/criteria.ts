/**
 * Zoho Analytics criteria: the condition of a SQL WHERE clause, as the row APIs (update,
 * delete, export) take it in `CONFIG.criteria`, e.g. `"Region"='West' and "Amount">100`.
 *
 * Column names are double-quoted (a `"` inside doubles), text values single-quoted (a `'`
 * inside doubles: `'O''Brien'`), so no value can end its literal and inject SQL.
 */

/** A criteria built by the functions below; `sql` is what Zoho receives. */
export interface AnalyticsCriteria {
  readonly sql: string;
  toString(): string;
}

/** A value a condition compares with. Dates become `'yyyy-MM-dd HH:mm:ss'` (UTC). */
export type CriteriaValue = string | number | boolean | Date;

function criteria(sql: string): AnalyticsCriteria {
  return { sql, toString: () => sql };
}

/**
 * A column name, double-quoted: `"common_name"`; a `"` inside doubles.
 *
 * @example
 * const sql = `select * from sales_fact where ${quoteColumn('Unit "price"')} > 10`; // "Unit ""price"""
 */
export function quoteColumn(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A literal: numbers as they are, everything else (booleans as 'true'/'false') single-quoted with `'` doubled.
 *
 * @example
 * const where = `"customer" = ${sqlLiteral("O'Brien")}`; // "customer" = 'O''Brien'
 */
export function sqlLiteral(value: CriteriaValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`criteria: ${value} is not a finite number`);
    return String(value);
  }
  const text = value instanceof Date ? formatDate(value) : String(value);
  return `'${text.replace(/'/g, "''")}'`;
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

const compare = (op: string) => (column: string, value: CriteriaValue): AnalyticsCriteria => criteria(`${quoteColumn(column)}${op}${sqlLiteral(value)}`);

/** `"col"='value'` */
export const eq = compare('=');
/** `"col"<>'value'` */
export const ne = compare('<>');
/** `"col"<value` */
export const lt = compare('<');
/** `"col"<=value` */
export const lte = compare('<=');
/** `"col">value` */
export const gt = compare('>');
/** `"col">=value` */
export const gte = compare('>=');

/** `"col" in ('a','b')`; an empty list matches nothing. */
export function isIn(column: string, values: readonly CriteriaValue[]): AnalyticsCriteria {
  if (values.length === 0) return criteria('1=0');
  return criteria(`${quoteColumn(column)} in (${values.map(sqlLiteral).join(',')})`);
}

/** `"col" not in ('a','b')`; an empty list matches every row. */
export function notIn(column: string, values: readonly CriteriaValue[]): AnalyticsCriteria {
  if (values.length === 0) return criteria('1=1');
  return criteria(`${quoteColumn(column)} not in (${values.map(sqlLiteral).join(',')})`);
}

/** `"col" like 'pattern'`: `%` matches any run of characters, `_` one character. */
export function like(column: string, pattern: string): AnalyticsCriteria {
  return criteria(`${quoteColumn(column)} like ${sqlLiteral(pattern)}`);
}

/**
 * The column's text contains `text`: `"col" like '%text%'`. This is what a Python-style
 * `'Rabbit' in row["common_name"]` means. Zoho's LIKE documents no escape character, so a
 * `%` or `_` inside `text` still acts as a wildcard.
 */
export function contains(column: string, text: string): AnalyticsCriteria {
  return like(column, `%${text}%`);
}

/** `"col" is null` */
export function isNull(column: string): AnalyticsCriteria {
  return criteria(`${quoteColumn(column)} is null`);
}

/** `"col" is not null` */
export function isNotNull(column: string): AnalyticsCriteria {
  return criteria(`${quoteColumn(column)} is not null`);
}

/** Every condition holds: `(a) and (b)`. */
export function and(...parts: readonly AnalyticsCriteria[]): AnalyticsCriteria {
  return join('and', parts);
}

/** Any condition holds: `(a) or (b)`. */
export function or(...parts: readonly AnalyticsCriteria[]): AnalyticsCriteria {
  return join('or', parts);
}

/** The condition does not hold: `not (a)`. */
export function not(part: AnalyticsCriteria): AnalyticsCriteria {
  return criteria(`not (${part.sql})`);
}

function join(op: 'and' | 'or', parts: readonly AnalyticsCriteria[]): AnalyticsCriteria {
  if (parts.length === 0) throw new RangeError(`criteria: ${op}() needs at least one condition`);
  if (parts.length === 1) return parts[0]!;
  return criteria(parts.map((p) => `(${p.sql})`).join(` ${op} `));
}

/**
 * A criteria written by hand, sent as is. Prefer the builders: they quote and escape.
 * Use `quoteColumn` and `sqlLiteral` for any value that is not a constant.
 */
export function raw(sql: string): AnalyticsCriteria {
  return criteria(sql);
}

/** The criteria builders, as `zoho.analytics.criteria`. */
export const analyticsCriteria = { eq, ne, lt, lte, gt, gte, in: isIn, notIn, like, contains, isNull, isNotNull, and, or, not, raw, quoteColumn, sqlLiteral } as const;

/** Criteria as accepted by the row calls: built, or a string sent as is. */
export type CriteriaInput = AnalyticsCriteria | string;

export function criteriaText(input: CriteriaInput): string {
  return typeof input === 'string' ? input : input.sql;
}
