import type { Options } from '#csv-parse';

/**
 * CSV to records as a web `TransformStream`, on csv-parse. `#csv-parse` (package.json
 * `imports`, src/csv/csv-parse-build/) gives each runtime the csv-parse build that fits it:
 * Node, Deno and Bun get its Node build, other runtimes (workerd without flags, browsers)
 * its browser build, which brings its own `Buffer` and stream. Both builds have the same
 * push-style `Parser` (`write`, `end`, 'data' and 'error' events), which this file wraps.
 *
 * Input is bytes (UTF-8) or text. The Node build parses bytes as they are (`takesBytes`):
 * decoding them here would only have its stream encode them back. The browser build takes
 * text only, so there bytes are decoded first. Either way a character split between chunks
 * is joined, and a UTF-8 BOM dropped. Bytes written are the parser's from then on (it may
 * keep a view of a chunk's tail): a writer does not reuse their memory.
 * Each input chunk comes out as exactly one array holding the records it completed (maybe
 * none), and the end as one more: a reader can write a chunk and read its array in turn.
 * An array per chunk rather than a record per chunk keeps a record's cost to a push.
 *
 * Malformed CSV (an unclosed quote, text after a closing quote, a quote inside a bare
 * field, a record longer than the header when that is strict) errors the stream with
 * csv-parse's CsvError; `isCsvError` tells it from other failures.
 */

/** The stream's input: UTF-8 bytes or text. */
export type CsvInput = Uint8Array | string;

/** One record: its fields, and its text as csv-parse hands it out (see `recordLine`). */
export interface CsvRawRecord {
  record: string[];
  raw: string;
}

/**
 * CSV records as arrays of fields with their text, one array of records per input chunk.
 * Records may differ in length (whoever reads the CSV next judges that).
 */
export function csvRecordStream(): TransformStream<CsvInput, CsvRawRecord[]> {
  return parserStream<CsvRawRecord>({ raw: true, relax_column_count: true });
}

// Line breaks at either end of a raw record are not part of it: a record cannot start or
// end with one outside quotes (an empty line is skipped).
const OUTER_LINE_BREAKS = /^[\r\n]+|[\r\n]+$/g;

/**
 * A raw record as one CSV line ending with `\n`. csv-parse's raw text carries what came
 * between the previous record and this one (skipped empty lines) and only the first
 * character of a `\r\n`, so the line breaks around it are replaced.
 */
export function recordLine(raw: string): string {
  return raw.replace(OUTER_LINE_BREAKS, '') + '\n';
}

/**
 * Records as objects keyed by the first record (the header line). `strict`: a record
 * whose field count differs from the header's is an error; otherwise missing fields are
 * absent from the row and extra ones dropped.
 */
export function csvRowStream(options: { strict: boolean }): TransformStream<CsvInput, Record<string, string>[]> {
  return parserStream<Record<string, string>>({ columns: true, relax_column_count: !options.strict });
}

/**
 * csv-parse, loaded by the first stream's start rather than on import: only bulk reads and
 * Analytics imports parse CSV (with csv-stringify, about a tenth of a cold import,
 * scripts/bench/import.ts).
 */
let csvParse: typeof import('#csv-parse') | undefined;

/** True for csv-parse's error about malformed CSV (not for a failing source or a cancel). */
export function isCsvError(error: unknown): error is Error {
  // Before csv-parse is loaded no stream has parsed anything, so nothing is its error.
  return csvParse !== undefined && error instanceof csvParse.CsvError;
}

function parserStream<T>(options: Options): TransformStream<CsvInput, T[]> {
  let parser!: ReturnType<typeof import('#csv-parse')['parse']>;
  let takesBytes = false;
  const decoder = new TextDecoder();
  let records: T[] = [];
  let failure: Error | undefined;
  // The pending write or end, settled by the parser's callback, 'end' or 'error'.
  let settle: ((error: Error | undefined) => void) | undefined;
  const load = async (): Promise<void> => {
    csvParse ??= await import('#csv-parse');
    takesBytes = csvParse.takesBytes;
    // An empty line carries no record; a BOM is dropped even when the input is text.
    parser = csvParse.parse({ bom: true, skip_empty_lines: true, ...options });
    parser.on('data', (record: T) => {
      records.push(record);
    });
    // The browser build reports a parse error by the event only (its write callback gets none).
    parser.on('error', (error: Error) => {
      failure ??= error;
      settle?.(failure);
    });
    parser.on('end', () => settle?.(undefined));
  };

  const step = (start: (done: () => void) => void, controller: TransformStreamDefaultController<T[]>): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      settle = (error) => {
        settle = undefined;
        if (failure ?? error) return reject(failure ?? error);
        // Records can arrive after the callback (the first chunk's, before the parser flows):
        // they go out with the next chunk's, or at the end.
        const batch = records;
        records = [];
        try {
          controller.enqueue(batch);
        } catch (closed) {
          // Only a readable side that is no longer open refuses: the reader cancelled while
          // the parser was busy (at the end, say). It wants no more records, and its cancel
          // waits for this step to finish.
          void closed;
        }
        resolve();
      };
      start(() => settle?.(undefined));
    });

  return new TransformStream<CsvInput, T[]>({
    // The stream holds every chunk until its start (loading the parser) has settled.
    start: load,
    transform(chunk, controller) {
      const input = typeof chunk === 'string' || takesBytes ? chunk : decoder.decode(chunk, { stream: true });
      return step((done) => parser.write(input, (error?: Error | null) => (error ? settle?.(error) : done())), controller);
    },
    flush(controller) {
      // Only the browser build's decoder can hold the start of a split character.
      const tail = takesBytes ? '' : decoder.decode();
      if (tail !== '') parser.write(tail);
      // 'end' comes once every record is out; a parse error at the end (an unclosed quote) rejects.
      return step(() => parser.end(), controller);
    },
  });
}
