import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { DataCenter } from '../../auth/data-centers.js';
import { ZohoError, ZohoResponseError } from '../../errors.js';
import { pollJob, ZohoJobError, type PollOptions, type PollVerdict } from './bulk-job.js';
import type { Crm } from '../crm.js';
import { buildCsvZip, type CsvZip } from './csv-zip-builder.js';
import type { Module } from '../module.js';
import { zipCsvRows } from '../../bulk/zip-csv-rows.js';
import { signalOf } from '../../call-options.js';
import { uploadBody } from '../../upload/upload-body.js';
import { itemErrorOf, type ItemResult } from '../../item-result.js';

type Schemas = components['schemas'];

export type BulkWriteOperation = 'insert' | 'update' | 'upsert';
/** A state of a bulk write job (and of each of its files), as Zoho names it. */
export type BulkWriteStatus = Schemas['BulkWriteStatus'];

export interface BulkWriteOptions extends CallOptions {
  operation: BulkWriteOperation;
  /** The field that finds existing records (`id`, `Email`, a unique field); required for update and upsert. */
  findBy?: string;
  /** Columns to send, in order; default every key of the rows. */
  fields?: readonly string[];
  /** Leave a field unchanged when its cell is empty (instead of clearing it). */
  ignoreEmpty?: boolean;
  /** The org's id for the upload's `X-CRM-ORG` header; looked up (`GET /org`) and cached when omitted. */
  orgId?: string;
  poll?: PollOptions;
  onProgress?: (progress: BulkWriteProgress) => void;
}

export interface BulkWriteProgress {
  /** 1-based file (each holds up to 25,000 rows and is one job). */
  file: number;
  jobId: string | undefined;
  status: BulkWriteStatus | 'UPLOADED';
  /** Input rows whose result is known so far. */
  rows: number;
}

/** One error of a row, from Zoho's ERRORS column (`MANDATORY_NOT_FOUND-Company,Last_Name`). */
export interface BulkWriteRowError {
  code: string;
  /** The columns (field API names) the error is about. */
  fields: string[];
}

/**
 * The result of one input row, in input order: the one per-item result. A success says
 * whether the row was inserted or updated; a failure's `error.code` is the row's first error
 * code (else its STATUS), `error.field` that error's first column, and `error.details` holds
 * the STATUS and every error (`{ status, errors }`). `raw` is the result file's row.
 */
export type BulkWriteRowResult = ItemResult<{ action: 'insert' | 'update' }>;

export interface BulkWriteResult {
  /** One per input row, in input order. */
  rows: BulkWriteRowResult[];
  added: number;
  updated: number;
  failed: number;
  jobIds: string[];
}

export type Rows = Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>;

// Zoho: a bulk write file holds at most 25,000 records, and its ZIP at most 25 MB.
const ROWS_PER_FILE = 25_000;
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/**
 * Bulk write (import): rows in, one result per row out, aligned with the input.
 *
 * Rows are written to a CSV (csv-stringify) zipped with fflate, checked against Zoho's
 * 25 MB limit, uploaded to the data centre's content host (`/crm/v8/upload` with
 * `feature: bulk-write` and `X-CRM-ORG`), and imported by a job (`POST /crm/bulk/v8/write`)
 * that is polled until COMPLETED (FAILED throws ZohoJobError). The job's result ZIP gives
 * each row's STATUS, RECORD_ID and ERRORS. More than 25,000 rows become several files and
 * jobs, one after the other. A row Zoho refused is data (`ok: false`), not an exception.
 *
 * @example
 * const { rows, added, failed } = await leads.bulkWrite(csvRows, { operation: 'upsert', findBy: 'Email' });
 * for (const row of rows) if (!row.ok) console.error(row.error.code, row.error.field);
 */
export async function bulkWrite(module: Module, rows: Rows, options: BulkWriteOptions): Promise<BulkWriteResult> {
  if (options.operation !== 'insert' && !options.findBy) {
    throw new ZohoError(`crm: bulk ${options.operation} needs findBy (the field that identifies existing records, e.g. 'id')`, { product: 'crm', code: 'REQUIRED_PARAM_MISSING', details: { param_name: 'find_by' } });
  }
  const result: BulkWriteResult = { rows: [], added: 0, updated: 0, failed: 0, jobIds: [] };
  let file = 0;
  let batch: Record<string, unknown>[] = [];
  const flush = async (): Promise<void> => {
    file++;
    const written = await writeFile(module, batch, file, result.rows.length, options);
    result.jobIds.push(written.jobId);
    for (const row of written.rows) {
      result.rows.push(row);
      if (!row.ok) result.failed++;
      else if (row.action === 'insert') result.added++;
      else result.updated++;
    }
    batch = [];
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === ROWS_PER_FILE) await flush();
  }
  if (batch.length > 0) await flush();
  return result;
}

