import type { SimulatorCore } from '../../core.js';
import { json } from '../../products.js';
import type { Route } from '../../router.js';
import { applyRows } from './bulk-write-rows.js';
import { buildCsvZip, readCsvZip, zipResponse, type ServedDownload } from './bulk-zip.js';
import { zohoTime, type CrmJobsState, type SimBulkWriteJob } from './crm-jobs-state.js';
import type { CrmState } from '../crm-state.js';
import { readJsonBody } from '../../lossless-json-body.js';

// Zoho: the uploaded ZIP may be at most 25 MB, and its CSV at most 25,000 records.
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
const MAX_ROWS = 25_000;
// Zoho's result CSV repeats the first three mapped columns of the file before its own.
const ECHOED_COLUMNS = 3;

/**
 * CRM bulk write: the upload on the content host, job creation, polling, and the result
 * ZIP on the download host (all one origin in the simulator).
 */
export function bulkWriteRoutes(core: SimulatorCore, crm: CrmState, jobs: CrmJobsState): Route[] {
  return [
    {
      method: 'POST',
      path: '/crm/v8/upload',
      auth: true,
      handle: async ({ request, token }) => {
        if (request.headers.get('feature') !== 'bulk-write') return fail(400, 'REQUIRED_PARAM_MISSING', 'the header feature: bulk-write is missing', { param_name: 'feature' });
        const org = request.headers.get('x-crm-org');
        if (org === null) return fail(400, 'REQUIRED_PARAM_MISSING', 'the header X-CRM-ORG is missing', { param_name: 'X-CRM-ORG' });
        if (org !== crm.orgId) return fail(400, 'INVALID_DATA', 'X-CRM-ORG is not this org', { param_name: 'X-CRM-ORG' });
        const declared = Number(request.headers.get('content-length') ?? 0);
        if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return tooLarge();
        const form = await request.formData().catch(() => undefined);
        const file = form?.get('file');
        if (!file || typeof file === 'string') return fail(400, 'MANDATORY_NOT_FOUND', 'the multipart part file is missing', { api_name: 'file' });
        if (file.size > MAX_UPLOAD_BYTES) return tooLarge();
        const fileId = crm.newId();
        jobs.uploads.set(fileId, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, user: token!.user });
        return json({ status: 'success', code: 'FILE_UPLOAD_SUCCESS', message: 'file uploaded.', details: { file_id: fileId, created_time: zohoTime(core.now()) } });
      },
    },
    {
      method: 'POST',
      path: '/crm/bulk/v8/write',
      auth: true,
      handle: async ({ request, token }) => {
        const body = (await readJsonBody(request)) as Record<string, unknown> | undefined;
        const operation = body?.['operation'];
        if (operation !== 'insert' && operation !== 'update' && operation !== 'upsert') return fail(400, 'INVALID_DATA', 'invalid operation', { api_name: 'operation' });
        const resource = Array.isArray(body?.['resource']) ? (body['resource'] as Record<string, unknown>[])[0] : undefined;
        if (!resource || resource['type'] !== 'data') return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'resource' });
        const module = (resource['module'] as { api_name?: unknown } | undefined)?.api_name;
        if (typeof module !== 'string' || module === '') return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'module' });
        const fileId = resource['file_id'];
        if (typeof fileId !== 'string' || !jobs.uploads.has(fileId)) return fail(400, 'INVALID_FILE_ID', 'no upload has this file_id', { api_name: 'file_id' });
        const findBy = typeof resource['find_by'] === 'string' ? resource['find_by'] : undefined;
        if (operation !== 'insert' && !findBy) return fail(400, 'MANDATORY_NOT_FOUND', 'find_by is required to update or upsert', { api_name: 'find_by' });
        const me = crm.userFor(token!.user);
        const id = crm.newId();
        const job: SimBulkWriteJob = {
          id,
          module,
          operation,
          fileId,
          findBy,
          fieldMappings: Array.isArray(resource['field_mappings']) ? (resource['field_mappings'] as { api_name: string; index?: number }[]) : undefined,
          ignoreEmpty: resource['ignore_empty'] === true || body?.['ignore_empty'] === true,
          createdBy: { id: me.id, name: me.full_name },
          createdTime: zohoTime(core.now()),
          user: token!.user,
          status: 'ADDED',
          polls: 0,
          failing: jobs.takeWriteFailure(),
          counts: { added: 0, updated: 0, skipped: 0, total: 0 },
          fileName: jobs.uploads.get(fileId)!.name,
          resultZip: undefined,
        };
        jobs.writes.set(id, job);
        return json({ status: 'success', code: 'SUCCESS', message: 'success', details: { id, created_by: job.createdBy } }, 201);
      },
    },
    {
      method: 'GET',
      path: '/crm/bulk/v8/write/{job_id}',
      auth: true,
      handle: async ({ params, url }) => {
        const job = jobs.writes.get(params['job_id']!);
        if (!job) return fail(404, 'RESOURCE_NOT_FOUND', 'the bulk write job does not exist', { api_name: 'job_id' });
        await advance(job, crm, jobs, core.now());
        const file = { status: job.status, name: job.fileName, added_count: job.counts.added, updated_count: job.counts.updated, skipped_count: job.counts.skipped, total_count: job.counts.total };
        return json({
          id: job.id,
          status: job.status,
          operation: job.operation,
          character_encoding: 'UTF-8',
          created_by: job.createdBy,
          created_time: job.createdTime,
          resource: [{
            type: 'data',
            status: job.status,
            ...(job.message ? { code: 'INVALID_FILE_FORMAT', message: job.message } : {}),
            module: { api_name: job.module },
            file_id: job.fileId,
            ...(job.findBy ? { find_by: job.findBy } : {}),
            ...(job.fieldMappings ? { field_mappings: job.fieldMappings } : {}),
            file,
          }],
          // Zoho's download host is another origin (download-accl.zoho.com); here it is this one.
          ...(job.status === 'COMPLETED' ? { result: { download_url: `${jobs.writeDownloadOrigin ?? url.origin}/v2/crm/${crm.orgId}/bulk-write/${job.id}/${job.id}.zip` } } : {}),
        });
      },
    },
    {
      method: 'GET',
      path: '/v2/crm/{org_id}/bulk-write/{job_id}/{file_name}',
      auth: true,
      handle: ({ params }) => {
        const job = jobs.writes.get(params['job_id']!);
        if (!job?.resultZip || params['org_id'] !== crm.orgId) return fail(404, 'RESOURCE_NOT_FOUND', 'no such result', {});
        const served: ServedDownload = { jobId: job.id, totalBytes: job.resultZip.length, bytesServed: 0, done: false };
        jobs.downloads.push(served);
        return zipResponse(job.resultZip, served, params['file_name']!);
      },
    },
  ];
}

