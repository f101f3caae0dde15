import { ZohoLimitError } from '../errors.js';

/** Zoho's search comparators. */
export type Comparator =
  | 'equals'
  | 'not_equal'
  | 'starts_with'
  | 'in'
  | 'not_in'
  | 'between'
  | 'not_between'
  | 'greater_than'
  | 'greater_equal'
  | 'less_than'
  | 'less_equal';

/**
 * A value already in Zoho's text form, made by `criteria.date()`, `criteria.dateTime()` or
 * `criteria.text()`. Plain strings are text, numbers and booleans print as themselves, and a
 * `Date` is a date-time in UTC.
 */
export class CriteriaValue {
  constructor(
    /** The value as Zoho reads it, before escaping. */
    readonly text: string,
    /** How COQL writes it: quoted (text, dates) or bare (numbers, booleans). */
    readonly quoted: boolean,
  ) {}
}

export type CriteriaInput = string | number | boolean | Date | CriteriaValue;

/** A criteria tree: one condition, or an and/or of parts. */
export type CriteriaNode = { kind: 'condition'; field: string; comparator: Comparator; values: CriteriaValue[] } | { kind: 'and' | 'or'; parts: CriteriaNode[] };

// Zoho CRM search takes at most 10 conditions in one criteria.
export const MAX_SEARCH_CONDITIONS = 10;

/**
 * A search condition tree. `toString()` gives Zoho's search syntax
 * (`((Last_Name:equals:Burns)and(Company:starts_with:Zyl))`) with every value escaped, so a
 * value can never close a group or add a condition; `toCoql()` gives the same tree as a COQL
 * WHERE clause. Build it with the `criteria` helpers.
 */
export class Criteria {
  /** @internal */
  constructor(readonly node: CriteriaNode) {}

  /** How many conditions the tree holds (Zoho's search allows 10). */
  get conditionCount(): number {
    return count(this.node);
  }

  /**
   * Joins this condition and `others` with `and`: every one must hold.
   *
   * @example
   * const web = criteria.equals('Lead_Source', 'Web');
   * const found = await crm.module('Leads').records.search(web.and(criteria.startsWith('Company', 'Zyl')));
   */
  and(...others: Criteria[]): Criteria {
    return criteria.and(this, ...others);
  }

  /**
   * Joins this condition and `others` with `or`: any one may hold.
   *
   * @example
   * const local = criteria.equals('City', 'Chennai').or(criteria.equals('City', 'Bengaluru'));
   * const count = await crm.module('Contacts').count(local);
   */
  or(...others: Criteria[]): Criteria {
    return criteria.or(this, ...others);
  }

  /**
   * Writes the tree in Zoho's search syntax, every value escaped, for the `criteria`
   * parameter of a search you send yourself.
   *
   * @throws ZohoLimitError past 10 conditions, which Zoho's search refuses.
   * @example
   * const text = criteria.equals('Last_Name', "O'Brien (Jr.)").toString(); // (Last_Name:equals:O'Brien \(Jr.\))
   * const { data } = await crm.api.GET('/crm/v8/{module_api_name}/search', { params: { path: { module_api_name: 'Leads' }, query: { criteria: text } } });
   */
  toString(): string {
    const conditions = this.conditionCount;
    if (conditions > MAX_SEARCH_CONDITIONS) {
      throw new ZohoLimitError(`crm: a search criteria takes at most ${MAX_SEARCH_CONDITIONS} conditions; this one has ${conditions} (use COQL for more)`, { limit: MAX_SEARCH_CONDITIONS, requested: conditions });
    }
    return searchText(this.node, true);
  }

  /**
   * Writes the tree as a COQL condition (`(Last_Name = 'Burns' and Company like 'Zyl%')`),
   * for COQL you write yourself; `coql...where(criteria)` calls it for you.
   *
   * @example
   * const where = criteria.and(criteria.equals('Last_Name', 'Burns'), criteria.startsWith('Company', 'Zyl')).toCoql();
   * const rows = await crm.query(`select Last_Name, Email from Leads where ${where} limit 200`);
   */
  toCoql(): string {
    return coqlText(this.node);
  }
}

/**
 * Builds search criteria. Each helper makes one condition; `and`/`or` group them. Values are
 * escaped when written, so `(`, `)`, `,` and `\` in them cannot change the query.
 *
 * @example
 * const recent = criteria.and(criteria.in('Lead_Source', ['Web', 'Chat']), criteria.greaterThan('Created_Time', new Date('2026-01-01')));
 * const found = await crm.module('Leads').records.search(recent);
 * const since = criteria.between('Closing_Date', criteria.date('2026-01-01'), criteria.date('2026-03-31'));
 */
