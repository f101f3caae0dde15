import type { CallOptions } from '../../call-options.js';
import { ZohoError, ZohoLimitError, ZohoWriteError } from '../../errors.js';
import { idempotentHeader } from '../../http/handler.js';
import { followedLostAnswer } from '../../http/maybe-applied.js';
import { chunk, mapConcurrent } from '../in-chunks.js';
import { Criteria } from '../criteria.js';
import { CRM_PER_PAGE, crmIterate, crmPage, PAGED_RECORDS, type CrmFetch, type CrmPageOptions, type CrmPageQuery, type CrmTokenPageOptions } from '../crm-page.js';
import type { CrmRecordData, CrmTrigger, DeletedRecord, FieldValues } from '../crm-types.js';
import { fieldGroups } from '../metadata/fields-default.js';
import type { Module } from '../module.js';
import type { IterateOptions, Page } from '../../page.js';
import type { SentBatch } from './reconcile.js';
import { failedBatch, toWriteResults, type WriteResult } from '../results.js';

const LIST = '/crm/v8/{module_api_name}' as const;
// Zoho CRM: at most 100 records per insert, update, upsert or delete, and 100 ids per read.
export const MAX_WRITE_BATCH = 100;
const MAX_IDS = 100;

/** The order and view of a record list, shared by `list()` and `iterate()`. */
export interface RecordListFilter {
  /** Field API names to return; default: every listable field from the module's metadata. More than 50 are read in groups and merged. */
  fields?: readonly string[];
  sortBy?: 'id' | 'Created_Time' | 'Modified_Time';
  sortOrder?: 'asc' | 'desc';
  /** Only the records of this custom view. */
  cvid?: string;
}

/** Options of `records.list()`: where the page starts (`page`, `pageToken`), its size, and which records. */
export interface ListOptions extends CrmTokenPageOptions, RecordListFilter {
  /** Only these records (up to 100). */
  ids?: readonly string[];
  /** Only records modified after this time. */
  modifiedSince?: Date;
}

/** Options of `records.iterate()`: `limit` (stop after N), `perPage`, `signal`, the list's filter, or `criteria` to walk a search. */
export interface RecordIterateOptions extends IterateOptions, RecordListFilter {
  /** Walk a search instead of the whole module (Zoho's search reaches 2,000 records). */
  criteria?: Criteria | string;
}

export interface WriteOptions extends CallOptions {
  /** Automation to run (`workflow`, `approval`, `blueprint`...); omitted runs all, `[]` none. */
  trigger?: readonly CrmTrigger[];
  /** Throw a ZohoWriteError (carrying every result) when any record fails. */
  dieOnError?: boolean;
  /** Batches of 100 in flight at once; default 1 (one after the other). */
  concurrency?: number;
}

export interface UpsertOptions extends WriteOptions {
  /** Fields that find the existing record, in priority order; default: the module's duplicate-check and unique fields. */
  duplicateCheckFields?: readonly string[];
}

/** What `search` and `count` take: criteria (built or raw Zoho syntax), or an email, phone or word. */
export type SearchQuery = Criteria | string | { email: string } | { phone: string } | { word: string };

export interface SearchOptions extends CallOptions {
  /** Field API names to return (more than 50 are read in groups and merged); default Zoho's. */
  fields?: readonly string[];
  /** Page number from 1; search reaches only the first 2,000 matches. */
  page?: number;
  /** Up to 200 (the default). */
  perPage?: number;
}

/** Options of `records.deleted()`. */
export interface DeletedOptions extends CrmPageOptions {
  /** In the recycle bin, permanently deleted, or all (the default). */
  type?: 'all' | 'recycle' | 'permanent';
}

/**
 * The records of one module: `module.records`. Reads return a Page (`items`, `hasMore`,
 * `nextPage()`, `for await`); writes return one result per input record, in input order,
 * splitting more than 100 records into batches of 100.
 */
export class ModuleRecords {
  constructor(readonly module: Module) {}

