// `#csv-parse` elsewhere (workerd without flags, browsers): csv-parse's browser build,
// which brings its own Buffer and stream. That stream takes text only (a Uint8Array is
// "Invalid non-string/buffer chunk"), so csv-parse-stream.ts decodes bytes before writing.
// Plain JavaScript for the reason given in node.js.
export { CsvError, parse } from 'csv-parse/browser/esm';

export const takesBytes = false;
