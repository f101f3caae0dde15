import { parse } from 'csv-parse/sync';
import { failure, invalidValue, missingKey } from './analytics-answers.js';
import { columnNamed, type SimColumn, type SimRow, type SimTable } from './analytics-state.js';
import { parseCell, TYPE_NAMES } from './analytics-values.js';

/**
 * How the simulated Analytics imports a file into a table: the CONFIG it reads, how each
 * cell is parsed by its column's type, what `onError` does with a bad row, and the three
 * import types (append, truncateadd, updateadd with matchingColumns).
 */

export type SimImportType = 'append' | 'truncateadd' | 'updateadd';
export type SimOnError = 'abort' | 'skiprow' | 'setcolumnempty';

export interface ImportSpec {
  importType: SimImportType;
  matchingColumns: string[];
  onError: SimOnError;
}

const IMPORT_TYPES: readonly string[] = ['append', 'truncateadd', 'updateadd'];
const ON_ERROR: readonly string[] = ['abort', 'skiprow', 'setcolumnempty'];

/**
 * The import part of CONFIG. Zoho documents the lowercase forms; the simulator accepts any
 * case, as Zoho's v1 API took upper case.
 */
export function readImportSpec(config: Record<string, unknown>, options: { fileTypeRequired: boolean }): ImportSpec | Response {
  const importType = config['importType'];
  if (importType === undefined) return missingKey('importType');
  if (typeof importType !== 'string' || !IMPORT_TYPES.includes(importType.toLowerCase())) return invalidValue('importType', importType);
  if (config['autoIdentify'] === undefined) return missingKey('autoIdentify');
  if (options.fileTypeRequired) {
    const fileType = config['fileType'];
    if (fileType === undefined) return missingKey('fileType');
    if (fileType !== 'csv' && fileType !== 'json') return invalidValue('fileType', fileType);
  }
  const onError = config['onError'] ?? 'abort';
  if (typeof onError !== 'string' || !ON_ERROR.includes(onError.toLowerCase())) return invalidValue('onError', onError);
  const type = importType.toLowerCase() as SimImportType;
  const matching = config['matchingColumns'];
  if (type === 'updateadd' && (matching === undefined || (Array.isArray(matching) && matching.length === 0))) return missingKey('matchingColumns');
  if (matching !== undefined && (!Array.isArray(matching) || !matching.every((m) => typeof m === 'string'))) return invalidValue('matchingColumns', matching);
  return { importType: type, matchingColumns: (matching as string[] | undefined) ?? [], onError: onError.toLowerCase() as SimOnError };
}

/** A file's header and records, all as text. */
export interface ParsedFile {
  header: string[];
  records: string[][];
}

/** Parses the imported file; 7249 when it is not what `fileType` says. */
export function parseImportFile(text: string, fileType: 'csv' | 'json'): ParsedFile | Response {
  if (fileType === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON although fileType says so: Zoho's 7249 below.
      value = undefined;
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'object' && v !== null)) return notImportable('json');
    const header = [...new Set(value.flatMap((v) => Object.keys(v as object)))];
    return { header, records: value.map((v) => header.map((h) => textOf((v as Record<string, unknown>)[h]))) };
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch {
    // A CSV that csv-parse refuses (an unclosed quote...): Zoho's 7249 below.
    return notImportable('csv');
  }
  const [header, ...rest] = records;
  if (!header) return { header: [], records: [] };
  return { header: header.map((h) => h.trim()), records: rest };
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function notImportable(fileType: string): Response {
  return failure(7249, 'FILE_NOT_IMPORTABLE', `The file cannot be imported. The file content does not match the fileType ${fileType}.`);
}

/** Rows ready to store, with what went wrong on the way. */
export interface PreparedImport {
  rows: SimRow[];
  /** The columns the file set, by id (only those are written on update). */
  columnIds: string[];
  totalRowCount: number;
  successRowCount: number;
  warnings: number;
  errors: string[];
  totalColumnCount: number;
  selectedColumnCount: number;
}

/**
 * Parses every record into a row of the table. Columns of the file the table lacks are
 * ignored; none matching at all is 7235. A bad cell aborts the import (7232), skips the
 * row, or empties the cell, as `onError` says.
 */
