import { stringify } from 'csv-stringify/sync';
import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { failure, invalidValue, missingKey, readConfig, success } from './analytics-answers.js';
import { JOB_STATUS, pollExportJob, RESULT_TTL_MS, type SimExportJob } from './analytics-jobs.js';
import { tableScope, workspaceScope } from './analytics-scope.js';
import { checkCriteria, checkSelect, runSelect, SqlSyntaxError, UnknownNameError, type QueryResult } from './analytics-sql.js';
import { formatCell } from './analytics-values.js';
import type { AnalyticsState, SimTable, SimWorkspace } from './analytics-state.js';

const WS = '/restapi/v2/workspaces/{workspaceId}';
const BULK = '/restapi/v2/bulk/workspaces/{workspaceId}';

/**
 * Exports: a view at once, or as a bulk job (of a view or of a SQL query) that is polled
 * through its jobCode and then downloaded as raw CSV with no envelope. Only CSV is simulated.
 */
export function analyticsExportRoutes(core: SimulatorCore, state: AnalyticsState): Route[] {
  const createJob = (workspace: SimWorkspace, run: () => Promise<QueryResult>): Response => {
    const doomed = state.failExportJobs > 0;
    if (doomed) state.failExportJobs--;
    const job: SimExportJob = { id: state.newId(), workspaceId: workspace.id, run, createdAt: core.now(), polls: 0, code: '1001', csv: undefined, error: undefined, doomed, finishedAt: undefined };
    state.exportJobs.set(job.id, job);
    return success('Create export job', { jobId: job.id });
  };
  const expired = (job: SimExportJob) => job.finishedAt !== undefined && core.now() - job.finishedAt > RESULT_TTL_MS;

  return [
    {
      method: 'GET',
      path: `${WS}/views/{viewId}/data`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const view = viewQuery(found.value.workspace, found.value.table, read.config);
        if (view instanceof Response) return view;
        try {
          const result = await view();
          return csv(stringify([result.header, ...result.rows]));
        } catch (error) {
          if (error instanceof SqlSyntaxError) return invalidCriteria(error);
          if (error instanceof UnknownNameError) return criteriaColumnMissing(error);
          throw error;
        }
      },
    },
    {
      method: 'GET',
      path: `${BULK}/views/{viewId}/data`,
      auth: true,
      handle: async (context) => {
        const found = tableScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const view = viewQuery(found.value.workspace, found.value.table, read.config);
        if (view instanceof Response) return view;
        const criteria = read.config['criteria'];
        if (typeof criteria === 'string' && criteria.trim() !== '') {
          try {
            await checkCriteria(found.value.table, criteria);
          } catch (error) {
            if (error instanceof SqlSyntaxError) return invalidCriteria(error);
            // A column the view lacks fails the job, not the request.
            if (!(error instanceof UnknownNameError)) throw error;
          }
        }
        return createJob(found.value.workspace, view);
      },
    },
    {
      method: 'GET',
      path: `${BULK}/data`,
      auth: true,
      handle: async (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const { sqlQuery, responseFormat } = read.config;
        if (typeof sqlQuery !== 'string' || sqlQuery.trim() === '') return missingKey('sqlQuery');
        const format = checkFormat(responseFormat);
        if (format) return format;
        try {
          await checkSelect(found.value, sqlQuery);
        } catch (error) {
          if (error instanceof SqlSyntaxError) return failure(7403, 'SQL_PARSE_ERROR', `Parsing of SQL query failed: ${error.message}`);
          // A table or column that is not there fails the job when it runs, not the request.
          if (!(error instanceof UnknownNameError)) throw error;
        }
        const workspace = found.value;
        return createJob(workspace, () => runSelect(workspace, sqlQuery));
      },
    },
    {
      method: 'GET',
      path: `${BULK}/exportjobs/{jobId}`,
      auth: true,
      handle: async (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const jobId = context.params['jobId']!;
        const job = state.exportJobs.get(jobId);
        if (!job || job.workspaceId !== found.value.id || expired(job)) {
          return success('Export job details', { jobId, jobCode: '1005', jobStatus: JOB_STATUS['1005'] });
        }
        await pollExportJob(state, job, found.value, core.now());
        return success('Export job details', {
          jobId,
          jobCode: job.code,
          jobStatus: JOB_STATUS[job.code],
          ...(job.code === '1004' ? { downloadUrl: `${context.url.origin}/restapi/v2/bulk/workspaces/${found.value.id}/exportjobs/${jobId}/data` } : {}),
          ...(job.code === '1003' && job.error ? { errorMessage: job.error } : {}),
          ...(job.finishedAt !== undefined ? { expiryTime: String(job.finishedAt + RESULT_TTL_MS) } : {}),
        });
      },
    },
    {
      method: 'GET',
      path: `${BULK}/exportjobs/{jobId}/data`,
      auth: true,
      handle: (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const job = state.exportJobs.get(context.params['jobId']!);
        if (!job || job.workspaceId !== found.value.id || expired(job)) {
          return failure(8120, 'EXPORT_JOB_NOT_FOUND', 'Export job not found. Check the export job id provided is valid and not expired.');
        }
        if (job.code !== '1004' || job.csv === undefined) {
          return failure(8121, 'EXPORT_JOB_NOT_COMPLETED', 'Export job not completed yet.');
        }
        return csv(job.csv);
      },
    },
  ];
}

function csv(text: string): Response {
  return new Response(text, { status: 200, headers: { 'content-type': 'text/csv;charset=UTF-8' } });
}

function checkFormat(responseFormat: unknown): Response | undefined {
  if (responseFormat === undefined) return missingKey('responseFormat');
  if (responseFormat !== 'csv') return invalidValue('responseFormat', responseFormat);
  return undefined;
}

/**
 * `select * from <view> [where <criteria>]`, from an export CONFIG. Without a criteria the
 * rows are read as they are, so a plain view export needs no SQL engine.
 */
function viewQuery(workspace: SimWorkspace, table: SimTable, config: Record<string, unknown>): (() => Promise<QueryResult>) | Response {
  const format = checkFormat(config['responseFormat']);
  if (format) return format;
  const criteria = config['criteria'];
  if (typeof criteria !== 'string' || criteria.trim() === '') return async () => allRows(table);
  return () => runSelect(workspace, `SELECT * FROM "${table.name.replace(/"/g, '""')}" WHERE (${criteria})`);
}

function allRows(table: SimTable): QueryResult {
  return {
    header: table.columns.map((column) => column.name),
    rows: table.rows.map((row) => table.columns.map((column) => formatCell(row.get(column.id) ?? null))),
  };
}

function invalidCriteria(error: SqlSyntaxError): Response {
  return failure(8002, 'INVALID_CRITERIA', `Specified criteria is invalid: ${error.message}`);
}

function criteriaColumnMissing(error: UnknownNameError): Response {
  return failure(8004, 'CRITERIA_COLUMN_NOT_PRESENT', `The column "${error.unknown}" mentioned in the criteria is not present in the table.`);
}
