import { coql } from './coql.js';
import type { Criteria } from '../criteria.js';
import type { CrmRecordData, FieldValues } from '../crm-types.js';
import { fieldGroups } from '../metadata/fields-default.js';
import { flatten } from './flatten.js';
import type { Module } from '../module.js';

export interface ReadOptions {
  /** Field API names (lookups may be followed: `Owner.name` with criteria); default all listable fields. */
  fields?: readonly string[];
  /** Only matching records, read through COQL (up to Zoho's 100,000 rows). */
  criteria?: Criteria;
  /** Nested lookups as columns (`Owner.name`); see flatten.ts. */
  flatten?: boolean;
  /** Stop after this many records. */
  limit?: number;
  signal?: AbortSignal;
}

/**
 * Reads records as rows. Without criteria it walks the module's list (page, then
 * page_token); with criteria it pages a COQL query, and fields past the 50 COQL allows are
 * read by id and merged in. With `flatten`, each row's lookups become columns.
 */
export async function* read(module: Module, options: ReadOptions = {}): AsyncGenerator<FieldValues, void, undefined> {
  const signal = options.signal;
  const shape = (record: FieldValues): FieldValues => (options.flatten ? flatten(record) : record);
  const common = { ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(signal ? { signal } : {}) };
  if (!options.criteria) {
    for await (const record of module.records.iterate({ ...common, ...(options.fields ? { fields: options.fields } : {}) })) yield shape(record);
    return;
  }
  const fields = options.fields ?? (await module.defaultFields(signal ? { signal } : {}));
  const [first, ...more] = fieldGroups(fields);
  const query = coql.select(...first!).from(module.apiName).where(options.criteria);
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
