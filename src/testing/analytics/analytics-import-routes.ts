import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { failure, invalidValue, missingKey, readConfig, success } from './analytics-answers.js';
import { addToTotals, JOB_STATUS, newImportJob, pollImportJob, RESULT_TTL_MS, type SimImportJob } from './analytics-jobs.js';
import { applyImport, importResult, parseImportFile, prepareImport, readImportSpec } from './analytics-import.js';
import { tableScope, workspaceScope } from './analytics-scope.js';
import type { AnalyticsState, SimTable } from './analytics-state.js';

const WS = '/restapi/v2/workspaces/{workspaceId}';
const BULK = '/restapi/v2/bulk/workspaces/{workspaceId}';

/**
 * Imports: synchronous (≤ 20 MB), import jobs (one file ≤ 100 MB) and batch imports (any
 * number of batches ≤ 100 MB each), and the import job status. While an import is being
 * processed it holds its table: a second import into it meanwhile gets code 7092.
 */
export function analyticsImportRoutes(core: SimulatorCore, state: AnalyticsState): Route[] {
  return [
    {
      method: 'POST',
      path: `${WS}/views/{viewId}/data`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true, queryOnly: true });
        if (!read.ok) return read.answer;
        const spec = readImportSpec(read.config, { fileTypeRequired: true });
        if (spec instanceof Response) return spec;
        const upload = await readUpload(context.request, { allowData: true, limitBytes: state.syncImportLimitBytes });
        if (upload instanceof Response) return upload;
        const { table } = found.value;
        return await holdingTable(state, table, () => {
          const file = parseImportFile(upload.text, read.config['fileType'] as 'csv' | 'json');
          if (file instanceof Response) return file;
          const prepared = prepareImport(table, file, spec);
          if (prepared instanceof Response) return prepared;
          applyImport(table, prepared, spec, spec.importType === 'truncateadd');
          state.imports.push({ api: 'sync', tableId: table.id, bytes: upload.bytes, rows: prepared.totalRowCount });
          return success('Import data', importResult(table, spec, prepared));
        });
      },
    },
    {
      method: 'POST',
      path: `${BULK}/views/{viewId}/data`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true, queryOnly: true });
        if (!read.ok) return read.answer;
        const spec = readImportSpec(read.config, { fileTypeRequired: true });
        if (spec instanceof Response) return spec;
        const upload = await readUpload(context.request, { allowData: false, limitBytes: state.batchLimitBytes });
        if (upload instanceof Response) return upload;
        const { workspace, table } = found.value;
        const job = newImportJob(state, workspace.id, table.id, spec);
        const answer = await holdingTable(state, table, () => {
          importBatch(job, table, upload.text, read.config['fileType'] as 'csv' | 'json', true, core.now());
          state.imports.push({ api: 'job', tableId: table.id, bytes: upload.bytes, rows: job.totals.totalRowCount });
          return success('Create import job', { jobId: job.id });
        });
        if (answer.status !== 200) state.importJobs.delete(job.id);
        return answer;
      },
    },
    {
      method: 'POST',
      path: `${BULK}/views/{viewId}/data/batch`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true, queryOnly: true });
        if (!read.ok) return read.answer;
        const { batchKey, isLastBatch } = read.config;
        if (typeof batchKey !== 'string' || batchKey === '') return missingKey('batchKey');
        if (typeof isLastBatch !== 'boolean') return isLastBatch === undefined ? missingKey('isLastBatch') : invalidValue('isLastBatch', isLastBatch);
        const spec = readImportSpec(read.config, { fileTypeRequired: false });
        if (spec instanceof Response) return spec;
        const { workspace, table } = found.value;
        let job: SimImportJob | undefined;
        if (batchKey !== 'start') {
          job = [...state.importJobs.values()].find((j) => j.tableId === table.id && j.batchKey === batchKey && !j.finished);
          if (!job) return invalidValue('batchKey', batchKey);
        }
        const upload = await readUpload(context.request, { allowData: false, limitBytes: state.batchLimitBytes });
        if (upload instanceof Response) return upload;
        return await holdingTable(state, table, () => {
          job ??= newImportJob(state, workspace.id, table.id, spec);
          importBatch(job, table, upload.text, 'csv', isLastBatch, core.now());
          job.batchKey = state.random.hex(16);
          state.imports.push({ api: 'batch', tableId: table.id, bytes: upload.bytes, rows: job.totals.totalRowCount });
          return success('Batch import', { jobId: job.id, batchKey: job.batchKey });
        });
      },
    },
    {
      method: 'GET',
      path: `${BULK}/importjobs/{jobId}`,
      auth: true,
      handle: (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const job = state.importJobs.get(context.params['jobId']!);
        const jobId = context.params['jobId']!;
        if (!job || job.workspaceId !== found.value.id || (job.finishedAt !== undefined && core.now() - job.finishedAt > RESULT_TTL_MS)) {
          return success('Import job details', { jobId, jobCode: '1005', jobStatus: JOB_STATUS['1005'] });
        }
        const code = pollImportJob(state, job);
        const table = found.value.tables.get(job.tableId);
        const jobInfo =
          code === '1004' && table
            ? { viewId: table.id, ...importResult(table, job.spec, job.totals) }
            : code === '1003'
              ? { importErrors: job.error }
              : undefined;
        return success('Import job details', {
          jobId,
          jobCode: code,
          jobStatus: JOB_STATUS[code],
          ...(jobInfo ? { jobInfo } : {}),
          ...(job.finishedAt !== undefined ? { expiryTime: String(job.finishedAt + RESULT_TTL_MS) } : {}),
        });
      },
    },
  ];
}

