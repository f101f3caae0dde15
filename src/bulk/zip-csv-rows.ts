import type { Unzip as UnzipStream, UnzipFile } from 'fflate';
import { csvRowStream, isCsvError } from '../csv/csv-parse-stream.js';
import { ZohoConnectionError, ZohoResponseError } from '../errors.js';
import { networkCode } from '../http/normalise.js';

/** One CSV row, keyed by the header row's column names. Every value is text, as in the file. */
export type CsvRow = Record<string, string>;

export interface ZipCsvRowsOptions {
  /** Stops reading (and cancels the body) when aborted. */
  signal?: AbortSignal | undefined;
  /** Which entry to read; default the first `.csv` in the archive. */
  accept?: (fileName: string) => boolean;
  /** Called once with the entry's name when it is found. */
  onFile?: (fileName: string) => void;
}

// A local file header comes first in any ZIP; if none shows up in this many bytes, the body
// is something else (an HTML error page, JSON) and buffering more of it would be pointless.
const MAX_BYTES_BEFORE_ENTRY = 1 << 20;
// Feed the CSV parser in slices of this size and hand out their rows in between, so at most
// one slice's rows (a few hundred) are held at once however well the ZIP compresses.
const PARSE_SLICE = 64 * 1024;
const INFLATE_SLICE = 16 * 1024;
// When the body arrives faster than it is parsed, every read resolves at once and the rows
// flow through microtasks only: timers and I/O (another page's job being polled, the app's
// own server) would wait until the download ends. A turn of the event loop per this many
// CSV bytes (about 10,000 rows) keeps them going for a negligible cost.
const BYTES_PER_TURN = 1 << 20;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * The rows of the first CSV inside a ZIP body, as an async iterator, in bounded memory.
 * (Built on zipCsvBatches below, which does the work.)
 *
 * The body is read one network chunk at a time, and only when the consumer asks for more
 * rows: each chunk goes through fflate's streaming `Unzip` (inflating as it goes) and
 * csv-parse (src/csv/csv-parse-stream.ts), and its rows are handed out before the next
 * chunk is read. Neither the ZIP nor the CSV is ever held whole, so a 1,000,000-row
 * export needs no more memory than a 100-row one. Breaking out of the loop cancels the
 * body (freeing the connection).
 */
export async function* zipCsvRows(body: ReadableStream<Uint8Array>, options: ZipCsvRowsOptions = {}): AsyncGenerator<CsvRow, void, undefined> {
  for await (const batch of zipCsvBatches(body, options)) {
    for (const row of batch) {
      // An abort takes effect at the next row, not after the rest of the batch.
      options.signal?.throwIfAborted();
      yield row;
    }
  }
}

/**
 * The same rows in batches: those of one parsed slice of the CSV (a few hundred). Loops
 * that hand out rows one by one iterate a batch synchronously, so a row costs no promise
 * beyond the one its consumer awaits.
 */
