import { ZohoResponseError } from '../errors.js';
import type { AnalyticsJobOptions, AnalyticsRow } from './analytics-types.js';
import { config } from './config-param.js';
import { csvRows } from './csv-records.js';
import { pollJob } from './job-poll.js';
import { orgHeader, type WorkspaceScope } from './workspace-scope.js';

/**
 * The rows of a SQL SELECT, through Analytics' bulk export API, streamed:
 *
 *   1. create the export job (`GET /bulk/workspaces/{ws}/data`, CONFIG `sqlQuery`,
 *      `responseFormat: "csv"`) → jobId;
 *   2. poll it until jobCode "1004" ("1003" and "1005" throw ZohoJobError);
 *   3. download the raw CSV (no envelope) and parse it as it arrives into row objects.
 */
export async function* streamSql(scope: WorkspaceScope, sql: string, options: AnalyticsJobOptions): AsyncGenerator<AnalyticsRow, void, undefined> {
  const signal = options.signal ? { signal: options.signal } : {};
  const { data: created } = await scope.api.GET('/restapi/v2/bulk/workspaces/{workspaceId}/data', {
    params: {
      path: { workspaceId: scope.workspaceId },
      query: { CONFIG: config('CreateExportJobBySqlConfig', { sqlQuery: sql, responseFormat: 'csv' }) },
      header: orgHeader(scope),
    },
    ...signal,
  });
  const jobId = created!.data.jobId;
  await pollJob(
    'export',
    jobId,
    async () => {
      const { data } = await scope.api.GET('/restapi/v2/bulk/workspaces/{workspaceId}/exportjobs/{jobId}', {
        params: { path: { workspaceId: scope.workspaceId, jobId }, header: orgHeader(scope) },
        ...signal,
      });
      return data!.data;
    },
    { ...options, describeFailure: errorMessageOf },
  );
  const { data: body } = await scope.api.GET('/restapi/v2/bulk/workspaces/{workspaceId}/exportjobs/{jobId}/data', {
    params: { path: { workspaceId: scope.workspaceId, jobId }, header: orgHeader(scope) },
    parseAs: 'stream',
    ...signal,
  });
  if (!body) throw new ZohoResponseError(`analytics: export job ${jobId} answered its download with no body`, { product: 'analytics' });
  yield* csvRows(body, `the result of export job ${jobId}`);
}

/** Zoho's reason for a failed job, when the state carries one beyond the spec's fields. */
function errorMessageOf(state: object): string | undefined {
  const message = (state as { errorMessage?: unknown }).errorMessage;
  return typeof message === 'string' ? message : undefined;
}
