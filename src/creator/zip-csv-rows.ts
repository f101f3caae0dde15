import { ZohoError, ZohoResponseError } from '../errors.js';
import { readEnvelope } from '../http/error-envelope.js';

/** One CSV row: column header → cell text. */
export type CsvRow = Record<string, string>;

// Every ZIP starts with a local file header: "PK\x03\x04".
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
// Enough of a non-ZIP body to say what it was.
const SNIFF_LIMIT = 64 * 1024;

/**
 * The rows of the CSV file inside a ZIP, read from a byte stream as it arrives:
 *
 *   body → unzip (fflate's streaming Unzip) → CSV records (csv-parse's web stream) → rows
 *
 * Each step waits for the next (web-stream backpressure, and `feed` below for the CSV
 * step), so only a window of the download is in memory however large the file; a consumer
 * that stops early cancels the download.
 * The body is never read as text or JSON: a ZIP is bytes. A body that is not a ZIP (an
 * error envelope sent where the file was due) becomes a ZohoError.
 */
export async function* zipCsvRows(body: ReadableStream<Uint8Array>, what: string): AsyncGenerator<CsvRow, void, undefined> {
  // Lazy: only bulk reads pay for them, and csv-parse's stream entry needs node:stream/web.
  const [{ Unzip, UnzipInflate }, { parse, CsvError }] = await Promise.all([import('fflate'), import('csv-parse/stream')]);
  const csv = parse({ columns: true, bom: true, skip_empty_lines: true }) as TransformStream<Uint8Array, CsvRow>;
  const feeding = feed(body.pipeThrough(unzipFirstFile(Unzip, UnzipInflate, what)), csv.writable);
  const reader = csv.readable.getReader();
  let finished = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        finished = true;
        break;
      }
      yield next.value;
    }
  } catch (error) {
    finished = true;
    if (error instanceof CsvError) throw new ZohoResponseError(`creator: ${what}: the CSV in the ZIP is malformed: ${error.message}`, { product: 'creator', cause: error });
    throw error;
  } finally {
    // The consumer stopped early (break, throw): cancelling the rows cancels the download.
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
  await feeding;
}

/**
 * Writes the unzipped bytes into the CSV parser one chunk at a time, waiting for each to be
 * parsed. Not pipeTo: csv-parse's stream queues up to 1024 chunks on its writable side, so a
 * pipe would pull most of a download into memory while the consumer is busy. Waiting per
 * write holds it to one chunk plus csv-parse's 1024 parsed rows.
 */
async function feed(bytes: ReadableStream<Uint8Array>, sink: WritableStream<Uint8Array>): Promise<void> {
  const source = bytes.getReader();
  const writer = sink.getWriter();
  try {
    for (;;) {
      const next = await source.read();
      if (next.done) break;
      await writer.write(next.value);
    }
    await writer.close();
  } catch (error) {
    // Either side failed. Fail the other with the same error: the row reader then throws it
    // (a corrupt ZIP), or the download stops (the consumer cancelled the rows).
    await Promise.allSettled([writer.abort(error), source.cancel(error)]);
  }
}

type FflateModule = typeof import('fflate');

/** A TransformStream from ZIP bytes to the bytes of the archive's first file. */
function unzipFirstFile(Unzip: FflateModule['Unzip'], UnzipInflate: FflateModule['UnzipInflate'], what: string): TransformStream<Uint8Array, Uint8Array> {
  let output!: TransformStreamDefaultController<Uint8Array>;
  let failure: unknown;
  let found = false;
  let sniffed: Uint8Array | undefined = new Uint8Array(0);
  const unzip = new Unzip((file) => {
    // Creator's result holds one CSV file; anything after the first entry is ignored.
    if (found) return;
    found = true;
    file.ondata = (error, data) => {
      if (error) failure ??= error;
      else if (data.length > 0) output.enqueue(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  const feed = (chunk: Uint8Array, final: boolean): void => {
    unzip.push(chunk, final);
    if (failure) throw new ZohoResponseError(`creator: ${what}: the ZIP is corrupt: ${failure instanceof Error ? failure.message : String(failure)}`, { product: 'creator', cause: failure });
  };

  return new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      output = controller;
    },
    transform(chunk) {
      if (sniffed === undefined) return feed(chunk, false);
      // Hold the first bytes until we know they open a ZIP.
      sniffed = concat(sniffed, chunk);
      if (sniffed.length < ZIP_SIGNATURE.length) return;
      if (!ZIP_SIGNATURE.every((byte, i) => sniffed![i] === byte)) {
        if (sniffed.length < SNIFF_LIMIT) return;
        throw notAZip(sniffed, what);
      }
      const first = sniffed;
      sniffed = undefined;
      feed(first, false);
    },
    flush() {
      if (sniffed !== undefined) throw notAZip(sniffed, what);
      feed(new Uint8Array(0), true);
      if (!found) throw new ZohoResponseError(`creator: ${what}: the ZIP holds no file`, { product: 'creator' });
    },
  });
}

/** What a body that should have been a ZIP was: Creator's error envelope, or something else. */
function notAZip(bytes: Uint8Array, what: string): ZohoError {
  const text = new TextDecoder().decode(bytes.subarray(0, SNIFF_LIMIT));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON either: report it as an unreadable answer below.
    parsed = undefined;
  }
  const envelope = parsed === undefined ? undefined : readEnvelope('creator', parsed, 200);
  if (envelope) return new ZohoError(`creator: ${what}: ${envelope.message}`, { product: 'creator', status: 200, code: envelope.code, details: envelope.details });
  return new ZohoResponseError(`creator: ${what}: expected a ZIP archive but got ${bytes.length === 0 ? 'an empty body' : `"${text.slice(0, 80).replace(/\s+/g, ' ')}"`}`, {
    product: 'creator',
    bodyExcerpt: text.slice(0, 300),
  });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
