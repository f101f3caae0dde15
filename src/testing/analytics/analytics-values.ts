/**
 * How the simulated Analytics stores and prints a cell of each data type. Zoho parses the
 * text of an imported cell by its column's type, refuses what does not fit (error 7507
 * "value does not follow the data type"), and exports numbers as plain numbers.
 */

/** Zoho's column data types (spec/analytics.yaml, DataType). */
export type SimDataType =
  | 'PLAIN'
  | 'MULTI_LINE'
  | 'EMAIL'
  | 'URL'
  | 'NUMBER'
  | 'POSITIVE_NUMBER'
  | 'DECIMAL_NUMBER'
  | 'CURRENCY'
  | 'PERCENT'
  | 'AUTO_NUMBER'
  | 'DATE'
  | 'BOOLEAN'
  | 'GEO'
  | 'DURATION';

export const SIM_DATA_TYPES: readonly SimDataType[] = [
  'PLAIN', 'MULTI_LINE', 'EMAIL', 'URL', 'NUMBER', 'POSITIVE_NUMBER', 'DECIMAL_NUMBER',
  'CURRENCY', 'PERCENT', 'AUTO_NUMBER', 'DATE', 'BOOLEAN', 'GEO', 'DURATION',
];

/** A stored cell: numbers for the numeric types, booleans for BOOLEAN, text otherwise. */
export type SimCell = string | number | boolean | null;

/** Display names and ids Zoho's metadata call reports for each type. */
export const TYPE_NAMES: Record<SimDataType, { id: number; name: string }> = {
  PLAIN: { id: 1, name: 'Plain Text' },
  MULTI_LINE: { id: 2, name: 'Multi Line Text' },
  EMAIL: { id: 3, name: 'E-Mail' },
  URL: { id: 4, name: 'URL' },
  NUMBER: { id: 5, name: 'Number' },
  POSITIVE_NUMBER: { id: 6, name: 'Positive Number' },
  DECIMAL_NUMBER: { id: 7, name: 'Decimal Number' },
  CURRENCY: { id: 8, name: 'Currency' },
  PERCENT: { id: 9, name: 'Percent' },
  AUTO_NUMBER: { id: 10, name: 'Auto Number' },
  DATE: { id: 11, name: 'Date' },
  BOOLEAN: { id: 12, name: 'Yes/No Decision' },
  GEO: { id: 13, name: 'Geo' },
  DURATION: { id: 14, name: 'Duration' },
};

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;
// The date shapes the simulator recognises: ISO dates (with an optional time), and
// dd/MM/yyyy or MM/dd/yyyy with slashes, as Zoho's auto-identify does for common files.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/;
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export type Parsed = { ok: true; value: SimCell } | { ok: false; problem: string };

/** Parses the text of a cell as Zoho would for a column of `type`; '' is an empty cell. */
export function parseCell(type: SimDataType, input: unknown): Parsed {
  if (input === null || input === undefined) return { ok: true, value: null };
  const text = String(input).trim();
  if (text === '') return { ok: true, value: null };
  switch (type) {
    case 'NUMBER':
    case 'AUTO_NUMBER':
    case 'POSITIVE_NUMBER': {
      // "250.00" is a whole number written with decimals; "99.98" is not.
      const plain = text.replace(/,/g, '').replace(/\.0+$/, '');
      if (!INTEGER.test(plain)) return { ok: false, problem: `"${text}" is not a whole number` };
      const value = Number(plain);
      if (type === 'POSITIVE_NUMBER' && value < 0) return { ok: false, problem: `"${text}" is negative` };
      return { ok: true, value };
    }
    case 'DECIMAL_NUMBER':
    case 'CURRENCY':
    case 'PERCENT': {
      const plain = text.replace(/[,$€£%\s]/g, '');
      if (!DECIMAL.test(plain)) return { ok: false, problem: `"${text}" is not a number` };
      return { ok: true, value: Number(plain) };
    }
    case 'BOOLEAN': {
      const lower = text.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return { ok: true, value: true };
      if (['false', 'no', '0'].includes(lower)) return { ok: true, value: false };
      return { ok: false, problem: `"${text}" is not a yes/no value` };
    }
    case 'DATE':
      if (ISO_DATE.test(text) || SLASH_DATE.test(text)) return { ok: true, value: text };
      return { ok: false, problem: `"${text}" is not a recognised date` };
    case 'EMAIL':
      return EMAIL.test(text) ? { ok: true, value: text } : { ok: false, problem: `"${text}" is not an e-mail address` };
    default:
      return { ok: true, value: String(input) };
  }
}

/** A cell as exported text: numbers plain, booleans "true"/"false", empty as ''. */
export function formatCell(value: SimCell): string {
  if (value === null) return '';
  return String(value);
}
