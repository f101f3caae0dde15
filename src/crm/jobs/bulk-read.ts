import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { ZohoResponseError } from '../../errors.js';
import { pollJob, ZohoJobError, type PollOptions, type PollVerdict } from './bulk-job.js';
import type { Crm } from '../crm.js';
import { bulkReadDownloadQuota } from '../files/download-quota.js';
import type { Module } from '../module.js';
import { zipCsvBatches, type CsvRow } from '../../bulk/zip-csv-rows.js';

type Schemas = components['schemas'];
type BulkReadQuery = Schemas['BulkReadQuery'];
type BulkReadResult = Schemas['BulkReadResult'];

/** A state of a bulk read job, as Zoho names it. */
export type BulkReadJobState = Schemas['BulkJobState'];
/** Comparators of Zoho's bulk JSON criteria. */
export type BulkComparator = Schemas['Comparator'];

/**
 * Zoho's bulk JSON criteria: a condition on one field, or a group of criteria joined by
 * and/or (up to 25 conditions). Lookup fields use the dot: `Owner.last_name`.
 */
export type BulkCriteria =
  | { group_operator: 'and' | 'or' | 'AND' | 'OR'; group: BulkCriteria[] }
  | { field: { api_name: string }; comparator: BulkComparator; value: unknown };

/** Where a bulk read is, reported through `onProgress`. */
export interface BulkReadProgress {
  /** 1-based page of the export; each page is one Zoho job of up to 200,000 records. */
  page: number;
  jobId: string;
  state: BulkReadJobState;
  /** Rows handed to the caller so far, over all pages. */
  rows: number;
  /** Records in this page, once its job is COMPLETED. */
  pageCount?: number;
  /** Whether pages follow this one, once its job is COMPLETED. */
  moreRecords?: boolean;
}

export interface BulkReadOptions extends CallOptions {
  /** Field API names to export (lookups with a dot: `Owner.last_name`); default all fields. */
  fields?: readonly string[];
  criteria?: BulkCriteria;
  /** Export the records of this custom view. */
  cvid?: string;
  onProgress?: (progress: BulkReadProgress) => void;
  poll?: PollOptions;
  /**
   * Start the next page's job as soon as the current one completes, so Zoho prepares it
   * while this page is being read. Default true; set false to create a job only when its
   * page is needed (a job costs credits even when the loop stops early).
   */
  prefetch?: boolean;
}

interface CompletedPage {
  jobId: string;
  result: BulkReadResult;
}

/**
 * Bulk read (export): every matching record of the module, streamed as CSV rows.
 *
 * It creates a job (`POST /crm/bulk/v8/read`), polls it with growing waits until it is
 * COMPLETED (FAILURE throws ZohoJobError), downloads the result ZIP within Zoho's limit of
 * 10 downloads a minute, and yields the CSV's rows as it reads them, in bounded memory.
 * When the job says `more_records`, the next job is created with `next_page_token` (or the
 * next `page`), until the export is complete. Nothing is requested until iteration starts;
 * breaking out of the loop cancels the download and any job being polled.
 *
 * Every value is text, as in Zoho's CSV; the record id is in the `Id` column.
 */
