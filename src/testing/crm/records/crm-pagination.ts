import { recordError, zohoTime } from './crm-record-answers.js';
import { compareRecords, type CrmRecord, type SortKey } from './crm-record-map.js';
import type { CrmState } from '../crm-state.js';

// Zoho CRM: at most 200 records per page; `page` reaches only the first 2,000 records, past
// that the next page comes from `page_token` (valid 24 hours).
export const MAX_PER_PAGE = 200;
export const MAX_PAGED_RECORDS = 2_000;
const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export type { SortKey } from './crm-record-map.js';

export interface PageRequest {
  module: string;
  /** Identifies the list (filters and sort), so a token cannot continue another list. */
  query: string;
  sortBy: SortKey;
  descending: boolean;
  /** Whether this list may continue past 2,000 records with page_token (search may not). */
  tokens: boolean;
}

export interface Page {
  records: CrmRecord[];
  info: Record<string, unknown>;
}

/** Sorts in place by the list's key, then id, so pages and tokens agree on one order. */
export function sortRecords(records: CrmRecord[], sortBy: SortKey, descending: boolean): CrmRecord[] {
  const sign = descending ? -1 : 1;
  return records.sort((a, b) => sign * compareRecords(a, b, sortBy));
}

/**
 * A list in its reading order without copying it: `ascending` read forwards, or backwards for
 * a descending list, so a module's sorted index serves both orders.
 */
export interface RecordSequence {
  length: number;
  slice(start: number, end: number): CrmRecord[];
}

/** A sequence over `ascending`, read in the list's order. */
export function sequenceOf(ascending: readonly CrmRecord[], descending: boolean): RecordSequence {
  const length = ascending.length;
  if (!descending) return { length, slice: (start, end) => ascending.slice(start, end) };
  return {
    length,
    slice: (start, end) => {
      const out: CrmRecord[] = [];
      for (let i = start; i < Math.min(end, length); i++) out.push(ascending[length - 1 - i]!);
      return out;
    },
  };
}

/**
 * One page of a sorted list, by `page`/`per_page` or by `page_token`. A token remembers the
 * last record it returned, so records created or deleted meanwhile neither repeat nor skip
 * the ones after it. Errors are Zoho's: DISCRETE_PAGINATION_LIMIT_EXCEEDED past 2,000
 * records by page, INVALID_DATA for an unknown or expired token.
 */
export function pageOf(crm: CrmState, now: number, sorted: CrmRecord[] | RecordSequence, url: URL, request: PageRequest): Page | Response {
  const perPage = clamp(Number(url.searchParams.get('per_page') ?? MAX_PER_PAGE), 1, MAX_PER_PAGE);
  const token = url.searchParams.get('page_token');
  let start: number;
  let page: number;
  if (token !== null && request.tokens) {
    const state = crm.pageTokens.get(token);
    if (!state || state.expiresAt < now || state.query !== request.query || state.module !== request.module) {
      return recordError('INVALID_DATA', 'the page token given is invalid or has expired', { param_name: 'page_token' });
    }
    start = firstAfter(sorted, state.after, request.sortBy, request.descending);
    page = Math.floor(start / perPage) + 1;
  } else {
    page = Math.max(1, Math.floor(Number(url.searchParams.get('page') ?? 1)) || 1);
    if (page * perPage > MAX_PAGED_RECORDS && (page - 1) * perPage < sorted.length) {
      return recordError('DISCRETE_PAGINATION_LIMIT_EXCEEDED', `cannot fetch more than ${MAX_PAGED_RECORDS} records with page; use page_token`, { limit: MAX_PAGED_RECORDS, param_name: 'page' });
    }
    start = (page - 1) * perPage;
  }
  const records = sorted.slice(start, start + perPage);
  const more = start + perPage < sorted.length;
  const last = records[records.length - 1];
  let next: string | null = null;
  let expiry: string | null = null;
  if (more && last && request.tokens) {
    next = crm.newToken();
    const expiresAt = now + TOKEN_TTL_MS;
    crm.pageTokens.set(next, { module: request.module, query: request.query, after: last, expiresAt });
    expiry = zohoTime(expiresAt);
  }
  return {
    records,
    info: {
      per_page: perPage,
      count: records.length,
      page,
      sort_by: request.sortBy,
      sort_order: request.descending ? 'desc' : 'asc',
      more_records: more,
      next_page_token: next,
      previous_page_token: token,
      page_token_expiry: expiry,
    },
  };
}

/** Where a token continues: the first record after `after` in the list's order (binary search). */
function firstAfter(sorted: CrmRecord[] | RecordSequence, after: CrmRecord, sortBy: SortKey, descending: boolean): number {
  const sign = descending ? -1 : 1;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const record = Array.isArray(sorted) ? sorted[middle]! : sorted.slice(middle, middle + 1)[0]!;
    if (sign * compareRecords(record, after, sortBy) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, Math.floor(value))) : high;
}
