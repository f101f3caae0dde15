/**
 * Fields as one CSV line (RFC 4180): a field holding a comma, a quote or a line break is
 * quoted, with its quotes doubled; the line ends with `\n`. What Zoho's bulk write and
 * Analytics import read, with no dependency (csv-stringify needs the `Buffer` global).
 */
export function csvLine(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    line += csvField(fields[i]!);
  }
  return line + '\n';
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
