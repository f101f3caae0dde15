import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';

export type ExportFormat = 'csv' | 'jsonl';

/**
 * Writes rows as CSV (columns from the first row; nested values as JSON) or JSON Lines to a
 * file or stdout, honouring backpressure so a million rows need no more memory than ten.
 */
export class RowWriter {
  readonly #out: Writable;
  readonly #format: ExportFormat;
  readonly #ownsOut: boolean;
  #csv: ReturnType<typeof stringify> | undefined;
  #columns: string[] | undefined;
  count = 0;

  /** Writes to the file at `path`, or to `stdout` when there is none or it is `-`. */
  constructor(format: ExportFormat, path: string | undefined, stdout: Writable = process.stdout) {
    this.#format = format;
    this.#ownsOut = path !== undefined && path !== '-';
    this.#out = this.#ownsOut ? createWriteStream(path!, { mode: 0o644 }) : stdout;
  }

  async write(row: Record<string, unknown>): Promise<void> {
    this.count++;
    if (this.#format === 'jsonl') return this.#push(this.#out, `${JSON.stringify(row)}\n`);
    if (!this.#csv) {
      this.#columns = Object.keys(row);
      this.#csv = stringify({ header: true, columns: this.#columns });
      this.#csv.pipe(this.#out, { end: false });
    }
    const flat = Object.fromEntries(this.#columns!.map((column) => [column, cell(row[column])]));
    return this.#push(this.#csv, flat);
  }

  async close(): Promise<void> {
    if (this.#csv) {
      this.#csv.end();
      await once(this.#csv, 'end');
    }
    if (this.#ownsOut) {
      this.#out.end();
      await once(this.#out, 'finish');
    }
  }

  async #push(stream: Writable, chunk: unknown): Promise<void> {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
