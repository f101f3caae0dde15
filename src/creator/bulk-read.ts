import { signalOf } from '../call-options.js';
import { ZohoError, ZohoJobError, ZohoResponseError, ZohoTimeoutError } from '../errors.js';
import { sleep } from '../http/sleep.js';
import type { Creator } from './creator.js';
import { successBody } from './creator-response.js';
import type { CreatorBulkReadJob, CreatorCallOptions } from './creator-types.js';
import type { CreatorReport } from './report.js';
import { zipCsvRows, type CsvRow } from '../bulk/zip-csv-rows.js';

const JOBS = '/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read' as const;
const JOB = `${JOBS}/{job_id}` as const;
// "The bulk result file is still being generated" / "the job is not completed": wait, retry.
const NOT_READY = new Set<unknown>([11110, 11120]);
// A batch holds 100,000 to 200,000 records (Create Bulk Read Job); more need a next job.
const MAX_BATCH = 200_000;

/** A row of a bulk read: field link name → the cell's text (CSV carries text only). */
export type CreatorCsvRow = CsvRow;

/** What `onJob` is told when a bulk read job has completed. */
export interface CreatorBulkReadJobInfo {
  id: string;
  /** Records in this job's batch. */
  count: number;
  /** Another batch (another job) follows this one. */
  more: boolean;
}

export interface CreatorBulkReadOptions extends CreatorCallOptions {
  /**
   * The user whose token creates each job (`ZohoCreator.bulk.CREATE`). Default `user`.
   * Apps often hold the create and read scopes in two tokens: give both users.
   */
  createUser?: string;
  /** The user whose token polls and downloads each job (`ZohoCreator.bulk.READ`). Default `user`. */
  readUser?: string;
  /** Only the records matching this criteria. */
  criteria?: string;
  /** Only these fields (Zoho adds `ID`); all of the report's fields by default. */
  fields?: readonly string[];
  /** Records per job, 100,000 to 200,000 (Zoho's range). Default 200,000. */
  batchSize?: number;
  /** Between polls of a running job. Default 5 s: Creator allows 50 calls a minute per user. */
  pollIntervalMs?: number;
  /** How long one job may run (and its result take to be ready) before giving up. Default 30 min. */
  maxWaitMs?: number;
  /** Called as each job completes, before its rows are streamed (progress, logging). */
  onJob?: (job: CreatorBulkReadJobInfo) => void;
}

/**
 * A report's rows through Creator's bulk read API, streamed:
 *
 *   1. create a job (`ZohoCreator.bulk.CREATE`), 2. poll it until "Completed"
 *   (`ZohoCreator.bulk.READ`), 3. download `result.download_url` — a RELATIVE path, resolved
 *   against the API host — which answers a ZIP holding one CSV, 4. unzip and parse as the
 *   bytes arrive, yielding rows, 5. when `result.record_cursor` is set, start the next
 *   job from it, until no batch remains.
 *
 * With `user`, every call of the bulk read runs on that user's token: the bulk scopes are
 * often granted to a different token than the report scopes. `createUser` and `readUser`
 * split them further: jobs are created on one token and polled and downloaded on the other.
 */
export async function* bulkRead(report: CreatorReport, options: CreatorBulkReadOptions): AsyncGenerator<CreatorCsvRow, void, undefined> {
  const creator = report.app.creator.as(options.createUser ?? options.user);
  const reader = report.app.creator.as(options.readUser ?? options.user);
  const path = { account_owner_name: report.app.owner, app_link_name: report.app.name, report_link_name: report.name };
  const wait = { intervalMs: options.pollIntervalMs ?? 5_000, maxMs: options.maxWaitMs ?? 30 * 60_000 };
  let cursor: string | undefined;
  do {
    const { data } = await creator.api.POST(JOBS, {
      params: { path },
      body: {
        query: {
          ...(options.fields ? { fields: [...options.fields] } : {}),
          ...(options.criteria !== undefined ? { criteria: options.criteria } : {}),
          max_records: options.batchSize ?? MAX_BATCH,
          ...(cursor !== undefined ? { record_cursor: cursor } : {}),
        },
      },
      ...signalOf(options),
    });
    const created = successBody(data, 'details', `Create Bulk Read Job on ${report.name}`).details;
    const job = await completed(reader, path, created.id, wait, options);
    const count = job.result?.count ?? 0;
    cursor = job.result?.record_cursor;
    options.onJob?.({ id: job.id, count, more: cursor !== undefined });
    const downloadUrl = job.result?.download_url;
    if (count === 0 && downloadUrl === undefined) continue;
    if (downloadUrl === undefined) throw new ZohoResponseError(`creator: bulk read job ${job.id} completed without a download_url`, { product: 'creator' });
    const body = await download(reader, downloadUrl, job.id, wait, options);
    yield* zipCsvRows(body);
  } while (cursor !== undefined);
}

type JobPath = { account_owner_name: string; app_link_name: string; report_link_name: string };
type Wait = { intervalMs: number; maxMs: number };

/** Polls the job until it completes; a "Failed" job or the time limit throws. */
async function completed(creator: Creator, path: JobPath, id: string, wait: Wait, options: CreatorCallOptions): Promise<CreatorBulkReadJob> {
  const deadline = Date.now() + wait.maxMs;
  for (;;) {
    await sleep(wait.intervalMs, options.signal);
    const { data } = await creator.api.GET(JOB, { params: { path: { ...path, job_id: id } }, ...signalOf(options) });
    const job = successBody(data, 'details', `Get Bulk Read Job ${id}`).details;
    // Zoho sends "In-progress"/"Completed"/"Failed"; its documentation writes them in capitals.
    const status = job.status.toLowerCase();
    if (status === 'completed') return job;
    if (status === 'failed') throw new ZohoJobError(`creator: bulk read job ${id} failed`, { product: 'creator', jobId: id, state: job.status, reason: 'failed', code: 'BULK_READ_FAILED', details: job });
    if (Date.now() + wait.intervalMs > deadline) throw timedOut(id, wait);
  }
}

/**
 * Fetches the job's ZIP. `download_url` is relative (`/creator/v2.1/bulk/.../result`): it is
 * resolved against the API host, which the transport then points at the token's
 * `api_domain` (the user's data centre). An absolute URL keeps only its path, so the token
 * is never sent to a host that is not Zoho's API host.
 */
async function download(creator: Creator, downloadUrl: string, id: string, wait: Wait, options: CreatorCallOptions): Promise<ReadableStream<Uint8Array>> {
  const relative = new URL(downloadUrl, 'relative:/');
  const url = new URL(relative.pathname + relative.search, creator.context.hosts.api);
  const deadline = Date.now() + wait.maxMs;
  for (;;) {
    try {
      const response = await creator.context.fetch(
        new Request(url, { headers: { accept: 'application/zip, application/octet-stream' }, ...signalOf(options) }),
      );
      if (!response.body) throw new ZohoResponseError(`creator: bulk read job ${id}: the download has no body`, { product: 'creator', status: response.status });
      return response.body;
    } catch (error) {
      if (!(error instanceof ZohoError) || !NOT_READY.has(error.code) || Date.now() + wait.intervalMs > deadline) throw error;
      // The result file is still being written: wait as for a running job.
      await sleep(wait.intervalMs, options.signal);
    }
  }
}

function timedOut(id: string, wait: Wait): ZohoTimeoutError {
  return new ZohoTimeoutError(`creator: bulk read job ${id} was not ready after ${Math.round(wait.maxMs / 1000)} s`, { product: 'creator', code: 'BULK_READ_TIMEOUT' });
}