/** Each poll moves a job on; the poll that completes it imports the file and writes the result. */
async function advance(job: SimBulkWriteJob, crm: CrmState, jobs: CrmJobsState, now: number): Promise<void> {
  if (job.status === 'COMPLETED' || job.status === 'FAILED') return;
  job.polls++;
  if (job.polls < jobs.pollsToComplete) {
    job.status = 'IN PROGRESS';
    return;
  }
  const upload = jobs.uploads.get(job.fileId)!;
  let csv: Awaited<ReturnType<typeof readCsvZip>>;
  if (job.failing) job.message = 'the import failed (a failure the test asked for)';
  try {
    csv = job.failing ? undefined : await readCsvZip(upload.bytes);
  } catch (error) {
    // An upload that is not a ZIP of CSV fails the job (FAILED), as Zoho's import does.
    job.message = error instanceof Error ? error.message : String(error);
  }
  const [header, ...records] = csv?.records ?? [];
  if (!header || records.length > MAX_ROWS) {
    // Not a ZIP of CSV, an empty file, too many rows, or a failure the test asked for.
    job.status = 'FAILED';
    job.message ??= !header ? 'the file holds no CSV rows' : `more than ${MAX_ROWS} rows`;
    return;
  }
  const columns = header.map((name, index) => job.fieldMappings?.find((mapping) => mapping.index === index)?.api_name ?? name);
  const rows = records.map((cells) => Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])));
  const outcomes = applyRows(crm, rows, { module: job.module, operation: job.operation, findBy: job.findBy, ignoreEmpty: job.ignoreEmpty, user: job.user, at: zohoTime(now) });
  job.counts = {
    added: outcomes.filter((o) => o.status === 'ADDED').length,
    updated: outcomes.filter((o) => o.status === 'UPDATED').length,
    skipped: outcomes.filter((o) => o.status === 'SKIPPED').length,
    total: outcomes.length,
  };
  const echoed = header.slice(0, ECHOED_COLUMNS);
  job.resultZip = await buildCsvZip(
    `${job.module}-${csv!.fileName.replace(/^.*\//, '')}`,
    [...echoed, 'STATUS', 'RECORD_ID', 'ERRORS'],
    outcomes.map((outcome, index) => [...echoed.map((_c, column) => records[index]![column] ?? ''), outcome.status, outcome.recordId, outcome.errors]),
  );
  job.status = 'COMPLETED';
}

function tooLarge(): Response {
  return fail(413, 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE', 'the file is larger than 25 MB', { limit: MAX_UPLOAD_BYTES });
}

function fail(status: number, code: string, message: string, details: Record<string, unknown>): Response {
  return json({ code, details, message, status: 'error' }, status);
}
