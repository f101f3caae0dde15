import { DESK_ERRORS } from './desk-answers.js';
import type { SimDeskRecord } from './desk-org.js';

/** What a list or search asked for: where to start, how many, in which order. */
export interface PageRequest {
  from: number;
  limit: number;
  /** A sort key, `-` first for descending; undefined keeps creation order. */
  sortBy: string | undefined;
}

export interface QueryRules {
  /** Query parameters the endpoint takes besides from, limit and sortBy. */
  allowed: readonly string[];
  /** The sortBy values it takes, without the `-` variants. */
  sortKeys: readonly string[];
  /** Desk: `limit` is 1 to 100 on lists and searches (spec/desk.yaml, "Lists"). */
  maxLimit?: number;
  /** Desk's default page: 10 records. */
  defaultLimit?: number;
  /** Also allow parameters matching this (the search's `customField1`, `customField2`...). */
  pattern?: RegExp;
}

/**
 * Checks a list's query the way Desk does: an unknown parameter, a `limit` outside 1-100, a
 * negative `from` or an unknown sort key is a 422 UNPROCESSABLE_ENTITY, never ignored.
 */
export function readPageRequest(url: URL, rules: QueryRules): PageRequest | Response {
  for (const name of url.searchParams.keys()) {
    if (name === 'from' || name === 'limit' || name === 'sortBy' || rules.allowed.includes(name)) continue;
    if (rules.pattern?.test(name)) continue;
    return DESK_ERRORS.extraParameter(name);
  }
  const maxLimit = rules.maxLimit ?? 100;
  const from = integerParam(url, 'from', 0);
  if (from === undefined || from < 0) return DESK_ERRORS.invalidParameter('from');
  const limit = integerParam(url, 'limit', rules.defaultLimit ?? 10);
  if (limit === undefined || limit < 1 || limit > maxLimit) return DESK_ERRORS.outOfRange('limit', `1-${maxLimit}`);
  const sortBy = url.searchParams.get('sortBy') ?? undefined;
  if (sortBy !== undefined && !rules.sortKeys.includes(sortBy.replace(/^-/, ''))) return DESK_ERRORS.invalidParameter('sortBy');
  return { from, limit, sortBy };
}

/** The records of one page, sorted as asked; `keyOf` reads a sort key off a record. */
export function pageOf(records: SimDeskRecord[], request: PageRequest, keyOf: (record: SimDeskRecord, key: string) => unknown = (r, k) => r[k]): SimDeskRecord[] {
  const ordered = request.sortBy === undefined ? records : sortRecords(records, request.sortBy, keyOf);
  return ordered.slice(request.from, request.from + request.limit);
}

/** Sorted by `sortBy` (`-` for descending); empty values last, ties in creation order. */
export function sortRecords(records: SimDeskRecord[], sortBy: string, keyOf: (record: SimDeskRecord, key: string) => unknown): SimDeskRecord[] {
  const descending = sortBy.startsWith('-');
  const key = descending ? sortBy.slice(1) : sortBy;
  return [...records].sort((a, b) => {
    const x = keyOf(a, key);
    const y = keyOf(b, key);
    const xEmpty = x === null || x === undefined || x === '';
    const yEmpty = y === null || y === undefined || y === '';
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? byId(a, b) : xEmpty ? 1 : -1;
    const order = compare(x, y);
    // Ties (two comments in the same millisecond) follow the sort's direction by id, which
    // grows with creation: the newer one comes first in a descending sort, as it would by time.
    const tied = order === 0 ? byId(a, b) : order;
    return descending ? -tied : tied;
  });
}

function compare(x: unknown, y: unknown): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const numeric = /^\d+$/;
  const a = String(x);
  const b = String(y);
  // Ticket numbers are digit strings: "101" < "1000".
  if (numeric.test(a) && numeric.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}

function byId(a: SimDeskRecord, b: SimDeskRecord): number {
  return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function integerParam(url: URL, name: string, fallback: number): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
}