export const criteria = {
  /**
   * The field equals the value.
   *
   * @example
   * const found = await crm.module('Leads').records.search(criteria.equals('Email', 'ada@example.com'));
   */
  equals: (field: string, value: CriteriaInput) => condition(field, 'equals', [value]),
  /**
   * The field differs from the value.
   *
   * @example
   * const open = await crm.module('Deals').count(criteria.notEqual('Stage', 'Closed Lost'));
   */
  notEqual: (field: string, value: CriteriaInput) => condition(field, 'not_equal', [value]),
  /**
   * The field's text starts with the value (COQL: `like 'value%'`).
   *
   * @example
   * const zylker = await crm.module('Accounts').records.search(criteria.startsWith('Account_Name', 'Zyl'));
   */
  startsWith: (field: string, value: string | CriteriaValue) => condition(field, 'starts_with', [value]),
  /**
   * The field equals one of the values.
   *
   * @example
   * const inbound = criteria.in('Lead_Source', ['Web', 'Chat', 'Phone']);
   */
  in: (field: string, values: readonly CriteriaInput[]) => condition(field, 'in', values),
  /**
   * The field equals none of the values.
   *
   * @example
   * const live = criteria.notIn('Stage', ['Closed Won', 'Closed Lost']);
   */
  notIn: (field: string, values: readonly CriteriaInput[]) => condition(field, 'not_in', values),
  /**
   * The field lies between two values, both included.
   *
   * @example
   * const midsize = criteria.between('Annual_Revenue', 100_000, 1_000_000);
   */
  between: (field: string, low: CriteriaInput, high: CriteriaInput) => condition(field, 'between', [low, high]),
  /**
   * The field lies outside two values.
   *
   * @example
   * const outliers = criteria.notBetween('Amount', 1_000, 50_000);
   */
  notBetween: (field: string, low: CriteriaInput, high: CriteriaInput) => condition(field, 'not_between', [low, high]),
  /**
   * The field is greater than the value; a `Date` is a date-time in UTC.
   *
   * @example
   * const recent = criteria.greaterThan('Created_Time', new Date('2026-01-01T00:00:00Z'));
   */
  greaterThan: (field: string, value: CriteriaInput) => condition(field, 'greater_than', [value]),
  /**
   * The field is greater than or equal to the value.
   *
   * @example
   * const big = criteria.greaterEqual('Amount', 10_000);
   */
  greaterEqual: (field: string, value: CriteriaInput) => condition(field, 'greater_equal', [value]),
  /**
   * The field is less than the value.
   *
   * @example
   * const overdue = criteria.lessThan('Due_Date', criteria.date(new Date()));
   */
  lessThan: (field: string, value: CriteriaInput) => condition(field, 'less_than', [value]),
  /**
   * The field is less than or equal to the value.
   *
   * @example
   * const small = criteria.lessEqual('Quantity', 5);
   */
  lessEqual: (field: string, value: CriteriaInput) => condition(field, 'less_equal', [value]),
  /**
   * Any comparator by name, for criteria built from data (a filter form, a saved query).
   *
   * @example
   * const filter = criteria.where('Lead_Status', 'in', ['New', 'Contacted']);
   */
  where: (field: string, comparator: Comparator, value: CriteriaInput | readonly CriteriaInput[]) => condition(field, comparator, Array.isArray(value) ? value : [value as CriteriaInput]),
  /**
   * Every part must hold. Zoho's search takes 10 conditions in all.
   *
   * @example
   * const hot = criteria.and(criteria.equals('Rating', 'Hot'), criteria.equals('Lead_Source', 'Web'));
   */
  and: (...parts: Criteria[]) => group('and', parts),
  /**
   * Any part may hold.
   *
   * @example
   * const either = criteria.or(criteria.equals('City', 'Chennai'), criteria.equals('City', 'Austin'));
   */
  or: (...parts: Criteria[]) => group('or', parts),
  /**
   * A value sent as text even when it looks like a number (`'007'`).
   *
   * @example
   * const agent = criteria.equals('Employee_Code', criteria.text('007'));
   */
  text: (value: string | number) => new CriteriaValue(String(value), true),
  /**
   * A date (`yyyy-MM-dd`). A `Date` is taken in UTC unless `offset` says otherwise.
   *
   * @example
   * const due = criteria.equals('Due_Date', criteria.date(new Date(), { offset: '+05:30' }));
   */
  date: (value: Date | string, options: { offset?: string } = {}) => new CriteriaValue(typeof value === 'string' ? checkDate(value) : isoParts(value, options.offset).date, true),
  /**
   * A date-time as Zoho writes it, `2024-05-01T09:30:00+05:30`: in UTC (`+00:00`) by default,
   * or at `offset` (`+05:30`, `-08:00`).
   *
   * @example
   * const since = criteria.greaterEqual('Modified_Time', criteria.dateTime(new Date('2026-05-01T04:00:00Z'), { offset: '+05:30' }));
   */
  dateTime: (value: Date, options: { offset?: string } = {}) => {
    const parts = isoParts(value, options.offset);
    return new CriteriaValue(`${parts.date}T${parts.time}${parts.offset}`, true);
  },
};

