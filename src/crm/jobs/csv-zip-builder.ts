import { ZohoError } from '../../errors.js';

/** A ZIP holding one CSV, ready to upload. */
export interface CsvZip {
  bytes: Uint8Array<ArrayBuffer>;
  /** The CSV's columns, in order (the header row). */
  columns: string[];
  /** Columns whose values were lookups (`{ id }`): Zoho must match them by id. */
  lookupColumns: string[];
  rowCount: number;
}

export interface CsvZipOptions {
  /** The CSV's name inside the ZIP (Zoho reports it back in the job). */
  fileName: string;
  /** Columns to write, in order; default every key seen, in order of first appearance. */
  columns?: readonly string[] | undefined;
  /** Refuse to build a ZIP larger than this (bytes). */
  maxBytes: number;
}

/** A cell value zohokit knows how to write to Zoho's bulk CSV. */
export type CsvCell = string | number | boolean | bigint | Date | null | undefined | { id: string | number } | readonly (string | number)[];

// Rows are stringified and deflated this many at a time: big enough to amortise the calls,
// small enough that the text of one batch stays small.
const BATCH = 1_000;

/**
 * Builds the ZIP-of-CSV that Zoho's bulk write takes, with csv-stringify (quoting,
 * escaping; `#csv-stringify` picks its build for the runtime) and fflate (deflate). The
 * ZIP is built in memory because its size must be known before the upload (Zoho refuses
 * more than 25 MB), but it is checked as it grows, so an oversized input fails early
 * with a clear error instead of after minutes of compression.
 */
export async function buildCsvZip(rows: readonly Record<string, unknown>[], options: CsvZipOptions): Promise<CsvZip> {
  // Loaded here, not on import: only a bulk write needs them (with csv-parse, about a tenth of a cold import).
  const [{ Zip, ZipDeflate }, { stringify }] = await Promise.all([import('fflate'), import('#csv-stringify')]);
  const columns = options.columns ? [...options.columns] : columnsOf(rows);
  const lookupColumns = new Set<string>();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let failure: Error | undefined;
  const zip = new Zip((error, data) => {
    // fflate hands a deflate failure here with no data; check() turns it into a ZohoError.
    if (error) {
      failure = error;
      return;
    }
    chunks.push(data);
    size += data.length;
  });
  const file = new ZipDeflate(options.fileName, { level: 6 });
  zip.add(file);
  const encoder = new TextEncoder();
  const check = (): void => {
    if (failure) throw new ZohoError(`crm: could not build the bulk write ZIP: ${failure.message}`, { product: 'crm', cause: failure });
    if (size > options.maxBytes) throw tooLarge(size, options.maxBytes);
  };

  file.push(encoder.encode(stringify([columns])));
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((row, offset) =>
      columns.map((column) => cellText(row[column], column, start + offset, lookupColumns)),
    );
    file.push(encoder.encode(stringify(batch)));
    check();
  }
  file.push(new Uint8Array(0), true);
  zip.end();
  check();
  return { bytes: concat(chunks, size), columns, lookupColumns: [...lookupColumns], rowCount: rows.length };
}

function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/**
 * One value as Zoho's bulk CSV wants it: lookups by id, multi-select pick lists joined with
 * `;`, dates as ISO 8601, nothing for empty. Anything else is refused here rather than
 * uploaded as `[object Object]`.
 */
function cellText(value: unknown, column: string, row: number, lookupColumns: Set<string>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(';');
  if (typeof value === 'object' && 'id' in value && (typeof value.id === 'string' || typeof value.id === 'number')) {
    lookupColumns.add(column);
    return String(value.id);
  }
  throw new ZohoError(`crm: bulk write row ${row}, column ${column}: a ${Array.isArray(value) ? 'nested array' : typeof value} cannot be written to CSV (use text, a number, a boolean, a Date, { id } or a list of values)`, {
    product: 'crm',
    code: 'INVALID_DATA',
    details: { row, api_name: column },
  });
}

function tooLarge(size: number, limit: number): ZohoError {
  return new ZohoError(`crm: the bulk write file is ${(size / 1_048_576).toFixed(1)} MB compressed, over Zoho's ${limit / 1_048_576} MB limit; send fewer rows per call`, {
    product: 'crm',
    code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE',
    details: { limit, size },
  });
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
