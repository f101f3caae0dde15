import type { CallOptions } from '../../call-options.js';
import { ZohoConnectionError, ZohoError, ZohoRateLimitError } from '../../errors.js';
import { idempotentHeader } from '../../http/handler.js';
import { followedLostAnswer } from '../../http/maybe-applied.js';
import { sleep } from '../../http/sleep.js';
import { chunk, mapConcurrent } from '../in-chunks.js';
import type { CrmRecordData, CrmTrigger, FieldValues } from '../crm-types.js';
import type { Module } from '../module.js';
import { MAX_WRITE_BATCH } from './records.js';
import { reconcileBatch, reconcileDeletes } from './reconcile.js';
import { failedBatch, toWriteResults, type WriteAction, type WriteResult } from '../results.js';
import { ZohoWriteError } from '../../errors.js';
import { failedItems, itemErrorOf, type ItemError, type ItemResult } from '../../item-result.js';
import { fieldGroups } from '../metadata/fields-default.js';

/**
 * What `load()` does with each row: write it (create, update, upsert, delete) or read the
 * record it names (retrieve).
 */
export type LoadAction = 'create' | 'update' | 'upsert' | 'delete' | 'retrieve';
/** The writing actions of `load()`. */
export type LoadWriteAction = Exclude<LoadAction, 'retrieve'>;

/** What a retrieve adds to a row found: the record as CRM sent it. */
export interface RetrieveExtra {
  action: 'retrieve';
  record: CrmRecordData;
}

/** The outcome of one row of a retrieve: the record, or `RECORD_NOT_FOUND` (or the request's error). */
export type RetrieveResult = ItemResult<RetrieveExtra>;

/** Maps pick-list values on the way in: per field, a table or a function. */
export type PicklistMap = { readonly [field: string]: { readonly [from: string]: string } | ((value: string) => string) };

export interface LoadOptions<Row> extends CallOptions {
  action: LoadAction;
  /** retrieve: the fields to read (default every listable field); more than 50 take one request per 50. */
  fields?: readonly string[];
  /**
   * upsert: the field that finds existing records (Zoho's `duplicate_check_fields`; default
   * the module's own duplicate-check fields). With it, a batch is safe to resend, so it is
   * retried after 5xx, and a lost answer is reconciled by looking the rows up by this field.
   * create: a unique field to look rows up by when an answer is lost (else such rows are
   * `applied: 'unknown'`). update, delete and retrieve: the row field holding the record id
   * (default `id`); a retrieve row may also be the id itself.
   */
  syncKey?: string;
  /** Records per request, at most 100 (Zoho's limit, and the default). */
  batchSize?: number;
  /** Requests in flight at once; default 4 (Zoho allows 5 to 25 concurrent calls per edition). */
  concurrency?: number;
  /** Turns an input row into field values; return null to skip the row. A throw fails only that row. */
  transform?: (row: Row, index: number) => FieldValues | null | undefined | Promise<FieldValues | null | undefined>;
  picklistMap?: PicklistMap;
  /** Automation to run on each write; omitted runs all, `[]` none. */
  trigger?: readonly CrmTrigger[];
  onProgress?: (progress: LoadProgress) => void;
  /** Throw a ZohoWriteError carrying every result when any row failed. */
  dieOnError?: boolean;
  /**
   * Sends of one batch at most (default 3), on top of the transport's own retries. A batch is
   * sent again only when Zoho proved it was not processed (429 / TOO_MANY_REQUESTS), or, for
   * update, delete and upsert by `syncKey` (which are safe to repeat), when the connection failed.
   */
  maxAttempts?: number;
}

export interface LoadProgress {
  total: number;
  /** Rows whose result is known. */
  done: number;
  /** Rows applied (`applied: true`). */
  succeeded: number;
  /** Rows not applied (`applied: false`), skipped rows aside. */
  failed: number;
  /** Rows that may or may not have been applied (`applied: 'unknown'`). */
  unknown: number;
  skipped: number;
}

/** A row the transform skipped (returned null). */
export interface SkippedRow {
  ok: false;
  applied: false;
  skipped: true;
  id: undefined;
  error: ItemError;
  raw: undefined;
}

