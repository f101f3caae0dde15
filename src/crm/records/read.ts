import type { CallOptions } from '../../call-options.js';
import { ZohoConfigError } from '../../errors.js';
import { coql, type CoqlQuery } from './coql.js';
import type { Criteria } from '../criteria.js';
import type { CrmRecordData, FieldValues } from '../crm-types.js';
import { fieldGroups } from '../metadata/fields-default.js';
import { flatten } from './flatten.js';
import type { Module } from '../module.js';

/** One key of a read's order: a field and its direction (default ascending). */
export interface ReadOrder {
  field: string;
  direction?: 'asc' | 'desc';
}

// Zoho's record list sorts only by these (`sort_by`); any other order is COQL's `order by`.
const LIST_SORT_FIELDS = new Set(['id', 'Created_Time', 'Modified_Time']);

export interface ReadOptions extends CallOptions {
  /** Field API names (lookups may be followed: `Owner.name` with criteria); default all listable fields. */
  fields?: readonly string[];
  /** Only matching records, read through COQL (up to Zoho's 100,000 rows). */
  criteria?: Criteria;
  /** Nested lookups as columns (`Owner.name`); see flatten.ts. */
  flatten?: boolean;
  /** Stop after this many records. */
  limit?: number;
  /**
   * The rows' order: one key or several, each `{ field, direction }`. Without criteria, one
   * key on `id`, `Created_Time` or `Modified_Time` sorts the record list (Zoho's `sort_by`,
   * every record); any other order is read through COQL's `order by` (as with criteria),
   * which reaches the first 100,000 rows. Default: Zoho's own order.
   */
  orderBy?: ReadOrder | readonly ReadOrder[];
}

/**
 * Reads records as rows. Without criteria it walks the module's list (page, then
 * page_token); with criteria, or an order the list cannot sort by, it pages a COQL query,
 * and fields past the 50 COQL allows are read by id and merged in. With `flatten`, each
 * row's lookups become columns.
 *
 * @example
 * for await (const row of leads.read({ criteria: criteria.equals('Lead_Source', 'Web'), orderBy: { field: 'Last_Name' } })) console.log(row);
 * for await (const row of leads.read({ orderBy: { field: 'Modified_Time', direction: 'desc' }, limit: 100 })) console.log(row);
 */
export async function* read(module: Module, options: ReadOptions = {}): AsyncGenerator<FieldValues, void, undefined> {
  const signal = options.signal;
  const shape = (record: FieldValues): FieldValues => (options.flatten ? flatten(record) : record);
  const common = { ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(signal ? { signal } : {}) };
  const orders = ordersOf(options.orderBy);
  const [sort] = orders;
  if (!options.criteria && (sort === undefined || (orders.length === 1 && LIST_SORT_FIELDS.has(sort.field)))) {
    const sorted = sort === undefined ? {} : { sortBy: sort.field as 'id' | 'Created_Time' | 'Modified_Time', sortOrder: sort.direction ?? 'asc' };
    for await (const record of module.records.iterate({ ...common, ...sorted, ...(options.fields ? { fields: options.fields } : {}) })) yield shape(record);
    return;
  }
  const fields = options.fields ?? (await module.defaultFields(signal ? { signal } : {}));
  const [first, ...more] = fieldGroups(fields);
  // COQL wants a condition; without criteria, one every record meets.
  let query: CoqlQuery = coql.select(...first!).from(module.apiName).where(options.criteria ?? 'id is not null');
  for (const order of orders) query = query.orderBy(order.field, order.direction ?? 'asc');
  const pending: CrmRecordData[] = [];
  const flush = async function* (): AsyncGenerator<FieldValues, void, undefined> {
    if (more.length > 0 && pending.length > 0) {
      const ids = pending.map((row) => String(row.id));
      for (const group of more) {
        for (let start = 0; start < ids.length; start += 100) {
          const page = await module.records.list({ fields: group, ids: ids.slice(start, start + 100), ...(signal ? { signal } : {}) });
          const byId = new Map(page.items.map((row) => [row.id, row]));
          for (const row of pending) Object.assign(row, byId.get(row.id) ?? {});
        }
      }
    }
    for (const row of pending.splice(0)) yield shape(row);
  };
  for await (const row of module.crm.iterate(query, common)) {
    pending.push(row as CrmRecordData);
    if (pending.length === 200) yield* flush();
  }
  yield* flush();
}

/** The order keys of a read, checked before any request. */
function ordersOf(orderBy: ReadOptions['orderBy']): readonly ReadOrder[] {
  if (orderBy === undefined) return [];
  const orders: readonly ReadOrder[] = Array.isArray(orderBy) ? orderBy : [orderBy as ReadOrder];
  for (const [index, order] of orders.entries()) {
    if (typeof order?.field !== 'string' || !/^[A-Za-z0-9_$.]+$/.test(order.field)) {
      throw new ZohoConfigError(`read.orderBy[${index}].field`, `"${String(order?.field)}" is not a field API name`);
    }
    if (order.direction !== undefined && order.direction !== 'asc' && order.direction !== 'desc') {
      throw new ZohoConfigError(`read.orderBy[${index}].direction`, `must be 'asc' or 'desc', not "${String(order.direction)}"`);
    }
  }
  return orders;
}
