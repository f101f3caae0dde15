import { ZohoConnectionError, ZohoError, ZohoRateLimitError } from '../../errors.js';
import { sleep } from '../../http/sleep.js';
import { chunk, mapConcurrent } from './batches.js';
import type { CrmRecordData, CrmTrigger, FieldValues } from '../crm-types.js';
import type { Module } from '../module.js';
import { MAX_WRITE_BATCH } from './records.js';
import { failedBatch, toWriteResults, ZohoWriteError, type RecordError, type WriteAction, type WriteResult } from '../results.js';

export type LoadAction = 'create' | 'update' | 'upsert' | 'delete';

/** Maps pick-list values on the way in: per field, a table or a function. */
export type PicklistMap = { readonly [field: string]: { readonly [from: string]: string } | ((value: string) => string) };

export interface LoadOptions<Row> {
  action: LoadAction;
  /**
   * upsert: the field that finds existing records (Zoho's `duplicate_check_fields`; default
   * the module's own duplicate-check fields). update and delete: the row field holding the
   * record id (default `id`).
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
  signal?: AbortSignal;
  /**
   * Sends of one batch at most (default 3). A batch is sent again only when Zoho proved it
   * was not processed (429 / TOO_MANY_REQUESTS after the transport's own retries), or, for
   * update, upsert and delete (which are safe to repeat), when the connection failed.
   */
  maxAttempts?: number;
}

export interface LoadProgress {
  total: number;
  /** Rows whose result is known. */
  done: number;
  succeeded: number;
  failed: number;
  skipped: number;
}

/** A row the transform skipped (returned null). */
export interface SkippedRow {
  ok: false;
  skipped: true;
  error: RecordError;
}

/** The result of one input row, with how many times its batch was sent. */
export type LoadRowResult = (WriteResult | SkippedRow) & { attempts: number };

export interface LoadResult {
  /** One per input row, in input order. */
  results: LoadRowResult[];
  succeeded: number;
  failed: number;
  skipped: number;
}

interface Prepared {
  index: number;
  /** Field values (create, update, upsert) or the id (delete). */
  payload: FieldValues | string;
}

/**
 * Writes any number of rows: prepares each (transform, pick-list mapping, id lookup),
 * sends them in batches of up to 100 with `concurrency` batches in flight, and returns one
 * result per input row, aligned with the input whatever order the batches finish in.
 * A row Zoho refused is a result, not an exception; so is a batch whose request failed
 * (each of its rows carries that error as `cause`).
 */
export async function load<Row>(module: Module, input: Iterable<Row>, options: LoadOptions<Row>): Promise<LoadResult> {
  const rows = [...input];
  const batchSize = Math.min(MAX_WRITE_BATCH, Math.max(1, options.batchSize ?? MAX_WRITE_BATCH));
  const results = new Array<LoadRowResult>(rows.length);
  const progress: LoadProgress = { total: rows.length, done: 0, succeeded: 0, failed: 0, skipped: 0 };
  const settle = (index: number, result: LoadRowResult): void => {
    results[index] = result;
    progress.done++;
    if (result.ok) progress.succeeded++;
    else if ('skipped' in result) progress.skipped++;
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
  await mapConcurrent(chunk(prepared, batchSize), options.concurrency ?? 4, async (batch) => {
    const { results: batchResults, attempts } = await sendWithRetries(module, batch, action, options);
    batch.forEach((item, i) => settle(item.index, { ...batchResults[i]!, attempts }));
    options.onProgress?.({ ...progress });
  });

  const result: LoadResult = { results, succeeded: progress.succeeded, failed: progress.failed, skipped: progress.skipped };
  if (options.dieOnError && (result.failed > 0)) {
    throw new ZohoWriteError(module.apiName, results.map((r) => ('skipped' in r ? { ok: false as const, error: r.error } : r)));
  }
  return result;
}

async function prepare<Row>(row: Row, index: number, options: LoadOptions<Row>): Promise<{ payload: FieldValues | string } | LoadRowResult> {
  let values: FieldValues | null | undefined;
  try {
    values = options.transform ? await options.transform(row, index) : (row as FieldValues);
  } catch (error) {
    // The transform failed for this row only: that is this row's result.
    return rowError('TRANSFORM_FAILED', `transform threw for row ${index}: ${error instanceof Error ? error.message : String(error)}`, undefined);
  }
  if (values === null || values === undefined) {
    return { ok: false, skipped: true, error: { code: 'SKIPPED', message: `the transform skipped row ${index}`, apiName: undefined, jsonPath: undefined, details: undefined }, attempts: 0 };
  }
  if (typeof values !== 'object') return rowError('INVALID_ROW', `row ${index} is not an object of field values`, undefined);
  const mapped = options.picklistMap ? mapPicklists(values, options.picklistMap) : values;
  if (options.action === 'create' || options.action === 'upsert') return { payload: mapped };
  const key = options.syncKey ?? 'id';
  const id = mapped[key];
  if ((typeof id !== 'string' || id === '') && typeof id !== 'number') return rowError('MANDATORY_NOT_FOUND', `row ${index} has no record id in "${key}"`, key);
  if (options.action === 'delete') return { payload: String(id) };
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

async function sendWithRetries<Row>(module: Module, batch: Prepared[], action: WriteAction, options: LoadOptions<Row>): Promise<{ results: WriteResult[]; attempts: number }> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      return { results: toWriteResults(await send(module, batch, options), batch.length, action), attempts: attempt };
    } catch (error) {
      if (!(error instanceof ZohoError)) throw error;
      const again = attempt < maxAttempts && (error instanceof ZohoRateLimitError || (error instanceof ZohoConnectionError && options.action !== 'create'));
      if (!again) return { results: failedBatch(error, batch.length, action), attempts: attempt };
      const wait = error instanceof ZohoRateLimitError && error.retryAfterMs !== undefined ? error.retryAfterMs : 250 * 2 ** (attempt - 1);
      await sleep(wait, options.signal);
    }
  }
}

async function send<Row>(module: Module, batch: Prepared[], options: LoadOptions<Row>): Promise<unknown[] | undefined> {
  const api = module.crm.api;
  const path = { module_api_name: module.apiName };
  const signal = options.signal ?? null;
  const data = batch.map((item) => item.payload) as CrmRecordData[];
  const trigger = options.trigger ? { trigger: [...options.trigger] } : {};
  switch (options.action) {
    case 'create':
      return (await api.POST('/crm/v8/{module_api_name}', { params: { path }, body: { data, ...trigger }, signal })).data?.data;
    case 'update':
      return (await api.PUT('/crm/v8/{module_api_name}', { params: { path }, body: { data, ...trigger }, signal })).data?.data;
    case 'upsert':
      return (await api.POST('/crm/v8/{module_api_name}/upsert', {
        params: { path },
        body: { data, ...trigger, ...(options.syncKey ? { duplicate_check_fields: [options.syncKey] } : {}) },
        signal,
      })).data?.data;
    case 'delete':
      return (await api.DELETE('/crm/v8/{module_api_name}', { params: { path, query: { ids: batch.map((item) => String(item.payload)).join(',') } }, signal })).data?.data;
  }
}

function rowError(code: string, message: string, apiName: string | undefined): LoadRowResult {
  return { ok: false, error: { code, message, apiName, jsonPath: undefined, details: undefined }, attempts: 0 };
}
