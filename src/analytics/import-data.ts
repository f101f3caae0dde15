import { recordLine } from '../csv/csv-parse-stream.js';
import { ZohoError } from '../errors.js';
import type { AnalyticsJobOptions, AnalyticsSchemas } from './analytics-types.js';
import { config } from './config-param.js';
import { rawRecords } from './csv-records.js';
import { csvChunks, type ImportInput } from './csv-source.js';
import { replaceEmojiInChunks, type EmojiReplacer } from './emoji.js';
import { pollJob } from './job-poll.js';
import { uploadBody } from '../upload/upload-body.js';
import { BATCH_LIMIT_BYTES, DEFAULT_BATCH_BYTES, SYNC_IMPORT_LIMIT_BYTES } from './import-limits.js';
import { utf8Length } from './utf8-length.js';
import { orgHeader, type WorkspaceScope } from './workspace-scope.js';

export type ImportType = 'APPEND' | 'TRUNCATEADD' | 'UPDATEADD';
export type OnImportError = 'ABORT' | 'SKIPROW' | 'SETCOLUMNEMPTY';

export interface ImportOptions extends AnalyticsJobOptions {
  /**
   * APPEND adds the rows; TRUNCATEADD deletes every row first; UPDATEADD updates the rows
   * whose `matchingColumns` match and adds the others. Default APPEND.
   */
  importType?: ImportType | Lowercase<ImportType>;
  /** The columns that identify a row; required with UPDATEADD. */
  matchingColumns?: readonly string[];
  /** What a bad row does: ABORT the import, SKIPROW, or SETCOLUMNEMPTY (Zoho's default: abort). */
  onError?: OnImportError | Lowercase<OnImportError>;
  /**
   * Replace emoji before uploading (Analytics rejected them): `true` for `:shortcode:`s, or
   * your own replacer (e.g. a full shortcode table). Default false.
   */
  replaceEmoji?: boolean | EmojiReplacer;
  /** With row input: the CSV columns, in order (default: the first row's keys). */
  columns?: readonly string[];
  /** Format of dates Zoho cannot recognise, e.g. "dd-MMM-yyyy". */
  dateFormat?: string;
  /** Up to this size the data goes in one synchronous call; over it, the batch import API. Default 20 MB, Zoho's limit. */
  syncLimitBytes?: number;
  /** The size of each batch over the sync limit. Default 50 MB (Zoho allows 100 MB). */
  batchBytes?: number;
}

/** What an import did. */
export interface ImportSummary {
  /** As Zoho echoes it (upper case). */
  importType: string | undefined;
  totalRows: number;
  successRows: number;
  /** Rows that were not imported (skipped for errors). */
  failedRows: number;
  /** Cells emptied with onError SETCOLUMNEMPTY, and other warnings. */
  warnings: number;
  /** Zoho's description of the rows in error, one per line; '' when there were none. */
  errors: string;
  /** Column name → Zoho's data type name. */
  columnTypes: Record<string, string>;
  /** `sync` for one call, `batch` when the data went through the batch import API. */
  via: 'sync' | 'batch';
  /** Batches sent (1 for a sync import). */
  batches: number;
  /** The import job (batch imports only). */
  jobId: string | undefined;
}

type ImportResult = AnalyticsSchemas['ImportResult'];
type Shared = Pick<AnalyticsSchemas['ImportDataConfig'], 'importType' | 'matchingColumns' | 'onError' | 'dateFormat' | 'autoIdentify'>;

/**
 * Imports CSV (or rows) into a table: in one synchronous call while the data fits Zoho's
 * 20 MB limit, else through the batch import API. The data is read once, as a stream: up
 * to the limit it is buffered (to send it whole if it ends there); past it, it is cut into
 * batches at record boundaries, each with the header line, and only one batch waits in
 * memory besides the one being built.
 */
export async function importData(scope: WorkspaceScope, viewId: string, input: ImportInput, options: ImportOptions): Promise<ImportSummary> {
  const shared = importConfig(options);
  let chunks: AsyncIterable<string> = csvChunks(input, options.columns ? { columns: options.columns } : {});
  if (options.replaceEmoji) chunks = replaceEmojiInChunks(chunks, options.replaceEmoji === true ? undefined : options.replaceEmoji);
  const limit = options.syncLimitBytes ?? SYNC_IMPORT_LIMIT_BYTES;
  const iterator = chunks[Symbol.asyncIterator]();
  const head: string[] = [];
  let bytes = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return syncImport(scope, viewId, head.join(''), shared, options);
    head.push(next.value);
    bytes += utf8Length(next.value);
    if (bytes > limit) break;
  }
  const rest: AsyncIterable<string> = {
    async *[Symbol.asyncIterator]() {
      try {
        yield* head.splice(0);
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      } finally {
        // A batch failed or the caller aborted: stop the source too (closing its file or stream).
        await iterator.return?.();
      }
    },
  };
  return batchImport(scope, viewId, rest, shared, options);
}

/** The CONFIG keys every import call shares; throws on options Zoho would refuse, before any call. */
export function importConfig(options: ImportOptions): Shared {
  const importType = (options.importType ?? 'APPEND').toLowerCase() as Shared['importType'];
  if (importType === 'updateadd' && (options.matchingColumns ?? []).length === 0) {
    throw new ZohoError('analytics: importType UPDATEADD needs matchingColumns', { product: 'analytics' });
  }
  return {
    importType,
    autoIdentify: true,
    ...(options.matchingColumns ? { matchingColumns: [...options.matchingColumns] } : {}),
    ...(options.onError ? { onError: options.onError.toLowerCase() as NonNullable<Shared['onError']> } : {}),
    ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
  };
}

