import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/csv/csv-line.js';
import { CsvParser, CsvSyntaxError } from '../../src/csv/csv-parser.js';

/** Parses `text` cut into chunks at every `cut` characters; returns fields and raw texts. */
function parse(text: string, cut = text.length): { records: string[][]; raws: string[] } {
  const parser = new CsvParser({ raw: true });
  const records: string[][] = [];
  const raws: string[] = [];
  const sink = (fields: string[], raw: string): void => {
    records.push(fields);
    raws.push(raw);
  };
  for (let at = 0; at < text.length; at += cut) parser.push(text.slice(at, at + cut), sink);
  parser.end(sink);
  return { records, raws };
}

const cases: [name: string, text: string, records: string[][]][] = [
  ['plain lines', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
  ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
  ['CRLF and lone CR', 'a,b\r\n1,2\r3,4\r\n', [['a', 'b'], ['1', '2'], ['3', '4']]],
  ['quoted commas, quotes and line breaks', 'a,b\n"x, ""y""","line 1\r\nline 2"\n', [['a', 'b'], ['x, "y"', 'line 1\r\nline 2']]],
  ['empty fields and a trailing comma', ',a,\n"",,\n', [['', 'a', ''], ['', '', '']]],
  ['empty lines skipped', 'a\n\n\r\nb\n\n', [['a'], ['b']]],
  ['a UTF-8 BOM dropped', '\ufeffId,Name\n1,Ann\n', [['Id', 'Name'], ['1', 'Ann']]],
  ['non-ASCII text', 'név,城市\n"Zoë, 😀",İ\n', [['név', '城市'], ['Zoë, 😀', 'İ']]],
];

describe('the CSV parser', () => {
  it.each(cases)('reads %s, however the text is cut into chunks', (_name, text, records) => {
    for (let cut = 1; cut <= text.length; cut++) expect(parse(text, cut).records, `chunks of ${cut}`).toEqual(records);
  });

  it('hands out each record\'s original text, line break included', () => {
    const text = 'a,b\r\n"x\ny",2\r\n3,4';
    for (let cut = 1; cut <= text.length; cut++) expect(parse(text, cut).raws).toEqual(['a,b\r\n', '"x\ny",2\r\n', '3,4']);
  });

  it.each([
    ['an unclosed quote', 'a\n"open,1\n', /not closed/],
    ['text after a closing quote', 'a\n"x"y\n', /follows a closing quote/],
    ['a quote inside a bare field', 'a\nx"y\n', /inside a field/],
  ])('refuses %s with a CsvSyntaxError naming the record', (_name, text, message) => {
    expect(() => parse(text)).toThrow(CsvSyntaxError);
    expect(() => parse(text)).toThrow(message);
    expect(() => parse(text)).toThrow(/record 2/);
  });

  it('reads back what csvLine writes', () => {
    const rows = [['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'cr\rlf', '', ' spaced ']];
    expect(parse(rows.map(csvLine).join('')).records).toEqual(rows);
    expect(csvLine(rows[0]!)).toBe('plain,"with, comma","with ""quotes""","two\nlines","cr\rlf",, spaced \n');
  });
});