/** The result of one input row, with how many times its batch was sent. */
export type LoadRowResult<A extends LoadAction = LoadWriteAction> = ((A extends 'retrieve' ? RetrieveResult : WriteResult) | SkippedRow) & { attempts: number };

export interface LoadResult<A extends LoadAction = LoadWriteAction> {
  /** One per input row, in input order. */
  results: LoadRowResult<A>[];
  /** Rows known applied (retrieve: records found). */
  succeeded: number;
  /** Rows known not applied (refused, or failed before they reached Zoho). */
  failed: number;
  /** Rows whose answer was lost and that no read-back could settle: they may be stored. */
  unknown: number;
  skipped: number;
}

interface Prepared {
  index: number;
  /** Field values (create, update, upsert) or the id (delete). */
  payload: FieldValues | string;
}

/**
 * Writes (or, with `retrieve`, reads) any number of rows: prepares each (transform,
 * pick-list mapping, id lookup), sends them in batches of up to 100 with `concurrency`
 * batches in flight, and returns one result per input row, aligned with the input whatever
 * order the batches finish in. A row Zoho refused is a result, not an exception; so is a
 * batch whose request failed (each of its rows carries that error as `cause`), and so is a
 * retrieved id with no record (`RECORD_NOT_FOUND`).
 */
export async function load<Row, A extends LoadAction = LoadAction>(module: Module, input: Iterable<Row>, options: LoadOptions<Row> & { action: A }): Promise<LoadResult<A>> {
  const rows = [...input];
  const batchSize = Math.min(MAX_WRITE_BATCH, Math.max(1, options.batchSize ?? MAX_WRITE_BATCH));
  const results = new Array<LoadRowResult<LoadAction>>(rows.length);
  const progress: LoadProgress = { total: rows.length, done: 0, succeeded: 0, failed: 0, unknown: 0, skipped: 0 };
  const settle = (index: number, result: LoadRowResult<LoadAction>): void => {
    results[index] = result;
    progress.done++;
    if (result.ok) progress.succeeded++;
    else if ('skipped' in result) progress.skipped++;
    else if (result.applied === 'unknown') progress.unknown++;
    else progress.failed++;
  };

  const prepared: Prepared[] = [];
  for (const [index, row] of rows.entries()) {
    const outcome = await prepare(row, index, options);
    if ('payload' in outcome) prepared.push({ index, payload: outcome.payload });
    else settle(index, outcome);
  }
  if (progress.done > 0) options.onProgress?.({ ...progress });

  const action: WriteAction = options.action === 'create' ? 'insert' : options.action === 'delete' ? 'delete' : options.action === 'update' ? 'update' : 'insert';
  const fields = options.action === 'retrieve' ? (options.fields ?? (await module.defaultFields(options.signal ? { signal: options.signal } : {}))) : [];
  await mapConcurrent(chunk(prepared, batchSize), options.concurrency ?? 4, async (batch) => {
    if (options.action === 'retrieve') {
      const found = await retrieveBatch(module, batch, fields, options.signal);
      batch.forEach((item, i) => settle(item.index, { ...found[i]!, attempts: 1 }));
    } else {
      const { results: batchResults, attempts } = await sendWithRetries(module, batch, action, { ...options, action: options.action });
      batch.forEach((item, i) => settle(item.index, { ...batchResults[i]!, attempts }));
    }
    options.onProgress?.({ ...progress });
  });

  const result: LoadResult<LoadAction> = { results, succeeded: progress.succeeded, failed: progress.failed, unknown: progress.unknown, skipped: progress.skipped };
  if (options.dieOnError && result.failed + result.unknown > 0) {
    const what = options.action === 'retrieve' ? `reading ${module.apiName} records` : `${module.apiName} records`;
    throw new ZohoWriteError(what, results.map((r): ItemResult<object> => ('skipped' in r ? { ok: false, applied: false, id: undefined, error: r.error, raw: undefined } : r)), { product: 'crm' });
  }
  // Rows were settled by `options.action`, which is A: the results are LoadRowResult<A>.
  return result as unknown as LoadResult<A>;
}

