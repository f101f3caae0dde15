import type { CallOptions } from '../../call-options.js';
import { Criteria } from '../criteria.js';
import type { FieldValues } from '../crm-types.js';
import type { Crm } from '../crm.js';
import { ZohoLimitError } from '../../errors.js';
import { rateLimitOf } from '../../http/rate-limit.js';
import { firstPage, iteratePages, type FetchPage, type IterateOptions, type Page } from '../../page.js';

// Zoho COQL: at most 50 selected fields, 2,000 rows per call, and LIMIT/OFFSET reach the
// first 100,000 rows only.
export const COQL_MAX_FIELDS = 50;
export const COQL_MAX_LIMIT = 2_000;
export const COQL_MAX_ROWS = 100_000;

/** Options of `crm.query()`: where the first page starts and how many rows a page holds. */
export interface CoqlPageOptions extends CallOptions {
  /** Rows to skip before the first page (`page.next.offset` continues a query); default the query's own OFFSET, else 0. */
  offset?: number;
  /** Rows per page, up to 2,000; default the query's own LIMIT, else Zoho's 200. */
  perPage?: number;
}

/** The clauses of a COQL query as built so far (read by `toString()`). */
export interface CoqlParts {
  fields: readonly string[];
  module: string | undefined;
  where: string | undefined;
  orderBy: readonly string[];
  limit: number | undefined;
  offset: number | undefined;
}

/**
 * A COQL query, built step by step; every step returns a new query.
 *
 *   coql.select('Last_Name', 'Email').from('Leads').where(criteria.equals('Lead_Source', 'Web')).orderBy('Created_Time', 'desc').limit(200)
 *
 * Values in `where` criteria are quoted and escaped, so they cannot change the query.
 */
export class CoqlQuery {
  constructor(readonly parts: CoqlParts = { fields: [], module: undefined, where: undefined, orderBy: [], limit: undefined, offset: undefined }) {}

  /**
   * Adds fields to the SELECT clause (up to 50 in all; lookups with a dot: `Owner.name`).
   *
   * @example
   * const query = coql.select('Last_Name', 'Email').select('Owner.name').from('Leads');
   */
  select(...fields: string[]): CoqlQuery {
    for (const field of fields) if (!/^[A-Za-z0-9_$.]+$/.test(field)) throw new TypeError(`coql: "${field}" is not a field API name`);
    return new CoqlQuery({ ...this.parts, fields: [...this.parts.fields, ...fields] });
  }

  /**
   * The module to query (its API name).
   *
   * @example
   * const query = coql.select('Deal_Name').from('Deals');
   */
  from(module: string): CoqlQuery {
    if (!/^[A-Za-z0-9_]+$/.test(module)) throw new TypeError(`coql: "${module}" is not a module API name`);
    return new CoqlQuery({ ...this.parts, module });
  }

  /**
   * A condition: built criteria (escaped for you) or a raw COQL condition you escaped yourself.
   *
   * @example
   * const query = coql.select('Last_Name').from('Leads').where(criteria.and(criteria.equals('Lead_Source', 'Web'), criteria.greaterThan('Annual_Revenue', 10_000)));
   */
  where(condition: Criteria | string): CoqlQuery {
    return new CoqlQuery({ ...this.parts, where: condition instanceof Criteria ? condition.toCoql() : condition });
  }

  /**
   * Adds a sort key (ascending by default); keys apply in the order given.
   *
   * @example
   * const query = coql.select('Deal_Name').from('Deals').orderBy('Closing_Date', 'desc').orderBy('id');
   */
  orderBy(field: string, direction: 'asc' | 'desc' = 'asc'): CoqlQuery {
    if (!/^[A-Za-z0-9_$.]+$/.test(field)) throw new TypeError(`coql: "${field}" is not a field API name`);
    return new CoqlQuery({ ...this.parts, orderBy: [...this.parts.orderBy, `${field} ${direction}`] });
  }

  /**
   * Rows to return, up to 2,000.
   *
   * @example
   * const firstHundred = await zoho.crm.query(coql.select('Last_Name').from('Leads').limit(100));
   */
  limit(count: number): CoqlQuery {
    return new CoqlQuery({ ...this.parts, limit: count });
  }

  /**
   * Rows to skip; OFFSET + LIMIT may not pass 100,000.
   *
   * @example
   * const next = await zoho.crm.query(coql.select('Last_Name').from('Leads').limit(100).offset(100));
   */
  offset(count: number): CoqlQuery {
    return new CoqlQuery({ ...this.parts, offset: count });
  }

  /**
   * The query text. Throws ZohoLimitError for what Zoho would refuse (fields, limit, offset).
   *
   * @example
   * const text = String(coql.select('Last_Name').from('Leads').where(criteria.equals('Last_Name', "O'Hara")));
   * // select Last_Name from Leads where Last_Name = 'O\'Hara'
   */
  toString(): string {
    const { fields, module, where, orderBy, limit, offset } = this.parts;
    if (fields.length === 0 || module === undefined) throw new TypeError('coql: a query needs select(...) and from(...)');
    if (fields.length > COQL_MAX_FIELDS) throw new ZohoLimitError(`crm: COQL selects at most ${COQL_MAX_FIELDS} fields (asked for ${fields.length})`, { limit: COQL_MAX_FIELDS, requested: fields.length });
    checkWindow(limit ?? 200, offset ?? 0);
    let text = `select ${fields.join(', ')} from ${module}`;
    if (where !== undefined) text += ` where ${where}`;
    if (orderBy.length > 0) text += ` order by ${orderBy.join(', ')}`;
    if (limit !== undefined || offset !== undefined) text += ` limit ${offset ?? 0}, ${limit ?? 200}`;
    return text;
  }
}

