import type { CallOptions } from '../../call-options.js';
import { Criteria } from '../criteria.js';
import type { FieldValues } from '../crm-types.js';
import type { Crm } from '../crm.js';
import { ZohoLimitError } from '../../errors.js';
import { rateLimitOf, type RateLimitInfo } from '../../http/rate-limit.js';

// Zoho COQL: at most 50 selected fields, 2,000 rows per call, and LIMIT/OFFSET reach the
// first 100,000 rows only.
export const COQL_MAX_FIELDS = 50;
export const COQL_MAX_LIMIT = 2_000;
export const COQL_MAX_ROWS = 100_000;

/** Rows of a COQL query. Lookups come as `{ id }`; a selected `Owner.name` comes under that key. */
export interface CoqlResult {
  data: FieldValues[];
  info: { count?: number; more_records?: boolean };
  rateLimit: RateLimitInfo;
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

  select(...fields: string[]): CoqlQuery {
    for (const field of fields) if (!/^[A-Za-z0-9_$.]+$/.test(field)) throw new TypeError(`coql: "${field}" is not a field API name`);
    return new CoqlQuery({ ...this.parts, fields: [...this.parts.fields, ...fields] });
  }

  from(module: string): CoqlQuery {
    if (!/^[A-Za-z0-9_]+$/.test(module)) throw new TypeError(`coql: "${module}" is not a module API name`);
    return new CoqlQuery({ ...this.parts, module });
  }

  /** A condition: built criteria (escaped for you) or a raw COQL condition you escaped yourself. */
  where(condition: Criteria | string): CoqlQuery {
    return new CoqlQuery({ ...this.parts, where: condition instanceof Criteria ? condition.toCoql() : condition });
  }

  orderBy(field: string, direction: 'asc' | 'desc' = 'asc'): CoqlQuery {
    if (!/^[A-Za-z0-9_$.]+$/.test(field)) throw new TypeError(`coql: "${field}" is not a field API name`);
    return new CoqlQuery({ ...this.parts, orderBy: [...this.parts.orderBy, `${field} ${direction}`] });
  }

  /** Rows to return, up to 2,000. */
  limit(count: number): CoqlQuery {
    return new CoqlQuery({ ...this.parts, limit: count });
  }

  /** Rows to skip; OFFSET + LIMIT may not pass 100,000. */
  offset(count: number): CoqlQuery {
    return new CoqlQuery({ ...this.parts, offset: count });
  }

  /** The query text. Throws ZohoLimitError for what Zoho would refuse (fields, limit, offset). */
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

/** Runs one COQL query (`POST /coql`). No matching row is an empty result, not an error. */
export async function runQuery(crm: Crm, query: CoqlQuery | string, options: CallOptions = {}): Promise<CoqlResult> {
  const { data, response } = await crm.api.POST('/crm/v8/coql', { body: { select_query: String(query) }, signal: options.signal ?? null });
  return { data: (data?.data ?? []) as FieldValues[], info: data?.info ?? { count: 0, more_records: false }, rateLimit: rateLimitOf(response.headers) };
}

export interface QueryAllOptions extends CallOptions {
  /** Rows per call, up to 2,000 (the default). */
  pageSize?: number;
  /** Stop after this many rows. */
  limit?: number;
}

/**
 * Every row of a query, fetched with LIMIT/OFFSET as the loop asks for them. Zoho serves
 * the first 100,000 rows this way; if more match, asking for the next row throws a
 * ZohoLimitError (narrow the query, e.g. `where id > <last id>` with `order by id`, or use a
 * bulk read). The query must not have its own LIMIT or OFFSET.
 */
export async function* iterateQuery(crm: Crm, query: CoqlQuery | string, options: QueryAllOptions = {}): AsyncGenerator<FieldValues, void, undefined> {
  const pageSize = options.pageSize ?? COQL_MAX_LIMIT;
  const limit = options.limit ?? Infinity;
  const base = query instanceof CoqlQuery ? query : undefined;
  if (base && (base.parts.limit !== undefined || base.parts.offset !== undefined)) throw new TypeError('coql: queryAll() pages with LIMIT/OFFSET itself; leave them out of the query');
  if (typeof query === 'string' && /\blimit\s+\d/i.test(query)) throw new TypeError('coql: queryAll() pages with LIMIT/OFFSET itself; leave them out of the query');
  let offset = 0;
  let yielded = 0;
  while (yielded < limit) {
    options.signal?.throwIfAborted();
    const size = Math.min(pageSize, COQL_MAX_ROWS - offset);
    if (size <= 0) {
      throw new ZohoLimitError(`crm: COQL reaches only the first ${COQL_MAX_ROWS} rows through LIMIT/OFFSET and more rows match; narrow the query with WHERE (e.g. on id) or use a bulk read`, { limit: COQL_MAX_ROWS, requested: offset + 1 });
    }
    checkWindow(size, offset);
    const text = base ? String(base.limit(size).offset(offset)) : `${query} limit ${offset}, ${size}`;
    const page = await runQuery(crm, text, options);
    for (const row of page.data) {
      if (yielded >= limit) return;
      options.signal?.throwIfAborted();
      yielded++;
      yield row;
    }
    if (!page.info.more_records || page.data.length === 0) return;
    offset += page.data.length;
  }
}
