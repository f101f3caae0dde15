import { describe, expect, it } from 'vitest';
import { stringify } from '#csv-stringify';
import { csvRecordStream, csvRowStream, isCsvError, recordLine } from '../../src/csv/csv-parse-stream.js';

/** `text` as UTF-8 bytes cut into chunks of `cut` bytes (so characters split too). */
function chunksOf(text: string, cut: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += cut) controller.enqueue(bytes.slice(at, at + cut));
      controller.close();
    },
  });
}

async function drain<T>(stream: ReadableStream<T[]>): Promise<T[]> {
  const out: T[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) out.push(...next.value);
  return out;
}

async function failure(stream: ReadableStream<unknown[]>): Promise<unknown> {
  return drain(stream).then(
    () => undefined,
    (error: unknown) => error,
  );
}

async function records(text: string, cut: number): Promise<{ fields: string[][]; lines: string[] }> {
  const parsed = await drain(chunksOf(text, cut).pipeThrough(csvRecordStream()));
  return { fields: parsed.map((r) => r.record), lines: parsed.map((r) => recordLine(r.raw)) };
}

/** Every way of cutting `text` into equal chunks, one byte to all of it. */
function cuts(text: string): number[] {
  const length = new TextEncoder().encode(text).length;
  return Array.from({ length }, (_, i) => i + 1);
}

const cases: [name: string, text: string, records: string[][]][] = [
  ['plain lines', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
  ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
  ['CRLF line breaks', 'a,b\r\n1,2\r\n3,4\r\n', [['a', 'b'], ['1', '2'], ['3', '4']]],
  ['quoted commas, quotes and line breaks', 'a,b\n"x, ""y""","line 1\r\nline 2"\n', [['a', 'b'], ['x, "y"', 'line 1\r\nline 2']]],
  ['empty fields and a trailing comma', ',a,\n"",,\n', [['', 'a', ''], ['', '', '']]],
  ['empty lines skipped', 'a\n\nb\n\n', [['a'], ['b']]],
  ['a UTF-8 BOM dropped', '\ufeffId,Name\n1,Ann\n', [['Id', 'Name'], ['1', 'Ann']]],
  ['non-ASCII text', 'név,城市\n"Zoë, 😀",İ\n', [['név', '城市'], ['Zoë, 😀', 'İ']]],
  ['records of different lengths', 'a,b\n1\n1,2,3\n', [['a', 'b'], ['1'], ['1', '2', '3']]],
];

describe('the csv-parse stream', () => {
  it.each(cases)('reads %s, however the bytes are cut into chunks', async (_name, text, expected) => {
    for (const cut of cuts(text)) expect((await records(text, cut)).fields, `chunks of ${cut} bytes`).toEqual(expected);
  });

  it('gives each record as one line ending with \\n, for batching the text as it came', async () => {
    const text = 'a,b\r\n\r\n"x\r\ny",2\r\n3,4';
    for (const cut of cuts(text)) expect((await records(text, cut)).lines, `chunks of ${cut} bytes`).toEqual(['a,b\n', '"x\r\ny",2\n', '3,4\n']);
  });

  it('keys rows by the header line; a loose header drops extra fields and leaves missing ones out', async () => {
    const text = '\ufeffId,Name,City\r\n1,"Ann, Jr.",Oslo\r\n2,Ben\r\n3,Cy,Rome,extra\r\n';
    for (const cut of cuts(text)) {
      expect(await drain(chunksOf(text, cut).pipeThrough(csvRowStream({ strict: false }))), `chunks of ${cut} bytes`).toEqual([
        { Id: '1', Name: 'Ann, Jr.', City: 'Oslo' },
        { Id: '2', Name: 'Ben' },
        { Id: '3', Name: 'Cy', City: 'Rome' },
      ]);
    }
  });

  it.each([
    ['an unclosed quote', 'a\n"open,1\n', /Quote Not Closed/],
    ['text after a closing quote', 'a\n"x"y\n', /Invalid Closing Quote/],
    ['a quote inside a bare field', 'a\nx"y\n', /Invalid Opening Quote/],
  ])('errors the stream on %s with a CSV error naming the line', async (_name, text, message) => {
    for (const cut of cuts(text)) {
      const error = await failure(chunksOf(text, cut).pipeThrough(csvRecordStream()));
      expect(isCsvError(error), `chunks of ${cut} bytes`).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/line 2/);
    }
  });

  it('refuses a row longer than a strict header, and tells a CSV error from other failures', async () => {
    const error = await failure(chunksOf('a,b\n1,2,3\n', 4).pipeThrough(csvRowStream({ strict: true })));
    expect(isCsvError(error)).toBe(true);
    expect((error as Error).message).toMatch(/columns length is 2, got 3/);
    expect(isCsvError(new Error('network'))).toBe(false);
  });

  it('reads back what csv-stringify writes', async () => {
    const rows = [['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'cr\rlf', '', ' spaced ']];
    const text = stringify([['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'], ...rows]);
    expect(text.split('\n')[1]).toBe('plain,"with, comma","with ""quotes""","two');
    expect((await records(text, 5)).fields.slice(1)).toEqual(rows);
  });
});