/** Starts a COQL query: `coql.select('Last_Name').from('Leads')...`. */
export const coql = {
  select: (...fields: string[]): CoqlQuery => new CoqlQuery().select(...fields),
};

function checkWindow(limit: number, offset: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > COQL_MAX_LIMIT) {
    throw new ZohoLimitError(`crm: COQL returns at most ${COQL_MAX_LIMIT} rows per call (asked for ${limit})`, { limit: COQL_MAX_LIMIT, requested: limit });
  }
  if (!Number.isInteger(offset) || offset < 0 || offset + limit > COQL_MAX_ROWS) {
    throw new ZohoLimitError(`crm: COQL reaches only the first ${COQL_MAX_ROWS} rows through LIMIT/OFFSET (asked for rows ${offset + 1}–${offset + limit}); narrow the query with WHERE (e.g. on id) or use a bulk read`, { limit: COQL_MAX_ROWS, requested: offset + limit });
  }
}

// Zoho's COQL ends with `LIMIT offset, count` or `LIMIT count [OFFSET offset]`.
const LIMIT_CLAUSE = /\s+limit\s+(\d+)(?:\s*,\s*(\d+)|\s+offset\s+(\d+))?\s*;?\s*$/i;

/** A query without its LIMIT clause, and the window that clause asked for. */
interface CoqlWindow {
  base: string;
  offset: number | undefined;
  limit: number | undefined;
}

function windowOf(query: CoqlQuery | string): CoqlWindow {
  if (query instanceof CoqlQuery) {
    const { limit, offset } = query.parts;
    return { base: String(new CoqlQuery({ ...query.parts, limit: undefined, offset: undefined })), offset, limit };
  }
  const match = LIMIT_CLAUSE.exec(query);
  if (!match) return { base: query, offset: undefined, limit: undefined };
  const base = query.slice(0, match.index);
  if (match[2] !== undefined) return { base, offset: Number(match[1]), limit: Number(match[2]) };
  return { base, offset: match[3] !== undefined ? Number(match[3]) : undefined, limit: Number(match[1]) };
}

/** The query text for rows `offset`..`offset + size`, refusing what lies past Zoho's 100,000 rows before it is sent. */
function windowText(base: string, offset: number, size: number): string {
  const count = Math.min(size, COQL_MAX_ROWS - offset);
  if (count <= 0) {
    throw new ZohoLimitError(`crm: COQL reaches only the first ${COQL_MAX_ROWS} rows through LIMIT/OFFSET and more rows match; narrow the query with WHERE (e.g. on id) or use a bulk read`, { limit: COQL_MAX_ROWS, requested: offset + 1 });
  }
  checkWindow(count, offset);
  return `${base} limit ${offset}, ${count}`;
}

/**
 * COQL's adapter to the page engine: the cursor is the row offset. The first page is `first`
 * when given (the query as written); every later one is the query with `LIMIT offset, size`.
 */
function coqlPages(crm: Crm, window: CoqlWindow, size: number, first?: string): FetchPage<FieldValues> {
  return async (cursor, options) => {
    const offset = cursor?.offset ?? window.offset ?? 0;
    const text = cursor === undefined && first !== undefined ? first : windowText(window.base, offset, size);
    const { data, response } = await crm.api.POST('/crm/v8/coql', { body: { select_query: text }, signal: options.signal ?? null });
    const items = (data?.data ?? []) as FieldValues[];
    return { items, next: data?.info?.more_records === true ? { offset: offset + items.length } : undefined, rateLimit: rateLimitOf(response.headers) };
  };
}

/**
 * One page of a COQL query (`POST /coql`): the query as written, or from `offset` in pages of
 * `perPage` rows. `nextPage()` and `for await` go on with LIMIT/OFFSET up to Zoho's 100,000
 * rows; a page past them throws a ZohoLimitError. No matching row is an empty page.
 */
export function queryPage(crm: Crm, query: CoqlQuery | string, options: CoqlPageOptions = {}): Promise<Page<FieldValues>> {
  const window = windowOf(query);
  const size = options.perPage ?? window.limit ?? 200;
  const asWritten = options.offset === undefined && options.perPage === undefined ? String(query) : undefined;
  const start = options.offset ?? window.offset;
  return firstPage(coqlPages(crm, { ...window, offset: start }, size, asWritten), options.signal ? { signal: options.signal } : {});
}

/**
 * Every row of a query, fetched with LIMIT/OFFSET (`perPage` rows a call, 2,000 by default)
 * as the loop asks for them. Zoho serves the first 100,000 rows this way; if more match,
 * asking for the next row throws a ZohoLimitError (narrow the query, e.g. `where id > <last
 * id>` with `order by id`, or use a bulk read). The query must not have its own LIMIT or OFFSET.
 */
export function iterateQuery(crm: Crm, query: CoqlQuery | string, options: IterateOptions = {}): AsyncGenerator<FieldValues, void, undefined> {
  const window = windowOf(query);
  if (window.limit !== undefined || window.offset !== undefined) throw new TypeError('coql: iterate() pages with LIMIT/OFFSET itself; leave them out of the query');
  return iteratePages(coqlPages(crm, window, options.perPage ?? COQL_MAX_LIMIT), options);
}
