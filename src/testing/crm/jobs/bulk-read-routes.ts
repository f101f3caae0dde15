import type { SimulatorCore } from '../../core.js';
import { json } from '../../products.js';
import type { Route } from '../../router.js';
import { criteriaProblem, fieldValue, matchesCriteria, type BulkCriteriaInput } from './bulk-criteria.js';
import { buildCsvZip, zipResponse, type ServedDownload } from './bulk-zip.js';
import { zohoTime, type CrmJobsState, type SimBulkReadJob } from './crm-jobs-state.js';
import type { CrmRecord, CrmState } from '../crm-state.js';
import { readJsonBody } from '../../lossless-json-body.js';

const BASE = '/crm/bulk/v8/read';

/** CRM bulk read: create a job, poll it through its states, download its ZIP of CSV. */
export function bulkReadRoutes(core: SimulatorCore, crm: CrmState, jobs: CrmJobsState): Route[] {
  return [
    {
      method: 'POST',
      path: BASE,
      auth: true,
      handle: async ({ request, token }) => {
        const body = (await readJsonBody(request)) as { query?: Record<string, unknown>; file_type?: unknown } | undefined;
        const query = body?.query;
        const module = (query?.['module'] as { api_name?: unknown } | undefined)?.api_name;
        if (!query || typeof module !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(module)) return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'module' });
        if (body.file_type !== undefined && body.file_type !== 'csv') return fail(400, 'NOT_SUPPORTED', 'the simulator exports csv only', { api_name: 'file_type' });
        const criteria = query['criteria'] as BulkCriteriaInput | undefined;
        const problem = criteria === undefined ? undefined : criteriaProblem(criteria);
        if (problem) return fail(400, problem.code, problem.message, { api_name: problem.api_name });
        const fields = query['fields'];
        if (fields !== undefined && (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string'))) return fail(400, 'INVALID_DATA', 'fields must be an array of API names', { api_name: 'fields' });

        const start = startOf(query, module, jobs);
        if ('error' in start) return start.error;
        const matching = select(crm.module(module), criteria);
        const page = matching.slice(start.offset, start.offset + jobs.bulkReadPageSize);
        const more = start.offset + page.length < matching.length;
        let nextToken: string | null = null;
        if (more) {
          nextToken = core.random.hex(96);
          jobs.pageTokens.set(nextToken, { module, offset: start.offset + page.length, page: start.page + 1 });
        }
        const me = crm.userFor(token!.user);
        const id = crm.newId();
        const columns = ['Id', ...((fields as string[] | undefined) ?? allFields(page)).filter((f) => f !== 'Id' && f !== 'id')];
        const job: SimBulkReadJob = {
          id,
          module,
          query,
          createdBy: { id: me.id, name: me.full_name },
          createdTime: zohoTime(core.now()),
          user: token!.user,
          state: 'ADDED',
          polls: 0,
          failing: jobs.takeReadFailure(),
          result: { page: start.page, count: page.length, per_page: jobs.bulkReadPageSize, more_records: more, next_page_token: nextToken, download_url: `${BASE}/${id}/result` },
          zip: undefined,
          ready: Promise.resolve(),
        };
        // Zoho prepares the file while the job runs; so does the simulator, in the background.
        job.ready = buildCsvZip(`${id}.csv`, columns, csvRows(page, columns)).then(
          (zip) => {
            job.zip = zip;
          },
          (error: unknown) => {
            // The job ends in FAILURE, as a Zoho job whose export broke does.
            job.buildError = error instanceof Error ? error.message : String(error);
          },
        );
        jobs.reads.set(id, job);
        return json({
          data: [{ status: 'success', code: 'ADDED_SUCCESSFULLY', message: 'Added successfully.', details: { id, operation: 'read', state: 'ADDED', created_by: job.createdBy, created_time: job.createdTime } }],
          info: {},
        }, 201);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/{job_id}`,
      auth: true,
      handle: ({ params }) => {
        const job = jobs.reads.get(params['job_id']!);
        if (!job) return fail(404, 'RESOURCE_NOT_FOUND', 'the bulk read job does not exist', { api_name: 'job_id' });
        advance(job, jobs);
        return json({
          data: [{
            id: job.id,
            operation: 'read',
            state: job.state,
            query: job.query,
            created_by: job.createdBy,
            created_time: job.createdTime,
            file_type: 'csv',
            ...(job.state === 'COMPLETED' ? { result: job.result } : {}),
          }],
        });
      },
    },
    {
      method: 'GET',
      path: `${BASE}/{job_id}/result`,
      auth: true,
      handle: ({ params, token }) => {
        const job = jobs.reads.get(params['job_id']!);
        if (!job) return fail(404, 'RESOURCE_NOT_FOUND', 'the bulk read job does not exist', { api_name: 'job_id' });
        if (job.state !== 'COMPLETED' || !job.zip) return fail(400, 'INVALID_REQUEST', `the job is ${job.state}; download it once it is COMPLETED`, { api_name: 'job_id' });
        const wait = downloadWait(jobs, token!.user, core.now());
        if (wait !== undefined) {
          return json({ code: 'TOO_MANY_REQUESTS', details: {}, message: 'only 10 downloads are allowed in a minute', status: 'error' }, 429, { 'retry-after': String(Math.ceil(wait / 1000)) });
        }
        const served: ServedDownload = { jobId: job.id, totalBytes: job.zip.length, bytesServed: 0, done: false };
        jobs.downloads.push(served);
        return zipResponse(job.zip, served, `${job.id}.zip`);
      },
    },
  ];
}

/** Each poll moves a job on: QUEUED, then IN PROGRESS, then (file ready) COMPLETED or FAILURE. */
function advance(job: SimBulkReadJob, jobs: CrmJobsState): void {
  if (job.state === 'COMPLETED' || job.state === 'FAILURE') return;
  job.polls++;
  if (job.polls >= jobs.pollsToComplete && (job.zip || job.buildError !== undefined)) job.state = job.failing || job.buildError !== undefined ? 'FAILURE' : 'COMPLETED';
  else job.state = job.polls === 1 ? 'QUEUED' : 'IN PROGRESS';
}

/** Where the page starts: a page_token from an earlier job, or `page` (1-based). */
function startOf(query: Record<string, unknown>, module: string, jobs: CrmJobsState): { offset: number; page: number } | { error: Response } {
  const pageToken = query['page_token'];
  if (pageToken !== undefined) {
    const found = typeof pageToken === 'string' ? jobs.pageTokens.get(pageToken) : undefined;
    if (!found || found.module !== module) return { error: fail(400, 'INVALID_DATA', 'invalid page_token', { api_name: 'page_token' }) };
    return { offset: found.offset, page: found.page };
  }
  const page = query['page'] ?? 1;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1) return { error: fail(400, 'INVALID_DATA', 'invalid page', { api_name: 'page' }) };
  return { offset: (page - 1) * jobs.bulkReadPageSize, page };
}

function select(records: Map<string, CrmRecord>, criteria: BulkCriteriaInput | undefined): CrmRecord[] {
  const all = [...records.values()];
  return criteria === undefined ? all : all.filter((record) => matchesCriteria(record, criteria));
}

/** Every field of the page's records, for a job that names none (Zoho then exports all). */
function allFields(records: CrmRecord[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}

function* csvRows(records: CrmRecord[], columns: string[]): Generator<string[]> {
  for (const record of records) yield columns.map((column) => csvValue(fieldValue(record, column)));
}

/** As Zoho's CSV shows values: lookups by id (done by fieldValue), lists joined with `;`. */
function csvValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? String((item as { name?: unknown; id?: unknown }).name ?? (item as { id?: unknown }).id ?? '') : String(item))).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Milliseconds until `user` may download again, or undefined when a download may start now. */
function downloadWait(jobs: CrmJobsState, user: string, now: number): number | undefined {
  const times = (jobs.downloadTimes.get(user) ?? []).filter((at) => at > now - 60_000);
  jobs.downloadTimes.set(user, times);
  if (times.length >= jobs.downloadsPerMinute) return times[0]! + 60_000 - now;
  times.push(now);
  return undefined;
}

function fail(status: number, code: string, message: string, details: Record<string, unknown>): Response {
  return json({ code, details, message, status: 'error' }, status);
}