  get #api() {
    return this.module.crm.api;
  }

  get #path() {
    return { module_api_name: this.module.apiName };
  }

  /**
   * One page of records (`GET /{module}`); `nextPage()` and `for await` go on through the
   * list (by `page` for the first 2,000 records, then by `page_token`). An empty module is an
   * empty page, not an error.
   *
   * @example
   * const page = await leads.records.list({ fields: ['Last_Name'], perPage: 100 });
   * console.log(page.items.length, page.hasMore);
   * const second = await page.nextPage();
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-records.html
   */
  async list(options: ListOptions = {}): Promise<Page<CrmRecordData>> {
    const fields = options.fields ?? (await this.module.defaultFields(options));
    return crmPage(this.#lister({ ...options, fields }), options, 'token');
  }

  /**
   * One record with all its fields (or `fields`), or undefined when it does not exist (Zoho's 204).
   *
   * @example
   * const lead = await leads.records.get('4150868000000225013', { fields: ['Last_Name', 'Email'] });
   * if (lead) console.log(lead.Email);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-records.html
   */
  async get(id: string, options: CallOptions & { fields?: readonly string[] } = {}): Promise<CrmRecordData | undefined> {
    const { data } = await this.#api.GET(`${LIST}/{record_id}`, {
      params: { path: { ...this.#path, record_id: id }, query: options.fields ? { fields: options.fields.join(',') } : {} },
      signal: options.signal ?? null,
    });
    return data?.data[0];
  }

  /**
   * Inserts records; one result per record, in input order. Never sent twice: a create whose
   * answer was lost is reported `applied: 'unknown'` (use upsert with a unique field to be sure).
   *
   * @example
   * const [result] = await leads.records.create([{ Last_Name: 'Hopper', Company: 'Navy' }], { trigger: [] });
   * if (result?.ok) console.log(result.id);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/insert-records.html
   */
  create(records: readonly FieldValues[], options: WriteOptions = {}): Promise<WriteResult[]> {
    return this.#write('insert', records, options, undefined, (batch, signal) =>
      this.#api.POST(LIST, { params: { path: this.#path }, body: writeBody(batch, options), headers: idempotentHeader(false), signal }),
    );
  }

  /**
   * Updates records by `id`, sending only the fields given; one result per record. Safe to resend, so retried after 5xx.
   *
   * @example
   * const results = await leads.records.update([{ id: '4150868000000225013', Lead_Status: 'Contacted' }]);
   * console.log(results.filter((r) => !r.ok).map((r) => r.error.code));
   * @see https://www.zoho.com/crm/developer/docs/api/v8/update-records.html
   */
  update(records: readonly (FieldValues & { id: string })[], options: WriteOptions = {}): Promise<WriteResult[]> {
    return this.#write('update', records, options, undefined, (batch, signal) =>
      this.#api.PUT(LIST, { params: { path: this.#path }, body: writeBody(batch, options), headers: idempotentHeader(true), signal }),
    );
  }

  /**
   * Inserts or updates records matched on `duplicateCheckFields`; each result says which
   * (`action`). With `duplicateCheckFields` given, sending twice stores the same thing, so the
   * request is retried after 5xx and a lost answer is reconciled by looking the rows up.
   *
   * @example
   * const [result] = await leads.records.upsert([{ Email: 'grace@example.com', Last_Name: 'Hopper' }], { duplicateCheckFields: ['Email'] });
   * if (result?.ok) console.log(result.action, result.id);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/upsert-records.html
   */
  upsert(records: readonly FieldValues[], options: UpsertOptions = {}): Promise<WriteResult[]> {
    const keys = options.duplicateCheckFields;
    return this.#write('upsert', records, options, keys?.[0], (batch, signal) =>
      this.#api.POST(`${LIST}/upsert`, {
        params: { path: this.#path },
        body: { ...writeBody(batch, options), ...(keys ? { duplicate_check_fields: [...keys] } : {}) },
        headers: idempotentHeader(keys !== undefined && keys.length > 0),
        signal,
      }),
    );
  }

  /**
   * Deletes records (to the recycle bin); one result per id.
   *
   * @example
   * const results = await leads.records.delete(['4150868000000225013'], { workflows: false });
   */
  async delete(ids: readonly string[], options: Omit<WriteOptions, 'trigger'> & { workflows?: boolean } = {}): Promise<WriteResult[]> {
    return this.#run('delete', ids, options, undefined, async (batch, signal) => {
      const { data, response } = await this.#api.DELETE(LIST, {
        params: { path: this.#path, query: { ids: batch.join(','), ...(options.workflows === false ? { wf_trigger: false } : {}) } },
        headers: idempotentHeader(true),
        signal,
      });
      return { items: data?.data, response };
    });
  }

  /**
   * Records matching criteria (or an email, phone or word), one page at a time. Zoho's
   * search reaches the first 2,000 matches: asking for a page past them throws a
   * ZohoLimitError before anything is sent. Criteria take at most 10 conditions.
   *
   * @example
   * const found = await leads.records.search(criteria.equals('Last_Name', 'Burns'), { fields: ['Email'] });
   * for await (const lead of found) console.log(lead.Email);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/search-records.html
   */
  async search(query: SearchQuery, options: SearchOptions = {}): Promise<Page<CrmRecordData>> {
    return crmPage(this.#searcher(query, options.fields), options);
  }

  /**
   * How many records match (all of the module without a query).
   *
   * @example
   * const all = await leads.records.count();
   * const web = await leads.records.count(criteria.equals('Lead_Source', 'Web'));
   */
  async count(query?: SearchQuery, options: CallOptions & { cvid?: string } = {}): Promise<number> {
    const { data } = await this.#api.GET(`${LIST}/actions/count`, {
      params: { path: this.#path, query: { ...(query === undefined ? {} : searchParams(query)), ...(options.cvid ? { cvid: options.cvid } : {}) } },
      signal: options.signal ?? null,
    });
    return Number(data?.count ?? 0);
  }

  /**
   * Records deleted in the last 60 days (`type`: in the recycle bin, permanently deleted, or all), one page.
   *
   * @example
   * const page = await leads.records.deleted({ type: 'recycle' });
   * for (const gone of page.items) console.log(gone.id, gone.deleted_time);
   */
  async deleted(options: DeletedOptions = {}): Promise<Page<DeletedRecord>> {
    return crmPage<DeletedRecord>(async (paging, call) => {
      const { data, response } = await this.#api.GET(`${LIST}/deleted`, {
        params: { path: this.#path, query: { ...(options.type ? { type: options.type } : {}), ...paging } },
        signal: call.signal ?? null,
      });
      return { items: data?.data, info: data?.info, response };
    }, options);
  }

  /**
   * Every record, page after page: by `page` for the first 2,000 records, then by
   * `page_token` as Zoho requires. With `criteria` it walks the search instead (2,000 at
   * most, then a ZohoLimitError). Stops after `limit` records, or when `signal` aborts.
   *
   * @example
   * for await (const lead of leads.records.iterate({ fields: ['Last_Name'], limit: 5_000 })) console.log(lead.id);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-records.html
   */
  iterate(options: RecordIterateOptions = {}): AsyncGenerator<CrmRecordData, void, undefined> {
    const perPage = Math.min(CRM_PER_PAGE, Math.max(1, options.perPage ?? CRM_PER_PAGE));
    const walk = { ...options, perPage };
    if (options.criteria === undefined) return crmIterate(this.#lister(options), walk, 'token');
    // Unlike search(), the walk names every listable field when none are given, as list() does.
    const criteria = options.criteria;
    let fields: Promise<readonly string[]> | undefined;
    const search = (paging: CrmPageQuery, call: CallOptions) =>
      (fields ??= options.fields ? Promise.resolve(options.fields) : this.module.defaultFields(call)).then((names) => this.#searcher(criteria, names)(paging, call));
    return crmIterate(search, walk);
  }

  /**
   * One request of the module's list (`GET /{module}`) for the paging given; fields named
   * past the first 50 are read by id and merged in. Without `fields` it names every listable
   * field, looked up once for the whole walk.
   */
  #lister(options: RecordListFilter & { ids?: readonly string[]; modifiedSince?: Date }): CrmFetch<CrmRecordData> {
    let names: Promise<readonly string[]> | undefined;
    return async (paging, call) => {
      const fields = await (names ??= options.fields ? Promise.resolve(options.fields) : this.module.defaultFields(call));
      const [first, ...more] = fieldGroups(fields);
      const query = {
        fields: first!.join(','),
        ...paging,
        ...(options.sortBy !== undefined ? { sort_by: options.sortBy } : {}),
        ...(options.sortOrder !== undefined ? { sort_order: options.sortOrder } : {}),
        ...(options.cvid !== undefined ? { cvid: options.cvid } : {}),
        ...(options.ids !== undefined ? { ids: options.ids.join(',') } : {}),
      };
      const header = options.modifiedSince ? { 'If-Modified-Since': options.modifiedSince.toUTCString() } : undefined;
      let answer;
      try {
        answer = await this.#api.GET(LIST, { params: { path: this.#path, query, ...(header ? { header } : {}) }, signal: call.signal ?? null });
      } catch (error) {
        // 304: nothing was modified since `modifiedSince`; that is an empty page.
        if (error instanceof ZohoError && error.status === 304) return { items: [] };
        throw error;
      }
      const { data, response } = answer;
      const records = data?.data ?? [];
      if (more.length > 0 && records.length > 0) await this.#mergeFields(records, more, call.signal);
      return { items: records, info: data?.info, response };
    };
  }

  /**
   * One request of a search (`GET /{module}/search`). A page past Zoho's 2,000 search
   * results is refused here, before it is sent: Zoho would refuse it too.
   */
  #searcher(query: SearchQuery, fields: readonly string[] | undefined): CrmFetch<CrmRecordData> {
    const [first, ...more] = fields ? fieldGroups(fields) : [];
    return async (paging, call) => {
      const page = paging.page ?? 1;
      const perPage = paging.per_page ?? CRM_PER_PAGE;
      if ((page - 1) * perPage >= PAGED_RECORDS) {
        throw new ZohoLimitError(`crm: search reaches only the first ${PAGED_RECORDS} matching records; use COQL (crm.iterate) or a bulk read for more`, {
          limit: PAGED_RECORDS,
          requested: (page - 1) * perPage + 1,
        });
      }
      const { data, response } = await this.#api.GET(`${LIST}/search`, {
        params: { path: this.#path, query: { ...searchParams(query), ...(first ? { fields: first.join(',') } : {}), ...paging } },
        signal: call.signal ?? null,
      });
      const records = data?.data ?? [];
      if (more.length > 0 && records.length > 0) await this.#mergeFields(records, more, call.signal);
      return { items: records, info: data?.info, response };
    };
  }

  /** Reads the fields of `groups` for `records` by id (100 at a time) and merges them in. */
  async #mergeFields(records: CrmRecordData[], groups: string[][], signal: AbortSignal | undefined): Promise<void> {
    const byId = new Map(records.map((record) => [record.id, record]));
    const ids = [...byId.keys()].filter((id): id is string => typeof id === 'string');
    for (const group of groups) {
      for (const batch of chunk(ids, MAX_IDS)) {
        const page = await this.list({ fields: group, ids: batch, perPage: MAX_IDS, ...(signal ? { signal } : {}) });
        for (const extra of page.items) {
          const target = byId.get(extra.id);
          if (target) Object.assign(target, extra);
        }
      }
    }
  }

  #write(
    action: 'insert' | 'update' | 'upsert',
    records: readonly FieldValues[],
    options: WriteOptions,
    syncKey: string | undefined,
    send: (batch: FieldValues[], signal: AbortSignal | null) => Promise<{ data?: { data?: unknown[] } | undefined; response: Response }>,
  ): Promise<WriteResult[]> {
    return this.#run(action, records, options, syncKey, async (batch, signal) => {
      const { data, response } = await send(batch, signal);
      return { items: data?.data, response };
    });
  }

  /**
   * Sends `items` in batches of 100 and collects one result per item. A batch Zoho refused
   * item by item (HTTP 400 with per-item errors) gives those errors as results. A batch whose
   * answer was lost before it failed is read back (reconcile.ts), so its results say what is
   * stored. A batch that failed as a whole (network, auth...) makes the call throw: the
   * original error when it was the only batch and nothing was read back, else a
   * ZohoWriteError carrying every result.
   */
  async #run<T extends FieldValues | string>(
    action: SentBatch['action'],
    items: readonly T[],
    options: WriteOptions,
    syncKey: string | undefined,
    send: (batch: T[], signal: AbortSignal | null) => Promise<{ items: unknown[] | undefined; response: Response }>,
  ): Promise<WriteResult[]> {
    const batches = chunk(items, MAX_WRITE_BATCH);
    const signal = options.signal ?? null;
    const answered = action === 'upsert' ? 'insert' : action;
    let requestError: unknown;
    let readBack = false;
    const outcomes = await mapConcurrent(batches, options.concurrency ?? 1, async (batch) => {
      try {
        const { items: answer, response } = await send(batch, signal);
        const results = toWriteResults(answer, batch.length, answered);
        if (action !== 'delete' || !followedLostAnswer(response)) return results;
        // The read-back code loads only when an answer was lost (reconcile.ts).
        const { reconcileDeletes } = await import('./reconcile.js');
        return await reconcileDeletes(this.module, batch as string[], results, signal);
      } catch (error) {
        if (error instanceof ZohoError && error.maybeApplied) {
          readBack = true;
          const { reconcileBatch } = await import('./reconcile.js');
          const results = await reconcileBatch(this.module, { action, payloads: batch, syncKey, signal }, error);
          if (results.some((r) => !r.ok)) requestError ??= error;
          return results;
        }
        const results = failedBatch(error, batch.length, answered);
        if (results.some((r) => !r.ok && r.error.cause)) requestError ??= error;
        return results;
      }
    });
    const results = outcomes.flat();
    if (requestError !== undefined) {
      if (batches.length === 1 && !readBack) throw requestError;
      throw new ZohoWriteError(`${this.module.apiName} records`, results, { product: 'crm' });
    }
    if (options.dieOnError && results.some((r) => !r.ok)) throw new ZohoWriteError(`${this.module.apiName} records`, results, { product: 'crm' });
    return results;
  }
}

function writeBody(batch: FieldValues[], options: WriteOptions): { data: CrmRecordData[]; trigger?: CrmTrigger[] } {
  return { data: batch as CrmRecordData[], ...(options.trigger ? { trigger: [...options.trigger] } : {}) };
}

function searchParams(query: SearchQuery): { criteria?: string; email?: string; phone?: string; word?: string } {
  if (query instanceof Criteria) return { criteria: query.toString() };
  if (typeof query === 'string') return { criteria: query };
  return query;
}
