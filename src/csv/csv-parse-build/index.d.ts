// The types of `#csv-parse` (both builds): csv-parse's API, and whether its stream takes bytes.
export { CsvError, parse, type Options } from 'csv-parse';

/** True when the build's stream takes UTF-8 bytes (a Uint8Array); false when it takes text only. */
export declare const takesBytes: boolean;
