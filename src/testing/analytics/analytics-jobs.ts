import { stringify } from 'csv-stringify/sync';
import type { ImportSpec, PreparedImport } from './analytics-import.js';
import { UnknownNameError, type QueryResult } from './analytics-sql.js';
import type { AnalyticsState, SimRow, SimWorkspace } from './analytics-state.js';

/**
 * Bulk jobs: export jobs (a SQL query or a view, as CSV) and import jobs (one file, or a
 * batch import fed batch by batch). A job's `jobCode` moves "1001" (not started) → "1002"
 * (running) → "1004" (done) or "1003" (failed, still HTTP 200); an unknown id is "1005".
 */
export type JobCode = '1001' | '1002' | '1003' | '1004' | '1005';

export const JOB_STATUS: Record<JobCode, string> = {
  '1001': 'JOB NOT INITIATED',
  '1002': 'JOB IN PROGRESS',
  '1003': 'ERROR OCCURRED',
  '1004': 'JOB COMPLETED',
  '1005': 'JOB NOT FOUND',
};

// Zoho keeps a finished job's result for one hour.
export const RESULT_TTL_MS = 60 * 60 * 1000;

export interface SimExportJob {
  readonly id: string;
  readonly workspaceId: string;
  /** Runs the job's query (a SELECT checked for syntax at creation, or a view's rows). */
  readonly run: () => Promise<QueryResult>;
  readonly createdAt: number;
  polls: number;
  code: JobCode;
  /** The CSV once done. */
  csv: string | undefined;
  error: string | undefined;
  /** Set at creation from `failExportJobs`: the job ends "1003". */
  readonly doomed: boolean;
  finishedAt: number | undefined;
}

/** One poll of an export job: it starts, runs, then produces its CSV (or fails). */
export async function pollExportJob(state: AnalyticsState, job: SimExportJob, workspace: SimWorkspace, now: number): Promise<void> {
  if (job.code === '1003' || job.code === '1004') return;
  job.polls++;
  if (job.polls <= state.exportPollsUntilDone) {
    job.code = job.polls === 1 ? '1001' : '1002';
    return;
  }
  job.finishedAt = now;
  if (job.doomed) {
    job.code = '1003';
    job.error = 'The export job failed while running the query.';
    return;
  }
  try {
    const result = await job.run();
    job.csv = stringify([result.header, ...result.rows]);
    job.code = '1004';
  } catch (error) {
    if (!(error instanceof UnknownNameError)) throw error;
    // A query naming a table or column that is not there fails the job, not the request.
    job.code = '1003';
    job.error = error.message;
  }
}

export interface SimImportJob {
  readonly id: string;
  readonly workspaceId: string;
  readonly tableId: string;
  readonly spec: ImportSpec;
  /** The key the next batch must carry. */
  batchKey: string;
  batches: number;
  /** truncateadd commits only after the last batch: rows wait here. */
  readonly staged: SimRow[];
  stagedColumnIds: string[];
  readonly totals: Omit<PreparedImport, 'rows' | 'columnIds'>;
  /** The last batch arrived (or the single file of an import job was processed). */
  finished: boolean;
  polls: number;
  error: string | undefined;
  finishedAt: number | undefined;
}

export function newImportJob(state: AnalyticsState, workspaceId: string, tableId: string, spec: ImportSpec): SimImportJob {
  const job: SimImportJob = {
    id: state.newId(),
    workspaceId,
    tableId,
    spec,
    batchKey: state.random.hex(16),
    batches: 0,
    staged: [],
    stagedColumnIds: [],
    totals: { totalRowCount: 0, successRowCount: 0, warnings: 0, errors: [], totalColumnCount: 0, selectedColumnCount: 0 },
    finished: false,
    polls: 0,
    error: undefined,
    finishedAt: undefined,
  };
  state.importJobs.set(job.id, job);
  return job;
}

/** Adds one batch's counts to the job's summary. */
export function addToTotals(job: SimImportJob, prepared: Omit<PreparedImport, 'rows' | 'columnIds'>): void {
  const totals = job.totals;
  totals.totalRowCount += prepared.totalRowCount;
  totals.successRowCount += prepared.successRowCount;
  totals.warnings += prepared.warnings;
  totals.errors.push(...prepared.errors);
  totals.totalColumnCount = prepared.totalColumnCount;
  totals.selectedColumnCount = prepared.selectedColumnCount;
}

/** The code a poll of an import job answers: running until its last batch, then done after `importPollsUntilDone` polls. */
export function pollImportJob(state: AnalyticsState, job: SimImportJob): JobCode {
  if (job.error !== undefined) return '1003';
  if (!job.finished) return '1002';
  job.polls++;
  return job.polls <= state.importPollsUntilDone ? '1002' : '1004';
}
