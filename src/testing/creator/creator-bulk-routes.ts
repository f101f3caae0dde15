import type { SimulatorCore } from '../core.js';
import { json } from '../products.js';
import type { Route } from '../router.js';
import { admit, CREATOR_ERRORS, jsonBody } from './creator-answers.js';
import { bulkResultZip, creatorTimestamp, type SimBulkJob } from './creator-bulk-jobs.js';
import { criteriaOf, matching, reportOf } from './creator-record-routes.js';
import type { CreatorState } from './creator-state.js';

const BULK = '/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read';
// A bulk read batch holds 100,000 to 200,000 records (Creator's Create Bulk Read Job page).
const MIN_BATCH = 100_000;
const MAX_BATCH = 200_000;

/**
 * Bulk read jobs: create, poll until "Completed", then download the ZIP at the RELATIVE
 * `download_url`. A report larger than one batch hands out `result.record_cursor` to start
 * the next job.
 */
export function creatorBulkRoutes(core: SimulatorCore, state: CreatorState): Route[] {
  return [
    {
      method: 'POST',
      path: BULK,
      auth: true,
      handle: async ({ request, params, token }) => {
        const report = reportOf(admit(state, token, 'ZohoCreator.bulk.CREATE', params['account_owner_name']!, params['app_link_name']!), params);
        if (report instanceof Response) return report;
        const body = await jsonBody(request);
        const query = isObject(body?.['query']) ? body['query'] : {};
        const maxRecords = query['max_records'] ?? MAX_BATCH;
        if (typeof maxRecords !== 'number' || maxRecords < MIN_BATCH || maxRecords > MAX_BATCH) {
          return CREATOR_ERRORS.badParameter('max_records', `must be between ${MIN_BATCH} and ${MAX_BATCH}`);
        }
        const predicate = criteriaOf(typeof query['criteria'] === 'string' ? query['criteria'] : null);
        if (predicate instanceof Response) return predicate;
        let afterId: string | undefined;
        if (typeof query['record_cursor'] === 'string') {
          const cursor = state.cursors.get(query['record_cursor']);
          if (!cursor || cursor.report !== report) return CREATOR_ERRORS.badParameter('record_cursor', 'unknown or for another report');
          afterId = cursor.afterId;
        }
        const batch = Math.min(maxRecords, state.bulkBatchLimit);
        const ids: string[] = [];
        let more = false;
        for (const record of matching(report.form, predicate, afterId)) {
          if (ids.length === batch) {
            more = true;
            break;
          }
          ids.push(record.ID);
        }
        const fields = Array.isArray(query['fields']) ? query['fields'].filter((f): f is string => typeof f === 'string') : undefined;
        const job: SimBulkJob = {
          id: state.newJobId(),
          owner: params['account_owner_name']!,
          app: params['app_link_name']!,
          report,
          createdBy: token!.user,
          createdTime: creatorTimestamp(core.now()),
          ids,
          columns: ['ID', ...(fields ?? allFields(report.form.fields.map((f) => f.link_name), ids, report.form.records)).filter((f) => f !== 'ID')],
          nextCursor: more ? state.newCursor({ report, afterId: ids.at(-1)! }) : undefined,
          status: 'In-progress',
          polls: 0,
          willFail: state.failBulkJobs > 0,
          bytesServed: 0,
          zipBytes: undefined,
        };
        if (job.willFail) state.failBulkJobs--;
        state.bulkJobs.set(job.id, job);
        return json({ code: 3000, details: details(job) });
      },
    },
    {
      method: 'GET',
      path: `${BULK}/{job_id}`,
      auth: true,
      handle: ({ params, token }) => {
        const job = jobOf(state, admit(state, token, 'ZohoCreator.bulk.READ', params['account_owner_name']!, params['app_link_name']!), params);
        if (job instanceof Response) return job;
        if (job.status === 'In-progress' && ++job.polls >= state.bulkPollsUntilDone) job.status = job.willFail ? 'Failed' : 'Completed';
        return json({ code: 3000, details: details(job) });
      },
    },
    {
      method: 'GET',
      path: `${BULK}/{job_id}/result`,
      auth: true,
      handle: ({ params, token }) => {
        const job = jobOf(state, admit(state, token, 'ZohoCreator.bulk.READ', params['account_owner_name']!, params['app_link_name']!), params);
        if (job instanceof Response) return job;
        if (job.status !== 'Completed') return CREATOR_ERRORS.jobNotCompleted();
        return new Response(bulkResultZip(job, job.report.form.records, state.bulkRowsPerChunk), {
          status: 200,
          headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${job.id}.zip"` },
        });
      },
    },
  ];
}

function jobOf(state: CreatorState, app: ReturnType<typeof admit>, params: Record<string, string>): SimBulkJob | Response {
  const report = reportOf(app, params);
  if (report instanceof Response) return report;
  const job = state.bulkJobs.get(params['job_id']!);
  return job && job.report === report ? job : CREATOR_ERRORS.noJob();
}

function details(job: SimBulkJob): Record<string, unknown> {
  const base = { id: job.id, operation: 'read', created_by: job.createdBy, created_time: job.createdTime, status: job.status };
  if (job.status !== 'Completed') return base;
  return {
    ...base,
    result: {
      count: job.ids.length,
      // Relative, as Zoho sends it: the client resolves it against its API host.
      download_url: `/creator/v2.1/bulk/${job.owner}/${job.app}/report/${job.report.name}/read/${job.id}/result`,
      ...(job.nextCursor ? { record_cursor: job.nextCursor } : {}),
    },
  };
}

/** The form's declared fields, or (for a form seeded without definitions) every field its records hold. */
function allFields(declared: string[], ids: readonly string[], records: ReadonlyMap<string, Record<string, unknown>>): string[] {
  if (declared.length > 0) return declared;
  const seen = new Set<string>();
  for (const id of ids) for (const key of Object.keys(records.get(id) ?? {})) seen.add(key);
  return [...seen];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