export async function* bulkRead(module: Module, options: BulkReadOptions = {}): AsyncGenerator<CsvRow, void, undefined> {
  const crm = module.crm;
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const prefetch = options.prefetch ?? true;
  const quota = bulkReadDownloadQuota(crm.context);
  let rows = 0;
  let pageNumber = 1;
  const report = (progress: Omit<BulkReadProgress, 'rows'>): void => options.onProgress?.({ ...progress, rows });

  const start = (query: BulkReadQuery, page: number): Promise<CompletedPage> => {
    const running = runJob(crm, query, { ...options.poll, signal, onState: (jobId, state) => report({ page, jobId, state }) });
    // A prefetched page may be abandoned (the caller broke out of the loop); its rejection
    // is then expected and nobody awaits it. When it is awaited, the error surfaces there.
    running.catch(abandoned);
    return running;
  };

  const first = firstQuery(module.apiName, options);
  let next: Promise<CompletedPage> | undefined = start(first, pageNumber);
  try {
    while (next) {
      const { jobId, result } = await next;
      next = undefined;
      const following = result.more_records ? nextQuery(first, result) : undefined;
      if (following && prefetch) next = start(following, pageNumber + 1);
      report({ page: pageNumber, jobId, state: 'COMPLETED', pageCount: result.count ?? 0, moreRecords: following !== undefined });
      // An empty page is still a ZIP holding only a header row; skipping it saves a download.
      if (result.count !== 0) {
        await quota.take(signal);
        for await (const batch of zipCsvBatches(await download(crm, jobId, signal), { signal })) {
          for (const row of batch) {
            signal.throwIfAborted();
            rows++;
            yield row;
          }
        }
      }
      if (following && !next) next = start(following, pageNumber + 1);
      pageNumber++;
    }
  } finally {
    // Stops polling a prefetched job nobody will read.
    stop.abort(new Error('bulk read stopped'));
  }
}

function firstQuery(moduleName: string, options: BulkReadOptions): BulkReadQuery {
  const query: BulkReadQuery = { module: { api_name: moduleName }, page: 1 };
  if (options.fields) query.fields = [...options.fields];
  if (options.criteria) query.criteria = options.criteria;
  if (options.cvid !== undefined) query.cvid = options.cvid;
  return query;
}

/** Zoho: pass the previous job's `next_page_token` (the page number is implied by it). */
function nextQuery(first: BulkReadQuery, result: BulkReadResult): BulkReadQuery {
  const { page: _page, ...rest } = first;
  if (result.next_page_token) return { ...rest, page_token: result.next_page_token };
  return { ...rest, page: (result.page ?? 1) + 1 };
}

async function runJob(
  crm: Crm,
  query: BulkReadQuery,
  options: PollOptions & { signal: AbortSignal; onState: (jobId: string, state: BulkReadJobState) => void },
): Promise<CompletedPage> {
  const { signal } = options;
  const { data: created } = await crm.api.POST('/crm/bulk/v8/read', { body: { query, file_type: 'csv' }, signal });
  const jobId = created?.data[0]?.details.id;
  if (jobId === undefined) throw new ZohoResponseError('crm: the bulk read job was created but its id is missing', { product: 'crm' });
  options.onState(jobId, 'ADDED');

  const check = async (): Promise<PollVerdict<CompletedPage>> => {
    const { data } = await crm.api.GET('/crm/bulk/v8/read/{job_id}', { params: { path: { job_id: jobId } }, signal });
    const job = data?.data[0];
    const state = job?.state;
    if (job === undefined || state === undefined) throw new ZohoJobError(`crm: bulk read job ${jobId} answered without a state`, { product: 'crm', jobId, state: undefined, reason: 'bad-result' });
    if (state === 'FAILURE') return { failed: true, state, details: job };
    if (state !== 'COMPLETED') return { done: false, state };
    if (!job.result) throw new ZohoJobError(`crm: bulk read job ${jobId} is COMPLETED without a result`, { product: 'crm', jobId, state, reason: 'bad-result', details: job });
    return { done: true, value: { jobId, result: job.result } };
  };
  return await pollJob(jobId, check, { ...options, onState: (state) => options.onState(jobId, state as BulkReadJobState) });
}

async function download(crm: Crm, jobId: string, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const { data } = await crm.api.GET('/crm/bulk/v8/read/{job_id}/result', { params: { path: { job_id: jobId } }, parseAs: 'stream', signal });
  if (!data) throw new ZohoJobError(`crm: the result of bulk read job ${jobId} came back empty`, { product: 'crm', jobId, state: 'COMPLETED', reason: 'bad-result' });
  return data as ReadableStream<Uint8Array>;
}

function abandoned(error: unknown): void {
  void error;
}