async function writeFile(
  module: Module,
  rows: Record<string, unknown>[],
  file: number,
  done: number,
  options: BulkWriteOptions,
): Promise<{ jobId: string; rows: BulkWriteRowResult[] }> {
  const { crm } = module;
  const { signal } = options;
  const progress = (jobId: string | undefined, status: BulkWriteProgress['status'], rowsDone = done): void =>
    options.onProgress?.({ file, jobId, status, rows: rowsDone });

  const zip = await buildCsvZip(rows, { fileName: `${module.apiName}.csv`, columns: options.fields, maxBytes: MAX_UPLOAD_BYTES });
  const fileId = await upload(crm, zip, module.apiName, options.orgId ?? (await orgIdOf(crm)), signal);
  progress(undefined, 'UPLOADED');

  const { data: created } = await crm.api.POST('/crm/bulk/v8/write', {
    body: {
      operation: options.operation,
      ...(options.ignoreEmpty !== undefined ? { ignore_empty: options.ignoreEmpty } : {}),
      resource: [{
        type: 'data',
        module: { api_name: module.apiName },
        file_id: fileId,
        ...(options.findBy ? { find_by: options.findBy } : {}),
        field_mappings: zip.columns.map((api_name, index) => (zip.lookupColumns.includes(api_name) ? { api_name, index, find_by: 'id' } : { api_name, index })),
      }],
    },
    signal: signal ?? null,
  });
  const jobId = created?.details.id;
  if (jobId === undefined) throw new ZohoResponseError('crm: the bulk write job was created but its id is missing', { product: 'crm' });
  progress(jobId, 'ADDED');

  const check = async (): Promise<PollVerdict<string>> => {
    const { data: job } = await crm.api.GET('/crm/bulk/v8/write/{job_id}', { params: { path: { job_id: jobId } }, signal: signal ?? null });
    const status = job?.status;
    if (status === undefined) throw new ZohoJobError(`crm: bulk write job ${jobId} answered without a status`, { product: 'crm', jobId, state: undefined, reason: 'bad-result' });
    if (status === 'FAILED') return { failed: true, state: status, details: job };
    if (status !== 'COMPLETED') return { done: false, state: status };
    const url = job?.result?.download_url;
    if (!url) throw new ZohoJobError(`crm: bulk write job ${jobId} is COMPLETED without a download_url`, { product: 'crm', jobId, state: status, reason: 'bad-result', details: job });
    return { done: true, value: url };
  };
  const downloadUrl = await pollJob(jobId, check, { ...options.poll, signal, onState: (state) => progress(jobId, state as BulkWriteStatus) });

  const results = await readResults(crm, downloadUrl, jobId, signal);
  if (results.length !== rows.length) {
    throw new ZohoJobError(`crm: bulk write job ${jobId} reported ${results.length} rows for ${rows.length} sent`, { product: 'crm', jobId, state: 'COMPLETED', reason: 'bad-result' });
  }
  progress(jobId, 'COMPLETED', done + rows.length);
  return { jobId, rows: results };
}

async function upload(crm: Crm, zip: CsvZip, moduleName: string, orgId: string, signal: AbortSignal | undefined): Promise<string> {
  const { form } = await uploadBody('file', zip.bytes, { fileName: `${moduleName}.zip`, contentType: 'application/zip', ...signalOf({ signal }) }, { limit: MAX_UPLOAD_BYTES, what: 'bulk write file', product: 'crm' });
  // The upload goes to the content host (content.zohoapis.*), not the API domain.
  const response = await crm.context.fetch(new Request(`${crm.context.hosts.content}/crm/v8/upload`, {
    method: 'POST',
    headers: { feature: 'bulk-write', 'X-CRM-ORG': orgId },
    body: form,
    signal: signal ?? null,
  }));
  const body = (await response.json()) as Partial<Schemas['BulkWriteUploadResponse']>;
  const fileId = body.details?.file_id;
  if (!fileId) throw new ZohoResponseError('crm: the bulk write upload succeeded but returned no file_id', { product: 'crm', status: response.status });
  return fileId;
}

const orgIds = new WeakMap<Crm, Promise<string>>();