/**
 * A multipart body with the CSV as the `FILE` part (CONFIG travels in the query). The text
 * was already cut to `limit` (the sync limit, or a batch's size); the shared upload path
 * checks it again and names the file in its error if it is not.
 */
async function fileForm(csv: string, limit: number): Promise<FormData> {
  const { form } = await uploadBody('FILE', new Blob([csv], { type: 'text/csv' }), { fileName: 'data.csv' }, { limit, what: 'import file', product: 'analytics' });
  return form;
}

async function syncImport(scope: WorkspaceScope, viewId: string, csv: string, shared: Shared, options: ImportOptions): Promise<ImportSummary> {
  const form = await fileForm(csv, Math.max(options.syncLimitBytes ?? SYNC_IMPORT_LIMIT_BYTES, SYNC_IMPORT_LIMIT_BYTES));
  const { data } = await scope.api.POST('/restapi/v2/workspaces/{workspaceId}/views/{viewId}/data', {
    params: {
      path: { workspaceId: scope.workspaceId, viewId },
      query: { CONFIG: config('ImportDataConfig', { ...shared, fileType: 'csv' }) },
      header: orgHeader(scope),
    },
    body: {},
    bodySerializer: () => form,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return summaryOf(data!.data, { via: 'sync', batches: 1, jobId: undefined });
}

async function batchImport(scope: WorkspaceScope, viewId: string, chunks: AsyncIterable<string>, shared: Shared, options: ImportOptions): Promise<ImportSummary> {
  let batchKey = 'start';
  let jobId: string | undefined;
  let batches = 0;
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  for await (const batch of csvBatches(chunks, batchBytes)) {
    const form = await fileForm(batch.text, Math.max(batchBytes, BATCH_LIMIT_BYTES));
    const { data } = await scope.api.POST('/restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data/batch', {
      params: {
        path: { workspaceId: scope.workspaceId, viewId },
        query: { CONFIG: config('BatchImportConfig', { ...shared, batchKey, isLastBatch: batch.last }) },
        header: orgHeader(scope),
      },
      body: { FILE: '' },
      bodySerializer: () => form,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    batches++;
    jobId = data!.data.jobId;
    batchKey = data!.data.batchKey;
  }
  if (jobId === undefined) throw new ZohoError('analytics: the batch import had no data to send', { product: 'analytics' });
  const id = jobId;
  const done = await pollJob(
    'import',
    id,
    async () => {
      const { data } = await scope.api.GET('/restapi/v2/bulk/workspaces/{workspaceId}/importjobs/{jobId}', {
        params: { path: { workspaceId: scope.workspaceId, jobId: id }, header: orgHeader(scope) },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return data!.data;
    },
    { ...options, describeFailure: (state) => state.jobInfo?.importErrors },
  );
  if (!done.jobInfo) throw new ZohoError(`analytics: import job ${id} completed without its summary`, { product: 'analytics', details: done });
  return summaryOf(done.jobInfo, { via: 'batch', batches, jobId: id });
}

function summaryOf(result: ImportResult, how: Pick<ImportSummary, 'via' | 'batches' | 'jobId'>): ImportSummary {
  const summary = result.importSummary;
  const total = summary.totalRowCount ?? 0;
  const success = summary.successRowCount ?? 0;
  return {
    importType: summary.importType,
    totalRows: total,
    successRows: success,
    failedRows: total - success,
    warnings: summary.warnings ?? 0,
    errors: result.importErrors ?? '',
    columnTypes: result.columnDetails ?? {},
    ...how,
  };
}

/**
 * CSV text cut into batches of at most `batchBytes`, each starting with the header line
 * and ending on a record boundary (the CSV parser finds them, so quoted line breaks stay
 * whole). The last batch is flagged, which needs one batch of look-ahead.
 */
export async function* csvBatches(chunks: AsyncIterable<string>, batchBytes: number): AsyncGenerator<{ text: string; last: boolean }, void, undefined> {
  let header: string | undefined;
  let headerBytes = 0;
  let lines: string[] = [];
  let linesBytes = 0;
  let ready: string | undefined;
  for await (const records of rawRecords(chunks)) {
    for (const { raw } of records) {
      const line = recordLine(raw);
      if (header === undefined) {
        header = line;
        headerBytes = utf8Length(header);
        continue;
      }
      const size = utf8Length(line);
      if (headerBytes + size > batchBytes) {
        throw new ZohoError(`analytics: one CSV record is ${size} bytes, more than a batch may hold (${batchBytes})`, { product: 'analytics' });
      }
      if (lines.length > 0 && headerBytes + linesBytes + size > batchBytes) {
        if (ready !== undefined) yield { text: ready, last: false };
        ready = header + lines.join('');
        lines = [];
        linesBytes = 0;
      }
      lines.push(line);
      linesBytes += size;
    }
  }
  if (header === undefined) return;
  // A batch is set aside only when a record does not fit it, and that record follows in
  // `lines`: the batch set aside is never the last, and `lines` always goes out (alone it
  // is the header, for a CSV with no records).
  if (ready !== undefined) yield { text: ready, last: false };
  yield { text: header + lines.join(''), last: true };
}
