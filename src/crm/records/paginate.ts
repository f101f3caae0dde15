import { ZohoResponseError, ZohoLimitError } from '../../errors.js';
import type { Criteria } from '../criteria.js';
import type { CrmRecordData } from '../crm-types.js';
import type { ModuleRecords, RecordPage } from './records.js';

// Zoho CRM: 200 records per page; `page` reaches the first 2,000 records, then only
// `page_token` (from `info.next_page_token`) goes further. Search stops at 2,000.
const PER_PAGE = 200;
const PAGED_RECORDS = 2_000;

export interface IterateOptions {
  /** Field API names; default every listable field (more than 50 are read in groups and merged). */
  fields?: readonly string[];
  /** Records per request, up to 200. */
  perPage?: number;
  /** Stop after this many records. */
  limit?: number;
  signal?: AbortSignal;
  sortBy?: 'id' | 'Created_Time' | 'Modified_Time';
  sortOrder?: 'asc' | 'desc';
  /** Only the records of this custom view. */
  cvid?: string;
  /** Walk a search instead of the whole module (Zoho's search reaches 2,000 records). */
  criteria?: Criteria | string;
}

/**
 * Every record of a module, fetched a page at a time as the loop asks for them. Pages 1 to
 * 10 (of 200) go by `page`; from the 2,001st record on, each request sends the previous
 * page's `next_page_token`, which is the only way Zoho serves records past 2,000.
 */
export async function* iterateRecords(records: ModuleRecords, options: IterateOptions): AsyncGenerator<CrmRecordData, void, undefined> {
  const perPage = Math.min(PER_PAGE, Math.max(1, options.perPage ?? PER_PAGE));
  const limit = options.limit ?? Infinity;
  const signal = options.signal;
  const fields = options.fields ?? (await records.module.defaultFields(signal ? { signal } : {}));
  let yielded = 0;
  let page = 1;
  let token: string | undefined;
  while (yielded < limit) {
    signal?.throwIfAborted();
    const result = options.criteria !== undefined ? await searchPage(records, options.criteria, fields, page, perPage, signal) : await listPage(records, options, fields, page, token, perPage, signal);
    for (const record of result.data) {
      if (yielded >= limit) return;
      signal?.throwIfAborted();
      yielded++;
      yield record;
    }
    if (!result.info.more_records || result.data.length === 0) return;
    if (page * perPage < PAGED_RECORDS && token === undefined) {
      page++;
      continue;
    }
    if (options.criteria !== undefined) {
      throw new ZohoLimitError(`crm: search reaches only the first ${PAGED_RECORDS} matching records; use COQL (crm.queryAll) or a bulk read for more`, { limit: PAGED_RECORDS, requested: page * perPage + 1 });
    }
    const next = result.info.next_page_token;
    if (!next) throw new ZohoResponseError(`crm: ${records.module.apiName} has more than ${page * perPage} records but Zoho sent no next_page_token`, { product: 'crm' });
    token = next;
    page++;
  }
}

function listPage(records: ModuleRecords, options: IterateOptions, fields: readonly string[], page: number, token: string | undefined, perPage: number, signal: AbortSignal | undefined): Promise<RecordPage> {
  return records.list({
    fields,
    perPage,
    ...(token === undefined ? { page } : { pageToken: token }),
    ...(options.sortBy ? { sortBy: options.sortBy } : {}),
    ...(options.sortOrder ? { sortOrder: options.sortOrder } : {}),
    ...(options.cvid ? { cvid: options.cvid } : {}),
    ...(signal ? { signal } : {}),
  });
}

function searchPage(records: ModuleRecords, criteria: Criteria | string, fields: readonly string[], page: number, perPage: number, signal: AbortSignal | undefined): Promise<RecordPage> {
  return records.search(criteria, { fields, page, perPage, ...(signal ? { signal } : {}) });
}