/**
 * The org id for `X-CRM-ORG`, from `GET /org` (`zgid`), cached per user-bound view. The
 * root view resolves its user per call (runAs), so it looks the org up each time.
 */
function orgIdOf(crm: Crm): Promise<string> {
  const cached = orgIds.get(crm);
  if (cached) return cached;
  const lookup = (async () => {
    const { data } = await crm.api.GET('/crm/v8/org');
    const org = data?.org[0];
    // zgid is what Zoho documents for X-CRM-ORG; an org answer without it falls back to
    // the org id, which is what older documentation shows.
    const id = org?.zgid ?? org?.id;
    if (!id) throw new ZohoResponseError('crm: GET /org returned no org id (needed for the X-CRM-ORG header)', { product: 'crm' });
    return id;
  })();
  if (crm.context.user !== undefined) {
    orgIds.set(crm, lookup);
    // A failed lookup is not cached (the next bulk write asks again); the caller awaiting
    // `lookup` still gets the error.
    lookup.catch(() => orgIds.delete(crm));
  }
  return lookup;
}

async function readResults(crm: Crm, downloadUrl: string, jobId: string, signal: AbortSignal | undefined): Promise<BulkWriteRowResult[]> {
  const url = trustedDownloadUrl(downloadUrl, crm.context.hosts, jobId);
  const response = await crm.context.fetch(new Request(url, { signal: signal ?? null }));
  if (!response.body) throw new ZohoJobError(`crm: the result of bulk write job ${jobId} came back empty`, { product: 'crm', jobId, state: 'COMPLETED', reason: 'bad-result' });
  const results: BulkWriteRowResult[] = [];
  for await (const row of zipCsvRows(response.body, { signal })) results.push(rowResult(row));
  return results;
}

/** One result row: STATUS ADDED/UPDATED with RECORD_ID, or anything else with ERRORS. */
export function rowResult(row: Record<string, string>): BulkWriteRowResult {
  const status = row['STATUS'] ?? '';
  const id = row['RECORD_ID'] ?? '';
  if ((status === 'ADDED' || status === 'UPDATED') && id) return { ok: true, applied: true, id, message: status, action: status === 'ADDED' ? 'insert' : 'update', raw: row };
  const errors = parseErrors(row['ERRORS'] ?? '');
  const first = errors[0];
  const code = first?.code ?? (status === '' ? 'NO_STATUS' : status);
  const described = errors.map((e) => (e.fields.length > 0 ? `${e.code} (${e.fields.join(', ')})` : e.code)).join('; ');
  const error = { ...itemErrorOf(code, `row ${status === '' ? 'has no status' : status}${described === '' ? '' : `: ${described}`}`, { status, errors }), field: first?.fields[0] };
  return { ok: false, applied: false, id: id === '' ? undefined : id, error, raw: row };
}

/**
 * Zoho's ERRORS cell: `<CODE>-<columns>` items joined by `:`, columns joined by `,`,
 * e.g. `MANDATORY_NOT_FOUND-Company,Last_Name:DUPLICATE_DATA-Email`.
 */
export function parseErrors(cell: string): BulkWriteRowError[] {
  if (cell.trim() === '') return [];
  return cell.split(':').map((item) => {
    const dash = item.indexOf('-');
    if (dash === -1) return { code: item.trim(), fields: [] };
    return { code: item.slice(0, dash).trim(), fields: item.slice(dash + 1).split(',').map((f) => f.trim()).filter(Boolean) };
  });
}

// Zoho's own domains (and their per-data-centre download hosts, download-accl.zoho.com...).
const ZOHO_HOST = /(^|\.)(zoho|zohoapis|zohocloud|zohopublic)\.(com|eu|in|com\.au|jp|ca|com\.cn|sa|uk)$/i;

/**
 * The job's download URL, resolved, and only if it points at Zoho (or at a configured
 * host): the download is signed with the user's access token, which must not be sent to
 * a host a tampered answer names.
 */
function trustedDownloadUrl(downloadUrl: string, hosts: DataCenter, jobId: string): string {
  const url = new URL(downloadUrl, hosts.api);
  const configured = [hosts.api, hosts.content, hosts.accounts, hosts.analytics, hosts.desk].map((host) => new URL(host).origin);
  if (configured.includes(url.origin) || (url.protocol === 'https:' && ZOHO_HOST.test(url.hostname))) return url.href;
  throw new ZohoJobError(`crm: bulk write job ${jobId} names a download host that is not Zoho's (${url.host}); not sending the token there`, { product: 'crm', jobId, state: 'COMPLETED', reason: 'bad-result' });
}