export function prepareImport(table: SimTable, file: ParsedFile, spec: ImportSpec): PreparedImport | Response {
  const mapped = file.header.map((name) => columnNamed(table, name));
  const columns = mapped.filter((c): c is SimColumn => c !== undefined);
  if (columns.length === 0) {
    return failure(7235, 'NO_MATCHING_COLUMN', 'Not even a single column name provided in source file matches with the column data in table.');
  }
  for (const name of spec.matchingColumns) {
    if (!columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
      return failure(7107, 'COLUMN_NOT_PRESENT', `The matching column "${name}" is not present in the imported file or the table.`);
    }
  }
  const missingMandatory = table.columns.filter((c) => c.mandatory && !columns.includes(c));
  const rows: SimRow[] = [];
  const errors: string[] = [];
  let warnings = 0;
  file.records.forEach((record, index) => {
    const line = index + 2; // line 1 is the header
    const row: SimRow = new Map();
    let skip = false;
    mapped.forEach((column, field) => {
      if (!column || skip) return;
      const parsed = parseCell(column.type, record[field] ?? '');
      let problem = parsed.ok ? undefined : parsed.problem;
      if (parsed.ok && parsed.value === null && column.mandatory) problem = `"${column.name}" is a mandatory column`;
      if (problem === undefined && parsed.ok) {
        row.set(column.id, parsed.value);
        return;
      }
      errors.push(`[Line: ${line} Field: ${field + 1}] ${problem} (column "${column.name}", ${TYPE_NAMES[column.type].name})`);
      if (spec.onError === 'setcolumnempty' && !column.mandatory) {
        row.set(column.id, null);
        warnings++;
      } else {
        skip = true;
      }
    });
    if (!skip && missingMandatory.length > 0) {
      errors.push(`[Line: ${line}] "${missingMandatory[0]!.name}" is a mandatory column`);
      skip = true;
    }
    if (!skip) rows.push(row);
  });
  if (spec.onError === 'abort' && rows.length < file.records.length) {
    return failure(7232, 'IMPORT_ABORTED', `Import Aborted. ${errors[0] ?? ''}`.trim());
  }
  return {
    rows,
    columnIds: columns.map((c) => c.id),
    totalRowCount: file.records.length,
    successRowCount: rows.length,
    warnings,
    errors,
    totalColumnCount: file.header.length,
    selectedColumnCount: columns.length,
  };
}

/**
 * Stores prepared rows. `updateadd` updates (with the file's columns only) every row whose
 * matching columns equal the incoming row's, and adds the rows that match none.
 */
export function applyImport(table: SimTable, prepared: Pick<PreparedImport, 'rows' | 'columnIds'>, spec: ImportSpec, truncateFirst: boolean): void {
  if (truncateFirst) table.rows = [];
  const matchIds = spec.matchingColumns.map((name) => columnNamed(table, name)!.id);
  for (const incoming of prepared.rows) {
    if (spec.importType === 'updateadd') {
      const matches = table.rows.filter((row) => matchIds.every((id) => sameCell(row.get(id) ?? null, incoming.get(id) ?? null)));
      if (matches.length > 0) {
        for (const row of matches) for (const id of prepared.columnIds) row.set(id, incoming.get(id) ?? null);
        continue;
      }
    }
    const row: SimRow = new Map(table.columns.map((c) => [c.id, incoming.get(c.id) ?? null]));
    fillAutoNumbers(table, row);
    table.rows.push(row);
  }
}

function sameCell(a: unknown, b: unknown): boolean {
  return a !== null && b !== null && String(a) === String(b);
}

function fillAutoNumbers(table: SimTable, row: SimRow): void {
  for (const column of table.columns) {
    if (column.type !== 'AUTO_NUMBER' || row.get(column.id) !== null) continue;
    const max = table.rows.reduce((m, r) => Math.max(m, Number(r.get(column.id) ?? 0)), 0);
    row.set(column.id, max + 1);
  }
}

/** Zoho's importSummary and the fields beside it in `data`. */
export function importResult(table: SimTable, spec: ImportSpec, prepared: Omit<PreparedImport, 'rows' | 'columnIds'>): Record<string, unknown> {
  return {
    importSummary: {
      importType: spec.importType.toUpperCase(),
      totalColumnCount: prepared.totalColumnCount,
      selectedColumnCount: prepared.selectedColumnCount,
      totalRowCount: prepared.totalRowCount,
      successRowCount: prepared.successRowCount,
      warnings: prepared.warnings,
      importOperation: 'updated',
    },
    columnDetails: Object.fromEntries(table.columns.map((c) => [c.name, TYPE_NAMES[c.type].name])),
    importErrors: prepared.errors.join('\n'),
  };
}
