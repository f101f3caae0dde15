import { DESK_ERRORS } from './desk-answers.js';
import type { SimDeskRecord } from './desk-org.js';

/** Reads the value a search parameter is matched against (`contactName` → the contact's name). */
export type FieldReader = (record: SimDeskRecord) => unknown;

export type Predicate = (record: SimDeskRecord) => boolean;

const PAGING = new Set(['from', 'limit', 'sortBy']);
const EMPTY = '${empty}';
const NOT_EMPTY = '${notEmpty}';
/** `customField1=cf_model:F3*`: a custom field by API name, then its value. */
export const CUSTOM_FIELD_PARAM = /^customField\d+$/;

/**
 * The search's filter, as Desk documents it: every parameter must match (and); a value
 * with `*` is a wildcard match, any other an exact one (case-insensitive); values separated
 * by commas match any of them; `${empty}` and `${notEmpty}` test for a value;
 * `<field>Range=from,to` is an inclusive time range; `_all` matches any searchable field.
 */
export function searchPredicate(url: URL, fields: Record<string, FieldReader>, everything: (record: SimDeskRecord) => unknown[]): Predicate | Response {
  const tests: Predicate[] = [];
  for (const [name, raw] of url.searchParams) {
    if (PAGING.has(name)) continue;
    if (name === '_all') {
      // No `*`: the words may sit anywhere in a field.
      const matcher = valueMatcher(raw.includes('*') ? raw : `*${raw}*`);
      tests.push((record) => everything(record).some(matcher));
    } else if (CUSTOM_FIELD_PARAM.test(name)) {
      const at = raw.indexOf(':');
      if (at <= 0) return DESK_ERRORS.invalidParameter(name);
      const field = raw.slice(0, at);
      const matcher = valueMatcher(raw.slice(at + 1));
      tests.push((record) => matcher((record['cf'] as Record<string, unknown> | undefined)?.[field]));
    } else if (name.endsWith('Range')) {
      const read = fields[name];
      const range = timeRange(raw);
      if (!read || !range) return DESK_ERRORS.invalidParameter(name);
      tests.push((record) => {
        const value = read(record);
        const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
        return time >= range.from && time <= range.to;
      });
    } else {
      const read = fields[name];
      if (!read) return DESK_ERRORS.extraParameter(name);
      const matcher = valueMatcher(raw);
      tests.push((record) => matcher(read(record)));
    }
  }
  return (record) => tests.every((test) => test(record));
}

function valueMatcher(spec: string): (value: unknown) => boolean {
  const alternatives = spec.split(',').map((part) => part.trim());
  const tests = alternatives.map((alternative): ((value: string) => boolean) => {
    if (alternative === EMPTY) return (value) => value === '';
    if (alternative === NOT_EMPTY) return (value) => value !== '';
    if (alternative.includes('*')) {
      const pattern = new RegExp(`^${alternative.split('*').map(escape).join('.*')}$`, 'is');
      return (value) => value !== '' && pattern.test(value);
    }
    const wanted = alternative.toLowerCase();
    return (value) => value.toLowerCase() === wanted;
  });
  return (value) => {
    const text = value === null || value === undefined ? '' : String(value);
    return tests.some((test) => test(text));
  };
}

function timeRange(raw: string): { from: number; to: number } | undefined {
  const [from, to, extra] = raw.split(',');
  if (from === undefined || to === undefined || extra !== undefined) return undefined;
  const range = { from: Date.parse(from), to: Date.parse(to) };
  return Number.isNaN(range.from) || Number.isNaN(range.to) ? undefined : range;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
