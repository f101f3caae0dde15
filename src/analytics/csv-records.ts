import { csvRecordStream, csvRowStream, isCsvError, type CsvRawRecord } from '../csv/csv-parse-stream.js';
import { ZohoError, ZohoResponseError } from '../errors.js';

/**
 * CSV parsing on web streams (csv-parse, src/csv/csv-parse-stream.ts), for the two places
 * that need records: splitting a large import into batches, and reading an export. Input
 * is read as the consumer pulls, so neither needs the whole file in memory; a consumer
 * that stops early cancels the input.
 */

// Text is fed to the parser in slices of about this many characters: a huge chunk would
// make it hold every record of the chunk at once.
const FEED_CHARS = 64 * 1024;

/** The records of CSV text arriving in chunks, with their text, a batch per slice of text. */
export async function* rawRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRawRecord[], void, undefined> {
  const iterator = chunks[Symbol.asyncIterator]();
  const source = new ReadableStream<string>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return controller.close();
      for (let at = 0; at < next.value.length; at += FEED_CHARS) controller.enqueue(next.value.slice(at, at + FEED_CHARS));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  yield* batches(source.pipeThrough(csvRecordStream()), 'the CSV to import', false);
}

/** The rows of a CSV body with a header line: column name → cell text. */
export async function* csvRows(body: ReadableStream<Uint8Array>, what: string): AsyncGenerator<Record<string, string>, void, undefined> {
  for await (const batch of batches(body.pipeThrough(csvRowStream({ strict: false })), what, true)) yield* batch;
}

/** `fromZoho`: the CSV is Zoho's answer (a ZohoResponseError if broken), else the caller's input. */
async function* batches<T>(stream: ReadableStream<T[]>, what: string, fromZoho: boolean): AsyncGenerator<T[], void, undefined> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        finished = true;
        return;
      }
      if (next.value.length > 0) yield next.value;
    }
  } catch (error) {
    finished = true;
    if (isCsvError(error)) {
      const message = `analytics: ${what} is not valid CSV: ${error.message}`;
      throw fromZoho ? new ZohoResponseError(message, { product: 'analytics', cause: error }) : new ZohoError(message, { product: 'analytics', cause: error });
    }
    throw error;
  } finally {
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}
