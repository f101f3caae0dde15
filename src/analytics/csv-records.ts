import { CsvHeaderRows, CsvSyntaxError } from '../csv/csv-parser.js';
import { csvRecordStream, type CsvRecord } from '../csv/csv-record-stream.js';
import { ZohoError, ZohoResponseError } from '../errors.js';

/**
 * CSV parsing on web streams, for the two places that need records: splitting a large
 * import into batches, and reading an export. Input is read as the consumer pulls, so
 * neither needs the whole file in memory; a consumer that stops early cancels the input.
 */

// Text is fed to the parser in slices of about this many characters: a huge chunk would
// make it queue every record of the chunk at once.
const FEED_CHARS = 64 * 1024;

/** One record of the input and its original text (with its line break). */
export interface RawRecord {
  record: string[];
  raw: string;
}

/** The records of CSV text arriving in chunks, each with its original text. */
export async function* rawRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord, void, undefined> {
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
  for await (const { fields, raw } of records(source.pipeThrough(csvRecordStream({ raw: true })), 'the CSV to import', false)) {
    yield { record: fields, raw };
  }
}

/** The rows of a CSV body with a header line: column name → cell text. */
export async function* csvRows(body: ReadableStream<Uint8Array>, what: string): AsyncGenerator<Record<string, string>, void, undefined> {
  const header = new CsvHeaderRows(false);
  // TextDecoderStream drops a UTF-8 BOM and joins characters split between chunks.
  for await (const { fields } of records(body.pipeThrough<string>(new TextDecoderStream() as TransformStream<Uint8Array, string>).pipeThrough(csvRecordStream()), what, true)) {
    const row = header.row(fields);
    if (row) yield row;
  }
}

/** `fromZoho`: the CSV is Zoho's answer (a ZohoResponseError if broken), else the caller's input. */
async function* records(stream: ReadableStream<CsvRecord>, what: string, fromZoho: boolean): AsyncGenerator<CsvRecord, void, undefined> {
  const reader = stream.getReader();
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
    if (error instanceof CsvSyntaxError) {
      const message = `analytics: ${what} is not valid CSV: ${error.message}`;
      throw fromZoho ? new ZohoResponseError(message, { product: 'analytics', cause: error }) : new ZohoError(message, { product: 'analytics', cause: error });
    }
    throw error;
  } finally {
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}
