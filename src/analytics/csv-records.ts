import { ZohoError, ZohoResponseError } from '../errors.js';

/**
 * CSV parsing with csv-parse's web stream, for the two places that need records: splitting
 * a large import into batches, and reading an export. Input is read as the consumer pulls,
 * so neither needs the whole file in memory; a consumer that stops early cancels the input.
 */

const FEED_BYTES = 64 * 1024;

/** One record of the input and its original text (with its line break). */
export interface RawRecord {
  record: string[];
  raw: string;
}

/** The records of CSV text arriving in chunks, each with its original text. */
export async function* rawRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord, void, undefined> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const source = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return controller.close();
      // Fed in slices: one huge chunk makes the parser queue every record of it at once,
      // and draining a long web-stream queue is slow (measured: 20 MB in one chunk 28 s,
      // in 64 KB slices under 4 s).
      const bytes = encoder.encode(next.value);
      for (let at = 0; at < bytes.length; at += FEED_BYTES) controller.enqueue(bytes.subarray(at, at + FEED_BYTES));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  yield* parsed<RawRecord>(source, { raw: true, bom: true, relax_column_count: true, skip_empty_lines: true }, 'the CSV to import', false);
}

/** The rows of a CSV body with a header line: column name → cell text. */
export function csvRows(body: ReadableStream<Uint8Array>, what: string): AsyncGenerator<Record<string, string>, void, undefined> {
  return parsed<Record<string, string>>(body, { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }, what, true);
}

/** `fromZoho`: the CSV is Zoho's answer (a ZohoResponseError if broken), else the caller's input. */
async function* parsed<T>(source: ReadableStream<Uint8Array>, options: Record<string, unknown>, what: string, fromZoho: boolean): AsyncGenerator<T, void, undefined> {
  // Lazy: csv-parse's stream entry needs node:stream/web, and only imports and exports use it.
  const { parse, CsvError } = await import('csv-parse/stream');
  const reader = source.pipeThrough(parse(options) as TransformStream<Uint8Array, T>).getReader();
  let finished = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } catch (error) {
    finished = true;
    if (error instanceof CsvError) {
      const message = `analytics: ${what} is not valid CSV: ${error.message}`;
      throw fromZoho ? new ZohoResponseError(message, { product: 'analytics', cause: error }) : new ZohoError(message, { product: 'analytics', cause: error });
    }
    throw error;
  } finally {
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}