/**
 * Reads one batch of ids (at most 100, Zoho's limit for a read by ids) with `GET
 * /{module}?ids=`, one request per 50 fields, and aligns the records with the rows. Zoho
 * leaves out ids it has no record for (never stored, deleted, or not visible to the user):
 * those rows are RECORD_NOT_FOUND. A failed request fails the batch's rows, with its error
 * as their cause.
 */
async function retrieveBatch(module: Module, batch: Prepared[], fields: readonly string[], signal: AbortSignal | undefined): Promise<RetrieveResult[]> {
  const ids = batch.map((item) => String(item.payload));
  const found = new Map<string, CrmRecordData>();
  try {
    for (const group of fieldGroups(fields)) {
      const { data } = await module.crm.api.GET('/crm/v8/{module_api_name}', {
        params: { path: { module_api_name: module.apiName }, query: { ids: [...new Set(ids)].join(','), fields: group.join(','), per_page: MAX_WRITE_BATCH } },
        signal: signal ?? null,
      });
      for (const record of data?.data ?? []) {
        const id = String(record.id);
        found.set(id, { ...found.get(id), ...record });
      }
    }
  } catch (error) {
    if (!(error instanceof ZohoError)) throw error;
    return failedItems(error, ids);
  }
  return ids.map((id): RetrieveResult => {
    const record = found.get(id);
    if (record) return { ok: true, applied: true, id, message: 'record found', action: 'retrieve', record, raw: record };
    return { ok: false, applied: false, id, error: { ...itemErrorOf('RECORD_NOT_FOUND', `no ${module.apiName} record with id ${id} (never stored, deleted, or not visible to this user)`, undefined), field: 'id' }, raw: undefined };
  });
}

async function prepare<Row>(row: Row, index: number, options: LoadOptions<Row>): Promise<{ payload: FieldValues | string } | LoadRowResult<LoadAction>> {
  // A retrieve row may be the record id itself.
  if (options.action === 'retrieve' && !options.transform && (typeof row === 'string' || typeof row === 'number')) {
    return row === '' ? rowError('MANDATORY_NOT_FOUND', `row ${index} is an empty record id`, 'id') : { payload: String(row) };
  }
  let values: FieldValues | null | undefined;
  try {
    values = options.transform ? await options.transform(row, index) : (row as FieldValues);
  } catch (error) {
    // The transform failed for this row only: that is this row's result.
    return rowError('TRANSFORM_FAILED', `transform threw for row ${index}: ${error instanceof Error ? error.message : String(error)}`, undefined);
  }
  if (values === null || values === undefined) {
    return { ok: false, applied: false, skipped: true, id: undefined, error: itemErrorOf('SKIPPED', `the transform skipped row ${index}`, undefined), raw: undefined, attempts: 0 };
  }
  if (typeof values !== 'object') return rowError('INVALID_ROW', `row ${index} is not an object of field values`, undefined);
  const mapped = options.picklistMap ? mapPicklists(values, options.picklistMap) : values;
  if (options.action === 'create' || options.action === 'upsert') return { payload: mapped };
  const key = options.syncKey ?? 'id';
  const id = mapped[key];
  if ((typeof id !== 'string' || id === '') && typeof id !== 'number') return rowError('MANDATORY_NOT_FOUND', `row ${index} has no record id in "${key}"`, key);
  if (options.action === 'delete' || options.action === 'retrieve') return { payload: String(id) };
  const { [key]: _key, ...rest } = mapped;
  return { payload: { ...rest, id: String(id) } };
}

function mapPicklists(values: FieldValues, map: PicklistMap): FieldValues {
  const out: FieldValues = { ...values };
  for (const [field, mapping] of Object.entries(map)) {
    const translate = (value: unknown): unknown => {
      if (typeof value !== 'string') return value;
      return typeof mapping === 'function' ? mapping(value) : (Object.hasOwn(mapping, value) ? mapping[value] : value);
    };
    const value = out[field];
    if (value !== undefined) out[field] = Array.isArray(value) ? value.map(translate) : translate(value);
  }
  return out;
}