function condition(field: string, comparator: Comparator, values: readonly CriteriaInput[]): Criteria {
  if (!/^[A-Za-z0-9_$.]+$/.test(field)) throw new TypeError(`crm criteria: "${field}" is not a field API name`);
  if ((comparator === 'between' || comparator === 'not_between') && values.length !== 2) throw new TypeError(`crm criteria: ${comparator} takes two values`);
  if (values.length === 0) throw new TypeError(`crm criteria: ${comparator} needs a value`);
  return new Criteria({ kind: 'condition', field, comparator, values: values.map(toValue) });
}

function group(kind: 'and' | 'or', parts: Criteria[]): Criteria {
  if (parts.length === 0) throw new TypeError(`crm criteria: ${kind}() needs at least one condition`);
  if (parts.length === 1) return parts[0]!;
  return new Criteria({ kind, parts: parts.map((p) => p.node) });
}

function toValue(value: CriteriaInput): CriteriaValue {
  if (value instanceof CriteriaValue) return value;
  if (value instanceof Date) return criteria.dateTime(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('crm criteria: numbers must be finite');
    return new CriteriaValue(String(value), false);
  }
  if (typeof value === 'boolean') return new CriteriaValue(String(value), false);
  if (typeof value !== 'string') throw new TypeError(`crm criteria: unsupported value ${String(value)}`);
  return new CriteriaValue(value, true);
}

function count(node: CriteriaNode): number {
  return node.kind === 'condition' ? 1 : node.parts.reduce((sum, part) => sum + count(part), 0);
}

/**
 * Escapes one value for Zoho's search syntax. Zoho: `(`, `)` and `,` in a value are escaped
 * with a backslash; the backslash itself is escaped first, so a value ending in `\` cannot
 * swallow the closing parenthesis. The `criteria` helpers call it; raw criteria text needs it.
 *
 * @example
 * const company = 'Zylker (Europe), Ltd';
 * const text = `(Account_Name:equals:${escapeSearchValue(company)})`; // (Account_Name:equals:Zylker \(Europe\)\, Ltd)
 * const found = await crm.module('Accounts').records.search(text);
 */
export function escapeSearchValue(value: string): string {
  return value.replace(/[\\(),]/g, (char) => `\\${char}`);
}

function searchText(node: CriteriaNode, outer: boolean): string {
  if (node.kind === 'condition') {
    return `(${node.field}:${node.comparator}:${node.values.map((v) => escapeSearchValue(v.text)).join(',')})`;
  }
  const inner = node.parts.map((part) => searchText(part, false)).join(node.kind);
  return outer || node.parts.length > 1 ? `(${inner})` : inner;
}

const COQL_OPERATORS: Partial<Record<Comparator, string>> = {
  equals: '=',
  not_equal: '!=',
  greater_than: '>',
  greater_equal: '>=',
  less_than: '<',
  less_equal: '<=',
};

/** A COQL literal: quoted text with `\` and `'` escaped, or a bare number/boolean. */
export function coqlLiteral(value: CriteriaValue): string {
  return value.quoted ? `'${value.text.replace(/[\\']/g, (char) => `\\${char}`)}'` : value.text;
}

function coqlText(node: CriteriaNode): string {
  if (node.kind !== 'condition') return `(${node.parts.map(coqlText).join(` ${node.kind} `)})`;
  const { field, comparator, values } = node;
  const first = values[0]!;
  const operator = COQL_OPERATORS[comparator];
  if (operator) return `${field} ${operator} ${coqlLiteral(first)}`;
  switch (comparator) {
    case 'starts_with':
      return `${field} like ${coqlLiteral(new CriteriaValue(`${first.text}%`, true))}`;
    case 'in':
    case 'not_in':
      return `${field} ${comparator === 'in' ? 'in' : 'not in'} (${values.map(coqlLiteral).join(', ')})`;
    default:
      return `${field} ${comparator === 'between' ? 'between' : 'not between'} ${coqlLiteral(first)} and ${coqlLiteral(values[1]!)}`;
  }
}

function checkDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new TypeError(`crm criteria: "${value}" is not a yyyy-MM-dd date`);
  return value;
}

/** The date, time and offset of `value` seen at `offset` (`+05:30`; default UTC). */
function isoParts(value: Date, offset = '+00:00'): { date: string; time: string; offset: string } {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) throw new TypeError(`crm criteria: offset "${offset}" must look like +05:30`);
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  const shifted = new Date(value.getTime() + minutes * 60_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 19), offset };
}
