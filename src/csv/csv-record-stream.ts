import { CsvParser, type CsvParserOptions } from './csv-parser.js';

/** One parsed record and, when asked for, its original text. */
export interface CsvRecord {
  fields: string[];
  raw: string;
}

/**
 * CSV text to records as a web `TransformStream`, for any runtime: pipe bytes through a
 * `TextDecoderStream` first. A malformed input errors the stream with a CsvSyntaxError.
 */
export function csvRecordStream(options: CsvParserOptions = {}): TransformStream<string, CsvRecord> {
  const parser = new CsvParser(options);
  let sink: (fields: string[], raw: string) => void = () => undefined;
  return new TransformStream<string, CsvRecord>({
    start(controller) {
      sink = (fields, raw) => controller.enqueue({ fields, raw });
    },
    transform(chunk) {
      parser.push(chunk, sink);
    },
    flush() {
      parser.end(sink);
    },
  });
}