/**
 * One batch (or the single file of an import job) into `job`. append and updateadd commit
 * each batch; truncateadd stages rows until the last one, as Zoho documents. A row error
 * with onError abort fails the whole job ("1003").
 */
function importBatch(job: SimImportJob, table: SimTable, text: string, fileType: 'csv' | 'json', last: boolean, now: number): void {
  job.batches++;
  if (job.error === undefined) {
    const file = parseImportFile(text, fileType);
    const prepared = file instanceof Response ? undefined : prepareImport(table, file, job.spec);
    if (prepared === undefined || prepared instanceof Response) {
      job.error = prepared instanceof Response ? 'Import Aborted: a row does not fit the table (see onError).' : 'The file cannot be imported.';
    } else {
      addToTotals(job, prepared);
      if (job.spec.importType === 'truncateadd') {
        // One by one: a spread of 200,000 rows would overflow the call stack.
        for (const row of prepared.rows) job.staged.push(row);
        job.stagedColumnIds = prepared.columnIds;
      } else {
        applyImport(table, prepared, job.spec, false);
      }
    }
  }
  if (!last) return;
  if (job.error === undefined && job.spec.importType === 'truncateadd') applyImport(table, { rows: job.staged, columnIds: job.stagedColumnIds }, job.spec, true);
  job.staged.length = 0;
  job.finished = true;
  job.finishedAt = now;
}

/** Holds `table` for the import's processing time; 7092 if another import holds it. */
async function holdingTable(state: AnalyticsState, table: SimTable, work: () => Response): Promise<Response> {
  if (table.importing) {
    return failure(7092, 'IMPORT_IN_PROGRESS', 'Another import is in progress on this table. Please try again later.');
  }
  table.importing = true;
  try {
    if (state.importHoldMs > 0) await new Promise((resolve) => setTimeout(resolve, state.importHoldMs));
    return work();
  } finally {
    table.importing = false;
  }
}

/**
 * The file of a multipart import: `FILE`, or the text in `DATA` where allowed. A body that
 * is not multipart is 7248; a file over the API's limit is refused.
 */
async function readUpload(request: Request, options: { allowData: boolean; limitBytes: number }): Promise<{ text: string; bytes: number } | Response> {
  if (!/multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) {
    return failure(7248, 'NOT_MULTIPART', 'The file content is not "multipart/form-data" format.');
  }
  const form = await request.formData();
  const file = form.get('FILE');
  const data = options.allowData ? form.get('DATA') : null;
  let text: string;
  let bytes: number;
  if (file !== null && typeof file !== 'string') {
    bytes = file.size;
    if (bytes > options.limitBytes) return tooLarge(options.limitBytes);
    text = await file.text();
  } else if (typeof file === 'string' || typeof data === 'string') {
    text = (typeof file === 'string' ? file : data) as string;
    bytes = new TextEncoder().encode(text).length;
    if (bytes > options.limitBytes) return tooLarge(options.limitBytes);
  } else {
    return failure(8504, 'LESS_THAN_MIN_OCCURANCE', `The parameter ${options.allowData ? 'FILE (or DATA)' : 'FILE'} is not proper(Has not been sent or is less than required count)`);
  }
  return { text, bytes };
}

// Zoho refuses a file over the API's limit (20 MB sync, 100 MB per job or batch); the exact
// code and status of that answer are unverified, so the simulator answers 413 with 8504.
function tooLarge(limitBytes: number): Response {
  return failure(8504, 'FILE_SIZE_EXCEEDED', `The file exceeds the maximum allowed size of ${Math.round(limitBytes / 1_000_000)} MB.`, 413);
}