export async function* zipCsvBatches(body: ReadableStream<Uint8Array>, options: ZipCsvRowsOptions = {}): AsyncGenerator<CsvRow[], void, undefined> {
  // fflate's Node build loads `module` (for its worker option); other runtimes get its browser build.
  const { Unzip, UnzipInflate } = await import('fflate');
  // The parser gives one batch per slice written (see csvRowStream), so writing a slice and
  // reading its batch in turn keeps the parser exactly as far ahead as the consumer.
  const parser = csvRowStream({ strict: true });
  const input = parser.writable.getWriter();
  const output = parser.readable.getReader();
  const take = async (): Promise<CsvRow[]> => {
    try {
      const next = await output.read();
      return next.done ? [] : next.value;
    } catch (error) {
      if (isCsvError(error)) throw csvError(error);
      throw error;
    }
  };
  // The write's outcome is the batch's: a failure shows up in take().
  const parse = (slice: Uint8Array): Promise<CsvRow[]> => {
    input.write(slice).catch(recordCancelFailure);
    return take();
  };
  const reader = body.getReader();
  const accept = options.accept ?? ((name: string) => /\.csv$/i.test(name));
  const inflated: Uint8Array[] = [];
  let entry: UnzipFile | undefined;
  let entryDone = false;
  let unzipError: Error | undefined;
  let bytesIn = 0;
  let sinceTurn = 0;

  const unzip = new Unzip((file) => {
    if (entry || !accept(file.name)) return;
    entry = file;
    options.onFile?.(file.name);
    file.ondata = (error, data, final) => {
      if (error) unzipError = error;
      else if (data.length > 0) inflated.push(data);
      if (final) entryDone = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  const onAbort = (): void => void reader.cancel(options.signal?.reason).catch(recordCancelFailure);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const { done, value } = await readChunk(reader, bytesIn, options.signal);
      if (value && bytesIn === 0 && !looksLikeZip(value)) throw notAZip('it does not start with a ZIP header');
      // Compressed input goes in by small slices, each drained before the next: what one
      // slice inflates to stays small even for a network chunk of highly compressible CSV.
      const input = value ?? new Uint8Array(0);
      for (let from = 0; from < input.length || (done && from === 0); from += INFLATE_SLICE) {
        const last = done && from + INFLATE_SLICE >= input.length;
        pushToUnzip(unzip, input.subarray(from, from + INFLATE_SLICE), last);
        bytesIn += Math.min(INFLATE_SLICE, input.length - from);
        if (unzipError) throw new ZohoResponseError(`crm: the bulk result ZIP is corrupt: ${unzipError.message}`, { product: 'crm', cause: unzipError });
        if (!entry && bytesIn > MAX_BYTES_BEFORE_ENTRY) throw notAZip(`no CSV entry in its first ${MAX_BYTES_BEFORE_ENTRY} bytes`);
        for (const data of inflated.splice(0)) {
          sinceTurn += data.length;
          for (let at = 0; at < data.length; at += PARSE_SLICE) {
            const rows = await parse(data.subarray(at, at + PARSE_SLICE));
            if (rows.length > 0) yield rows;
          }
        }
      }
      if (sinceTurn >= BYTES_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
      // The rest of the archive (central directory) carries no rows.
      if (done || entryDone) break;
    }
    if (!entry) throw notAZip('it holds no CSV file');
    if (!entryDone) throw new ZohoResponseError('crm: the bulk result ZIP ended before its CSV did (truncated download)', { product: 'crm' });
    input.close().catch(recordCancelFailure);
    for (let last = await take(); last.length > 0; last = await take()) yield last;
  } finally {
    // Stops the parser when the rows were not read to their end.
    await output.cancel().catch(recordCancelFailure);
    options.signal?.removeEventListener('abort', onAbort);
    // Releases the connection when the consumer stopped early or something failed midway;
    // a no-op on a body that was read to its end.
    await reader.cancel().catch(recordCancelFailure);
  }
}

/** The next chunk of the body; a connection that dies mid-download is a ZohoConnectionError. */
async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>, bytesIn: number, signal: AbortSignal | undefined): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    const result = await reader.read();
    signal?.throwIfAborted();
    return result;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new ZohoConnectionError(`crm: the bulk result download was cut off after ${bytesIn} bytes`, { product: 'crm', code: networkCode(error), cause: error });
  }
}

function pushToUnzip(unzip: UnzipStream, chunk: Uint8Array, final: boolean): void {
  try {
    unzip.push(chunk, final);
  } catch (error) {
    throw new ZohoResponseError(`crm: the bulk result ZIP is corrupt: ${error instanceof Error ? error.message : String(error)}`, { product: 'crm', cause: error });
  }
}

function looksLikeZip(chunk: Uint8Array): boolean {
  // "PK\x03\x04": a local file header. (A chunk shorter than 4 bytes is given the benefit of the doubt.)
  return chunk.length < 4 || (chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04);
}

function notAZip(why: string): ZohoResponseError {
  return new ZohoResponseError(`crm: expected the bulk result to be a ZIP holding one CSV, but ${why}`, { product: 'crm' });
}

function csvError(error: Error): ZohoResponseError {
  return new ZohoResponseError(`crm: the bulk result CSV is malformed: ${error.message}`, { product: 'crm', cause: error });
}

function recordCancelFailure(error: unknown): void {
  // Cancelling a body that already errored or closed can reject; the rows are already
  // delivered (or the real error is already propagating), so there is nothing to report.
  void error;
}
