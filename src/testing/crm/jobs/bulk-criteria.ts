import type { CrmRecord } from '../crm-state.js';

/** Zoho's bulk JSON criteria, as the simulator receives it (unchecked input). */
export interface BulkCriteriaInput {
  group_operator?: string;
  group?: BulkCriteriaInput[];
  field?: { api_name?: string };
  comparator?: string;
  value?: unknown;
}

/** Zoho's placeholder for "no value" in criteria. */
const EMPTY = '${EMPTY}';
// Zoho: "up to 25 conditions" in a bulk read's criteria.
export const MAX_BULK_CONDITIONS = 25;

/** Why a criteria tree cannot be evaluated, in Zoho's error terms; undefined when it can. */
export function criteriaProblem(criteria: BulkCriteriaInput): { code: string; api_name: string; message: string } | undefined {
  let conditions = 0;
  const visit = (node: BulkCriteriaInput): { code: string; api_name: string; message: string } | undefined => {
    if (node.group !== undefined) {
      if (!/^(and|or)$/i.test(node.group_operator ?? '')) return { code: 'INVALID_DATA', api_name: 'group_operator', message: 'invalid group_operator' };
      if (!Array.isArray(node.group) || node.group.length === 0) return { code: 'INVALID_DATA', api_name: 'group', message: 'group must be a non-empty array' };
      for (const child of node.group) {
        const problem = visit(child);
        if (problem) return problem;
      }
      return undefined;
    }
    conditions++;
    if (!node.field?.api_name) return { code: 'MANDATORY_NOT_FOUND', api_name: 'field', message: 'required field not found' };
    if (!node.comparator || !(node.comparator in COMPARATORS)) return { code: 'INVALID_DATA', api_name: 'comparator', message: 'invalid comparator' };
    if (!('value' in node)) return { code: 'MANDATORY_NOT_FOUND', api_name: 'value', message: 'required field not found' };
    return undefined;
  };
  const problem = visit(criteria);
  if (problem) return problem;
  if (conditions > MAX_BULK_CONDITIONS) return { code: 'LIMIT_EXCEEDED', api_name: 'criteria', message: `more than ${MAX_BULK_CONDITIONS} conditions` };
  return undefined;
}

/** Whether `record` matches a (valid, see criteriaProblem) criteria tree. */
export function matchesCriteria(record: CrmRecord, criteria: BulkCriteriaInput): boolean {
  if (criteria.group !== undefined) {
    const results = criteria.group.map((child) => matchesCriteria(record, child));
    return /^and$/i.test(criteria.group_operator ?? '') ? results.every(Boolean) : results.some(Boolean);
  }
  const compare = COMPARATORS[criteria.comparator!]!;
  return compare(fieldValue(record, criteria.field!.api_name!), criteria.value);
}

/**
 * A field's value for comparing and exporting: `Owner.last_name` follows the lookup, and a
 * lookup itself (`{ id, name }`) stands for its id, as in Zoho's bulk CSV.
 */
export function fieldValue(record: CrmRecord, apiName: string): unknown {
  let value: unknown;
  if (apiName === 'Id') value = record.id;
  else if (!apiName.includes('.')) value = record[apiName];
  else {
    value = record;
    for (const part of apiName.split('.')) {
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

type Compare = (actual: unknown, expected: unknown) => boolean;

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value)).toLowerCase();
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Numbers compare as numbers, everything else (ISO dates included) as text. */
function order(actual: unknown, expected: unknown): number | undefined {
  if (isEmpty(actual)) return undefined;
  const a = Number(actual);
  const b = Number(expected);
  if (actual !== '' && expected !== '' && Number.isFinite(a) && Number.isFinite(b)) return a - b;
  return String(actual).localeCompare(String(expected));
}

const equal: Compare = (actual, expected) => (expected === EMPTY ? isEmpty(actual) : list(actual).some((item) => text(item) === text(expected)));
const within: Compare = (actual, expected) => {
  const [low, high] = list(expected);
  const above = order(actual, low);
  const below = order(actual, high);
  return above !== undefined && below !== undefined && above >= 0 && below <= 0;
};

const COMPARATORS: Record<string, Compare> = {
  equal,
  not_equal: (actual, expected) => !equal(actual, expected),
  in: (actual, expected) => list(expected).some((value) => equal(actual, value)),
  not_in: (actual, expected) => !list(expected).some((value) => equal(actual, value)),
  less_than: (actual, expected) => (order(actual, expected) ?? 0) < 0,
  less_equal: (actual, expected) => { const o = order(actual, expected); return o !== undefined && o <= 0; },
  greater_than: (actual, expected) => (order(actual, expected) ?? 0) > 0,
  greater_equal: (actual, expected) => { const o = order(actual, expected); return o !== undefined && o >= 0; },
  contains: (actual, expected) => text(actual).includes(text(expected)),
  not_contains: (actual, expected) => !text(actual).includes(text(expected)),
  starts_with: (actual, expected) => text(actual).startsWith(text(expected)),
  ends_with: (actual, expected) => text(actual).endsWith(text(expected)),
  like: (actual, expected) => text(actual).includes(text(expected)),
  not_like: (actual, expected) => !text(actual).includes(text(expected)),
  between: within,
  not_between: (actual, expected) => !isEmpty(actual) && !within(actual, expected),
};