/**
 * Sends one batch until it is answered or may not be sent again, and says what is true of
 * each row: when any send went unanswered (the batch may have been applied) and the batch
 * then failed, the rows are read back (reconcile.ts) instead of reported failed.
 */
type WriteLoad<Row> = LoadOptions<Row> & { action: LoadWriteAction };

async function sendWithRetries<Row>(module: Module, batch: Prepared[], action: WriteAction, options: WriteLoad<Row>): Promise<{ results: WriteResult[]; attempts: number }> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const signal = options.signal ?? null;
  const ids = (): string[] => batch.map((item) => String(item.payload));
  let unanswered = false;
  for (let attempt = 1; ; attempt++) {
    try {
      const { items, response } = await send(module, batch, options);
      const results = toWriteResults(items, batch.length, action);
      const doubt = unanswered || followedLostAnswer(response);
      return { results: options.action === 'delete' && doubt ? await reconcileDeletes(module, ids(), results, signal) : results, attempts: attempt };
    } catch (error) {
      if (!(error instanceof ZohoError)) throw error;
      unanswered ||= error.maybeApplied;
      const again = attempt < maxAttempts && ((error instanceof ZohoRateLimitError && error.recoverable) || (error instanceof ZohoConnectionError && isIdempotent(options)));
      if (!again && unanswered) {
        const sent = { action: sentAction(options.action), payloads: batch.map((item) => item.payload), syncKey: options.action === 'create' || options.action === 'upsert' ? options.syncKey : undefined, signal };
        return { results: await reconcileBatch(module, sent, error), attempts: attempt };
      }
      if (!again) return { results: failedBatch(error, batch.length, action), attempts: attempt };
      const wait = error instanceof ZohoRateLimitError && error.retryAfterMs !== undefined ? error.retryAfterMs : 250 * 2 ** (attempt - 1);
      await sleep(wait, options.signal);
    }
  }
}

/** Whether sending a batch twice stores the same thing: update and delete by id, upsert by sync key. */
function isIdempotent(options: { action: LoadAction; syncKey?: string }): boolean {
  return options.action === 'update' || options.action === 'delete' || (options.action === 'upsert' && options.syncKey !== undefined);
}

function sentAction(action: LoadWriteAction): 'insert' | 'update' | 'upsert' | 'delete' {
  return action === 'create' ? 'insert' : action;
}

async function send<Row>(module: Module, batch: Prepared[], options: WriteLoad<Row>): Promise<{ items: unknown[] | undefined; response: Response }> {
  const api = module.crm.api;
  const path = { module_api_name: module.apiName };
  const signal = options.signal ?? null;
  const headers = idempotentHeader(isIdempotent(options));
  const data = batch.map((item) => item.payload) as CrmRecordData[];
  const trigger = options.trigger ? { trigger: [...options.trigger] } : {};
  let answer: { data?: { data?: unknown[] } | undefined; response: Response };
  switch (options.action) {
    case 'create':
      answer = await api.POST('/crm/v8/{module_api_name}', { params: { path }, body: { data, ...trigger }, headers, signal });
      break;
    case 'update':
      answer = await api.PUT('/crm/v8/{module_api_name}', { params: { path }, body: { data, ...trigger }, headers, signal });
      break;
    case 'upsert':
      answer = await api.POST('/crm/v8/{module_api_name}/upsert', {
        params: { path },
        body: { data, ...trigger, ...(options.syncKey ? { duplicate_check_fields: [options.syncKey] } : {}) },
        headers,
        signal,
      });
      break;
    case 'delete':
      answer = await api.DELETE('/crm/v8/{module_api_name}', { params: { path, query: { ids: batch.map((item) => String(item.payload)).join(',') } }, headers, signal });
      break;
  }
  return { items: answer.data?.data, response: answer.response };
}

function rowError(code: string, message: string, apiName: string | undefined): LoadRowResult<LoadAction> {
  return { ok: false, applied: false, id: undefined, error: { ...itemErrorOf(code, message, undefined), field: apiName }, raw: undefined, attempts: 0 };
}
