// `#csv-parse` under the `node` condition (Node, Deno, Bun): csv-parse's Node build. Its
// stream parses bytes (Node's Writable turns a Uint8Array into a Buffer without a copy),
// so csv-parse-stream.ts hands them over undecoded. Decoding them to text first costs a
// decode here and, inside the stream, an encode back to a Buffer: about a tenth of a bulk
// read's parse time. Plain JavaScript, not TypeScript: package.json `imports` needs one
// path that holds the module both in this repository and in the published package.
export { CsvError, parse } from 'csv-parse';

export const takesBytes = true;
