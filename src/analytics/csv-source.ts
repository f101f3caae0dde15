import { ZohoError } from '../errors.js';
import { nodeBuiltin } from '../node-builtin.js';
import type { AnalyticsRowValues } from './analytics-types.js';

/**
 * What `importData` takes:
 * - CSV: a string, bytes (`Uint8Array`, `ArrayBuffer`, `Blob`), a `ReadableStream` of bytes
 *   or text, or any (async) iterable of byte or text chunks, such as a Node file stream;
 * - rows: an array or (async) iterable of objects, column name → value;
 * - `{ path }`: a CSV file, read as a stream (needs a runtime with `node:fs`).
 */
export type ImportInput =
  | string
  | Uint8Array
  | ArrayBuffer
  | Blob
  | ReadableStream<Uint8Array | string>
  | readonly AnalyticsRowValues[]
  | Iterable<AnalyticsRowValues | Uint8Array | string>
  | AsyncIterable<AnalyticsRowValues | Uint8Array | string>
  | { readonly path: string };

/** Options of turning rows into CSV. */
export interface RowsToCsvOptions {
  /** The CSV columns, in order; default the keys of the first row. */
  columns?: readonly string[];
}

// Rows are stringified this many at a time: one CSV chunk per group.
const ROWS_PER_CHUNK = 500;

/** The input as CSV text, chunk by chunk, in order; nothing is read before it is needed. */
export async function* csvChunks(input: ImportInput, options: RowsToCsvOptions = {}): AsyncGenerator<string, void, undefined> {
  if (typeof input === 'string') {
    yield input;
    return;
  }
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    yield new TextDecoder().decode(input);
    return;
  }
  if (input instanceof Blob) {
    yield* decode(streamChunks(input.stream()));
    return;
  }
  if (input instanceof ReadableStream) {
    yield* decode(streamChunks(input));
    return;
  }
  if (isPath(input)) {
    yield* decode(fileChunks(input.path));
    return;
  }
  // An iterable: of rows, or of CSV chunks. Its first item says which.
  const items = toAsync(input);
  const first = await items.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => items };
  if (typeof first.value === 'string' || first.value instanceof Uint8Array) {
    yield* decode(prepend(first.value, rest as AsyncIterable<string | Uint8Array>));
    return;
  }
  yield* rowsToCsv(first.value, rest as AsyncIterable<AnalyticsRowValues>, options);
}

function isPath(input: object): input is { readonly path: string } {
  return 'path' in input && typeof (input as { path: unknown }).path === 'string' && !(Symbol.asyncIterator in input) && !(Symbol.iterator in input);
}

function toAsync<T>(input: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in input) return input[Symbol.asyncIterator]();
  const sync = input[Symbol.iterator]();
  return { next: async () => sync.next() };
}

async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  yield first;
  yield* rest;
}

async function* streamChunks<T>(stream: ReadableStream<T>): AsyncGenerator<T, void, undefined> {
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
  } finally {
    // The consumer stopped early: stop the source.
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array, void, undefined> {
  // Only a path needs the file system, and the core must load where there is none.
  const { open } = await nodeBuiltin('fs/promises', 'importData({ path })', 'pass the CSV as a string, bytes, a Blob or a ReadableStream instead');
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(1 << 20);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.slice(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/** UTF-8 bytes (or text) to text; a character split between chunks is joined, a BOM dropped. */
async function* decode(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/**
 * Rows as CSV: a header (the columns: given, else the first row's keys), then one record
 * per row, `ROWS_PER_CHUNK` per chunk. There is always a first row (an empty input never
 * gets here), so there is always a header.
 */
async function* rowsToCsv(first: AnalyticsRowValues, rest: AsyncIterable<AnalyticsRowValues>, options: RowsToCsvOptions): AsyncGenerator<string, void, undefined> {
  // Loaded here, not on import: only rows handed to an import need it.
  const { stringify } = await import('#csv-stringify');
  const columns: readonly string[] = options.columns ?? Object.keys(first);
  const known = new Set(columns);
  let group: string[][] = [];
  let index = 0;
  const flush = (header: boolean): string => {
    const text = stringify(header ? [columns, ...group] : group);
    group = [];
    return text;
  };
  let headerDone = false;
  for await (const row of prepend(first, rest)) {
    index++;
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        throw new ZohoError(`analytics: row ${index} has the column "${key}", which is not among the CSV columns (${columns.join(', ')}); pass \`columns\` to name them all`, { product: 'analytics' });
      }
    }
    group.push(columns.map((column) => cellText(row[column])));
    if (group.length === ROWS_PER_CHUNK) {
      yield flush(!headerDone);
      headerDone = true;
    }
  }
  // An empty group here follows a full one, which carried the header.
  if (group.length > 0) yield flush(!headerDone);
}

/** A value as CSV text: dates as `yyyy-MM-dd HH:mm:ss` (UTC), which Zoho's date detection reads. */
function cellText(value: AnalyticsRowValues[string]): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  return String(value);
}
