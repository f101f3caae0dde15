/**
 * An incremental CSV parser (RFC 4180: `,` between fields, `"` quotes, `""` inside quotes,
 * `\n`, `\r\n` or `\r` between records) over text that arrives in chunks.
 *
 * Zoho's bulk results and Analytics exports are plain RFC 4180, so this is all zohokit
 * needs, and it runs on every runtime: csv-parse's streaming parsers are Node Transforms
 * (or a web stream that imports `node:stream/web`), its core needs the `Buffer` global,
 * and its browser build carries polyfills for both (over 100 KB). Text in, string arrays
 * out; the caller decodes bytes with a `TextDecoder`, which also drops a UTF-8 BOM.
 */

/** Malformed CSV: an unclosed quote, text after a closing quote, a quote inside a bare field. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
}

/** One record: its fields, and its original text (with its line break) when `raw` is on. */
export type CsvRecordSink = (fields: string[], raw: string) => void;

export interface CsvParserOptions {
  /** Pass each record's original text to the sink (costs a slice per record). */
  raw?: boolean;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
// The end of a bare field: a separator, a line break, or a quote (which is an error there).
const BARE_FIELD_END = /[",\r\n]/g;

export class CsvParser {
  // Text of a record that has not ended yet: kept and parsed again with the next chunk.
  #pending = '';
  #records = 0;
  #started = false;
  readonly #raw: boolean;

  constructor(options: CsvParserOptions = {}) {
    this.#raw = options.raw ?? false;
  }

  /** Parses the complete records in `text` (after what is pending); keeps the unfinished tail. */
  push(text: string, sink: CsvRecordSink): void {
    if (!this.#started && text !== '') {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.#pending = this.#parse(this.#pending === '' ? text : this.#pending + text, false, sink);
  }

  /** Parses what is left as the last record; an unclosed quote is an error here. */
  end(sink: CsvRecordSink): void {
    const rest = this.#pending;
    this.#pending = '';
    if (rest !== '') this.#parse(rest, true, sink);
  }

  /** Parses records from `text`; returns the unparsed tail (an unfinished record). */
  #parse(text: string, final: boolean, sink: CsvRecordSink): string {
    const length = text.length;
    let at = 0;
    while (at < length) {
      const code = text.charCodeAt(at);
      // An empty line carries no record (csv-parse's skip_empty_lines).
      if (code === LF) {
        at++;
        continue;
      }
      if (code === CR) {
        if (at + 1 === length && !final) break;
        at += text.charCodeAt(at + 1) === LF ? 2 : 1;
        continue;
      }
      const end = code === QUOTE ? -1 : this.#plainLine(text, at, sink);
      if (end !== -1) {
        at = end;
        continue;
      }
      const next = this.#record(text, at, final, sink);
      if (next === -1) break;
      at = next;
    }
    return at === 0 ? text : text.slice(at);
  }

  /**
   * The fast path: a record on one `\n`-ended line without quotes is split on commas.
   * Returns where the next record starts, or -1 when the line needs the full parser.
   */
  #plainLine(text: string, start: number, sink: CsvRecordSink): number {
    const lf = text.indexOf('\n', start);
    if (lf === -1) return -1;
    let line = text.slice(start, lf);
    if (line.includes('"')) return -1;
    const cr = line.indexOf('\r');
    if (cr !== -1) {
      if (cr !== line.length - 1) return -1;
      line = line.slice(0, cr);
    }
    this.#records++;
    sink(line.split(','), this.#raw ? text.slice(start, lf + 1) : '');
    return lf + 1;
  }

  /** One record from `start`; returns where the next one starts, or -1 if it has not ended yet. */
  #record(text: string, start: number, final: boolean, sink: CsvRecordSink): number {
    const length = text.length;
    const fields: string[] = [];
    let at = start;
    for (;;) {
      let value: string;
      if (at < length && text.charCodeAt(at) === QUOTE) {
        value = '';
        let from = at + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) {
            if (final) throw this.#error('a quoted field is not closed before the end of the input');
            return -1;
          }
          value += text.slice(from, quote);
          if (quote + 1 === length && !final) return -1; // "" may continue in the next chunk
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += '"';
            from = quote + 2;
            continue;
          }
          at = quote + 1;
          break;
        }
        if (at < length) {
          const after = text.charCodeAt(at);
          if (after !== COMMA && after !== LF && after !== CR) throw this.#error('text follows a closing quote');
        }
      } else {
        BARE_FIELD_END.lastIndex = at;
        const match = BARE_FIELD_END.exec(text);
        const stop = match ? match.index : length;
        if (match && text.charCodeAt(stop) === QUOTE) throw this.#error('a quote appears inside a field that does not start with one');
        value = text.slice(at, stop);
        at = stop;
      }
      fields.push(value);
      if (at === length) {
        if (!final) return -1;
        break;
      }
      const separator = text.charCodeAt(at);
      if (separator === COMMA) {
        at++;
        continue;
      }
      if (separator === LF) {
        at++;
        break;
      }
      // CR: alone, or the first half of CRLF (which may be split between chunks).
      if (at + 1 === length && !final) return -1;
      at += text.charCodeAt(at + 1) === LF ? 2 : 1;
      break;
    }
    this.#records++;
    sink(fields, this.#raw ? text.slice(start, at) : '');
    return at;
  }

  #error(problem: string): CsvSyntaxError {
    return new CsvSyntaxError(`${problem} (record ${this.#records + 1})`);
  }
}

/** Records as objects keyed by the first record (the header line). */
export class CsvHeaderRows {
  #columns: string[] | undefined;
  #record = 0;

  /**
   * `strict`: a record whose field count differs from the header's is an error (else
   * missing fields are absent from the row and extra ones dropped).
   */
  constructor(readonly strict: boolean) {}

  /** The row for `fields`, or undefined for the header itself. */
  row(fields: string[]): Record<string, string> | undefined {
    this.#record++;
    const columns = this.#columns;
    if (!columns) {
      this.#columns = fields;
      return undefined;
    }
    if (this.strict && fields.length !== columns.length) {
      throw new CsvSyntaxError(`record ${this.#record} has ${fields.length} fields, the header ${columns.length}`);
    }
    const row: Record<string, string> = {};
    const count = Math.min(fields.length, columns.length);
    for (let i = 0; i < count; i++) row[columns[i]!] = fields[i]!;
    return row;
  }
}
