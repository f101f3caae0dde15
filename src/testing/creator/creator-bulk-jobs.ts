import { stringify } from 'csv-stringify/sync';
import { Zip, ZipDeflate } from 'fflate';
import type { SimCreatorRecord, SimReport } from './creator-state.js';

/** A bulk read job as the simulator keeps it. Tests read `bytesServed` and `zipBytes`. */
export interface SimBulkJob {
  readonly id: string;
  readonly owner: string;
  readonly app: string;
  readonly report: SimReport;
  readonly createdBy: string;
  readonly createdTime: string;
  /** The records of this batch, fixed when the job was created. */
  readonly ids: readonly string[];
  /** CSV columns: ID first, then the fields asked for (or all the records have). */
  readonly columns: readonly string[];
  /** Starts the next batch, when records remain past this one. */
  readonly nextCursor: string | undefined;
  status: 'In-progress' | 'Completed' | 'Failed';
  polls: number;
  readonly willFail: boolean;
  /** ZIP bytes handed to downloaders so far (all downloads together). */
  bytesServed: number;
  /** The size of the whole ZIP, known once a download has been read to the end. */
  zipBytes: number | undefined;
}

/**
 * The job's result as Zoho serves it: a ZIP archive holding one CSV file. It is built while
 * it is read (rows → CSV → deflate → ZIP chunks, one step per pull), so a client that reads
 * slowly makes the simulator generate slowly, and `bytesServed` shows how far it has read.
 * The entry is streamed, so the ZIP uses data descriptors (sizes after the data), as
 * streaming ZIP writers such as Java's ZipOutputStream do.
 */
export function bulkResultZip(job: SimBulkJob, records: ReadonlyMap<string, SimCreatorRecord>, rowsPerChunk: number): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | undefined;
  let served = 0;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const entry = new ZipDeflate(`${job.report.name}.csv`, { level: 6 });
  zip.add(entry);
  const encoder = new TextEncoder();
  let next = -1; // -1: the header row is still to write
  let ended = false;

  const step = (): void => {
    if (next === -1) {
      entry.push(encoder.encode(stringify([job.columns])), false);
      next = 0;
      return;
    }
    const slice = job.ids.slice(next, next + rowsPerChunk);
    next += slice.length;
    const rows = slice.flatMap((id) => {
      const record = records.get(id);
      // A record deleted after the job was created is left out.
      return record ? [job.columns.map((column) => cell(record[column]))] : [];
    });
    const last = next >= job.ids.length;
    entry.push(encoder.encode(rows.length > 0 ? stringify(rows) : ''), last);
    if (last) {
      zip.end();
      ended = true;
    }
  };

  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        while (ready.length === 0 && !ended && !failure) step();
        if (failure) {
          controller.error(failure);
          return;
        }
        const chunk = ready.shift();
        if (chunk) {
          served += chunk.length;
          job.bytesServed += chunk.length;
          controller.enqueue(chunk);
        }
        if (ended && ready.length === 0) {
          job.zipBytes = served;
          controller.close();
        }
      },
    },
    // Nothing is built ahead of a read: the reader's pace is the generator's pace.
    { highWaterMark: 0 },
  );
}

/** A CSV cell: text as is, lists and objects as JSON, empty for null. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Creator's timestamp format in job details, e.g. "03-Sep-2021 14:55:46". */
export function creatorTimestamp(ms: number): string {
  const date = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}-${months[date.getUTCMonth()]}-${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}
