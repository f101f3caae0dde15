import type { SimField, SimFieldType } from '../metadata/crm-fields.js';
import type { SimModule } from '../metadata/crm-metadata.js';

/** The comparisons of search criteria and COQL, under one set of names. */
export type MatchOp =
  | 'equals'
  | 'not_equal'
  | 'starts_with'
  | 'ends_with'
  | 'contains'
  | 'not_contains'
  | 'like'
  | 'not_like'
  | 'in'
  | 'not_in'
  | 'between'
  | 'not_between'
  | 'greater_than'
  | 'greater_equal'
  | 'less_than'
  | 'less_equal'
  | 'is_null'
  | 'is_not_null';

export interface MatchCondition {
  /** A field API name, or a path into a lookup (`Owner.name`, `Account_Name.id`). */
  field: string;
  op: MatchOp;
  values: unknown[];
}

export type MatchTree = { kind: 'condition'; condition: MatchCondition } | { kind: 'and' | 'or'; parts: MatchTree[] };

/** How a bare lookup field compares: by the record's name (search criteria) or its id (COQL). */
export type LookupKey = 'name' | 'id';

export function countConditions(tree: MatchTree): number {
  return tree.kind === 'condition' ? 1 : tree.parts.reduce((sum, part) => sum + countConditions(part), 0);
}

/** The field a condition names (`Owner` for `Owner.name`), or undefined when the module has none. */
export function fieldOf(module: SimModule, path: string): SimField | undefined {
  const head = path.split('.')[0] ?? path;
  if (head === 'id') return { api_name: 'id', data_type: 'bigint', label: 'Id', mandatory: false, unique: true, length: 19, read_only: true, section: '', id: '' };
  return module.fields.find((field) => field.api_name === head);
}

export function matchRecord(tree: MatchTree, record: Record<string, unknown>, module: SimModule, lookupKey: LookupKey): boolean {
  if (tree.kind !== 'condition') {
    return tree.kind === 'and' ? tree.parts.every((part) => matchRecord(part, record, module, lookupKey)) : tree.parts.some((part) => matchRecord(part, record, module, lookupKey));
  }
  const { field, op, values } = tree.condition;
  const type: SimFieldType | 'bigint' = field.includes('.') ? subType(field) : (fieldOf(module, field)?.data_type ?? 'text');
  const actual = valueAt(record, field, lookupKey);
  return compare(op, actual, values, type);
}

/** A value at a path: `Owner.name` reads inside the lookup; a bare lookup gives its name or id. */
export function valueAt(record: Record<string, unknown>, path: string, lookupKey: LookupKey): unknown {
  const [head, ...rest] = path.split('.');
  let value: unknown = record[head ?? path];
  for (const key of rest) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (rest.length === 0 && typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value) {
    return (value as Record<string, unknown>)[lookupKey];
  }
  return value;
}

function subType(path: string): SimFieldType | 'bigint' {
  return path.endsWith('.id') ? 'bigint' : 'text';
}

type Comparable = { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'none' };

function comparable(value: unknown, type: SimFieldType | 'bigint'): Comparable {
  if (value === undefined || value === null || value === '') return { kind: 'none' };
  switch (type) {
    case 'integer':
    case 'double':
    case 'currency':
    case 'percent': {
      const number = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(number) ? { kind: 'number', value: number } : { kind: 'text', value: String(value).toLowerCase() };
    }
    case 'date':
    case 'datetime': {
      const time = Date.parse(String(value));
      return Number.isNaN(time) ? { kind: 'text', value: String(value).toLowerCase() } : { kind: 'number', value: time };
    }
    default:
      // Ids (bigint) are compared as text: 19 digits lose precision as numbers.
      return { kind: 'text', value: String(value).toLowerCase() };
  }
}

function order(a: Comparable, b: Comparable): number | undefined {
  if (a.kind === 'none' || b.kind === 'none') return undefined;
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  const x = String(a.value);
  const y = String(b.value);
  return x < y ? -1 : x > y ? 1 : 0;
}

function compare(op: MatchOp, actual: unknown, values: unknown[], type: SimFieldType | 'bigint'): boolean {
  // A multi-select pick list matches when any of its values does.
  if (Array.isArray(actual)) {
    if (op === 'not_equal' || op === 'not_in' || op === 'not_contains' || op === 'not_like') return actual.every((item) => compare(op, item, values, type));
    if (op === 'is_null') return actual.length === 0;
    if (op === 'is_not_null') return actual.length > 0;
    return actual.some((item) => compare(op, item, values, type));
  }
  const left = comparable(actual, type);
  const rights = values.map((value) => comparable(value, type));
  const first = rights[0] ?? { kind: 'none' };
  const text = left.kind === 'none' ? '' : String(left.value);
  const needle = first.kind === 'none' ? '' : String(first.value);
  switch (op) {
    case 'is_null':
      return left.kind === 'none';
    case 'is_not_null':
      return left.kind !== 'none';
    case 'equals':
      return first.kind === 'none' ? left.kind === 'none' : order(left, first) === 0;
    case 'not_equal':
      return first.kind === 'none' ? left.kind !== 'none' : order(left, first) !== 0;
    case 'in':
      return rights.some((right) => order(left, right) === 0);
    case 'not_in':
      return !rights.some((right) => order(left, right) === 0);
    case 'starts_with':
      return left.kind !== 'none' && text.startsWith(needle);
    case 'ends_with':
      return left.kind !== 'none' && text.endsWith(needle);
    case 'contains':
      return left.kind !== 'none' && text.includes(needle);
    case 'not_contains':
      return left.kind === 'none' || !text.includes(needle);
    case 'like':
      return left.kind !== 'none' && likePattern(needle).test(text);
    case 'not_like':
      return left.kind === 'none' || !likePattern(needle).test(text);
    case 'between':
    case 'not_between': {
      const low = order(left, first);
      const high = order(left, rights[1] ?? { kind: 'none' });
      const inside = low !== undefined && high !== undefined && low >= 0 && high <= 0;
      return op === 'between' ? inside : left.kind !== 'none' && !inside;
    }
    case 'greater_than':
      return (order(left, first) ?? -1) > 0;
    case 'greater_equal':
      return (order(left, first) ?? -1) >= 0;
    case 'less_than':
      return (order(left, first) ?? 1) < 0;
    case 'less_equal':
      return (order(left, first) ?? 1) <= 0;
  }
}

/** COQL's LIKE: `%` is any run of characters; everything else is literal. */
function likePattern(pattern: string): RegExp {
  const source = pattern.split('%').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`, 's');
}
